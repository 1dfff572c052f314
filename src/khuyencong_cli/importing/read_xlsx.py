"""Excel workbooks (.xlsx) through openpyxl: merged ranges and number formats kept.

A numeric cell becomes the text its number format shows (``#,##0`` → ``1.030``); when the
format shows fewer decimals than the cell holds (541,125 shown as 541), the value does not
survive the round trip and the import stops, naming the cell, rather than guess.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

from .grid import Cell, Extract, ImportFailure, check_size
from .sheets import exact_float, shown_number, split_sheet

__all__ = ["read_xlsx"]

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx is an OLE container, not a zip


def _decimals(number_format: str) -> tuple[int | None, bool]:
    """How many decimals a number format shows (None: General), and whether it groups thousands."""
    section = number_format.split(";")[0]
    if section.lower() in ("general", "@", ""):
        return None, False
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", section)
    grouped = "," in section.split(".")[0]
    if "." not in section:
        return 0, grouped
    return len(re.match(r"[0#?]*", section.split(".", 1)[1]).group(0)), grouped  # type: ignore[union-attr]


def shown(value: Any, number_format: str, origin: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, int):
        decimals, grouped = _decimals(number_format)
        return shown_number(Decimal(value), decimals, grouped)
    if isinstance(value, float):
        exact = exact_float(value, origin)
        decimals, grouped = _decimals(number_format)
        text = shown_number(exact, decimals, grouped)
        if decimals is not None and exact.quantize(Decimal(1).scaleb(-decimals)) != exact:
            raise ImportFailure("import.float-lost", origin=origin, shown=text, value=shown_number(exact, None, grouped))
        return text
    return str(value)


def read_xlsx(raw: bytes, name: str) -> Extract:
    """Every sheet's tables, with origins such as ``Biểu 02!C7``."""
    if raw.startswith(_CFB):
        raise ImportFailure("import.encrypted", path=name)
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        book = load_workbook(io.BytesIO(raw), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ImportFailure("import.broken", path=name, format="xlsx", reason=type(exc).__name__) from exc
    extract = Extract([])
    for sheet in book.worksheets:
        check_size(sheet.max_row * sheet.max_column)
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for merged in sheet.merged_cells.ranges:
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col, merged.max_col + 1):
                    if (r, c) != (merged.min_row, merged.min_col):
                        covered[(r, c)] = (merged.min_row, merged.min_col)
        texts: dict[tuple[int, int], str] = {}
        rows: list[list[Cell]] = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                if (cell.row, cell.column) in covered:
                    cells.append(None)
                    continue
                origin = f"{sheet.title}!{cell.coordinate}"
                text = shown(cell.value, cell.number_format, origin)
                texts[(cell.row, cell.column)] = text
                cells.append(Cell(text, origin))
            rows.append(cells)  # type: ignore[arg-type]
        for r, cells in enumerate(rows, 1):  # a covered cell shows its merge's text
            for c, cell in enumerate(cells, 1):
                if cell is None:
                    top = covered[(r, c)]
                    origin = f"{sheet.title}!{get_column_letter(top[1])}{top[0]}"
                    cells[c - 1] = Cell(texts.get(top, ""), origin, covered=True)
        split_sheet(sheet.title, rows, extract)
    return extract
