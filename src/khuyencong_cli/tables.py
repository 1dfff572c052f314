"""Reading a table's figures: its rows with their data paths, their cells as flat entries,
and the sum of any selection of them.

Rules, claims and the summary all need the same answers ("what is KCQG in 2017 in this
table?", "what do these rows add up to?"), so they are computed here once, from the cells as
written, with the data path of every figure so a finding can point at it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import TypeVar

from .model import Figure, Plan, Row, Table
from .numbers import convert
from .records import Frozen
from .source import Path

__all__ = [
    "Money",
    "table_money",
    "known_table",
    "table_by_id",
    "Entry",
    "RowRef",
    "iter_rows",
    "row_index",
    "own_entries",
    "row_entries",
    "table_entries",
    "figure_entries",
    "total",
    "total_row_entries",
    "summable_children",
    "children",
    "Gap",
    "remainder_gap",
    "open_remainder",
    "source_members",
    "table_path",
]

ZERO = Decimal(0)


class Entry(Frozen):
    """One figure of a table: its year and source when known, the amount and where it is."""

    year: int | None
    source: str | None
    value: Decimal
    path: Path
    row: str

    def __init__(self, year: int | None, source: str | None, value: Decimal, path: Path, row: str) -> None:
        self.__dict__.update(year=year, source=source, value=value, path=path, row=row)

    @property
    def label(self) -> str:
        bits = [self.row]
        if self.year is not None:
            bits.append(str(self.year))
        if self.source is not None:
            bits.append(self.source)
        return " ".join(bits)


class RowRef(Frozen):
    """A row with its key (ids from the top joined by '/'), data path and inherited source."""

    row: Row
    key: str
    path: Path
    source: str | None
    depth: int
    is_total: bool

    def __init__(self, row: Row, key: str, path: Path, source: str | None, depth: int, is_total: bool = False) -> None:
        self.__dict__.update(row=row, key=key, path=path, source=source, depth=depth, is_total=is_total)


def table_path(plan: Plan, table: Table) -> Path:
    """The data path of a table within its plan."""
    for index, candidate in enumerate(plan.tables):
        if candidate is table:  # by identity: equality would compare whole tables, cell by cell
            return ("tables", index)
    return ("tables", plan.tables.index(table))


# Every rule walks the same tables again; the walks are remembered per table object (by
# identity, holding the table so its id cannot be reused) and forgotten in bulk, so memory
# stays bounded however many files are checked. Callers must not mutate what they get.
_WALKS: dict[tuple[int, Path, bool], tuple[Table, tuple[RowRef, ...]]] = {}
_INDEXES: dict[int, tuple[Table, dict[str, RowRef]]] = {}
_CACHE_LIMIT = 32  # a plan has a handful of tables; a few plans' worth is plenty


def iter_rows(table: Table, base: Path, include_total: bool = True) -> Iterator[RowRef]:
    """Every row, depth first, then the stated total row."""
    key = (id(table), base, include_total)
    cached = _WALKS.get(key)
    if cached is None or cached[0] is not table:
        if len(_WALKS) >= _CACHE_LIMIT:
            _WALKS.clear()
        cached = (table, tuple(_iter_rows(table, base, include_total)))
        _WALKS[key] = cached
    return iter(cached[1])


def _iter_rows(table: Table, base: Path, include_total: bool) -> Iterator[RowRef]:

    def walk(rows: list[Row], path: Path, prefix: str, source: str | None, depth: int) -> Iterator[RowRef]:
        for index, row in enumerate(rows):
            key = f"{prefix}/{row.id}" if prefix else row.id
            inherited = row.source or source
            ref = RowRef(row, key, path + (index,), inherited, depth)
            yield ref
            yield from walk(row.rows, ref.path + ("rows",), key, inherited, depth + 1)

    yield from walk(table.rows, base + ("rows",), "", None, 0)
    if include_total and table.total is not None:
        yield RowRef(table.total, table.total.id, base + ("total",), table.total.source, 0, True)


def row_index(table: Table) -> dict[str, RowRef]:
    """Rows by key ("II/1") and by bare id where that id is unique in the table."""
    cached = _INDEXES.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    if len(_INDEXES) >= _CACHE_LIMIT:
        _INDEXES.clear()
    index = _row_index(table)
    _INDEXES[id(table)] = (table, index)
    return index


def _row_index(table: Table) -> dict[str, RowRef]:
    refs = list(iter_rows(table, (), include_total=True))
    index = {ref.key: ref for ref in refs}
    counts: dict[str, int] = {}
    for ref in refs:
        counts[ref.row.id] = counts.get(ref.row.id, 0) + 1
    for ref in refs:
        if counts[ref.row.id] == 1:
            index.setdefault(ref.row.id, ref)
    return index


# A row's entries and sub-rows are asked for by rule after rule (55 times per file on the
# bundled plans): they are remembered like the walks above, by the row's identity and its
# place, and handed out as fresh lists so a caller may change what it gets.
_RowKey = tuple[int, Path, str, "str | None", int]
_ENTRIES: dict[_RowKey, tuple[Row, list[Entry]]] = {}
_CHILDREN: dict[_RowKey, tuple[Row, list[RowRef]]] = {}
T = TypeVar("T")
_ROW_CACHE_LIMIT = 5_000  # rows remembered; cleared in bulk, so memory stays bounded


def forget() -> None:
    """Drop what is remembered (the engine calls this after each plan, so no plan is kept
    alive by the caches once it is checked)."""
    _WALKS.clear()
    _INDEXES.clear()
    _ENTRIES.clear()
    _CHILDREN.clear()


def _row_key(ref: RowRef, kind: int) -> _RowKey:
    return (id(ref.row), ref.path, ref.key, ref.source, kind)


def _cached(store: dict[_RowKey, tuple[Row, list[T]]], ref: RowRef, kind: int, compute: Callable[[], list[T]]) -> list[T]:
    """What ``compute`` gives for this row, remembered by the row's identity and place; a
    fresh list each time, so a caller may change what it gets."""
    key = _row_key(ref, kind)
    cached = store.get(key)
    if cached is None or cached[0] is not ref.row:
        if len(store) >= _ROW_CACHE_LIMIT:
            store.clear()
        cached = (ref.row, compute())
        store[key] = cached
    return list(cached[1])


def own_entries(ref: RowRef) -> list[Entry]:
    """The row's own cells as entries (nothing for a row without cells)."""
    return _cached(_ENTRIES, ref, -1, lambda: _own_entries(ref))


def _own_entries(ref: RowRef) -> list[Entry]:
    found: list[Entry] = []
    for year, value in ref.row.cells.items():
        cell_path = ref.path + ("cells", year)
        if isinstance(value, dict):
            for source, amount in value.items():
                if amount is not None:
                    found.append(Entry(year, source, amount, cell_path + (source,), ref.key))
        elif value is not None:
            found.append(Entry(year, ref.source, value, cell_path, ref.key))
    return found


def row_entries(ref: RowRef, children: list[RowRef]) -> list[Entry]:
    """The finest figures that make up a row: its cells, else its sub-rows', else its total.

    ``children`` are the direct sub-rows of ``ref`` (as RowRefs), or none of them.
    """
    return _cached(_ENTRIES, ref, len(children), lambda: _row_entries(ref, children))


def _row_entries(ref: RowRef, children: list[RowRef]) -> list[Entry]:
    own = own_entries(ref)
    if own:
        return own
    if children and not open_remainder(children):
        found: list[Entry] = []
        for child in children:
            if child.row.outside:
                continue
            found.extend(row_entries(child, _children_of(child)))
        if found:
            return found
    if ref.row.by_source:
        return [
            Entry(None, source, amount, ref.path + ("by_source", source), ref.key)
            for source, amount in ref.row.by_source.items()
            if amount is not None
        ]
    if ref.row.total is not None:
        return [Entry(None, ref.source, ref.row.total, ref.path + ("total",), ref.key)]
    return []


def _children_of(ref: RowRef) -> list[RowRef]:
    return _cached(_CHILDREN, ref, -2, lambda: _make_children(ref))


def _make_children(ref: RowRef) -> list[RowRef]:
    return [
        RowRef(child, f"{ref.key}/{child.id}", ref.path + ("rows", index), child.source or ref.source, ref.depth + 1)
        for index, child in enumerate(ref.row.rows)
    ]


def children(ref: RowRef) -> list[RowRef]:
    """The direct sub-rows of a row, as RowRefs."""
    return _children_of(ref)


def table_entries(table: Table, base: Path) -> list[Entry]:
    """The finest figures of the whole table (top-level rows, not the stated total row); the
    Cộng row's own when a row is the rest with no figure of its own (the rows then fall short
    of the whole by that rest)."""
    top = [ref for ref in iter_rows(table, base, include_total=False) if ref.depth == 0 and not ref.row.outside]
    if table.total is not None and open_remainder(top):
        return row_entries(RowRef(table.total, table.total.id, base + ("total",), table.total.source, 0, True), [])
    found: list[Entry] = []
    for ref in top:
        found.extend(row_entries(ref, _children_of(ref)))
    return found


def open_remainder(rows: Iterable[RowRef]) -> bool:
    """One of the rows is the rest ("Còn lại") and states no figure: the rows' figures are
    not all of their whole."""
    return any(ref.row.remainder and not row_entries(ref, _children_of(ref)) for ref in rows)


class Gap(Frozen):
    """The rest a row marked ``remainder`` stands for: the whole (its parent's stated total,
    or the Cộng row's for a top-level row) minus the rows beside it, with those rows."""

    whole: Decimal
    whole_path: Path
    whole_label: str
    siblings: tuple[tuple[str, Decimal], ...]

    def __init__(self, whole: Decimal, whole_path: Path, whole_label: str, siblings: tuple[tuple[str, Decimal], ...]) -> None:
        self.__dict__.update(whole=whole, whole_path=whole_path, whole_label=whole_label, siblings=siblings)

    @property
    def value(self) -> Decimal:
        return self.whole - sum((value for _, value in self.siblings), ZERO)


def _whole(ref: RowRef) -> tuple[Decimal, Path] | None:
    """A row's stated whole: its total, else its per-source totals, else its own cells."""
    if ref.row.total is not None:
        return ref.row.total, ref.path + ("total",)
    stated = [v for v in ref.row.by_source.values() if v is not None]
    if stated:
        return sum(stated, ZERO), ref.path + ("by_source",)
    own = own_entries(ref)
    return (sum((e.value for e in own), ZERO), ref.path + ("cells",)) if own else None


def remainder_gap(table: Table, base: Path, ref: RowRef) -> Gap | None:
    """The whole minus the rows beside a remainder row (rows outside the total left out);
    None when the whole states no figure or another row beside it is also a remainder."""
    parent_key = ref.key.rpartition("/")[0]
    if ref.depth == 0:
        if table.total is None:
            return None
        parent = RowRef(table.total, table.total.id, base + ("total",), table.total.source, 0, True)
        rows = [r for r in iter_rows(table, base, include_total=False) if r.depth == 0]
    else:
        index = {r.key: r for r in iter_rows(table, base, include_total=False)}
        parent = index[parent_key]
        rows = _children_of(parent)
    whole = _whole(parent)
    siblings = [r for r in rows if r.row.id != ref.row.id and not r.row.outside]
    if whole is None or any(r.row.remainder for r in siblings):
        return None
    values = tuple(
        (r.key, r.row.total if r.row.total is not None else sum((e.value for e in row_entries(r, _children_of(r))), ZERO))
        for r in siblings
    )
    return Gap(whole[0], whole[1], parent.key, values)


def source_members(plan: Plan, source: str) -> set[str]:
    """A source id and, for a group (NSNN), the ids of its members, recursively."""
    by_id = {s.id: s for s in plan.sources}
    found = {source}
    pending = [source]
    while pending:
        current = by_id.get(pending.pop())
        for member in current.members if current else []:
            if member not in found:
                found.add(member)
                pending.append(member)
    return found


def table_by_id(plan: Plan, table_id: str | None) -> Table | None:
    """The plan's table with this id (ids are unique: the loader refuses a duplicate), or None."""
    return next((t for t in plan.tables if t.id == table_id), None)


def known_table(plan: Plan, table_id: str) -> Table:
    """A table the loader has already checked exists (figures name only declared tables)."""
    table = table_by_id(plan, table_id)
    assert table is not None, table_id
    return table


def figure_entries(plan: Plan, figure: Figure) -> list[Entry]:
    """The entries a Figure selects: rows (default all), sources and years (default all)."""
    table = known_table(plan, figure.table)
    base = table_path(plan, table)
    if figure.rows:
        index = row_index(table)
        refs = [index[key] for key in figure.rows]
        entries: list[Entry] = []
        for ref in refs:
            placed = RowRef(ref.row, ref.key, base + ref.path, ref.source, ref.depth, ref.is_total)
            entries.extend(row_entries(placed, _children_of(placed)))
    else:
        entries = table_entries(table, base)
    if figure.years and figure.rows == [] and not any(e.year is not None for e in entries):
        # The document splits only its grand total by year: the Cộng row holds the years.
        entries = total_row_entries(table, base) or entries
    if figure.sources:
        wanted: set[str] = set()
        for source in figure.sources:
            wanted |= source_members(plan, source)
        entries = [e for e in entries if e.source in wanted]
    if figure.years:
        entries = [e for e in entries if e.year in figure.years]
    return entries


def total_row_entries(table: Table, base: Path) -> list[Entry]:
    """The cells of the stated Cộng row (empty when the table has none)."""
    if table.total is None:
        return []
    ref = RowRef(table.total, table.total.id, base + ("total",), table.total.source, 0, True)
    return own_entries(ref)


def summable_children(ref: RowRef, counts: bool) -> list[RowRef]:
    """Sub-rows that add up to their parent. In a targets table a sub-row counting something
    else ("- Số đại biểu" under "Số hội nghị") details its parent and is not one of its parts;
    a row marked ``outside`` ("Ngoài ra: …") is printed under it but never one of its parts."""
    kids = [kid for kid in _children_of(ref) if not kid.row.outside]
    if not counts:
        return kids
    return [kid for kid in kids if kid.row.unit in (None, ref.row.unit)]


def total(entries: Iterable[Entry]) -> Decimal:
    """Sum of entries' values (an empty selection sums to zero, like a blank cell)."""
    return sum((e.value for e in entries), ZERO)


class Money(Frozen):
    """One figure of a table's money, in the unit asked for: the top-level item it belongs to
    (``item`` is "id name", ``row`` the row id; both the Cộng row's id for a total-row figure)."""

    item: str
    row: str
    source: str | None
    year: int | None
    value: Decimal

    def __init__(self, item: str, row: str, source: str | None, year: int | None, value: Decimal) -> None:
        self.__dict__.update(item=item, row=row, source=source, year=year, value=value)


def table_money(
    plan: Plan, table: Table, unit: str, wanted: Callable[[int | None], bool] = lambda year: True
) -> tuple[list[Money], list[Money]]:
    """The one walk over a table's money, shared by ``kc summary`` and ``kc reconcile``.

    First list: every ``wanted`` figure of the top-level rows (a row with sub-rows gives the
    sub-rows' cells), converted to ``unit``. Second list: the figures by year, which are the
    rows' own when they carry years, else the Cộng row's (a table that splits only its whole
    by year).
    """
    base = table_path(plan, table)
    rows: list[Money] = []
    for ref in iter_rows(table, base, include_total=False):
        if ref.depth or ref.row.outside:  # a line outside the total is listed, not added
            continue
        item = f"{ref.row.id} {ref.row.name}"
        entries = row_entries(ref, children(ref))
        if not entries and ref.row.remainder and wanted(None):
            # The rest states no figure: it is the Cộng row's total minus the rows beside it.
            gap = remainder_gap(table, base, ref)
            if gap is not None and gap.value >= 0:
                rows.append(Money(item, ref.row.id, ref.source, None, convert(gap.value, table.unit, unit)))
        rows.extend(
            Money(item, ref.row.id, e.source, e.year, convert(e.value, table.unit, unit))
            for e in entries
            if wanted(e.year)
        )
    by_year = [m for m in rows if m.year is not None]
    if not by_year:
        by_year = [
            Money(e.row, e.row, e.source, e.year, convert(e.value, table.unit, unit))
            for e in total_row_entries(table, base)
            if e.year is not None and wanted(e.year)
        ]
    return rows, by_year
