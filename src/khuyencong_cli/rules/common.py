"""What every arithmetic rule does the same way: compare a stated figure with a computed sum.

Exact by default. A plan or table may declare the precision its figures were rounded to
(``rounding: "0,1"``); each rounded figure can then be off by half that step, so a sum of
*n* rounded parts against a rounded total may differ by up to ``(n + 1) × step / 2``. A gap
inside that bound is reported as info ("within rounding"), never as an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ..findings import Part, Problem, Severity
from ..i18n import register
from ..model import Plan, Table
from ..source import Path
from ..tables import Entry

HELPER_MODULE = True  # shared by the arithmetic families; declares no rule

__all__ = ["rounding_of", "tolerance", "compare", "parts_of"]


def rounding_of(plan: Plan, table: Table | None = None) -> Decimal | None:
    """The rounding step declared for a table, else for the whole document."""
    if table is not None and table.rounding is not None:
        return table.rounding
    return plan.document.rounding


def tolerance(step: Decimal | None, count: int) -> Decimal:
    """Largest gap that rounding alone can explain for ``count`` parts and one total."""
    if not step:
        return Decimal(0)
    return step * (count + 1) / 2


def parts_of(entries: Sequence[Entry]) -> tuple[Part, ...]:
    """The figures a sum was made of, labelled so a reader can redo it by hand."""
    return tuple(Part(entry.label, entry.value) for entry in entries)


def compare(
    *,
    path: Path,
    message: str,
    params: dict[str, Any],
    stated: Decimal,
    entries: Sequence[Entry] | None = None,
    computed: Decimal | None = None,
    parts: tuple[Part, ...] | None = None,
    step: Decimal | None = None,
    hint: str | None = None,
    unit: str | None = None,
    blank_cells: tuple[str, ...] = (),
    beside: tuple[Part, ...] = (),
) -> Problem | None:
    """A Problem when ``stated`` differs from the sum of ``entries`` (or ``computed``)."""
    if computed is None:
        computed = sum((e.value for e in entries or ()), Decimal(0))
    difference = stated - computed
    if difference == 0:  # most figures agree: their parts need no labels
        return None
    if parts is None:
        parts = parts_of(entries or ())
    allowed = tolerance(step, len(parts))
    within = abs(difference) <= allowed
    return Problem(
        path=path,
        message=message,
        params={**params, "stated": stated, "computed": computed, "difference": difference},
        hint="hint.within-rounding" if within else hint,
        stated=stated,
        computed=computed,
        parts=parts,
        unit=unit,
        severity=Severity.INFO if within else None,
        blank_cells=blank_cells,
        beside=beside,
    )


register(
    {
        "hint.within-rounding": {
            "en": "the gap is within the declared rounding; no correction needed",
            "vi": "chênh lệch nằm trong mức làm tròn đã khai báo; không cần sửa",
        },
    }
)
