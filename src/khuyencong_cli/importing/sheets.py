"""Tables within a sheet: runs of rows with two or more filled cells; the rest is prose.

Spreadsheets hold a title, an "ĐVT:" line and notes in single cells around the table; those
lines become the prose before the table (its title and unit), and claim candidates.
"""

from __future__ import annotations

from decimal import Decimal

from .grid import Cell, Extract, Grid, ImportFailure

__all__ = ["exact_float", "shown_number", "split_sheet"]

SIGNIFICANT_DIGITS = 15
"""What a spreadsheet keeps exactly: a float with more digits is arithmetic residue, not a typed figure."""


def split_sheet(sheet: str, rows: list[list[Cell]], extract: Extract) -> None:
    """Append the tables and prose lines of one sheet to ``extract``."""
    block: list[list[Cell]] = []
    before: list[str] = []
    count = 0

    def close() -> None:
        nonlocal count
        if block:
            count += 1
            name = sheet if count == 1 else f"{sheet} #{count}"
            origin = block[0][0].origin if block[0] else sheet
            extract.grids.append(Grid(name, list(block), list(before[-6:]), origin))
            block.clear()
            before.clear()

    for cells in rows:
        filled = [c for c in cells if c.text and not c.covered]
        if len(filled) >= 2 or (block and filled and any(c.covered for c in cells)):
            block.append(cells)
            continue
        close()
        if filled:
            before.append(filled[0].text)
            extract.prose.append((filled[0].text, filled[0].origin))
    close()


def shown_number(value: Decimal, decimals: int | None, grouped: bool) -> str:
    """A figure the Vietnamese way: ``1.030``, ``541,125``; ``decimals`` fixed, or as needed."""
    if decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-decimals))
    text = format(value, "f")
    whole, _, fraction = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    if grouped:
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = ".".join([whole] + groups)
    return sign + whole + ("," + fraction if fraction else "")


def exact_float(value: float, origin: str) -> Decimal:
    """The shortest decimal that round-trips ``value``; residue such as 0.30000000000000004 is refused."""
    exact = Decimal(repr(value))
    if exact != exact.to_integral_value() and len(exact.normalize().as_tuple().digits) > SIGNIFICANT_DIGITS:
        raise ImportFailure("import.float-lost", origin=origin, shown=repr(value), value=format(exact, "f"))
    return exact
