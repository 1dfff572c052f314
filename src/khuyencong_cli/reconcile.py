"""``kc reconcile A B``: two documents or tables that speak of the same money, side by side.

Two modes, chosen from what the sides hold:

- **plan against results**: side A is planned money (budget tables, or the ``KH năm …``
  columns of a results table), side B is money spent (results tables). Per source, year and
  item: planned, actual, the execution rate, over- or under-spending, items planned and never
  reported, items reported and never planned. ``kc reconcile FILE#TABLE`` alone compares a
  results table's plan columns with its actual columns.
- **restatement**: a summary table against its detailed annex, or a news article against the
  decision it reports; every shared figure is matched and every difference shown.

A whole plan gives money of one kind only (:func:`choose_sides`): budget and results tables
are never summed into one side. Sides about other provinces or periods carry a warning
(:func:`context_warnings`); when nothing at all matches while both sides hold money, the
reconciliation fails (:attr:`Reconciliation.failed`).

Items are matched by id, else by their normalised Vietnamese name (NFC, casefold, numbering
such as "Nội dung 1:" dropped, punctuation ignored), and only as a last resort with the
diacritics stripped. What cannot be matched is listed, never dropped. When both sides give
years, only the years both give are compared; the figures of the other years are listed as
unmatched. Money is Decimal throughout; rates are rounded half-up to 0,1 % and shown with
that one decimal.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from .errors import KcError
from .i18n import register
from .model import Plan, Table, TableKind
from .numbers import convert, unit_factor
from .prose_money import normalise_name, prose_money
from .reconcile_totals import MONEY, StatedTotal, TotalLine, claim_totals, compare_totals, table_totals, target_totals
from .tables import iter_rows, source_members, table_by_id, table_money

__all__ = [
    "ReconcileError",
    "Side",
    "Figure",
    "Line",
    "ItemLine",
    "Unmatched",
    "Reconciliation",
    "Mismatch",
    "select_side",
    "choose_sides",
    "context_warnings",
    "reconcile",
    "normalise_name",
    "PLAN_RESULTS",
    "RESTATEMENT",
]

PLAN_RESULTS = "plan-results"
RESTATEMENT = "restatement"
ZERO = Decimal(0)
RATE_STEP = Decimal("0.1")


class ReconcileError(KcError, ValueError):
    """A side that cannot be reconciled (unknown table, no money): a message key and params."""


@dataclass(frozen=True)
class Figure:
    """One figure of a side: the item it belongs to, its source and year."""

    item: str
    item_id: str
    source: str | None
    year: int | None
    value: Decimal


@dataclass
class Side:
    """What one side of a reconciliation holds, in one unit."""

    label: str
    unit: str
    figures: list[Figure] = field(default_factory=list)
    year_figures: list[Figure] = field(default_factory=list)
    """Figures with a year: the rows', or the Cộng row's when only the whole is split by year."""
    items: list[tuple[str, str]] = field(default_factory=list)
    """(id, label) of every top-level item, in order."""
    groups: dict[str, set[str]] = field(default_factory=dict)
    """Source groups the plan defines (NSNN = KCQG + NST), with their members, recursively."""
    province: str = ""
    period: tuple[int, int] | None = None
    """First and last year of the money this side gives (as written for an article)."""
    totals: list[StatedTotal] = field(default_factory=list)
    """Totals stated by scope: a claims side's wholes (money and counts), a whole plan's
    counts (its claims' and its targets tables')."""
    from_claims: bool = False
    """The side is read from the prose (a document with no table of money)."""
    kind: str = ""
    """The kind of money of a side read from tables (budget, results), "" when mixed."""
    partial: bool = False
    """Its figures by source are parts of a whole the text says they do not exhaust
    (``parts_complete: false``): their sum is no total of the side."""

    @property
    def years(self) -> set[int]:
        return {f.year for f in self.year_figures if f.year is not None}


@dataclass(frozen=True)
class Line:
    """A compared figure: A and B, their difference (B - A) and the rate B / A."""

    label: str
    a: Decimal
    b: Decimal

    @property
    def difference(self) -> Decimal:
        return self.b - self.a

    @property
    def rate(self) -> Decimal | None:
        if self.a == 0:
            return None
        return (self.b * 100 / self.a).quantize(RATE_STEP, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ItemLine(Line):
    b_label: str = ""
    matched_by: str = "id"


@dataclass(frozen=True)
class Unmatched:
    """A figure one side has and the other does not: an item, or a year."""

    side: str  # "a" | "b"
    what: str  # "item" | "year"
    label: str
    value: Decimal


@dataclass(frozen=True)
class Mismatch:
    """Why two sides may not speak of the same money: ``what`` ("provinces" or "periods")
    differs, A says ``a`` and B says ``b``."""

    what: str
    a: str
    b: str


@dataclass
class Reconciliation:
    mode: str
    a: Side
    b: Side
    tolerance: Decimal
    compared_years: list[int]
    by_source: list[Line] = field(default_factory=list)
    by_year: list[Line] = field(default_factory=list)
    by_source_year: list[Line] = field(default_factory=list)
    by_item: list[ItemLine] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    total: Line | None = None
    warnings: list[Mismatch] = field(default_factory=list)
    totals: list[TotalLine] = field(default_factory=list)
    """Totals of one scope stated by both sides (see :mod:`khuyencong_cli.reconcile_totals`)."""
    unmatched_totals: list[tuple[str, StatedTotal]] = field(default_factory=list)
    """("a" or "b", total) of the totals the other side gives nothing of the same scope for."""
    partial: list[str] = field(default_factory=list)
    """The sides whose money by source is only some of their whole (``parts_complete:
    false``): no total of those parts is compared."""
    only_totals: list[str] = field(default_factory=list)
    """The sides ("a", "b") that state only totals, no money by source: they are compared
    by their totals alone."""

    @property
    def total_differences(self) -> list[TotalLine]:
        """Totals of one scope that disagree beyond their hedges and the tolerance."""
        return [line for line in self.totals if not line.agrees]

    @property
    def differences(self) -> list[Line]:
        """Compared figures whose difference exceeds the tolerance."""
        lines: Iterable[Line] = [*self.by_source, *self.by_year, *self.by_source_year, *self.by_item]
        if self.total is not None:
            lines = [*lines, self.total]
        return [line for line in lines if abs(line.difference) > self.tolerance]

    @property
    def exceeded(self) -> bool:
        """A compared figure differs by more than the tolerance. Unmatched items and years are
        listed but do not fail on their own: a summary and its annex itemise differently by
        design, and whatever an unmatched item carries already shows in the compared totals."""
        return bool(self.differences) or bool(self.total_differences)

    @property
    def nothing_matched(self) -> bool:
        """No figure and no total could be compared while both sides hold some: nothing
        reconciles."""
        if self.total is not None or self.totals or self.by_source:
            return False
        sides = {u.side for u in self.unmatched} | {side for side, _ in self.unmatched_totals}
        return sides == {"a", "b"}

    @property
    def failed(self) -> bool:
        """Exit 1: a difference above the tolerance, or nothing matched at all."""
        return self.exceeded or self.nothing_matched


# ----------------------------------------------------------------------------- selecting sides

def _money_tables(plan: Plan, table_id: str | None, kind: TableKind | None = None) -> list[Table]:
    """The named table, else every money table that restates no other (of ``kind`` only,
    when given)."""
    if table_id:
        table = table_by_id(plan, table_id)
        found = [table] if table is not None else []
        if not found:
            raise ReconcileError("reconcile.no-table", table=table_id, tables=", ".join(t.id for t in plan.tables) or "—")
        if found[0].kind is TableKind.TARGETS or not unit_factor(found[0].unit):
            raise ReconcileError("reconcile.not-money", table=table_id)
        return found
    tables = [
        t for t in plan.tables
        if t.kind is not TableKind.TARGETS and t.restates is None and unit_factor(t.unit) and kind in (None, t.kind)
    ]
    if not tables:
        raise ReconcileError("reconcile.no-money", plan=plan.document.title)
    return tables


def claims_side(label: str, plan: Plan, unit: str | None = None) -> Side:
    """The money a document states only in its prose (a news article), read as ``kc summary``
    reads it (:func:`prose_money`): one figure per source, in the first claim's unit; and the
    totals its claims state (money and counts, hedged), by scope.

    Parts naming no source give no figure: such a side is compared by its totals alone.
    """
    figures = prose_money(plan)
    totals, money_unit = claim_totals(plan, unit or (figures[0].unit if figures else None))
    if not figures and not totals:
        raise ReconcileError("reconcile.no-total", plan=plan.document.title)
    chosen_unit = unit or money_unit or ""
    side = Side(
        label, chosen_unit, province=plan.document.province, period=_years_of(plan.document.period),
        totals=[*totals, *target_totals(plan, plan.tables)], from_claims=True,
    )
    incomplete = {c.id for c in plan.claims if not c.parts_complete}
    for figure in figures:
        side.items.append((figure.item_id, figure.item))
        side.figures.append(Figure(figure.item, figure.item_id, figure.source, None, figure.value_in(chosen_unit)))
        side.partial = side.partial or figure.item_id.rpartition(".")[0] in incomplete
    for defined in plan.sources:
        if defined.members:
            side.groups[defined.id] = source_members(plan, defined.id) - {defined.id}
    return side


def has_money_tables(plan: Plan) -> bool:
    return any(t.kind is not TableKind.TARGETS and unit_factor(t.unit) for t in plan.tables)


def _years_of(text: str | None) -> tuple[int, int] | None:
    """The first and last year a period label names, as written ("2021-2015" stays so)."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text or "")]
    return (years[0], years[-1]) if years else None


def _period_of(plan: Plan, tables: Sequence[Table]) -> tuple[int, int] | None:
    """The years a side's tables cover, else their period labels, else the document's."""
    years = sorted({y for t in tables for y in (*t.years, *t.plan_years)})
    if years:
        return years[0], years[-1]
    labelled = [p for p in (_years_of(t.period) for t in tables) if p]
    if labelled:
        return min(p[0] for p in labelled), max(p[1] for p in labelled)
    return _years_of(plan.document.period)


def select_side(
    label: str,
    plan: Plan,
    table_id: str | None,
    part: str,
    unit: str | None = None,
    kind: TableKind | None = None,
) -> Side:
    """The figures of a plan (or one of its tables). ``part`` is "all", "plan" (budget tables
    and the plan columns of results tables) or "actual" (results tables without their plan
    columns); ``kind`` keeps a whole plan's tables of one kind (budget and results money are
    never summed into one side). A document with no table of money (a news article) gives its
    claims' figures."""
    if table_id is None and part == "all" and not has_money_tables(plan) and plan.claims:
        return claims_side(label, plan, unit)
    tables = _money_tables(plan, table_id, None if table_id else kind)
    chosen_unit = unit or tables[0].unit
    kinds = {t.kind.value for t in tables}
    side = Side(
        label, chosen_unit, province=plan.document.province, period=_period_of(plan, tables),
        kind=kinds.pop() if len(kinds) == 1 else "",
    )
    if table_id is None and part == "all":
        # A whole plan's counts: its claims' and its targets tables'. Its money is its tables'.
        counts, _ = claim_totals(plan, chosen_unit)
        side.totals = [t for t in counts if t.scope.measure != MONEY] + target_totals(plan, plan.tables)
    for source in plan.sources:
        if source.members:
            side.groups[source.id] = source_members(plan, source.id) - {source.id}
    for table in tables:
        plan_years = set(table.plan_years)

        def wanted(year: int | None, table: Table = table, plan_years: set[int] = plan_years) -> bool:
            if part == "all":
                return True
            planned = table.kind is TableKind.BUDGET or (year is not None and year in plan_years)
            return planned if part == "plan" else not planned

        rows, by_year = table_money(plan, table, chosen_unit, wanted)
        side.items.extend((ref.row.id, f"{ref.row.id} {ref.row.name}") for ref in iter_rows(table, (), False) if not ref.depth)
        side.figures.extend(Figure(m.item, m.row, m.source, m.year, m.value) for m in rows)
        side.year_figures.extend(Figure(m.item, m.row, m.source, m.year, m.value) for m in by_year)
    return side


def _kinds(plan: Plan, table_id: str | None) -> set[TableKind]:
    """The kinds of money a side can give; empty for a document read from its claims."""
    if table_id is None and not has_money_tables(plan):
        return set()
    return {t.kind for t in _money_tables(plan, table_id)}


def _claimed_kinds(plan: Plan, table_id: str | None) -> set[TableKind]:
    """The kinds of money the totals of a document read from its claims declare."""
    if table_id is not None or has_money_tables(plan):
        return set()
    totals, _ = claim_totals(plan, None)
    return {TableKind(t.scope.kind) for t in totals if t.scope.measure == MONEY and t.scope.kind}


def choose_sides(
    a_plan: Plan, a_table: str | None, b_plan: Plan, b_table: str | None, mode: str | None = None
) -> tuple[str, TableKind | None, TableKind | None]:
    """The mode and the kind of money each whole-plan side gives.

    Plan against results when A holds planned money and B money spent but no plan (or when
    ``mode`` says so): A's budget tables against B's results tables. Otherwise a restatement
    of money of one kind, budget by default: a plan (or an article) against another plan.
    """
    a_kinds, b_kinds = _kinds(a_plan, a_table), _kinds(b_plan, b_table)
    if mode is None:
        # An article's money is planned or spent as its claims (or the document's kind) say.
        a_says, b_says = a_kinds or _claimed_kinds(a_plan, a_table), b_kinds or _claimed_kinds(b_plan, b_table)
        plan_results = TableKind.BUDGET in a_says and TableKind.RESULTS in b_says and TableKind.BUDGET not in b_says
        mode = PLAN_RESULTS if plan_results else RESTATEMENT
    if mode == PLAN_RESULTS:
        return (
            mode,
            TableKind.BUDGET if TableKind.BUDGET in a_kinds else None,
            TableKind.RESULTS if TableKind.RESULTS in b_kinds else None,
        )
    common = (a_kinds or b_kinds) & (b_kinds or a_kinds)
    preferred = next((k for k in (TableKind.BUDGET, TableKind.RESULTS) if k in common), None)

    def pick(kinds: set[TableKind]) -> TableKind | None:
        if preferred in kinds:
            return preferred
        return TableKind.BUDGET if TableKind.BUDGET in kinds else None

    return mode, pick(a_kinds), pick(b_kinds)


def context_warnings(a: Side, b: Side, mode: str) -> list[Mismatch]:
    """What makes two sides unlikely to speak of the same money: other provinces, other years."""
    warnings: list[Mismatch] = []
    if a.province and b.province and normalise_name(a.province) != normalise_name(b.province):
        warnings.append(Mismatch("provinces", a.province, b.province))
    if a.period and b.period and a.period != b.period:
        low_a, high_a = sorted(a.period)
        low_b, high_b = sorted(b.period)
        apart = high_a < low_b or high_b < low_a
        if mode != PLAN_RESULTS or apart:
            warnings.append(Mismatch("periods", _period_text(a.period), _period_text(b.period)))
    return warnings


def _period_text(period: tuple[int, int]) -> str:
    return str(period[0]) if period[0] == period[1] else f"{period[0]}-{period[1]}"


# ----------------------------------------------------------------------------- matching items

def _name_of(label: str, item_id: str) -> str:
    return label[len(item_id) + 1 :] if label.startswith(item_id + " ") else label


def match_items(a: Sequence[tuple[str, str]], b: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Pairs (a label, b label, how): by id, then by name, then by name without diacritics.

    Each item of A, in order, takes the first item of B still free with the same key: B is
    indexed by key once per pass, so matching is linear in the number of items."""
    pairs: list[tuple[str, str, str]] = []
    left = list(a)
    right = list(b)
    for how in ("id", "name", "name-ascii"):

        def key(item_id: str, label: str, how: str = how) -> str | None:
            if how == "id":
                return item_id
            name = normalise_name(_name_of(label, item_id), how == "name-ascii")
            return name or None

        free: dict[str, deque[int]] = {}
        for position, (b_id, b_label) in enumerate(right):
            b_key = key(b_id, b_label)
            if b_key is not None:
                free.setdefault(b_key, deque()).append(position)
        taken: set[int] = set()
        unmatched: list[tuple[str, str]] = []
        for a_id, a_label in left:
            a_key = key(a_id, a_label)
            candidates = free.get(a_key) if a_key is not None else None
            if candidates:
                position = candidates.popleft()
                taken.add(position)
                pairs.append((a_label, right[position][1], how))
            else:
                unmatched.append((a_id, a_label))
        left = unmatched
        right = [item for position, item in enumerate(right) if position not in taken]
    return pairs


# ----------------------------------------------------------------------------- reconciling

def _sum(figures: Iterable[Figure]) -> Decimal:
    return sum((f.value for f in figures), ZERO)


def _sums_by_item(figures: Iterable[Figure]) -> dict[str, Decimal]:
    """Each item's figures summed in one pass (in the order of the figures, as ``_sum``)."""
    sums: dict[str, Decimal] = {}
    for figure in figures:
        sums[figure.item] = sums.get(figure.item, ZERO) + figure.value
    return sums


def _ordered(values: Iterable[object]) -> list[object]:
    """Distinct values in first-seen order."""
    return list(dict.fromkeys(values))


def _regroup(side: Side, mapping: dict[str, str]) -> Side:
    def move(figures: list[Figure]) -> list[Figure]:
        return [Figure(f.item, f.item_id, mapping.get(f.source or "", f.source), f.year, f.value) for f in figures]

    return replace(side, figures=move(side.figures), year_figures=move(side.year_figures))


def _align_groups(a: Side, b: Side) -> tuple[Side, Side]:
    """When one side states only a group (NSNN) whose members the other side details
    (KCQG, NST), the members are summed into the group so the two can be compared."""
    for this, other in ((a, b), (b, a)):
        mine = {f.source for f in this.figures if f.source}
        theirs = {f.source for f in other.figures if f.source}
        groups = {**other.groups, **this.groups}
        mapping = {
            member: group
            for group, members in groups.items()
            if group in mine and group not in theirs
            for member in members
            if member in theirs and member not in mine
        }
        if mapping:
            if this is a:
                b = _regroup(b, mapping)
            else:
                a = _regroup(a, mapping)
    return a, b


def _compare_totals(result: Reconciliation) -> None:
    """The totals of one scope both sides state; a side read from its prose is also set
    against the other side's table money, whole and per source."""
    a, b = result.a, result.b
    a_totals, b_totals = list(a.totals), list(b.totals)
    for mine, other, totals in ((a, b, b_totals), (b, a, a_totals)):
        if mine.from_claims and not other.from_claims:
            period = _period_text(other.period) if other.period else ""
            money = [(f.source, f.value) for f in other.figures]
            named = {t.scope.sources for t in mine.totals}
            # The whole, and the sources the prose names a total of (no list of the others).
            totals[:0] = [t for t in table_totals(other.label, money, other.unit, other.kind, period)
                          if t.label == other.label or t.scope.sources in named]
    # Plan against results sets planned money against money spent: the kinds differ by design.
    lines, left_a, left_b = compare_totals(a_totals, b_totals, result.tolerance, result.mode != PLAN_RESULTS)
    result.totals = lines
    result.unmatched_totals = [("a", t) for t in left_a] + [("b", t) for t in left_b]


def _one_unit(a: Side, b: Side) -> tuple[Side, Side]:
    """Both sides in A's unit (B converted exactly); a side stating only counts takes the
    other's money unit."""
    if not a.unit:
        a = replace(a, unit=b.unit)
    if b.unit != a.unit and b.unit:
        b = replace(
            b, unit=a.unit,
            figures=[Figure(f.item, f.item_id, f.source, f.year, convert(f.value, b.unit, a.unit)) for f in b.figures],
            year_figures=[Figure(f.item, f.item_id, f.source, f.year, convert(f.value, b.unit, a.unit)) for f in b.year_figures],
        )
    return a, b


def reconcile(a: Side, b: Side, mode: str, tolerance: Decimal = ZERO) -> Reconciliation:
    """Compare two sides in A's unit (B is converted exactly when its unit differs)."""
    a, b = _align_groups(*_one_unit(a, b))
    both_have_years = bool(a.years) and bool(b.years)
    compared = sorted(a.years & b.years) if both_have_years else []
    result = Reconciliation(mode, a, b, tolerance, compared, warnings=context_warnings(a, b, mode))
    _compare_totals(result)
    result.only_totals = [name for name, side in (("a", a), ("b", b)) if side.from_claims and not side.figures]
    if result.only_totals:
        # A side with totals only has no money by source, year or item to set against the other's.
        return result

    def in_scope(figures: list[Figure]) -> list[Figure]:
        if not both_have_years:
            return figures
        return [f for f in figures if f.year in compared]

    fa, fb = in_scope(a.figures), in_scope(b.figures)
    # The rows may lack years that only the Cộng row gives: year lines come from year_figures.
    ya, yb = in_scope(a.year_figures), in_scope(b.year_figures)
    if both_have_years:
        for side_name, side, other in (("a", a, b), ("b", b, a)):
            for year in sorted(side.years - other.years):
                in_year = [f for f in side.year_figures if f.year == year]
                sources = _ordered(f.source for f in in_year)
                if len(sources) > 1:
                    for source in sources:
                        label = f"{year} {source if isinstance(source, str) else '—'}"
                        result.unmatched.append(Unmatched(side_name, "year", label, _sum(f for f in in_year if f.source == source)))
                else:
                    result.unmatched.append(Unmatched(side_name, "year", str(year), _sum(in_year)))

    if both_have_years and not compared:
        # Nothing in common to compare: every figure is listed above as unmatched by year.
        return result
    for source in _ordered([*(f.source for f in fa), *(f.source for f in fb)]):
        label = source if isinstance(source, str) else "—"
        if (a.partial and not any(f.source == source for f in fa)) or (b.partial and not any(f.source == source for f in fb)):
            continue  # a text naming sources only as examples says nothing of the others
        result.by_source.append(Line(label, _sum(f for f in fa if f.source == source), _sum(f for f in fb if f.source == source)))
    for year in compared:
        result.by_year.append(Line(str(year), _sum(f for f in ya if f.year == year), _sum(f for f in yb if f.year == year)))
        for source in _ordered([*(f.source for f in ya), *(f.source for f in yb)]):
            mine_a = [f for f in ya if f.year == year and f.source == source]
            mine_b = [f for f in yb if f.year == year and f.source == source]
            if (mine_a or mine_b) and source is not None:
                result.by_source_year.append(Line(f"{source} {year}", _sum(mine_a), _sum(mine_b)))
    pairs = match_items(a.items, b.items)
    matched_a = {p[0] for p in pairs}
    matched_b = {p[1] for p in pairs}
    sums_a, sums_b = _sums_by_item(fa), _sums_by_item(fb)
    for a_label, b_label, how in pairs:
        result.by_item.append(
            ItemLine(a_label, sums_a.get(a_label, ZERO), sums_b.get(b_label, ZERO), b_label=b_label, matched_by=how)
        )
    for _, label in a.items:
        if label not in matched_a:
            result.unmatched.append(Unmatched("a", "item", label, sums_a.get(label, ZERO)))
    for _, label in b.items:
        if label not in matched_b:
            result.unmatched.append(Unmatched("b", "item", label, sums_b.get(label, ZERO)))
    if a.partial or b.partial:
        # Parts named as examples add up to no total: the wholes are compared as totals.
        result.partial = [name for name, side in (("a", a), ("b", b)) if side.partial]
        return result
    result.total = Line("total", _sum(fa), _sum(fb))
    return result


register(
    {
        "reconcile.no-table": {
            "en": "no table '{table}' in this plan (its tables: {tables})",
            "vi": "kế hoạch không có biểu '{table}' (các biểu: {tables})",
        },
        "reconcile.not-money": {
            "en": "table '{table}' holds counts, not money",
            "vi": "biểu '{table}' chứa chỉ tiêu đếm, không phải tiền",
        },
        "reconcile.no-total": {
            "en": "'{plan}' has no table of money and its text states no total, of money or of a count, to reconcile",
            "vi": "'{plan}' không có biểu kinh phí, lời văn cũng không nêu tổng số nào (kinh phí hay số lượng) để đối chiếu",
        },
        "reconcile.no-money": {
            "en": "'{plan}' has no table of money to reconcile",
            "vi": "'{plan}' không có biểu kinh phí nào để đối chiếu",
        },
        "reconcile.one-side": {
            "en": "give two sides (A B), or one results table that has plan columns (KH năm …)",
            "vi": "cần hai vế (A B), hoặc một biểu kết quả có cột kế hoạch (KH năm …)",
        },
        "reconcile.heading.plan-results": {
            "en": "Plan against results ({unit})",
            "vi": "Đối chiếu kế hoạch với kết quả thực hiện ({unit})",
        },
        "reconcile.heading.restatement": {
            "en": "Same money stated twice ({unit})",
            "vi": "Đối chiếu hai nơi ghi cùng một khoản kinh phí ({unit})",
        },
        "reconcile.side.a.plan-results": {"en": "plan", "vi": "kế hoạch"},
        "reconcile.side.b.plan-results": {"en": "actual", "vi": "thực hiện"},
        "reconcile.side.a.restatement": {"en": "A", "vi": "A"},
        "reconcile.side.b.restatement": {"en": "B", "vi": "B"},
        "reconcile.col.source": {"en": "source", "vi": "nguồn"},
        "reconcile.col.year": {"en": "year", "vi": "năm"},
        "reconcile.col.source-year": {"en": "source, year", "vi": "nguồn, năm"},
        "reconcile.col.item": {"en": "item", "vi": "nội dung"},
        "reconcile.col.difference": {"en": "difference", "vi": "chênh lệch"},
        "reconcile.col.rate": {"en": "rate %", "vi": "tỷ lệ %"},
        "reconcile.by-source": {"en": "By source", "vi": "Theo nguồn"},
        "reconcile.by-year": {"en": "By year", "vi": "Theo năm"},
        "reconcile.by-source-year": {"en": "By source and year", "vi": "Theo nguồn và năm"},
        "reconcile.by-item": {"en": "By item", "vi": "Theo nội dung"},
        "reconcile.total": {"en": "Total", "vi": "Tổng cộng"},
        "reconcile.over": {"en": "over", "vi": "vượt"},
        "reconcile.under": {"en": "under", "vi": "chưa đạt"},
        "reconcile.differs": {"en": "differs", "vi": "lệch"},
        "reconcile.years": {
            "en": "years compared: {years}",
            "vi": "các năm được so sánh: {years}",
        },
        "reconcile.no-common-years": {
            "en": "no year is given by both sides: no year is compared, every year is listed below",
            "vi": "không có năm nào cả hai vế cùng có: không so sánh theo năm, các năm được liệt kê dưới đây",
        },
        "reconcile.whole-period": {
            "en": "whole-period totals compared (a side gives no years)",
            "vi": "so sánh tổng cả giai đoạn (một vế không chia theo năm)",
        },
        "reconcile.unmatched": {"en": "Not matched", "vi": "Không khớp được"},
        "reconcile.only.a.plan-results.item": {"en": "planned, never reported", "vi": "có trong kế hoạch, không có trong báo cáo"},
        "reconcile.only.b.plan-results.item": {"en": "reported, never planned", "vi": "có trong báo cáo, không có trong kế hoạch"},
        "reconcile.only.a.plan-results.year": {"en": "year planned, no results", "vi": "năm có kế hoạch, chưa có kết quả"},
        "reconcile.only.b.plan-results.year": {"en": "year with results, not in the plan", "vi": "năm có kết quả, không có trong kế hoạch"},
        "reconcile.only.a.restatement.item": {"en": "only in A", "vi": "chỉ có ở A"},
        "reconcile.only.b.restatement.item": {"en": "only in B", "vi": "chỉ có ở B"},
        "reconcile.only.a.restatement.year": {"en": "year only in A", "vi": "năm chỉ có ở A"},
        "reconcile.only.b.restatement.year": {"en": "year only in B", "vi": "năm chỉ có ở B"},
        "reconcile.matched-by": {"en": "matched by {how}", "vi": "khớp theo {how}"},
        "reconcile.how.id": {"en": "id", "vi": "mã"},
        "reconcile.how.name": {"en": "name", "vi": "tên"},
        "reconcile.how.name-ascii": {"en": "name without diacritics", "vi": "tên bỏ dấu"},
        "reconcile.verdict.ok": {
            "en": "no difference above the tolerance ({tolerance}); {unmatched} figure(s) not matched",
            "vi": "không có chênh lệch nào vượt dung sai ({tolerance}); {unmatched} số không khớp được",
        },
        "reconcile.verdict.bad": {
            "en": "{count} difference(s) above the tolerance ({tolerance}); {unmatched} figure(s) not matched",
            "vi": "{count} chênh lệch vượt dung sai ({tolerance}); {unmatched} số không khớp được",
        },
        "reconcile.verdict.nothing": {
            "en": "nothing could be compared: the two sides share no year; {unmatched} figure(s) listed",
            "vi": "không có gì để so sánh: hai vế không có năm chung; đã liệt kê {unmatched} số",
        },
        "reconcile.verdict.unreconciled": {
            "en": "no figure matched while both sides hold money: the two sides cannot be reconciled",
            "vi": "không khớp được số nào trong khi cả hai vế đều có kinh phí: hai vế không thể đối chiếu",
        },
        "reconcile.warning.provinces": {
            "en": "warning: the two documents are about different provinces: {a} (A) and {b} (B); they cannot state the same money",
            "vi": "cảnh báo: hai văn bản thuộc hai tỉnh khác nhau: {a} (A) và {b} (B); không thể là cùng một khoản kinh phí",
        },
        "reconcile.warning.periods": {
            "en": "warning: the two sides speak of different periods: {a} (A) and {b} (B)",
            "vi": "cảnh báo: hai vế nói về hai giai đoạn khác nhau: {a} (A) và {b} (B)",
        },
    }
)


def split_address(address: str) -> tuple[str, str | None]:
    """``plans/x.yaml#table-id`` → (file, table); a plain path has no table."""
    path, sep, table = address.partition("#")
    return path, (table or None) if sep else None


def parse_tolerance(text: str) -> Decimal:
    """``--tolerance``: a non-negative number written the Vietnamese way (0, 0,5, 1)."""
    from .errors import UsageError
    from .numbers import NumberError, parse_amount

    try:
        limit = parse_amount(text.strip())
    except NumberError:
        limit = None
    if limit is None or limit < 0:
        raise UsageError("cli.bad-tolerance", value=text)
    return limit


def reconcile_addresses(
    first: str, second: str | None, mode: str | None, unit: str | None, tolerance: Decimal
) -> Reconciliation:
    """``kc reconcile A [B]``: load the plans the addresses name and reconcile their sides.

    With one address, a plan is reconciled with itself: its results tables' plan columns
    ("KH năm 2015") against their actual columns. ``mode`` None chooses plan-results or
    restatement from the money each side holds.
    """
    from .plans import load_each, shown_name

    a_file, a_table = split_address(first)
    b_file, b_table = split_address(second) if second else (a_file, a_table)
    plans = load_each([a_file, b_file])
    a_plan, b_plan = plans[a_file], plans[b_file]
    if second is None:
        named = table_by_id(a_plan, a_table)
        if a_table and named is None:
            raise ReconcileError("reconcile.no-table", table=a_table, tables=", ".join(t.id for t in a_plan.tables) or "—")
        tables = [named] if named else a_plan.tables
        if not any(t.plan_years for t in tables):
            raise ReconcileError("reconcile.one-side")
        a_side = select_side(shown_name(first), a_plan, a_table, "plan", unit, TableKind.RESULTS)
        b_side = select_side(shown_name(first), a_plan, a_table, "actual", a_side.unit, TableKind.RESULTS)
        return reconcile(a_side, b_side, PLAN_RESULTS, tolerance)
    chosen_mode, a_kind, b_kind = choose_sides(a_plan, a_table, b_plan, b_table, mode)
    a_side = select_side(shown_name(first), a_plan, a_table, "all", unit, a_kind)
    b_side = select_side(shown_name(second), b_plan, b_table, "all", a_side.unit, b_kind)
    return reconcile(a_side, b_side, chosen_mode, tolerance)
