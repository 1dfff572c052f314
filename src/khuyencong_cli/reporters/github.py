"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=F,line=L,col=C,endColumn=E,title=T::message``, grouped per file with
``::group::``/``::endgroup::``. The escaping is GitHub's (toolkit ``command.ts``): in the
message ``%``, CR and LF are encoded; in properties also ``:`` and ``,``. Chosen by default
when ``GITHUB_ACTIONS=true``.

GitHub shows only the first few annotations of each kind per step (10 errors, 10 warnings)
and 50 per job, so the most important come first: findings that fail the check, then by
severity, then by place (a file may then have one group for its errors and another for its
warnings). Every finding is also written to the step summary (``$GITHUB_STEP_SUMMARY``) as
a Markdown table: :func:`step_summary`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import groupby
from typing import TextIO

from ..findings import Finding, Severity, severity_label
from ..i18n import register, translate
from .base import Report, display_path, end_of_figure, importance, importance_class, summary_from_counts, summary_line

__all__ = [
    "render", "write_annotations", "escape_data", "escape_property", "importance", "in_importance_order", "step_summary",
    "append_step_summary", "append_step_summary_read",
]

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    out: list[str] = []
    ordered = sorted(report.findings, key=lambda f: importance(report, f))
    for file, group in groupby(ordered, key=lambda f: f.file):
        path = display_path(report, file)
        out.append(f"::group::{escape_data(path)}")
        lines = report.lines.get(file, [])
        for finding in group:
            out.append(_annotation(finding, path, lines))
        out.append("::endgroup::")
    if not report.quiet:
        out.append(summary_line(report))
    return "".join(line + "\n" for line in out)


def _annotation(finding: Finding, path: str, lines: Sequence[str]) -> str:
    properties = {
        "file": path,
        "line": str(finding.line),
        "col": str(finding.column),
        "endColumn": str(end_of_figure(finding, lines)),
        "title": f"{finding.rule} {finding.name}",
    }
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    return f"::{_COMMAND[finding.severity]} {props}::{escape_data(message)}"


def write_annotations(
    out: TextIO,
    report: Report,
    read: Callable[[], Iterable[tuple[Finding, Sequence[str]]]],
    counts: Mapping[Severity, int],
) -> None:
    """The same text as :func:`render`, from findings read in place order (``read`` gives
    them again for each pass) rather than held: one pass per importance class (failing,
    then by severity), each keeping place order; a file's group stays open across two
    classes when it is both the last of one and the first of the next, as grouping the
    whole sorted list does."""
    open_file: str | None = None
    for finding, lines in in_importance_order(read, report.failing):
        path = display_path(report, finding.file)
        if finding.file != open_file:
            if open_file is not None:
                out.write("::endgroup::\n")
            out.write(f"::group::{escape_data(path)}\n")
            open_file = finding.file
        out.write(_annotation(finding, path, lines) + "\n")
    if open_file is not None:
        out.write("::endgroup::\n")
    if not report.quiet:
        out.write(summary_from_counts(counts, len(report.files), report.lang) + "\n")


def in_importance_order(
    read: Callable[[], Iterable[tuple[Finding, Sequence[str]]]], failing: Severity
) -> Iterator[tuple[Finding, Sequence[str]]]:
    """Findings read in place order, given again in :func:`importance` order: one pass of
    ``read`` per importance class (failing, then by severity), each keeping place order."""
    classes = sorted({importance_class(finding, failing) for finding, _ in read()})
    for klass in classes:
        for finding, lines in read():
            if importance_class(finding, failing) == klass:
                yield finding, lines


def _cell(text: str) -> str:
    """Markdown table cell: pipes escaped, line breaks as <br>, HTML-special characters kept as text."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def step_summary(report: Report) -> str:
    """Every finding as a Markdown table for the job's summary page, most important first."""
    ordered = sorted(report.findings, key=lambda f: importance(report, f))
    return "".join(_step_summary_lines(report, summary_line(report), ordered))


def _step_summary_lines(report: Report, headline: str, ordered: Iterable[Finding]) -> Iterator[str]:
    """The step summary's lines, from findings already in importance order."""
    yield f"### kc: {headline}\n\n"
    headers = [translate(key, report.lang) for key in _HEADERS]
    for number, finding in enumerate(ordered):
        if number == 0:
            yield "| " + " | ".join(headers) + " |\n"
            yield "|" + "---|" * len(headers) + "\n"
        place = f"{display_path(report, finding.file)}:{finding.line}:{finding.column}"
        cells = [
            severity_label(finding.severity, report.lang),
            f"`{finding.rule}` {finding.name}",
            f"`{place}`",
            finding.message + (f"\n{finding.hint}" if finding.hint else ""),
        ]
        yield "| " + " | ".join(_cell(c) if i != 2 else c.replace("|", "\\|") for i, c in enumerate(cells)) + " |\n"
    yield "\n"


def append_step_summary(report: Report, path: str) -> None:
    """Append the table to the step summary file (GitHub joins what each step appends)."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(step_summary(report))


def append_step_summary_read(
    path: str,
    report: Report,
    read: Callable[[], Iterable[tuple[Finding, Sequence[str]]]],
    counts: Mapping[Severity, int],
) -> None:
    """The same table as :func:`append_step_summary`, from findings read again as
    :func:`write_annotations` reads them (a streamed run holds none)."""
    headline = summary_from_counts(counts, len(report.files), report.lang)
    ordered = (finding for finding, _ in in_importance_order(read, report.failing))
    with open(path, "a", encoding="utf-8") as handle:
        handle.writelines(_step_summary_lines(report, headline, ordered))


_HEADERS = ("github.summary.severity", "github.summary.rule", "github.summary.place", "github.summary.message")

register(
    {
        "github.summary.severity": {"en": "Severity", "vi": "Mức"},
        "github.summary.rule": {"en": "Rule", "vi": "Quy tắc"},
        "github.summary.place": {"en": "Place", "vi": "Vị trí"},
        "github.summary.message": {"en": "Message", "vi": "Nội dung"},
    }
)
