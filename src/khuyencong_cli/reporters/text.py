"""``--format text``: findings for a person, grouped by file, with the source line and a caret.

Modelled on hledger's arithmetic errors: the stated value, the computed value, the difference,
the parts that were summed, an excerpt with a caret under the figure, and a hint. Colour only
on a terminal; piped output is plain and never wrapped, and is written without rich (no markup
to write and parse again), as the same text rich writes without colour.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from ..document_words import shown_text, shown_unit
from ..findings import Finding, Severity, part_label
from ..i18n import register, translate
from ..numbers import format_number
from ..records import replace
from .base import Report, count_by_severity, summary_from_counts

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["TextWriter", "render"]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_MAX_PARTS = 12

Piece = str | tuple[str, str]
"""A piece of a line: plain text, or (style, text)."""


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
        self.out = out
        self._console: Console | None = None

    def console(self, color: bool) -> Console:
        """rich, only for colour or for text whose backslashes rich's markup reads."""
        from rich.console import Console

        if self._console is None or self._console.is_terminal != color:
            self._console = Console(
                file=self.out, force_terminal=color, color_system="standard" if color else None,
                soft_wrap=True, highlight=False, emoji=False, width=10_000,
            )
        return self._console

    def file(self, file: str, findings: Sequence[Finding], lines: Sequence[str] | None = None) -> None:
        """One file's findings (sorted), in one write: rich's per-call overhead dominated on
        thousands of findings."""
        report = self.report if lines is None else replace(self.report, lines={file: lines})
        if not report.color:
            plain = _Lines(markup=False)
            plain.print((file,))
            for finding in findings:
                _finding(plain, finding, report)
            plain.print()
            text = "\n".join(plain.items)
            if "\\" not in text:
                self.out.write(_as_rich_writes(text) + "\n")
                return
        marked = _Lines(markup=True)
        marked.print((("bold", file),))
        for finding in findings:
            _finding(marked, finding, report)
        marked.print()
        self.console(report.color).print("\n".join(marked.items))

    def summary(self, counts: Mapping[Severity, int], files: int) -> None:
        line = summary_from_counts(counts, files, self.report.lang)
        if self.report.color or "\\" in line:
            self.console(self.report.color).print(line)
        else:
            self.out.write(_as_rich_writes(line) + "\n")


_CONTROL = {code: None for code in (7, 8, 11, 12, 13)}  # the codes rich strips from text
_CONTROL_CHARACTERS = tuple(chr(code) for code in _CONTROL)
_TAB_SIZE = 8


def _as_rich_writes(text: str) -> str:
    # Looked for first: str.translate through a dict costs about 50 ns a character, a
    # search for one character next to nothing, and a report rarely holds any of them.
    if any(character in text for character in _CONTROL_CHARACTERS):
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
        self.items.append(
            "".join(_escape(p) if isinstance(p, str) else f"[{p[0]}]{_escape(p[1])}[/{p[0]}]" for p in pieces)
        )


@cache
def _opening() -> re.Pattern[str]:
    """A bracket that could open a markup tag, with the backslashes before it (compiled for
    the first finding written, not at start-up)."""
    return re.compile(r"(\\*)(\[[a-z#/@])")


def _escape(text: str) -> str:
    """Markup-escaped text. Unlike rich's ``escape``, every bracket that could open a tag is
    escaped, closed on this line or not: a "[a" in one line and a "]" in the next would
    otherwise read as a tag once the lines are joined."""
    text = _opening().sub(r"\1\1\\\2", text)
    return text + "\\" if text.endswith("\\") and not text.endswith("\\\\") else text


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
        unit = f" {shown_unit(finding.unit, lang)}" if finding.unit else ""
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
        console.print(("      " + parts_line(finding, lang, number),))
    if finding.suggested is not None:
        console.print(("      " + translate("text.suggested", lang, suggested=number(finding.suggested)),))
    if finding.hint:
        console.print(("      " + translate("text.hint", lang, hint=finding.hint),))


def parts_line(finding: Finding, lang: str, number: Callable[[Decimal], str]) -> str:
    """The line naming the figures behind the computed one, joined as the rule combined them:
    "+" only for a sum; a ratio's part "of" its whole, a period's figure "÷" its years, a
    growth from the first year "→" the last, and a per-year figure against "each" year."""
    shown = [f"{shown_text(part_label(part.label, lang), lang)} {number(part.value)}" for part in finding.parts]
    if finding.combine == "ratio" and len(shown) == 2:
        return translate("text.parts-ratio", lang, part=shown[0], whole=shown[1])
    if finding.combine == "per-year" and len(shown) == 2:
        return translate("text.parts-per-year", lang, whole=shown[0], years=shown[1])
    if finding.combine == "growth" and len(shown) == 2:
        return translate("text.parts-growth", lang, first=shown[0], last=shown[1])
    more = f" … ({len(shown) - _MAX_PARTS})" if len(shown) > _MAX_PARTS else ""
    if finding.combine == "each":
        return translate("text.parts-each", lang, parts=", ".join(shown[:_MAX_PARTS]) + ("," + more if more else ""))
    return translate("text.parts", lang, parts=" + ".join(shown[:_MAX_PARTS]) + (" +" + more if more else ""))


register(
    {
        "text.parts-ratio": {"en": "divided: {part} of {whole}", "vi": "đã chia: {part} trên {whole}"},
        "text.parts-per-year": {"en": "divided: {whole} ÷ {years}", "vi": "đã chia: {whole} ÷ {years}"},
        "text.parts-growth": {"en": "grown from {first} to {last}", "vi": "tăng từ {first} đến {last}"},
        "text.parts-each": {"en": "compared with each: {parts}", "vi": "so với từng số: {parts}"},
        "text.numbers": {
            "en": "stated {stated}{unit}, computed {computed}{unit}, difference {difference}",
            "vi": "ghi {stated}{unit}, tính được {computed}{unit}, chênh lệch {difference}",
        },
        "text.parts": {"en": "summed: {parts}", "vi": "đã cộng: {parts}"},
        "text.suggested": {"en": "suggested: {suggested}", "vi": "đề xuất: {suggested}"},
        "text.hint": {"en": "hint: {hint}", "vi": "gợi ý: {hint}"},
    }
)
