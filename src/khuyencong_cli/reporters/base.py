"""What every reporter receives: the findings and the context needed to show them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from ..findings import Finding, Severity
from ..i18n import register, translate
from ..records import Frozen

__all__ = [
    "Report", "count_by_severity", "display_path", "end_of_figure", "importance", "importance_class",
    "summary_from_counts", "summary_line",
]


class Report(Frozen):
    """The findings of one run, with the files checked and how to show numbers and text."""

    findings: Sequence[Finding]
    files: Sequence[str]
    lines: Mapping[str, Sequence[str]]
    lang: str
    plain_numbers: bool
    color: bool
    tool_version: str
    root: str  # paths in machine formats are relative to this (the repository root)
    quiet: bool  # no summary line
    failing: Severity  # the lowest severity that makes kc exit 1 (--fail-on, --strict)
    broken: Sequence[str]  # files that could not be loaded or checked (kc exits 2)

    def __init__(
        self, findings: Sequence[Finding], files: Sequence[str] = (), lines: Mapping[str, Sequence[str]] | None = None,
        lang: str = "en", plain_numbers: bool = False, color: bool = False, tool_version: str = "", root: str = "",
        quiet: bool = False, failing: Severity = Severity.ERROR, broken: Sequence[str] = (),
    ) -> None:
        self.__dict__.update(
            findings=findings, files=files, lines={} if lines is None else lines, lang=lang,
            plain_numbers=plain_numbers, color=color, tool_version=tool_version, root=root, quiet=quiet,
            failing=failing, broken=broken,
        )


def importance_class(finding: Finding, failing: Severity) -> tuple[bool, int]:
    """Sort key of a finding's class: failing findings first, then the more severe."""
    return (finding.severity.rank < failing.rank, -finding.severity.rank)


def importance(report: Report, finding: Finding) -> tuple[bool, int, str, int, int, str]:
    """Sort key: the finding's :func:`importance_class`, then its place."""
    return (*importance_class(finding, report.failing), finding.file, finding.line, finding.column, finding.rule)


def end_of_figure(finding: Finding, lines: Sequence[str]) -> int:
    """1-based column just past the figure a finding points at (its quoted or plain token)."""
    if not 0 < finding.line <= len(lines):
        return finding.column + 1
    text = lines[finding.line - 1]
    start = finding.column - 1
    if start >= len(text):
        return finding.column + 1
    if text[start] in "\"'":
        close = text.find(text[start], start + 1)
        return (close + 2) if close != -1 else len(text.rstrip()) + 1
    end = start
    while end < len(text) and text[end] not in " ,]}#\t":
        end += 1
    return max(end, start + 1) + 1


ITEMS = "\x00kc: the items\x00"
"""Placeholder, alone in the one list :func:`dump_with_items` fills item by item."""


def dump_with_items(out: TextIO, document: Any, items: Iterable[Any]) -> None:
    """``json.dumps(document, indent=2)`` written to ``out`` with the list that holds
    :data:`ITEMS` filled from ``items`` one at a time: the same text as dumping the whole
    document, without ever holding every item."""
    import json  # only machine formats need it: not loaded for the text report

    text = json.dumps(document, ensure_ascii=False, indent=2)
    head, tail = text.split(json.dumps(ITEMS, ensure_ascii=False), 1)
    # json.dumps wrote '[', a newline and the items' indent; then the newline and ']'.
    pad = head[head.rindex("\n") + 1 :]
    before, after = head[: head.rindex("[") + 1], tail[tail.index("]") :]
    closing = "\n" + " " * (len(pad) - 2)
    out.write(before)
    empty = True
    for item in items:
        out.write(("\n" if empty else ",\n") + pad + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + pad))
        empty = False
    out.write(("" if empty else closing) + after + "\n")


def display_path(report: Report, file: str) -> str:
    """A finding's file as machine formats show it: relative to the report's root."""
    if not report.root:
        return file
    from pathlib import Path

    from ..baseline import relative_path

    return relative_path(file, Path(report.root))


def count_by_severity(findings: Sequence[Finding]) -> dict[Severity, int]:
    """How many findings of each severity (for summaries and exit codes)."""
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def summary_line(report: Report) -> str:
    """The last line of a person-facing report: counts per severity, or "no problems"."""
    return summary_from_counts(count_by_severity(report.findings), len(report.files), report.lang)


def summary_from_counts(counts: Mapping[Severity, int], files: int, lang: str) -> str:
    """The summary line from counts alone (a streamed report keeps no findings)."""
    if not any(counts.values()):
        return translate("text.clean", lang, files=files)
    return translate(
        "text.summary",
        lang,
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        infos=counts[Severity.INFO],
        files=files,
    )


register(
    {
        "text.summary": {
            "en": "{errors} error(s), {warnings} warning(s), {infos} info in {files} file(s)",
            "vi": "{errors} lỗi, {warnings} cảnh báo, {infos} thông tin trong {files} tệp",
        },
        "text.clean": {
            "en": "no problems found in {files} file(s)",
            "vi": "không phát hiện vấn đề nào trong {files} tệp",
        },
    }
)
