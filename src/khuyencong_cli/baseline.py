"""Fingerprints of findings, and baselines: accept today's findings, fail only on new ones.

A fingerprint must survive unrelated edits and moved lines, so it is built from what a
finding *is*, not where it is printed: the rule id, the file relative to the repository root,
the data path of the figure in the plan (``tables/2/rows/1/total``, unchanged when lines
move) and the stated value. Findings without a data path (load problems, suppression
comments) fall back to the text of their line, stripped, which also survives moves.

A baseline file is versioned JSON: ``{"kc_baseline": 1, "findings": [{fingerprint, rule,
file, count}, ...]}``. A fingerprint may occur more than once; the baseline keeps a count,
and only occurrences beyond it are new.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path as FsPath

from .atomic import write_atomic
from .errors import KcError
from .findings import Finding
from .i18n import Msg, register
from .os_errors import os_reason

__all__ = [
    "BASELINE_VERSION",
    "BaselineError",
    "fingerprint",
    "repo_root",
    "relative_path",
    "read_baseline",
    "write_baseline",
    "new_findings",
]

BASELINE_VERSION = 1


class BaselineError(KcError):
    """The baseline file cannot be read or written; a message key and its parameters."""


def repo_root(start: str | os.PathLike[str] | None = None) -> FsPath:
    """The git work tree holding ``start`` (default: cwd), else ``start`` itself."""
    here = FsPath(start or os.getcwd()).resolve()
    for candidate in (here, *here.parents):
        if (candidate / ".git").exists():
            return candidate
    return here


def relative_path(file: str, root: FsPath) -> str:
    """``file`` relative to ``root`` in POSIX form; as given when outside it or not a file."""
    if file.startswith("<"):
        return file
    try:
        return FsPath(file).resolve().relative_to(root).as_posix()
    except ValueError:
        return FsPath(file).as_posix()


def _path_text(finding: Finding, lines: Sequence[str] | None) -> str:
    if finding.path:
        return "/".join(str(part) for part in finding.path)
    if lines and 0 < finding.line <= len(lines):
        return "line:" + lines[finding.line - 1].strip()
    return f"line:{finding.line}"


def fingerprint(finding: Finding, relative_file: str, lines: Sequence[str] | None = None) -> str:
    """A stable id for a finding (hex), independent of its line and of the language."""
    stated = "" if finding.stated is None else format(finding.stated.normalize(), "f")
    key = "\0".join(("kc1", finding.rule, relative_file, _path_text(finding, lines), stated))
    import hashlib  # here: a run without baseline, sarif or gitlab output never needs it

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _fingerprints(
    findings: Iterable[Finding], lines: Mapping[str, Sequence[str]], root: FsPath
) -> list[tuple[Finding, str, str]]:
    result = []
    for finding in findings:
        relative = relative_path(finding.file, root)
        result.append((finding, relative, fingerprint(finding, relative, lines.get(finding.file))))
    return result


def write_baseline(
    target: str, findings: Iterable[Finding], lines: Mapping[str, Sequence[str]], root: FsPath
) -> int:
    """Write every finding to ``target``; return how many were written."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for finding, relative, print_ in _fingerprints(findings, lines, root):
        counts[(print_, finding.rule, relative)] += 1
    entries = [
        {"fingerprint": fp, "rule": rule, "file": file, "count": count}
        for (fp, rule, file), count in sorted(counts.items(), key=lambda item: (item[0][2], item[0][1], item[0][0]))
    ]
    document = {"kc_baseline": BASELINE_VERSION, "findings": entries}
    import json

    try:
        write_atomic(target, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise BaselineError("baseline.write", file=target, reason=os_reason(exc)) from exc
    return sum(counts.values())


def read_baseline(source: str) -> Counter[str]:
    """Fingerprint → how many times it is accepted."""
    import json

    try:
        document = json.loads(FsPath(source).read_text("utf-8"))
    except OSError as exc:
        raise BaselineError("baseline.read", file=source, reason=os_reason(exc)) from exc
    except UnicodeDecodeError as exc:
        raise BaselineError("baseline.read", file=source, reason=Msg("load.encoding")) from exc
    except json.JSONDecodeError as exc:
        raise BaselineError("baseline.read", file=source, reason=Msg("baseline.not-json", {"line": exc.lineno, "column": exc.colno})) from exc
    if not isinstance(document, dict) or document.get("kc_baseline") != BASELINE_VERSION:
        raise BaselineError("baseline.version", file=source, supported=BASELINE_VERSION)
    accepted: Counter[str] = Counter()
    for entry in document.get("findings", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError("baseline.entry", file=source)
        count = entry.get("count", 1)
        accepted[entry["fingerprint"]] += count if isinstance(count, int) and count > 0 else 1
    return accepted


def new_findings(
    findings: Sequence[Finding], accepted: Counter[str], lines: Mapping[str, Sequence[str]], root: FsPath
) -> list[Finding]:
    """The findings the baseline does not account for, in their original order."""
    left = Counter(accepted)
    fresh = []
    for finding, _relative, print_ in _fingerprints(findings, lines, root):
        if left[print_] > 0:
            left[print_] -= 1
        else:
            fresh.append(finding)
    return fresh


register(
    {
        "baseline.not-json": {
            "en": "the file is not JSON (line {line}, column {column})",
            "vi": "tệp không phải JSON (dòng {line}, cột {column})",
        },
        "baseline.read": {
            "en": "cannot read the baseline {file}: {reason}",
            "vi": "không đọc được tệp mốc {file}: {reason}",
        },
        "baseline.write": {
            "en": "cannot write the baseline {file}: {reason}",
            "vi": "không ghi được tệp mốc {file}: {reason}",
        },
        "baseline.version": {
            "en": "{file} is not a kc baseline of version {supported} (write one with --update-baseline)",
            "vi": "{file} không phải tệp mốc kc phiên bản {supported} (tạo bằng --update-baseline)",
        },
        "baseline.entry": {
            "en": "{file}: every baseline entry needs a 'fingerprint'",
            "vi": "{file}: mỗi mục trong tệp mốc cần có 'fingerprint'",
        },
        "baseline.written": {
            "en": "wrote {count} finding(s) to the baseline {file}",
            "vi": "đã ghi {count} phát hiện vào tệp mốc {file}",
        },
    }
)
