"""The one shape every reader produces: a table of cell texts, as the reader sees them.

A cell keeps the text exactly as shown (never a float), whether another cell's merge covers
it, and where it came from (``Biểu 02!C7``, ``page 3``, ``table 2``), so the draft can say
where every value was read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = ["MAX_CELLS", "Cell", "Extract", "Grid", "ImportFailure", "check_size", "column_letter"]

MAX_CELLS = 2_000_000
"""More cells than any annex has: a bigger input is refused as too large rather than eating memory."""


class ImportFailure(Exception):
    """An input kc cannot import: a catalog key and its parameters (the command exits 2)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class Cell(NamedTuple):
    """One cell: ``text`` as shown, ``origin`` for the reader, ``covered`` when a merge hides it.

    A covered cell carries the text of the merge's top-left cell (``origin`` names that cell),
    so that headers can be read across merged cells. A named tuple: a big sheet makes
    hundreds of thousands of them, and a tuple is made several times faster than a frozen
    dataclass.
    """

    text: str
    origin: str
    covered: bool = False


@dataclass
class Grid:
    """One table found in the input, with the prose lines around it (for titles, units, claims)."""

    name: str  # "Biểu 02", "table 2", "page 3 table 1"
    rows: list[list[Cell]]
    before: list[str] = field(default_factory=list)  # prose lines just before the table
    origin: str = ""  # where the table as a whole stands
    continued: list[str] = field(default_factory=list)  # where later parts (after a page break) began

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def text(self, row: int, col: int) -> str:
        cells = self.rows[row]
        return cells[col].text if col < len(cells) else ""

    def cell(self, row: int, col: int) -> Cell | None:
        cells = self.rows[row]
        return cells[col] if col < len(cells) else None


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: spreadsheet column names for origins."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Extract:
    """What a reader found: the tables, and every line of prose with its origin (for claims)."""

    grids: list[Grid]
    prose: list[tuple[str, str]] = field(default_factory=list)  # (text, origin)


def check_size(cells: int) -> None:
    """Refuse an input with more cells than :data:`MAX_CELLS`."""
    if cells > MAX_CELLS:
        raise ImportFailure("import.too-large", cells=cells, limit=MAX_CELLS)
