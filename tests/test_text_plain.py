"""Piped text output is written without rich, and must read exactly as rich writes it
without colour: markup-like brackets, backslashes, control codes, tabs after wide text."""

from __future__ import annotations

import io
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from khuyencong_cli.findings import Finding, Part, Severity
from khuyencong_cli.reporters import Report
from khuyencong_cli.reporters.base import summary_line
from khuyencong_cli.reporters.text import _finding, _Lines, render

AWKWARD = st.lists(
    st.sampled_from(list("ab [/]\\\t\r\x07\x0b\x0c\x1bđộ漢字😀:=") + ["[bold]", "[/]", "\\[", "[red]x"]),
    max_size=20,
).map("".join)


def _rich_without_colour(report: Report) -> str:
    """What the text reporter wrote when every output went through rich."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=False, color_system=None, soft_wrap=True,
        highlight=False, emoji=False, width=10_000,
    )
    lines = _Lines(markup=True)
    lines.print((("bold", report.findings[0].file),))
    for finding in report.findings:
        _finding(lines, finding, report)
    lines.print()
    console.print("\n".join(lines.items))
    console.print(summary_line(report))
    return buffer.getvalue()


@settings(max_examples=150, deadline=None)
@given(file=AWKWARD, message=AWKWARD, source_line=AWKWARD, hint=AWKWARD, label=AWKWARD, column=st.integers(1, 12))
def test_plain_text_reads_as_rich_writes_it(
    file: str, message: str, source_line: str, hint: str, label: str, column: int
) -> None:
    finding = Finding(
        file=file or "x.yaml", line=1, column=column, rule="KC001", name="row-total",
        severity=Severity.ERROR, message=message, hint=hint or None,
        stated=Decimal("1.5"), computed=Decimal(2), difference=Decimal("-0.5"),
        parts=(Part(label, Decimal(2)),), unit="triệu đồng",
    )
    report = Report(findings=[finding], files=[finding.file], lines={finding.file: [source_line]})
    assert render(report) == _rich_without_colour(report)
