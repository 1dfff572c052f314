"""The money of a set of plans as flat facts: one figure with its province, plan, kind of money,
table, item, source and year, already converted exactly to the display unit.

Every view of ``kc summary`` (and the charts of ``kc report``) is a grouping of these facts, so
each figure is read once, from the finest data a table gives (cells, else sub-rows, else a
row's stated total). Tables that restate another table's money (``restates:``) are left out
so nothing is counted twice; the stated totals are kept apart so a view can show them beside
the computed ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ..claim_scope import money_kind, period_text
from ..model import Plan, Table, TableKind
from ..numbers import convert, unit_factor
from ..prose_money import prose_money
from ..tables import (
    Money,
    RowRef,
    children,
    iter_rows,
    remainder_gap,
    row_entries,
    source_members,
    table_money,
    table_path,
    total_row_entries,
)
from .claims import ClaimMoney, claim_money

__all__ = ["Fact", "PlanMoney", "collect", "MONEY_KINDS", "ZERO"]

ZERO = Decimal(0)
MONEY_KINDS = (TableKind.BUDGET, TableKind.RESULTS)


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure, in the display unit. Slotted: a summary of many plans keeps every one."""

    file: str
    province: str
    plan: str
    kind: str
    table: str
    item: str
    source: str | None
    year: int | None
    value: Decimal
    planned: bool = False
    """True for a plan column inside a results table ("KH Năm 2015")."""
    from_text: bool = False
    """True for money stated only in the prose (a claim), which no table holds."""
    period: str = ""
    """The years the figure covers ("2016-2020", "2022"), "" when nothing says: figures of
    different periods are never added together across plans."""


@dataclass
class PlanMoney:
    """One plan's money of one kind (budget or results): facts and what the tables state."""

    file: str
    province: str
    plan: str
    kind: str
    unit: str
    source_names: dict[str, str]
    facts: list[Fact] = field(default_factory=list)
    year_facts: list[Fact] = field(default_factory=list)
    """Facts with years: the rows' own, or the Cộng row's when only the whole is split by year."""
    years: list[int] = field(default_factory=list)
    plan_years: list[int] = field(default_factory=list)
    stated_total: Decimal | None = None
    stated_by_year: dict[int, Decimal] = field(default_factory=dict)
    stated_by_source: dict[str, Decimal] = field(default_factory=dict)
    items: list[tuple[int, str, Decimal | None, Decimal]] = field(default_factory=list)
    """(depth, label, stated, computed) for every row, depth first."""
    years_from_total: bool = False
    text_items: list[str] = field(default_factory=list)
    """Labels of the items read from the prose (claims), not from a table."""
    claims: list[ClaimMoney] = field(default_factory=list)
    """A document with no table of money: its money claims as the text states them (hedged
    wholes, parts, parts outside the whole, the rest)."""


def _money_tables(plan: Plan, kind: TableKind, only: Sequence[str] = ()) -> list[Table]:
    """The tables of one kind to sum: those named in ``only``, else every table that does
    not restate another."""
    if only:
        return [t for t in plan.tables if t.kind is kind and t.id in only and unit_factor(t.unit)]
    return [t for t in plan.tables if t.kind is kind and t.restates is None and unit_factor(t.unit)]


def collect(
    plans: Iterable[tuple[str, Plan]], unit: str | None = None, tables: Sequence[str] = ()
) -> list[PlanMoney]:
    """Every plan's budget and results money, converted to ``unit`` (default: the unit of
    the plan's first table of that kind); only the ``tables`` named, when some are."""
    found: list[PlanMoney] = []
    for file, plan in plans:
        monies: list[PlanMoney] = []
        for kind in MONEY_KINDS:
            tables_of_kind = _money_tables(plan, kind, tables)
            if tables_of_kind:
                monies.append(_plan_money(file, plan, kind, tables_of_kind, unit or tables_of_kind[0].unit))
        if not tables:
            had_tables = bool(monies)
            _add_prose_money(file, plan, monies, unit)
            if not had_tables:
                _add_claims(file, plan, monies, unit)
        found.extend(monies)
    return found


def _money_of_kind(file: str, plan: Plan, monies: list[PlanMoney], kind: TableKind, unit: str) -> PlanMoney:
    """The plan's money of ``kind``, added (budget first, results last) when it has none yet."""
    money = next((m for m in monies if m.kind == kind.value), None)
    if money is None:
        money = PlanMoney(
            file=file, province=plan.document.province, plan=plan.document.title, kind=kind.value, unit=unit,
            source_names={s.id: s.name for s in plan.sources},
        )
        monies.insert(0 if kind is TableKind.BUDGET else len(monies), money)
    return money


def _add_claims(file: str, plan: Plan, monies: list[PlanMoney], unit: str | None) -> None:
    """A document with no table of money: keep its money claims whole, in the unit of the
    money read from them (or the first claim's), beside the per-source facts of their kind
    (a claim's own ``kind`` wins over the document's)."""
    claims, used = claim_money(plan, monies[0].unit if monies else unit)
    if not claims or used is None:
        return
    by_id = {c.id: c for c in plan.claims}
    for claim in claims:
        _money_of_kind(file, plan, monies, money_kind(plan, by_id[claim.claim_id]), used).claims.append(claim)


def _add_prose_money(file: str, plan: Plan, monies: list[PlanMoney], unit: str | None) -> None:
    """Money the claims state by source where no table holds that source (nor a group of it,
    nor a member), read as ``kc reconcile`` reads an article: a plan with no
    table of money, or a source its tables leave out ("… với kinh phí 496 triệu đồng"). Such
    facts are marked ``from_text``; their kind and period are the claim's own when it states
    them (:mod:`khuyencong_cli.claim_scope`), else planned money (money spent in a results
    report) of the document's period."""
    groups = {s.id: source_members(plan, s.id) for s in plan.sources if s.members}

    def related(source: str) -> set[str]:
        return source_members(plan, source) | {g for g, members in groups.items() if source in members}

    held = {f.source for m in monies for f in m.facts if f.source}
    fallback = unit
    for figure in prose_money(plan, by_scope=True):
        if related(figure.source) & held:
            continue
        fallback = fallback or figure.unit
        money = _money_of_kind(file, plan, monies, figure.kind, fallback)
        # A claim that names no period, in a document that states none, speaks of the period
        # of the plan's tables of the same kind when they all share one.
        table_periods = {f.period for f in money.facts if f.period and not f.from_text}
        beside = table_periods.pop() if len(table_periods) == 1 else ""
        value = figure.value_in(money.unit)
        period = figure.period or beside
        money.facts.append(
            Fact(file, money.province, money.plan, figure.kind.value, "", figure.item, figure.source, None, value,
                 from_text=True, period=period)
        )
        money.items.append((0, figure.item, None, value))
        money.text_items.append(figure.item)
        if money.stated_total is not None:
            money.stated_total += value  # the prose states it: the stated whole grows with it


def _item(table: Table, base: tuple[str | int, ...], ref: RowRef, conv: Callable[[Decimal], Decimal]) -> tuple[str, Decimal]:
    """A row of the by-item grid: its label, marked when the row is outside the total or the
    rest ("Còn lại"), and its figure; a rest that states none shows the gap it stands for."""
    label = f"{ref.row.id} {ref.row.name}"
    entries = row_entries(ref, children(ref))
    computed = conv(sum((e.value for e in entries), ZERO))
    if ref.row.outside:
        return f"{label} · summary.part.outside", computed
    if ref.row.remainder:
        gap = None if entries else remainder_gap(table, base, ref)
        if gap is not None:
            return f"{label} · summary.part.remainder-computed", conv(gap.value)
        return f"{label} · summary.part.remainder", computed
    return label, computed


def _plan_money(file: str, plan: Plan, kind: TableKind, tables: Sequence[Table], unit: str) -> PlanMoney:
    money = PlanMoney(
        file=file,
        province=plan.document.province,
        plan=plan.document.title,
        kind=kind.value,
        unit=unit,
        source_names={s.id: s.name for s in plan.sources},
    )
    stated_totals: list[Decimal] = []
    for table in tables:
        base = table_path(plan, table)

        def conv(value: Decimal, table: Table = table) -> Decimal:
            return convert(value, table.unit, unit)

        for year in table.years:
            if year not in money.years:
                money.years.append(year)
        money.plan_years.extend(y for y in table.plan_years if y not in money.plan_years)
        seen_sources: dict[str, list[str]] = {}
        for ref in iter_rows(table, base, include_total=False):
            label, computed = _item(table, base, ref, conv)
            stated = None if ref.row.total is None else conv(ref.row.total)
            money.items.append((ref.depth, label, stated, computed))
            # A row's stated total counts for its own source unless an ancestor already did.
            ancestors = ref.key.split("/")[:-1]
            if ref.row.source and ref.row.total is not None and not ref.row.outside:
                counted = seen_sources.setdefault(ref.row.source, [])
                if not any(a in counted for a in ancestors):
                    counted.append(ref.row.id)
                    money.stated_by_source[ref.row.source] = (
                        money.stated_by_source.get(ref.row.source, ZERO) + conv(ref.row.total)
                    )
        rows, by_year = table_money(plan, table, unit)

        period = period_text(table.period, years=[*table.years, *table.plan_years]) or period_text(plan.document.period)

        def fact(m: Money, table: Table = table, period: str = period) -> Fact:
            planned = m.year in table.plan_years
            return Fact(file, money.province, money.plan, kind.value, table.id, m.item, m.source, m.year, m.value, planned,
                        period=period)

        money.facts.extend(fact(m) for m in rows)
        money.year_facts.extend(fact(m) for m in by_year)
        if by_year and not any(m.year is not None for m in rows):
            money.years_from_total = True  # only the Cộng row splits the money by year
        if table.total is not None:
            if table.total.total is not None:
                stated_totals.append(conv(table.total.total))
            for entry in total_row_entries(table, base):
                if entry.year is not None:
                    money.stated_by_year[entry.year] = money.stated_by_year.get(entry.year, ZERO) + conv(entry.value)
            if table.total.by_source:
                for source, amount in table.total.by_source.items():
                    if amount is not None:
                        money.stated_by_source[source] = conv(amount)
    if stated_totals and len(stated_totals) == len(tables):
        money.stated_total = sum(stated_totals, ZERO)
    if not money.years:
        money.years = sorted({f.year for f in money.year_facts if f.year is not None})
    return money
