"""What ``kc import`` does, from the options to the files written and the exit code.

The command function only calls :func:`run_import` and prints what it returns. Nothing is
ever overwritten without ``--force``; files are written atomically (a temporary file beside
the target, then ``os.replace``), so an interrupted import never leaves half a plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_atomic
from ..i18n import Msg, translate
from ..os_errors import os_reason
from . import messages  # noqa: F401  (registers the messages used here)
from .grid import ImportFailure

if TYPE_CHECKING:
    from ..findings import Finding
    from .tables import DraftRow

__all__ = ["ImportRequest", "Outcome", "draft_findings", "run_import", "validate_draft"]

STDIN = "-"


@dataclass
class ImportRequest:
    source: str
    output: str | None = None
    table: int | None = None
    mapping: str | None = None
    dry_run: bool = False
    force: bool = False
    lang: str = "vi"
    stdin: bytes | None = None  # the bytes of "-" (the command reads them)


@dataclass
class Outcome:
    exit_code: int
    stdout: str = ""
    notes: list[str] = field(default_factory=list)  # for stderr


def draft_findings(draft: str, name: str, lang: str) -> tuple[list[Finding], bool]:
    """The findings of ``kc validate`` on the draft text, and whether it could be loaded."""
    from ..config import Config
    from ..engine import CheckOptions
    from ..loader import load_bytes
    from ..runner import check_loaded

    loaded = load_bytes(draft.encode("utf-8"), name)
    result = check_loaded(loaded, Config(), CheckOptions(lang=lang))
    return sorted(result.findings), result.ok


def validate_draft(draft: str, name: str, lang: str) -> tuple[str, bool]:
    """What ``kc validate`` says of the draft text, and whether it has errors."""
    from ..findings import Severity
    from ..reporters import Report, get_reporter

    findings, ok = draft_findings(draft, name, lang)
    lines = {name: draft.splitlines()}
    report = Report(findings=findings, files=[name], lines=lines, lang=lang)
    failed = not ok or any(f.severity.rank >= Severity.ERROR.rank for f in findings)
    return get_reporter("text")(report), failed


def run_import(request: ImportRequest) -> Outcome:
    """Import ``request.source``; refuse (exit 2) with a message rather than raise."""
    lang = request.lang
    try:
        return _run(request)
    except ImportFailure as failure:
        return Outcome(2, notes=[translate(failure.key, lang, **failure.params)])


def _run(request: ImportRequest) -> Outcome:
    from .core import check_suffix, import_source
    from .mapping import mapping_path

    lang = request.lang

    def t(key: str, **params: object) -> str:
        return translate(key, lang, **params)

    is_stdin = request.source == STDIN
    if not is_stdin:
        check_suffix(request.source, Path(request.source).suffix.lower())
    target = Path(request.output) if request.output else (None if is_stdin else Path(Path(request.source).stem + ".yaml"))
    if target is not None and target.exists() and not request.force and not request.dry_run:
        raise ImportFailure("import.exists", path=str(target))
    if is_stdin:
        raw, suffix, name = request.stdin or b"", ".txt", "stdin"
    else:
        try:
            raw = Path(request.source).read_bytes()
        except OSError as exc:
            raise ImportFailure("import.cannot-read", path=request.source, reason=os_reason(exc)) from exc
        suffix, name = Path(request.source).suffix.lower(), request.source
    mapping_text = None
    if request.mapping is not None:
        try:
            mapping_text = Path(request.mapping).read_text(encoding="utf-8")
        except OSError as exc:
            raise ImportFailure("import.cannot-read", path=request.mapping, reason=os_reason(exc)) from exc
        except UnicodeDecodeError as exc:
            raise ImportFailure("import.cannot-read", path=request.mapping, reason=Msg("load.encoding")) from exc
    result = import_source(
        raw, name, suffix, table=request.table, mapping_text=mapping_text, lang=lang, mapping_name=request.mapping or "",
    )
    rows = sum(_count(t_.rows) for t_ in result.tables)
    shown_name = str(target) if target is not None else "draft.yaml"
    if request.dry_run:
        report, _ = validate_draft(result.draft, shown_name, lang)
        return Outcome(0, result.draft + "\n" + t("import.dry-run") + "\n" + report)
    if target is None:
        return Outcome(0, result.draft)
    notes = []
    try:
        write_atomic(target, result.draft)
        notes.append(t("import.written", path=str(target), tables=len(result.tables), rows=rows))
        if request.mapping is None:
            map_file = Path(mapping_path(str(target) if is_stdin else request.source, str(target)))
            if map_file.exists() and not request.force:
                notes.append(t("import.map-kept", path=str(map_file)))
            else:
                write_atomic(map_file, result.mapping)
                notes.append(t("import.map-written", path=str(map_file)))
    except OSError as exc:
        raise ImportFailure("import.cannot-write", path=str(target), reason=os_reason(exc)) from exc
    return Outcome(0, notes=notes)


def _count(rows: list[DraftRow]) -> int:
    return sum(1 + _count(row.rows) for row in rows)
