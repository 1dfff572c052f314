"""``--format text``: findings for a person, grouped by file, with the source line and a caret.

Modelled on hledger's arithmetic errors: the stated value, the computed value, the difference,
the parts that were summed, an excerpt with a caret under the figure, and a hint. Colour only
on a terminal; piped output is plain and never wrapped.
"""

from __future__ import annotations

import io
from decimal import Decimal
from itertools import groupby

from ..findings import Finding, Severity
from ..i18n import register, translate
from ..numbers import format_number
from .base import Report, summary_line

__all__ = ["render"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MAX_PARTS = 12

Piece = str | tuple[str, str]
"""A piece of a line: plain text, or (style, text)."""


def render(report: Report) -> str:
    buffer = io.StringIO()
    if report.color:
        _render_rich(report, buffer)
    else:
        _render_plain(report, buffer)
    return buffer.getvalue()


def _render_rich(report: Report, buffer: io.StringIO) -> None:
    from rich.console import Console

    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        soft_wrap=True,
        highlight=False,
        emoji=False,
        width=10_000,
    )
    # One print per file: rich's per-call overhead dominated on thousands of findings, and
    # one call for everything held the whole report's rendering in memory at once.
    for file, group in groupby(report.findings, key=lambda f: f.file):
        lines = _Lines(markup=True)
        lines.print((("bold", file),))
        for finding in group:
            _finding(lines, finding, report)
        lines.print()
        console.print("\n".join(lines.items))
    if not report.quiet:
        console.print(summary_line(report))


def _render_plain(report: Report, buffer: io.StringIO) -> None:
    """Piped output, without rich: no markup to write and parse again, the same text rich
    writes without colour (control codes dropped, tabs expanded). Text with a backslash goes
    through rich, whose markup reads a backslash before a bracket as an escape."""
    for file, group in groupby(report.findings, key=lambda f: f.file):
        findings = list(group)
        lines = _Lines(markup=False)
        lines.print((file,))
        for finding in findings:
            _finding(lines, finding, report)
        lines.print()
        text = "\n".join(lines.items)
        if "\\" in text:
            buffer.write(_rich_without_colour(file, findings, report))
            continue
        buffer.write(_as_rich_writes(text))
        buffer.write("\n")
    if not report.quiet:
        buffer.write(_as_rich_writes(summary_line(report)))
        buffer.write("\n")


def _rich_without_colour(file: str, findings: list[Finding], report: Report) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=False, color_system=None, soft_wrap=True, highlight=False, emoji=False, width=10_000
    )
    lines = _Lines(markup=True)
    lines.print((("bold", file),))
    for finding in findings:
        _finding(lines, finding, report)
    lines.print()
    console.print("\n".join(lines.items))
    return buffer.getvalue()


_CONTROL = {code: None for code in (7, 8, 11, 12, 13)}  # the codes rich strips from text
_TAB_SIZE = 8


def _as_rich_writes(text: str) -> str:
    text = text.translate(_CONTROL)
    if "\t" not in text:
        return text
    from rich.cells import cell_len

    out = []
    for line in text.split("\n"):
        if "\t" in line:
            position, expanded = 0, []
            for part in line.split("\t")[:-1]:
                part += " "
                position += cell_len(part)
                pad = -position % _TAB_SIZE
                position += pad
                expanded.append(part + " " * pad)
            expanded.append(line.rsplit("\t", 1)[1])
            line = "".join(expanded)
        out.append(line)
    return "\n".join(out)


class _Lines:
    """Collects the report's lines, as rich markup (each line's tags balanced, so lines can be
    joined) or as plain text."""

    def __init__(self, markup: bool) -> None:
        self.items: list[str] = []
        self.markup = markup

    def print(self, pieces: tuple[Piece, ...] = ()) -> None:
        if not self.markup:
            self.items.append("".join(p if isinstance(p, str) else p[1] for p in pieces))
            return
        from rich.markup import escape

        self.items.append(
            "".join(escape(p) if isinstance(p, str) else f"[{p[0]}]{escape(p[1])}[/{p[0]}]" for p in pieces)
        )


def _finding(console: _Lines, finding: Finding, report: Report) -> None:
    lang = report.lang
    label = translate(f"severity.{finding.severity.value}", lang)
    style = _STYLE[finding.severity]
    console.print(
        (
            f"  {finding.line}:{finding.column}  ",
            (style, label),
            "  ",
            ("bold", finding.rule),
            f" {finding.name}  {finding.message}",
        )
    )
    lines = report.lines.get(finding.file, [])
    if 0 < finding.line <= len(lines):
        text = lines[finding.line - 1].rstrip("\n")
        gutter = " " * len(str(finding.line))
        console.print((f"      {finding.line} | {text}",))
        console.print((f"      {gutter} | {' ' * (finding.column - 1)}", (style, "^")))

    def number(value: Decimal) -> str:
        return format_number(value, report.plain_numbers)

    if finding.stated is not None and finding.computed is not None and finding.difference is not None:
        unit = f" {finding.unit}" if finding.unit else ""
        numbers = translate(
            "text.numbers",
            lang,
            stated=number(finding.stated),
            computed=number(finding.computed),
            difference=number(finding.difference),
            unit=unit,
        )
        console.print(("      " + numbers,))
    if finding.parts:
        shown = " + ".join(f"{part.label} {number(part.value)}" for part in finding.parts[:_MAX_PARTS])
        if len(finding.parts) > _MAX_PARTS:
            shown += f" + … ({len(finding.parts) - _MAX_PARTS})"
        console.print(("      " + translate("text.parts", lang, parts=shown),))
    if finding.suggested is not None:
        console.print(("      " + translate("text.suggested", lang, suggested=number(finding.suggested)),))
    if finding.hint:
        console.print(("      " + translate("text.hint", lang, hint=finding.hint),))


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
