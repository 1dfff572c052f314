"""What each row and column of a grid means: the guesses a person checks, and can fix.

A :class:`Layout` says how many rows are headers, which row numbers the columns
("1 2 3 = 4 + … + 8"), and what every column holds (TT, name, ĐVT, a year and source, a
per-source total, the row total). :func:`guess_layout` reads it from the headers, across
merged cells; a mapping file (:mod:`.mapping`) stores it so that next year's sheet imports the
same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numbers import NumberError, parse_amount
from .grid import Grid
from .vocabulary import (
    SOURCE_NAMES,
    fold,
    is_name_label,
    is_total_label,
    is_tt_label,
    is_unit_label,
    source_of,
    unit_from_line,
    year_of,
)

__all__ = ["TT_MARKER", "Column", "Layout", "guess_layout", "is_numbering_row"]

MAX_HEADER_ROWS = 6
TT_MARKER = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]?$|^[-–+*•]$")
_NUMBERING = re.compile(r"^\(?(?:[A-Z]|\d+)\)?(?:\s*=.*)?$")

ROLES = ("tt", "name", "unit", "year", "by_source", "total", "ignore")


@dataclass
class Column:
    """One column: its ``role`` and, for money, its year, source and whether it is a plan year."""

    index: int
    role: str
    label: str = ""
    year: int | None = None
    source: str | None = None
    plan: bool = False
    guessed: bool = False  # a weak guess: the draft marks it TODO


@dataclass
class Layout:
    """Everything :mod:`.tables` needs to turn a grid into rows."""

    header_rows: int
    columns: list[Column]
    numbering_row: int | None = None
    numbering: list[str] = field(default_factory=list)
    unit: str | None = None
    unit_origin: str = ""
    kind: str = "budget"
    title: str = ""
    source_names: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # weak guesses, written as TODO comments

    @property
    def first_data_row(self) -> int:
        return (self.numbering_row + 1) if self.numbering_row is not None else self.header_rows

    def signature(self) -> tuple[tuple[str, int | None, str | None], ...]:
        return tuple((c.role, c.year, c.source) for c in self.columns)


def _is_number(text: str) -> bool:
    try:
        return parse_amount(text) is not None
    except NumberError:
        return False


def is_numbering_row(texts: list[str]) -> bool:
    """'1 | 2 | 3 = 4 + … + 8' or '(1) | (2) | …' or 'A | B | 1 | 2': what the columns are numbered."""
    filled = [t for t in texts if t]
    return len(filled) >= 3 and all(_NUMBERING.match(t) for t in filled) and filled[0] in ("1", "(1)", "A", "(A)")


def _is_data_row(texts: list[str]) -> bool:
    first = next((t for t in texts[:1] if t), "")
    if first and TT_MARKER.match(first) and not is_tt_label(first):
        return True
    for text in texts[1:]:
        if text and _is_number(text) and year_of(text) is None and not is_numbering_row(texts):
            return True
    return False


def _header_paths(grid: Grid, header_rows: int) -> list[list[str]]:
    """Each column's labels from top to bottom, with merges (or their pasted blanks) filled."""
    width = grid.width
    table = [[grid.text(r, c) for c in range(width)] for r in range(header_rows)]
    for r in range(header_rows - 1):  # a blank beside a label, above a label: a horizontal merge
        for c in range(1, width):
            below_here = any(table[below][c] for below in range(r + 1, header_rows))
            below_left = any(table[below][c - 1] for below in range(r + 1, header_rows))
            if not table[r][c] and table[r][c - 1] and below_here and below_left:
                table[r][c] = table[r][c - 1]
    paths = []
    for c in range(width):
        path: list[str] = []
        for r in range(header_rows):
            text = " ".join(table[r][c].split())
            if text and (not path or path[-1] != text):
                path.append(text)
        paths.append(path)
    return paths


def _classify(index: int, path: list[str]) -> Column:
    label = " / ".join(path)
    if any(is_tt_label(p) for p in path):
        return Column(index, "tt", label)
    if any(is_unit_label(p) for p in path):
        return Column(index, "unit", label)
    year = next((year_of(p) for p in reversed(path) if year_of(p) is not None), None)
    source = next((source_of(p) for p in reversed(path) if source_of(p) is not None), None)
    if year is not None:
        return Column(index, "year", label, year=year[0], plan=year[1], source=source)
    if source is not None and any(is_total_label(p) for p in path):
        return Column(index, "by_source", label, source=source)
    if any(is_total_label(p) for p in path[-1:]) or any(is_total_label(p) for p in path):
        return Column(index, "total", label)
    if any(is_name_label(p) for p in path):
        return Column(index, "name", label)
    if source is not None:  # a source column with no year: a by-source table
        return Column(index, "by_source", label, source=source, guessed=True)
    return Column(index, "ignore", label)


def guess_layout(grid: Grid) -> Layout:
    """Read the header rows, the column-number row, the unit line and the title of a grid."""
    rows = len(grid.rows)
    width = grid.width  # measured once: it walks every row
    header_rows = 0
    while header_rows < min(rows, MAX_HEADER_ROWS):
        texts = [grid.text(header_rows, c) for c in range(width)]
        if _is_data_row(texts) or is_numbering_row(texts):
            break
        header_rows += 1
    layout = Layout(header_rows, [])
    if header_rows < rows and is_numbering_row([grid.text(header_rows, c) for c in range(width)]):
        layout.numbering_row = header_rows
        layout.numbering = [grid.text(header_rows, c) for c in range(width)]
    paths = _header_paths(grid, header_rows)
    layout.columns = [_classify(c, path) for c, path in enumerate(paths)]
    _fill_gaps(layout)
    _table_facts(grid, layout)
    return layout


def _fill_gaps(layout: Layout) -> None:
    """No header said which column is TT or the name: the usual places, marked as guesses."""
    roles = {c.role for c in layout.columns}
    if "tt" not in roles and layout.columns and layout.columns[0].role == "ignore":
        layout.columns[0].role, layout.columns[0].guessed = "tt", True
        layout.notes.append("import.note.tt-guessed")
    if "name" not in roles:
        for column in layout.columns:
            if column.role == "ignore":
                column.role, column.guessed = "name", True
                layout.notes.append("import.note.name-guessed")
                break
    # "Tổng cộng" above source columns and "Tổng chung" beside them: the latter is the row total.
    totals = [c for c in layout.columns if c.role == "total"]
    if len(totals) > 1:
        for extra in totals[1:]:
            extra.role, extra.guessed = "ignore", True
        layout.notes.append("import.note.two-totals")


def _table_facts(grid: Grid, layout: Layout) -> None:
    for line in reversed(grid.before):
        unit = unit_from_line(line)
        if unit is not None:
            layout.unit, layout.unit_origin = unit, line
            break
    headers = " ".join(c.label for c in layout.columns).lower()
    if any(c.role == "unit" for c in layout.columns):
        layout.kind = "targets"
    elif any(c.plan for c in layout.columns) or "kết quả" in headers or "thực hiện" in headers:
        layout.kind = "results"
    titles = [line for line in grid.before if unit_from_line(line) is None and not line.startswith("(")]
    marked = [line for line in titles if re.match(r"(?i)^\W*(biểu|phụ lục|bảng)", line)]
    layout.title = (marked or titles or [grid.name])[-1].strip("*# ").strip()
    for column in layout.columns:
        if column.source and column.source not in layout.source_names:
            printed = column.label.split(" / ")[-1]
            same = fold(printed).replace(" ", "") == fold(column.source)  # "KCĐP" says no more than its id
            layout.source_names[column.source] = SOURCE_NAMES[column.source] if same else printed
