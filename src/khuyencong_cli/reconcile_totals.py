"""Totals a document states, compared by what they are the total of.

A news article often gives only wholes: "tổng kinh phí hơn 1,63 tỷ đồng", "20 chương trình,
đề án", "đào tạo khoảng 1.400 lao động", naming no source for their parts. ``kc reconcile``
compares such totals with the other side's totals of the same **scope**: the same measure
(money, in one unit, or a count in its own unit: đề án, mô hình, lao động), the same sources
(none named is the whole), the same kind (plan or results) and the same period. A scope the
text leaves unsaid (no kind, no period) matches any; money is never set against a count, nor
one count unit against another.

A hedged total stands for the interval its words allow (:mod:`khuyencong_cli.hedges`): two
totals agree when their intervals meet, widened by the tolerance. Money is Decimal; counts
are whole numbers (int) when written so. A whole whose parts are only examples
(``parts_complete: false``) carries the rest the parts leave unaccounted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .claim_scope import claim_kind, claim_period, period_text
from .hedges import band_for, interval, overlaps, written_step
from .model import Claim, Hedge, Plan, Table, TableKind
from .numbers import convert, unit_factor
from .prose_money import normalise_name
from .tables import children, iter_rows, row_entries, table_path

__all__ = ["MONEY", "Scope", "StatedTotal", "TotalLine", "claim_totals", "compare_totals", "count_value", "table_totals"]

MONEY = "money"
ZERO = Decimal(0)
Number = Decimal | int


@dataclass(frozen=True)
class Scope:
    """What a total is the total of. ``measure`` is ``money`` or a count unit as normalised
    (casefolded, punctuation dropped); ``sources`` () when the text names none (the whole);
    ``kind`` and ``period`` "" when the text does not say."""

    measure: str
    sources: tuple[str, ...] = ()
    kind: str = ""
    period: str = ""

    def matches(self, other: Scope, kinds: bool = True) -> bool:
        """Same measure and sources; kind (unless ``kinds`` is off) and period the same or
        unsaid on one side."""
        return (
            self.measure == other.measure
            and self.sources == other.sources
            and (not kinds or not self.kind or not other.kind or self.kind == other.kind)
            and (not self.period or not other.period or self.period == other.period)
        )


@dataclass(frozen=True)
class StatedTotal:
    """One total of a side: where it is stated, its scope and figure (with its hedge and the
    interval the hedge allows), in ``unit`` (the side's money unit, or the count's own)."""

    label: str
    scope: Scope
    unit: str
    value: Number
    high: Number | None = None
    hedge: Hedge | None = None
    low_end: Decimal | None = None
    high_end: Decimal | None = None
    rest: Number | None = None
    """``parts_complete: false``: the whole minus the parts named, which the text leaves unsaid."""

    @property
    def bounds(self) -> tuple[Decimal | None, Decimal | None]:
        return self.low_end, self.high_end


@dataclass(frozen=True)
class TotalLine:
    """Two totals of one scope, A's and B's; ``agrees`` when their intervals meet within the
    tolerance. ``difference`` is B − A as written (the hedges aside)."""

    scope: Scope
    a: StatedTotal
    b: StatedTotal
    agrees: bool

    @property
    def difference(self) -> Number:
        return self.b.value - self.a.value


def count_value(value: Decimal) -> Number:
    """A count as a whole number when it is written as one (20, not 20,0)."""
    return int(value) if value == value.to_integral_value() else value


def _measure(unit: str | None) -> str | None:
    """``money`` for a money unit, the normalised unit of a count, None for a share."""
    if not unit or "%" in unit:
        return None
    if unit_factor(unit) is not None:
        return MONEY
    return normalise_name(unit) or None


def _sources(plan: Plan, named: Sequence[str], money: bool = True) -> tuple[str, ...]:
    """The sources a total names; money of a document naming a single source is that
    source's when the text names none (a count keeps only what the text names)."""
    if named or not money:
        return tuple(sorted(set(named)))
    plain = [s.id for s in plan.sources if not s.members]
    return (plain[0],) if len(plain) == 1 and len(plan.sources) == 1 else ()


def claim_totals(plan: Plan, money_unit: str | None) -> tuple[list[StatedTotal], str | None]:
    """The wholes the claims state (a headline restating another claim is counted once, by
    the claim it restates), money in ``money_unit`` (default: the first money claim's unit),
    counts in their own unit; and the money unit used."""
    found: list[StatedTotal] = []
    for claim in plan.claims:
        measure = _measure(claim.unit)
        if claim.value is None or claim.restates is not None or measure is None or claim.unit is None:
            continue
        kind = claim_kind(plan, claim)
        scope = Scope(measure, _sources(plan, claim.sources, measure == MONEY), kind.value if kind else "", claim_period(plan, claim))
        if measure == MONEY:
            money_unit = money_unit or claim.unit
            found.append(_money_total(plan, claim, scope, claim.unit, money_unit))
        else:
            found.append(_count_total(plan, claim, scope))
    return found, money_unit


def _money_total(plan: Plan, claim: Claim, scope: Scope, unit: str, to: str) -> StatedTotal:
    assert claim.value is not None

    def conv(value: Decimal) -> Decimal:
        return convert(value, unit, to)

    high = None if claim.high is None else conv(claim.high)
    step = conv(written_step(claim.value))
    high_step = None if claim.high is None else conv(written_step(claim.high))
    low_end, high_end, _, _ = interval(
        conv(claim.value), claim.hedge, ZERO, band_for(plan, claim.hedge, claim), high, step, high_step
    )
    rest = _rest(claim, to)
    return StatedTotal(claim.id, scope, to, conv(claim.value), high, claim.hedge, low_end, high_end, rest)


def _count_total(plan: Plan, claim: Claim, scope: Scope) -> StatedTotal:
    assert claim.value is not None and claim.unit is not None
    low_end, high_end, _, _ = interval(claim.value, claim.hedge, ZERO, band_for(plan, claim.hedge, claim), claim.high)
    rest = _rest(claim, None)
    high = None if claim.high is None else count_value(claim.high)
    return StatedTotal(
        claim.id, scope, claim.unit, count_value(claim.value), high, claim.hedge, low_end, high_end,
        None if rest is None else count_value(rest),
    )


def _rest(claim: Claim, money_unit: str | None) -> Decimal | None:
    """The whole minus the parts named, when they are only examples (``parts_complete:
    false``), all exact and of the whole's measure; None otherwise (no rest a reader could
    compute). Money in ``money_unit``; a count (``money_unit`` None) in its own unit."""
    if claim.parts_complete or claim.value is None or claim.unit is None or claim.high is not None:
        return None
    if claim.hedge not in (None, Hedge.PLANNED):
        return None
    measure = _measure(claim.unit)

    def in_unit(value: Decimal, unit: str) -> Decimal | None:
        if _measure(unit) != measure:
            return None
        return convert(value, unit, money_unit) if money_unit is not None else value

    inside = [p for p in claim.parts if not p.outside and not p.remainder]
    values: list[Decimal] = []
    for part in inside:
        if part.value is None or part.high is not None or part.hedge not in (None, Hedge.PLANNED):
            return None
        value = in_unit(part.value, part.unit or claim.unit)
        if value is None:
            return None
        values.append(value)
    whole = in_unit(claim.value, claim.unit)
    if not values or whole is None:
        return None
    return whole - sum(values, ZERO)


def table_totals(
    label: str, money: Iterable[tuple[str | None, Decimal]], unit: str, kind: str, period: str
) -> list[StatedTotal]:
    """A side's table money as totals: the whole, then each source's (exact figures)."""
    figures = list(money)
    if not figures:
        return []
    whole = sum((value for _, value in figures), ZERO)
    sources = list(dict.fromkeys(source for source, _ in figures))
    only = tuple(s for s in sources if s is not None)
    totals = [StatedTotal(label, Scope(MONEY, only if len(only) == 1 and len(sources) == 1 else (), kind, period),
                          unit, whole, low_end=whole, high_end=whole)]
    if len(sources) > 1:
        for source in sources:
            if source is None:
                continue
            value = sum((v for s, v in figures if s == source), ZERO)
            totals.append(StatedTotal(f"{label} · {source}", Scope(MONEY, (source,), kind, period), unit, value,
                                      low_end=value, high_end=value))
    return totals


def target_totals(plan: Plan, tables: Sequence[Table]) -> list[StatedTotal]:
    """The counts of targets tables: each top-level row with a unit, by its stated total or
    the sum of its figures."""
    found: list[StatedTotal] = []
    for table in tables:
        if table.kind is not TableKind.TARGETS or table.restates is not None:
            continue
        period = period_text(table.period, plan.document.period, years=table.years)
        for ref in iter_rows(table, table_path(plan, table), include_total=False):
            measure = _measure(ref.row.unit)
            if ref.depth or ref.row.outside or measure is None or measure == MONEY or ref.row.unit is None:
                continue
            value = ref.row.total
            if value is None:
                entries = row_entries(ref, children(ref))
                if not entries:
                    continue
                value = sum((e.value for e in entries), ZERO)
            scope = Scope(measure, _sources(plan, [ref.row.source] if ref.row.source else [], False), "", period)
            found.append(StatedTotal(f"{table.id}/{ref.row.id} {ref.row.name}", scope, ref.row.unit,
                                     count_value(value), low_end=value, high_end=value))
    return found


def compare_totals(
    a: Sequence[StatedTotal], b: Sequence[StatedTotal], tolerance: Decimal, kinds: bool = True
) -> tuple[list[TotalLine], list[StatedTotal], list[StatedTotal]]:
    """Pair A's totals with B's of the same scope: the one B total of that scope, else the one
    that agrees with it. A total with several candidates and none agreeing is left unmatched
    (which of them the text means cannot be told), as is one with none. The tolerance is in
    the money unit: counts agree only within their own words."""
    lines: list[TotalLine] = []
    free = list(b)
    left: list[StatedTotal] = []
    for mine in a:
        candidates = [other for other in free if mine.scope.matches(other.scope, kinds)]
        agreeing = [other for other in candidates if _agree(mine, other, tolerance)]
        chosen = candidates[0] if len(candidates) == 1 else (agreeing[0] if agreeing else None)
        if chosen is None:
            left.append(mine)
            continue
        free.remove(chosen)
        lines.append(TotalLine(mine.scope, mine, chosen, _agree(mine, chosen, tolerance)))
    return lines, left, free


def _agree(a: StatedTotal, b: StatedTotal, tolerance: Decimal) -> bool:
    if a.scope.measure != MONEY:
        tolerance = ZERO
    low, high = a.bounds
    widened = (None if low is None else low - tolerance, None if high is None else high + tolerance)
    return overlaps(widened, b.bounds)
