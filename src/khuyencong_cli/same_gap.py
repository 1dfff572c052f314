"""Findings that repeat another's gap: one slip seen by two rules, said once.

A mistyped cell makes its row's total and its column's total disagree by the same amount; a
mistyped row total is off against its cells and again inside the column that sums it. Each
rule is right on its own, but a reader who counts the errors counts one slip twice. After all
rules ran on a file, a finding whose gap has the size of an earlier finding's gap, at a
figure that finding reported (its stated figure among this one's parts, or the reverse, or
the same stated figure, or a part both summed), or on the Cộng row of the table whose row
that finding is on, points at it: "the same gap as line N". Only
the hint gains the pointer; rule, place, figures and severity stay as the rule found them,
since which of the two holds the slip is for the reader to decide.
"""

from __future__ import annotations

from collections.abc import Sequence

from .findings import Finding
from .i18n import register, translate
from .numbers import format_number
from .records import replace

__all__ = ["link_same_gaps"]


def _row_and_its_total_row(earlier: Finding, later: Finding) -> bool:
    """One finding on a row of a table, the other on that table's Cộng row: the Cộng row
    adds every row, so a row's slip reaches it with the same gap (a row total typed 785 for
    775 makes a Cộng total of 1.395 that its cells, 1.385, do not give)."""
    places = sorted((earlier.path[2:3], later.path[2:3]))
    return earlier.path[:2] == later.path[:2] and earlier.path[:1] == ("tables",) and places == [("rows",), ("total",)]


def _shares_a_figure(earlier: Finding, later: Finding) -> bool:
    if earlier.stated is not None and earlier.stated == later.stated:
        return True
    if _row_and_its_total_row(earlier, later):
        return True
    later_parts = {(p.label, p.value) for p in later.parts if later.combine == "sum"}
    earlier_parts = {(p.label, p.value) for p in earlier.parts if earlier.combine == "sum"}
    if earlier.stated is not None and any(value == earlier.stated for _, value in later_parts):
        return True
    if later.stated is not None and any(value == later.stated for _, value in earlier_parts):
        return True
    return bool(later_parts & earlier_parts)


def link_same_gaps(findings: Sequence[Finding], lang: str, plain_numbers: bool = False) -> list[Finding]:
    """``findings`` (sorted, one file) with each repeat of an earlier gap pointing at it."""
    out: list[Finding] = []
    for later in findings:
        gap = later.difference
        if gap:
            for earlier in out:
                if (
                    earlier.same_gap_as is None
                    and earlier.difference
                    and abs(earlier.difference) == abs(gap)
                    and (earlier.line, earlier.column, earlier.rule) != (later.line, later.column, later.rule)
                    and _shares_a_figure(earlier, later)
                ):
                    pointer = translate(
                        "same-gap.hint", lang, line=earlier.line, rule=earlier.rule,
                        gap=format_number(abs(gap), plain_numbers),
                    )
                    hint = f"{pointer}; {later.hint}" if later.hint else pointer
                    later = replace(later, hint=hint, same_gap_as=(earlier.line, earlier.rule))
                    break
        out.append(later)
    return out


register(
    {
        "same-gap.hint": {
            "en": "the same gap ({gap}) as line {line} ({rule}): likely one slip, seen from two sides",
            "vi": "cùng chênh lệch ({gap}) như dòng {line} ({rule}): nhiều khả năng chỉ là một chỗ sai, nhìn từ hai phía",
        },
    }
)
