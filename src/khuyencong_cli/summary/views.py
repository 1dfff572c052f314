"""Views of ``kc summary``: grids of figures built from the facts, ready for any renderer.

A grid has typed columns (money, percent, a "≠" mark) so every renderer (terminal, markdown,
csv, json, xlsx, html) formats the same records the same way. Shares and averages are the
only figures that are divided; they are rounded half-up for display (shares to 0,1 %,
averages to 0,001 of the unit) and say so in the json output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ..i18n import register
from .claims import ClaimFigure, ClaimMoney, hedge_sign
from .facts import ZERO, Fact, PlanMoney

__all__ = [
    "Column",
    "GridRow",
    "SummaryView",
    "SummaryOptions",
    "build_views",
    "AcrossPlans",
    "share",
    "average",
    "MARK",
]

MARK = "≠"
FROM_TEXT = "†"
NO_SOURCE = "—"
OUTSIDE = " · summary.part.outside"
"""The mark the facts put on a table row outside its total (a part outside a claim's whole too)."""
SHARE_STEP = Decimal("0.1")
AVERAGE_STEP = Decimal("0.001")


@dataclass(frozen=True)
class Column:
    """A column: its key (a message ``summary.col.<key>`` or a year), and what it holds."""

    key: str
    kind: str = "money"  # money | percent | mark


@dataclass
class GridRow:
    label: str
    values: list[Decimal | str | None]
    depth: int = 0
    role: str = "row"  # row | total | stated | average
    from_text: bool = False
    """Its money is (partly) stated only in the prose, not in a table: shown with † after the label."""


@dataclass
class SummaryView:
    """One grid of a summary."""

    file: str
    plan_title: str
    kind: str
    view: str
    unit: str
    columns: list[Column]
    rows: list[GridRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    computed_total: Decimal = ZERO
    stated_total: Decimal | None = None
    province: str = ""
    group: tuple[str, str] | None = None
    """Across plans: the kind of money and the period (``("budget", "2016-2020")``) every
    figure of this grid shares; None when the grid mixes them (asked for)."""

    @property
    def differs(self) -> bool:
        return self.stated_total is not None and self.stated_total != self.computed_total


class _Header(NamedTuple):
    file: str
    plan_title: str
    kind: str
    unit: str
    province: str = ""


@dataclass(frozen=True)
class SummaryOptions:
    by_source: bool = False
    by_year: bool = False
    by_item: bool = False
    by_province: bool = False
    by_kind: bool = False
    claims: bool = False
    """Per plan, a grid of the money claims of a document with no table of money, as written
    (hedges, parts outside the whole, the rest); ``kc summary`` shows it when no grid is asked for."""
    mix_periods: bool = False
    """Across plans, add planned money, money spent and every period into one grid (the
    grouping before kinds and periods were kept apart); off unless asked for."""


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    """Part of the whole in percent, rounded half-up to 0,1; None when the whole is zero."""
    if whole == 0:
        return None
    return (part * 100 / whole).quantize(SHARE_STEP, rounding=ROUND_HALF_UP)


def average(total: Decimal, count: int) -> Decimal | None:
    """Per-year average, rounded half-up to 0,001 of the unit."""
    if count <= 0:
        return None
    return (total / count).quantize(AVERAGE_STEP, rounding=ROUND_HALF_UP).normalize()


def _sum(facts: Iterable[Fact]) -> Decimal:
    return sum((f.value for f in facts), ZERO)


def _ordered(values: Iterable[object]) -> list[object]:
    """Distinct values in first-seen order."""
    return list(dict.fromkeys(values))


def _source_label(source: str | None, names: dict[str, str]) -> str:
    if source is None:
        return NO_SOURCE
    return f"{source} ({names[source]})" if source in names else source


def _mark(stated: Decimal | None, computed: Decimal | None) -> str | None:
    return MARK if stated is not None and computed is not None and stated != computed else None


def build_views(monies: Sequence[PlanMoney], options: SummaryOptions, unit: str) -> list[SummaryView]:
    """The grids asked for: per plan and kind of money, or across plans when grouped by
    province or by kind."""
    if options.by_province or options.by_kind:
        across = AcrossPlans(options)
        for money in monies:
            across.add(money)
        return across.views(unit)
    views: list[SummaryView] = []
    for money in monies:
        header = _Header(money.file, money.plan, money.kind, money.unit, money.province)
        if not money.facts:  # money only in claims no source names: their grid alone
            if options.claims and money.claims:
                views.append(_claims_view(money, header))
            continue
        notes = _notes(money)
        if options.by_source and options.by_year:
            views.append(_source_by_year(money, header, notes))
        elif options.by_source:
            views.append(_by_source(money, header, notes))
        elif options.by_year:
            views.append(_by_year(money, header, notes))
        if options.by_item:
            views.append(_by_item(money, header, notes))
        if options.claims and money.claims:
            views.append(_claims_view(money, header))
    return views


def _claims_view(money: PlanMoney, header: _Header) -> SummaryView:
    """The money claims of a document with no table of money, as the text states them: each
    whole with its hedge (">" hơn, "<" gần, "≈" khoảng or ước), its parts with their shares, a part
    outside the whole and the rest labelled as such (never added into the whole), and, when
    the parts are only examples, the rest they leave unaccounted instead of shares."""
    ranged = any(f.high is not None for c in money.claims for f in (c.whole, *c.parts) if f is not None)
    columns = [Column("hedge", "mark"), Column("written")] + ([Column("high")] if ranged else []) + [
        Column("share", "percent")
    ]
    view = _new_view(header, "claim", columns, ZERO, None, ["summary.claims-note"])
    view.rows = [row for claim in money.claims for row in _claim_rows(claim, ranged)]
    return view


def _claim_rows(claim: ClaimMoney, ranged: bool) -> list[GridRow]:
    whole = claim.whole
    exact_whole = whole.value if whole is not None and whole.high is None else None
    inside = claim.inside
    named = [p.value for p in inside if p.high is None]
    inside_sum = sum((v for v in named if v is not None), ZERO) if len(named) == len(inside) and all(
        v is not None for v in named) else None

    def row(label: str, figure: ClaimFigure | None, value: Decimal | None, depth: int, shared: bool,
            sign: str | None = None) -> GridRow:
        hedge = sign if sign is not None else hedge_sign(figure.hedge if figure else None,
                                                         figure is not None and figure.high is not None)
        part_share = share(value, exact_whole) if shared and value is not None and exact_whole else None
        values: list[Decimal | str | None] = [hedge or None, value]
        if ranged:
            values.append(figure.high if figure is not None else None)
        values.append(part_share)
        return GridRow(label, values, depth=depth)

    rows = [row(f"{claim.claim_id} · summary.claim.whole", whole, whole.value if whole else None, 0, False)]
    shares = claim.parts_complete
    for part in claim.parts:
        if part.outside:
            rows.append(row(f"{part.label} · summary.part.outside", part, part.value, 1, False))
        elif part.remainder:
            if part.value is not None:
                rows.append(row(f"{part.label} · summary.part.remainder", part, part.value, 1, shares))
            elif exact_whole is not None and inside_sum is not None:
                # Not stated: the whole minus the named parts, as the text defines it.
                gap = exact_whole - inside_sum
                rows.append(row(f"{part.label} · summary.part.remainder-computed", part, gap, 1, shares,
                                sign=hedge_sign(whole.hedge if whole else None)))
            else:
                rows.append(row(f"{part.label} · summary.part.remainder", part, None, 1, False))
        else:
            rows.append(row(part.label, part, part.value, 1, shares))
    if not claim.parts_complete and whole is not None and whole.value is not None and inside_sum is not None:
        stated_rest = sum((p.value for p in claim.parts if p.remainder and p.value is not None), ZERO)
        rest = whole.value - inside_sum - stated_rest
        rows.append(row("summary.part.rest", whole, rest, 1, False, sign=hedge_sign(whole.hedge)))
    return rows


def _new_view(
    header: _Header,
    view: str,
    columns: list[Column],
    computed_total: Decimal,
    stated_total: Decimal | None,
    notes: list[str] | None = None,
) -> SummaryView:
    return SummaryView(
        file=header.file, plan_title=header.plan_title, kind=header.kind, view=view, unit=header.unit,
        columns=columns, notes=notes or [], computed_total=computed_total, stated_total=stated_total,
        province=header.province,
    )


def _notes(money: PlanMoney) -> list[str]:
    notes = []
    if money.years_from_total:
        notes.append("summary.years-from-total")
    if money.plan_years:
        notes.append("summary.plan-years")
    if money.text_items:
        notes.append("summary.from-text")
    return notes


def _text_mark(label: str, facts: Iterable[Fact]) -> tuple[str, bool]:
    """A row's label, and whether its money comes (partly) from the prose (shown with †)."""
    return label, any(f.from_text for f in facts)


def _year_column(year: int, plan_years: Iterable[int]) -> Column:
    """A year column; ``2015*`` when it holds a plan figure of a results table."""
    return Column(f"{year}*" if year in plan_years else str(year))


def _by_source(money: PlanMoney, header: _Header, notes: list[str]) -> SummaryView:
    total = _sum(money.facts)
    columns = [Column("total"), Column("stated"), Column("mark", "mark"), Column("share", "percent")]
    if money.years:
        columns.append(Column("average"))
    # Notes about years do not concern a grid without years.
    view = _new_view(header, "source", columns, total, money.stated_total, [n for n in notes if n == "summary.from-text"])
    for source in _ordered(f.source for f in money.facts):
        mine = [f for f in money.facts if f.source == source]
        computed = _sum(mine)
        stated = money.stated_by_source.get(source) if isinstance(source, str) else None
        values: list[Decimal | str | None] = [computed, stated, _mark(stated, computed), share(computed, total)]
        if money.years:
            values.append(average(computed, len(money.years)))
        label, from_text = _text_mark(_source_label(source if isinstance(source, str) else None, money.source_names), mine)
        view.rows.append(GridRow(label, values, from_text=from_text))
    view.rows.append(_total_row(view, total, money.stated_total, len(money.years) if money.years else None))
    return view


def _total_row(view: SummaryView, total: Decimal, stated: Decimal | None, years: int | None) -> GridRow:
    values: list[Decimal | str | None] = [total, stated, _mark(stated, total), share(total, total)]
    if years is not None:
        values.append(average(total, years))
    return GridRow("summary.total", values[: len(view.columns)], role="total")


def _by_year(money: PlanMoney, header: _Header, notes: list[str]) -> SummaryView:
    facts = money.year_facts
    total = _sum(money.facts)
    columns = [Column("total"), Column("stated"), Column("mark", "mark"), Column("share", "percent")]
    view = _new_view(header, "year", columns, total, money.stated_total, list(notes))
    years = money.years
    for year in years:
        computed = _sum(f for f in facts if f.year == year)
        stated = money.stated_by_year.get(year)
        label = f"{year}*" if year in money.plan_years else str(year)
        view.rows.append(GridRow(label, [computed, stated, _mark(stated, computed), share(computed, total)]))
    view.rows.append(_total_row(view, total, money.stated_total, None))
    if years:
        view.rows.append(GridRow("summary.average", [average(total, len(years)), None, None, None], role="average"))
    return view


def _source_by_year(money: PlanMoney, header: _Header, notes: list[str]) -> SummaryView:
    years = money.years
    total = _sum(money.facts)
    columns = [_year_column(y, money.plan_years) for y in years] + [
        Column("total"), Column("share", "percent"), Column("average")
    ]
    view = _new_view(header, "source×year", columns, total, money.stated_total, list(notes))
    for source in _ordered(f.source for f in money.facts):
        mine = [f for f in money.facts if f.source == source]
        cells: list[Decimal | str | None] = [
            _sum(f for f in mine if f.year == y) if any(f.year == y for f in mine) else None for y in years
        ]
        computed = _sum(mine)
        label, from_text = _text_mark(_source_label(source if isinstance(source, str) else None, money.source_names), mine)
        view.rows.append(GridRow(label, [*cells, computed, share(computed, total), average(computed, len(years))], from_text=from_text))
    by_year: list[Decimal | str | None] = [_sum(f for f in money.year_facts if f.year == y) for y in years]
    view.rows.append(GridRow("summary.total", [*by_year, total, share(total, total), average(total, len(years))], role="total"))
    if money.stated_by_year or money.stated_total is not None:
        stated_years: list[Decimal | str | None] = [money.stated_by_year.get(y) for y in years]
        view.rows.append(GridRow("summary.col.stated", [*stated_years, money.stated_total, None, None], role="stated"))
        marks: list[Decimal | str | None] = [
            _mark(s if isinstance(s, Decimal) else None, c if isinstance(c, Decimal) else None)
            for s, c in zip(stated_years, by_year, strict=True)
        ]
        marks.append(_mark(money.stated_total, total))
        if any(marks):
            view.rows.append(GridRow("summary.col.mark", [*marks, None, None], role="stated"))
    return view


def _by_item(money: PlanMoney, header: _Header, notes: list[str]) -> SummaryView:
    total = _sum(money.facts)
    columns = [Column("stated"), Column("total"), Column("mark", "mark"), Column("share", "percent")]
    view = _new_view(header, "item", columns, total, money.stated_total, list(notes))
    for depth, label, stated, computed in money.items:
        from_text = label in money.text_items
        # A row outside the total is no share of it.
        part = None if label.endswith(OUTSIDE) else share(computed, total)
        view.rows.append(
            GridRow(label, [stated, computed, _mark(stated, computed), part], depth=depth, from_text=from_text)
        )
    view.rows.append(GridRow("summary.total", [money.stated_total, total, _mark(money.stated_total, total), share(total, total)], role="total"))
    return view


_DIMENSIONS: dict[str, Callable[[Fact], object]] = {
    "province": lambda f: f.province,
    "kind": lambda f: f.kind,
    "source": lambda f: f.source or NO_SOURCE,
    "item": lambda f: f.item,
}


_FactKey = tuple[str, str, str, "str | None", str, "int | None", bool, bool]
"""(kind, period, province, source, item, year, planned, from_text)"""


class AcrossPlans:
    """What the grids across plans need, gathered plan by plan so that no plan's facts are
    kept: the facts summed by everything a grid groups them by (kind and period always,
    province, source and item only when asked for; years only in the facts with years),
    and the plans' stated wholes summed by the set of (kind, period) groups their money
    falls in. Memory grows with the distinct provinces, sources, items, periods and years
    shown, not with the number of plans; the grids are those of the facts themselves."""

    def __init__(self, options: SummaryOptions) -> None:
        self.options = options
        self.dims = [d for d, on in (("province", options.by_province), ("kind", options.by_kind),
                                     ("source", options.by_source), ("item", options.by_item)) if on]
        self.facts: dict[_FactKey, Decimal] = {}
        self.year_facts: dict[_FactKey, Decimal] = {}
        self.stated: dict[frozenset[tuple[str, str]], tuple[Decimal, bool]] = {}
        """groups of a plan's money -> (the sum of their stated wholes, whether one states none)"""

    def _key(self, fact: Fact, with_year: bool) -> _FactKey:
        dims = self.dims
        return (
            fact.kind, fact.period, fact.province if "province" in dims else "",
            fact.source if "source" in dims else None, fact.item if "item" in dims else "",
            fact.year if with_year else None, fact.planned and with_year, fact.from_text,
        )

    def add(self, money: PlanMoney) -> None:
        """Count one plan's money of one kind."""
        for store, facts, with_year in ((self.facts, money.facts, False), (self.year_facts, money.year_facts, True)):
            for fact in facts:
                key = self._key(fact, with_year)
                store[key] = store.get(key, ZERO) + fact.value
        groups = frozenset(_group(f) for f in money.facts)
        total, missing = self.stated.get(groups, (ZERO, False))
        stated = money.stated_total
        self.stated[groups] = (total + (stated if stated is not None else ZERO), missing or stated is None)

    def views(self, unit: str) -> list[SummaryView]:
        """The grids: one per kind of money and period (see :func:`_across_plans`)."""
        if not self.stated:
            return []
        facts = [_fact(key, value) for key, value in self.facts.items()]
        year_facts = [_fact(key, value) for key, value in self.year_facts.items()]
        return _across_plans(facts, year_facts, self.stated, self.options, self.dims, unit)


def _fact(key: _FactKey, value: Decimal) -> Fact:
    kind, period, province, source, item, year, planned, from_text = key
    return Fact("", province, "", kind, "", item, source, year, value, planned, from_text, period)


def _across_plans(
    facts: Sequence[Fact], year_facts: Sequence[Fact], stated_by_groups: dict[frozenset[tuple[str, str]], tuple[Decimal, bool]],
    options: SummaryOptions, dims: Sequence[str], unit: str,
) -> list[SummaryView]:
    """Across plans, planned money and money spent, and the money of different periods, are
    never added together: one grid per kind and period (a province's results of 2009-2015,
    its plan for 2016-2020 and for 2021-2025 stay three figures), the kind and period in the
    heading. ``--by-kind`` alone gives one grid of kind × period rows with no total."""
    if options.mix_periods:
        every = [total for total, _ in stated_by_groups.values()]
        whole: Decimal | None = None if any(missing for _, missing in stated_by_groups.values()) else sum(every, ZERO)
        return [_across(facts, year_facts, [whole], dims, options.by_year, unit)]
    rest = [d for d in dims if d != "kind"]
    if not rest:
        return [_kinds_apart(facts, year_facts, options.by_year, unit)]
    views: list[SummaryView] = []
    for group in sorted(_ordered(_group(f) for f in facts), key=_sort_key):
        assert isinstance(group, tuple)
        mine = [f for f in facts if _group(f) == group]
        mine_years = [f for f in year_facts if _group(f) == group]
        # A plan's stated whole counts for a group only when all its money is of that group.
        stated: list[Decimal | None] = []
        alone = stated_by_groups.get(frozenset({group}))
        if alone is not None:
            stated.append(None if alone[1] else alone[0])
        if any(group in groups and len(groups) > 1 for groups in stated_by_groups):
            stated.append(None)
        view = _across(mine, mine_years, stated, rest, options.by_year, unit)
        view.group = (str(group[0]), str(group[1]))
        views.append(view)
    return views


def _group(fact: Fact) -> tuple[str, str]:
    return fact.kind, fact.period


def _kinds_apart(facts: Sequence[Fact], year_facts: Sequence[Fact], by_year: bool, unit: str) -> SummaryView:
    """``--by-kind`` alone: a row per kind of money and period, each its own sum; no share and
    no grand total, since they would add plan money to money spent or one period to another."""
    years = sorted({f.year for f in year_facts if f.year is not None}) if by_year else []
    planned = {f.year for f in year_facts if f.planned and f.year is not None}
    columns = [_year_column(y, planned) for y in years] + [Column("total")]
    notes = ["summary.kept-apart"] + (["summary.plan-years"] if planned & set(years) else []) + (
        ["summary.from-text"] if any(f.from_text for f in facts) else []
    )
    view = SummaryView(file="", plan_title="", kind="all", view="kind×period", unit=unit, columns=columns,
                       computed_total=ZERO, notes=notes)
    for group in sorted(_ordered(_group(f) for f in facts), key=_sort_key):
        mine = [f for f in facts if _group(f) == group]
        mine_years = [f for f in year_facts if _group(f) == group]
        cells: list[Decimal | str | None] = [
            _sum(f for f in mine_years if f.year == y) if any(f.year == y for f in mine_years) else None for y in years
        ]
        assert isinstance(group, tuple)
        label, from_text = _text_mark(f"summary.kind.{group[0]} · {_period_text(str(group[1]))}", mine)
        view.rows.append(GridRow(label, [*cells, _sum(mine)], from_text=from_text))
    return view


def _period_text(period: str) -> str:
    return period or "summary.period-unknown"


def _across(
    facts: Sequence[Fact], year_facts: Sequence[Fact], stated_parts: Sequence[Decimal | None], dims: Sequence[str],
    by_year: bool, unit: str,
) -> SummaryView:
    """One grid over the facts given: rows grouped by the chosen dimensions, years as columns."""
    total = _sum(facts)
    years = sorted({f.year for f in year_facts if f.year is not None}) if by_year else []
    planned = {f.year for f in year_facts if f.planned and f.year is not None}
    columns = [_year_column(y, planned) for y in years] + [Column("total"), Column("share", "percent")]
    stated = sum((s for s in stated_parts if s is not None), ZERO) if stated_parts and all(
        s is not None for s in stated_parts) else None
    notes = (["summary.plan-years"] if planned & set(years) else []) + (
        ["summary.from-text"] if any(f.from_text for f in facts) else []
    )
    view = SummaryView(file="", plan_title="", kind="all", view="×".join(dims), unit=unit,
                       columns=columns, computed_total=total, stated_total=stated, notes=notes)
    keys = sorted(_ordered(tuple(_DIMENSIONS[d](f) for d in dims) for f in facts), key=_sort_key)
    for key in keys:
        assert isinstance(key, tuple)
        mine = [f for f in facts if tuple(_DIMENSIONS[d](f) for d in dims) == key]
        cells: list[Decimal | str | None] = []
        if years:
            # Years come from the rows' cells, or the Cộng row for a plan split by year only
            # as a whole (those show in a row only when no finer dimension is asked for).
            mine_years = [f for f in year_facts if tuple(_DIMENSIONS[d](f) for d in dims) == key]
            cells = [_sum(f for f in mine_years if f.year == y) if any(f.year == y for f in mine_years) else None for y in years]
        computed = _sum(mine)
        label, from_text = _text_mark(" · ".join(_dim_label(d, v) for d, v in zip(dims, key, strict=True)), mine)
        view.rows.append(GridRow(label, [*cells, computed, share(computed, total)], from_text=from_text))
    year_totals: list[Decimal | str | None] = [_sum(f for f in year_facts if f.year == y) for y in years]
    view.rows.append(GridRow("summary.total", [*year_totals, total, share(total, total)], role="total"))
    if stated is not None:
        view.rows.append(GridRow("summary.col.stated", [*[None] * len(years), stated, None], role="stated"))
    return view


def _sort_key(key: object) -> tuple[str, ...]:
    """Provinces and items alphabetically, planned money before money spent."""
    assert isinstance(key, tuple)
    return tuple("0" if v == "budget" else "1" if v == "results" else str(v) for v in key)


def _dim_label(dim: str, value: object) -> str:
    if dim == "kind":
        return f"summary.kind.{value}"
    return str(value)


register(
    {
        "summary.heading": {"en": "{title}: {kind} ({unit})", "vi": "{title}: {kind} ({unit})"},
        "summary.heading-all": {"en": "All plans: {view} ({unit})", "vi": "Tất cả kế hoạch: {view} ({unit})"},
        "summary.heading-group": {
            "en": "All plans, {kind}, period {period}: {view} ({unit})",
            "vi": "Tất cả kế hoạch, {kind}, giai đoạn {period}: {view} ({unit})",
        },
        "summary.view.claim": {"en": "claim", "vi": "nhận định"},
        "summary.col.hedge": {"en": "hedge", "vi": "ước lượng"},
        "summary.col.written": {"en": "as written", "vi": "theo lời văn"},
        "summary.col.high": {"en": "up to", "vi": "đến"},
        "summary.claim.whole": {"en": "whole", "vi": "tổng"},
        "summary.part.outside": {"en": "outside the whole", "vi": "ngoài tổng"},
        "summary.part.remainder": {"en": "the rest", "vi": "phần còn lại"},
        "summary.part.remainder-computed": {
            "en": "the rest, computed", "vi": "phần còn lại, tính ra"
        },
        "summary.part.rest": {
            "en": "not accounted for by the parts named", "vi": "chưa nêu rõ (ngoài các phần đã nêu)"
        },
        "summary.claims-note": {
            "en": "as the text states it: > hơn/trên, < gần/dưới, ≈ khoảng/ước, ≥ ít nhất; a part outside the whole and the rest are not added into it",
            "vi": "theo lời văn: > hơn/trên, < gần/dưới, ≈ khoảng/ước, ≥ ít nhất; phần ngoài tổng và phần còn lại không cộng vào tổng",
        },
        "summary.period-unknown": {"en": "not stated", "vi": "không ghi"},
        "summary.view.period": {"en": "period", "vi": "giai đoạn"},
        "summary.kept-apart": {
            "en": "planned money and money spent, and different periods, are not added together",
            "vi": "kinh phí kế hoạch và kinh phí đã thực hiện, cũng như các giai đoạn khác nhau, không cộng dồn với nhau",
        },
        "summary.kind.budget": {"en": "planned funding", "vi": "kinh phí kế hoạch"},
        "summary.kind.results": {"en": "funding spent", "vi": "kinh phí đã thực hiện"},
        "summary.view.source": {"en": "source", "vi": "nguồn"},
        "summary.view.year": {"en": "year", "vi": "năm"},
        "summary.view.item": {"en": "item", "vi": "nội dung"},
        "summary.view.province": {"en": "province", "vi": "tỉnh"},
        "summary.view.kind": {"en": "kind", "vi": "loại"},
        "summary.view.source×year": {"en": "source \\ year", "vi": "nguồn \\ năm"},
        "summary.col.total": {"en": "total", "vi": "tổng"},
        "summary.col.stated": {"en": "stated", "vi": "ghi trong biểu"},
        "summary.col.mark": {"en": "≠", "vi": "≠"},
        "summary.col.share": {"en": "share %", "vi": "tỷ trọng %"},
        "summary.col.average": {"en": "per year", "vi": "bình quân/năm"},
        "summary.total": {"en": "Total", "vi": "Tổng cộng"},
        "summary.average": {"en": "Average per year", "vi": "Bình quân mỗi năm"},
        "summary.stated-differs": {
            "en": "≠ the table states {stated}, but its cells add up to {computed}",
            "vi": "≠ biểu ghi {stated}, nhưng các ô cộng lại bằng {computed}",
        },
        "summary.stated-agrees": {
            "en": "agrees with the stated total {stated}",
            "vi": "khớp với tổng ghi trong biểu {stated}",
        },
        "summary.years-from-total": {
            "en": "years from the total row: the document splits by year only the whole amount",
            "vi": "số theo năm lấy từ dòng tổng: văn bản chỉ phân kỳ theo năm cho tổng kinh phí",
        },
        "summary.plan-years": {
            "en": "* a plan figure inside a results table (KH năm …), not an actual result",
            "vi": "* số kế hoạch trong biểu kết quả (KH năm …), không phải số thực hiện",
        },
        "summary.from-text": {
            "en": "† from the text: money the prose states (a claim) and no table holds",
            "vi": "† theo lời văn: kinh phí nêu trong lời văn (một nhận định), không có trong biểu nào",
        },
        "summary.no-money": {
            "en": "{file}: no money to summarise: no table of money, and no claim states money by source (kc validate checks the other figures of the prose)",
            "vi": "{file}: không có kinh phí để tổng hợp: không có biểu kinh phí, lời văn cũng không nêu kinh phí theo nguồn (các số liệu khác trong lời văn do kc validate kiểm tra)",
        },
        "summary.unknown-table": {
            "en": "no table '{table}' in the plans given (their tables: {tables})",
            "vi": "các kế hoạch đã cho không có biểu '{table}' (các biểu: {tables})",
        },
        "summary.not-money-table": {
            "en": "table '{table}' holds counts, not money: kc summary sums the money tables",
            "vi": "biểu '{table}' chứa chỉ tiêu đếm, không phải tiền: kc summary chỉ tổng hợp các biểu kinh phí",
        },
        "summary.rounding": {
            "en": "shares rounded to 0,1 %, averages to 0,001",
            "vi": "tỷ trọng làm tròn đến 0,1 %, bình quân đến 0,001",
        },
    }
)
