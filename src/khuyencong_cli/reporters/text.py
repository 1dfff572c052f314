"""``--format text``: findings for a person, grouped by file, with the source line and a caret.

Modelled on hledger's arithmetic errors: the stated value, the computed value, the difference,
the parts that were summed, an excerpt with a caret under the figure, and a hint. Colour only
on a terminal; piped output is plain and never wrapped.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import groupby
from typing import TextIO

from rich.console import Console
from rich.markup import escape

from ..findings import Finding, Severity
from ..i18n import register, translate
from ..numbers import format_number
from .base import Report, count_by_severity, summary_from_counts

__all__ = ["TextWriter", "render"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MAX_PARTS = 12


def render(report: Report) -> str:
    buffer = io.StringIO()
    writer = TextWriter(report, buffer)
    for file, group in groupby(report.findings, key=lambda f: f.file):
        writer.file(file, list(group))
    if not report.quiet:
        writer.summary(count_by_severity(report.findings), len(report.files))
    return buffer.getvalue()


class TextWriter:
    """Writes the text report one file at a time, so a long run prints as it goes and
    nothing of a file is kept once it is written."""

    def __init__(self, report: Report, out: TextIO) -> None:
        self.report = report
        self.console = Console(
            file=out,
            force_terminal=report.color,
            color_system="standard" if report.color else None,
            soft_wrap=True,
            highlight=False,
            emoji=False,
            width=10_000,
        )

    def file(self, file: str, findings: Sequence[Finding], lines: Sequence[str] | None = None) -> None:
        """One file's findings (sorted), in one print: rich's per-call overhead dominated on
        thousands of findings."""
        report = self.report if lines is None else replace(self.report, lines={file: lines})
        out = _Lines()
        out.print(f"[bold]{escape(file)}[/bold]")
        for finding in findings:
            _finding(out, finding, report)
        out.print()
        self.console.print("\n".join(out.items))

    def summary(self, counts: Mapping[Severity, int], files: int) -> None:
        self.console.print(summary_from_counts(counts, files, self.report.lang))


class _Lines:
    """Collects markup lines; each line's tags are balanced, so they can be joined."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def print(self, text: str = "") -> None:
        self.items.append(text)


def _finding(console: _Lines, finding: Finding, report: Report) -> None:
    lang = report.lang
    label = translate(f"severity.{finding.severity.value}", lang)
    style = _STYLE[finding.severity]
    console.print(
        f"  {finding.line}:{finding.column}  [{style}]{escape(label)}[/{style}]  "
        f"[bold]{finding.rule}[/bold] {finding.name}  {escape(finding.message)}"
    )
    lines = report.lines.get(finding.file, [])
    if 0 < finding.line <= len(lines):
        text = lines[finding.line - 1].rstrip("\n")
        gutter = " " * len(str(finding.line))
        console.print(f"      {finding.line} | {escape(text)}")
        console.print(f"      {gutter} | {' ' * (finding.column - 1)}[{style}]^[/{style}]")

    def number(value: Decimal) -> str:
        return format_number(value, report.plain_numbers)

    if finding.stated is not None and finding.computed is not None and finding.difference is not None:
        unit = f" {finding.unit}" if finding.unit else ""
        console.print(
            "      "
            + escape(
                translate(
                    "text.numbers",
                    lang,
                    stated=number(finding.stated),
                    computed=number(finding.computed),
                    difference=number(finding.difference),
                    unit=unit,
                )
            )
        )
    if finding.parts:
        shown = " + ".join(f"{part.label} {number(part.value)}" for part in finding.parts[:_MAX_PARTS])
        if len(finding.parts) > _MAX_PARTS:
            shown += f" + … ({len(finding.parts) - _MAX_PARTS})"
        console.print("      " + escape(translate("text.parts", lang, parts=shown)))
    if finding.suggested is not None:
        console.print(
            "      " + escape(translate("text.suggested", lang, suggested=number(finding.suggested)))
        )
    if finding.hint:
        console.print("      " + escape(translate("text.hint", lang, hint=finding.hint)))


register(
    {
        "text.numbers": {
            "en": "stated {stated}{unit}, computed {computed}{unit}, difference {difference}",
            "vi": "ghi {stated}{unit}, tính được {computed}{unit}, chênh lệch {difference}",
        },
        "text.parts": {"en": "summed: {parts}", "vi": "đã cộng: {parts}"},
        "text.suggested": {"en": "suggested: {suggested}", "vi": "đề xuất: {suggested}"},
        "text.hint": {"en": "hint: {hint}", "vi": "gợi ý: {hint}"},
    }
)
