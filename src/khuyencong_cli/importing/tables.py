"""Rows of a grid, read with its :class:`~.layout.Layout`: the row tree, cells, totals.

The TT column builds the tree (I, II → 1, 2 → a, b → "-"): a marker of a kind not yet open
goes one level down, a kind already open closes the levels below it. The "Cộng"/"Tổng cộng"
row becomes the table's stated total. A header repeated after a page break is skipped. Every
figure is read by kc's own Vietnamese number parser; a text kc cannot read as a number is left
out with a TODO.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..numbers import NumberError, parse_amount
from .grid import Cell, Grid
from .layout import TT_MARKER, Layout
from .vocabulary import is_total_label, source_of

__all__ = ["DraftRow", "DraftTable", "Value", "build_table"]


@dataclass
class Value:
    """A figure as printed (quoted in the draft), with the cell it came from."""

    text: str
    origin: str


@dataclass
class DraftRow:
    id: str
    name: str
    origin: str
    tt: str = ""
    unit: str | None = None
    source: str | None = None
    cells: dict[int, Value | dict[str, Value]] = field(default_factory=dict)
    by_source: dict[str, Value] = field(default_factory=dict)
    total: Value | None = None
    rows: list[DraftRow] = field(default_factory=list)
    todos: list[tuple[str, dict[str, str]]] = field(default_factory=list)


@dataclass
class DraftTable:
    id: str
    layout: Layout
    grid: Grid
    rows: list[DraftRow]
    total: DraftRow | None
    years: list[int]
    plan_years: list[int]
    sources: list[str]
    skipped_headers: list[str] = field(default_factory=list)


def _kind(tt: str, name: str) -> str:
    """The kind of TT marker: roman, arabic (by depth of its dots), letter, dash."""
    marker = tt.strip().rstrip(".)")
    if not marker:
        return "dash" if name.startswith(("-", "+", "–", "•")) else "none"
    if re.fullmatch(r"[IVXLC]+", marker):
        return "roman"
    if re.fullmatch(r"\d+(?:\.\d+)*", marker):
        return f"arabic{marker.count('.')}"
    if re.fullmatch(r"[a-zđ]", marker):
        return "letter"
    return "dash"


def _figure(cell: Cell | None, row: DraftRow) -> Value | None:
    if cell is None or not cell.text or cell.covered:
        return None
    if not _readable(cell.text):
        row.todos.append(("import.todo.not-a-number", {"text": cell.text, "origin": cell.origin}))
        return None
    return Value(cell.text, cell.origin)


@functools.lru_cache(maxsize=65536)
def _readable(text: str) -> bool:
    """Whether kc's parser reads ``text`` as a figure (or a blank dash); tables repeat their figures."""
    try:
        parse_amount(text)
    except NumberError:
        return False
    return True


def build_table(grid: Grid, layout: Layout, table_id: str) -> DraftTable:
    """The draft rows of ``grid``; ``table_id`` names the table in the plan."""
    width = grid.width  # measured once: it walks every row
    headers = [[grid.text(h, c) for c in range(width)] for h in range(layout.header_rows)]
    roots: list[DraftRow] = []
    total: DraftRow | None = None
    stack: list[tuple[str, DraftRow]] = []  # (kind, row) of the open levels
    seen: set[str] = set()
    skipped: list[str] = []
    col = {c.role: c.index for c in reversed(layout.columns) if c.role in ("tt", "name", "unit")}
    for r in range(layout.first_data_row, len(grid.rows)):
        texts = [grid.text(r, c) for c in range(width)]
        if not any(texts):
            continue
        first = grid.rows[r][0].origin if grid.rows[r] else grid.name
        if any(_repeats(texts, header) for header in headers):
            skipped.append(first)
            continue
        tt = texts[col["tt"]] if "tt" in col else ""
        name = texts[col["name"]] if "name" in col else ""
        if tt and not TT_MARKER.match(tt) and not name:
            tt, name = "", tt
        row = DraftRow(id="", name=name or tt, origin=first, tt=tt)
        if "unit" in col:
            row.unit = texts[col["unit"]] or None
        _fill(grid, r, layout, row)
        if total is None and is_total_label(name) and (not tt or _kind(tt, name) == "roman"):
            row.id = tt.rstrip(".") or "tong"
            total = row
            continue
        kind = _kind(tt, name)
        while stack and kind in [k for k, _ in stack]:
            stack.pop()
        parent = stack[-1][1] if stack else None
        marker = tt.rstrip(".)") if kind not in ("dash", "none") else ""
        siblings = parent.rows if parent else roots
        local = marker or f"d{sum(1 for s in siblings if not s.tt) + 1}"
        base = f"{parent.id}.{local}" if parent else local
        row.id = base
        n = 2
        while row.id in seen:
            row.id, n = f"{base}~{n}", n + 1
        seen.add(row.id)
        if kind == "none":
            row.todos.append(("import.todo.no-tt", {}))
        siblings.append(row)
        stack.append((kind, row))
    years = list(dict.fromkeys(c.year for c in layout.columns if c.role == "year" and c.year is not None))
    plan_years = list(dict.fromkeys(c.year for c in layout.columns if c.plan and c.year is not None))
    sources = list(dict.fromkeys(c.source for c in layout.columns if c.role in ("year", "by_source") and c.source))
    if not sources:
        for row in roots:  # "Kinh phí khuyến công quốc gia" as a row: its figures are that source's
            row.source = source_of(row.name)
            if row.source and row.source not in layout.source_names:
                layout.source_names[row.source] = row.name
    return DraftTable(table_id, layout, grid, roots, total, years, plan_years, sources, skipped)


def _repeats(texts: list[str], header: list[str]) -> bool:
    """A header printed again after a page break (its name column may be worded differently)."""
    filled = [(t, h) for t, h in zip(texts, header, strict=False) if t]
    return len(filled) >= 2 and sum(t == h for t, h in filled) >= 0.6 * len(filled)


def _fill(grid: Grid, r: int, layout: Layout, row: DraftRow) -> None:
    for column in layout.columns:
        if column.role not in ("year", "by_source", "total"):
            continue
        value = _figure(grid.cell(r, column.index), row)
        if value is None:
            continue
        if column.role == "total":
            row.total = value
        elif column.role == "by_source" and column.source:
            row.by_source[column.source] = value
        elif column.year is not None and column.source:
            per_source = row.cells.setdefault(column.year, {})
            if isinstance(per_source, dict):
                per_source[column.source] = value
        elif column.year is not None:
            row.cells[column.year] = value
