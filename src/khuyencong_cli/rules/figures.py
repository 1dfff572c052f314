"""Helpers the claim families share: the value of a quantity, a claim's period, precision.

Not a rule family (it registers no rule): what "the figure this claim speaks of" means is
decided once, here, so shares, per-year figures, growth rates and ratios read it the same way.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from ..findings import Part
from ..model import Claim, ClaimPart, Figure, Plan, Quantity, Table, TableKind
from ..numbers import convert, unit_factor
from ..periods import parse_period
from ..tables import Entry, figure_entries, known_table

HELPER_MODULE = True  # shared by the claim families; declares no rule

__all__ = ["figure_unit", "figure_value", "figure_sum", "quantity_value", "claim_whole", "claim_years", "places", "agrees_to_precision", "to_places", "part_in_unit", "outside_parts"]


def figure_unit(plan: Plan, figure: Figure) -> str:
    """The unit a figure's table states its money (or counts) in."""
    return _table(plan, figure).unit


def figure_value(plan: Plan, figure: Figure, unit: str | None) -> tuple[Decimal, tuple[Part, ...], list[Entry]]:
    """The sum a Figure selects and its parts, converted into ``unit`` when both it and the
    table's unit are money (a targets table counts things, never converted)."""
    table = _table(plan, figure)
    entries = figure_entries(plan, figure)
    computed = sum((e.value for e in entries), Decimal(0))
    parts = tuple(Part(e.label, e.value) for e in entries)
    if (
        unit is not None
        and table.kind is not TableKind.TARGETS
        and unit_factor(unit) is not None
        and unit_factor(table.unit) is not None
    ):
        computed = convert(computed, table.unit, unit)
        parts = tuple(Part(p.label, convert(p.value, table.unit, unit)) for p in parts)
    return computed, parts, entries


def figure_sum(plan: Plan, figure: Figure, unit: str | None = None) -> Decimal:
    """The sum a Figure selects, in ``unit`` when both it and the table's unit are money."""
    return figure_value(plan, figure, unit)[0]


def _table(plan: Plan, figure: Figure) -> Table:
    return known_table(plan, figure.table)


def quantity_value(plan: Plan, quantity: Quantity, unit: str | None = None) -> Decimal | None:
    """A quantity's figure: stated in the text, else read from its table, in ``unit``."""
    own_unit = quantity.unit or unit
    if quantity.value is not None:
        value = quantity.value
        if quantity.unit and unit and unit_factor(quantity.unit) and unit_factor(unit):
            value = convert(value, quantity.unit, unit)
        return value
    if quantity.of is not None:
        return figure_sum(plan, quantity.of, own_unit)
    return None


def claim_whole(plan: Plan, claim: Claim) -> Decimal | None:
    """The whole a claim states, else the table figure it names, else None."""
    if claim.value is not None:
        return claim.value
    if claim.of is not None:
        return figure_sum(plan, claim.of, claim.unit)
    return None


def claim_years(plan: Plan, claim: Claim) -> int | None:
    """How many years a claim's period spans: stated, else the claim's or document's period."""
    if claim.per_year is not None and claim.per_year.years:
        return claim.per_year.years
    period = parse_period(claim.period or plan.document.period)
    if period is None or period.reversed:
        return None
    return period.length


def places(value: Decimal) -> int:
    """Decimal places as written: "12,2" → 1, "64,30" → 2, "5" → 0."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def to_places(value: Decimal, count: int) -> Decimal:
    """``value`` rounded half-up to ``count`` decimal places."""
    return value.quantize(Decimal(1).scaleb(-count), rounding=ROUND_HALF_UP)


def agrees_to_precision(stated: Decimal, computed: Decimal) -> bool:
    """True when ``computed`` rounds (or truncates, as writers also do) to ``stated``."""
    count = places(stated)
    step = Decimal(1).scaleb(-count)
    return (
        to_places(computed, count) == stated
        or computed.quantize(step, rounding=ROUND_DOWN) == stated
    )


def part_in_unit(claim: Claim, part: ClaimPart, value: Decimal) -> Decimal | None:
    """A part's figure in the claim's unit; None when it counts another unit."""
    if part.unit and claim.unit and unit_factor(part.unit) and unit_factor(claim.unit):
        return convert(value, part.unit, claim.unit)
    if part.unit and claim.unit and part.unit.lower() != claim.unit.lower():
        return None
    return value


def outside_parts(claim: Claim) -> tuple[Part, ...]:
    """The parts the text puts outside the whole ("Ngoài khoản trên, còn …"), in its unit (a
    count beside money is left out): a whole or a stated rest that takes one in is off by
    exactly that part (the scope diagnosis)."""
    found = []
    for part in claim.parts:
        value = part_in_unit(claim, part, part.value) if part.outside and part.value is not None else None
        if value is not None:
            found.append(Part(part.label, value))
    return tuple(found)
