"""Excel workbooks (.xlsx) through openpyxl: merged ranges and number formats kept.

A numeric cell becomes the text its number format shows (``#,##0`` → ``1.030``); when the
format shows fewer decimals than the cell holds (541,125 shown as 541), the value does not
survive the round trip and the import stops, naming the cell, rather than guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import zipfile
from decimal import Decimal
from typing import Any

from .grid import Cell, Extract, ImportFailure, check_size
from .sheets import exact_float, shown_number, split_sheet

__all__ = ["read_xlsx"]

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .xlsx is an OLE container, not a zip


@functools.lru_cache(maxsize=256)
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


@functools.lru_cache(maxsize=65536)
def _shown_int(value: int, number_format: str) -> str:
    decimals, grouped = _decimals(number_format)
    return shown_number(Decimal(value), decimals, grouped)


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
        return _shown_int(value, number_format)
    if isinstance(value, float):
        exact = exact_float(value, origin)
        decimals, grouped = _decimals(number_format)
        text = shown_number(exact, decimals, grouped)
        if decimals is not None and exact.quantize(Decimal(1).scaleb(-decimals)) != exact:
            raise ImportFailure("import.float-lost", origin=origin, shown=text, value=shown_number(exact, None, grouped))
        return text
    return str(value)


def _merges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """Merged ranges (rows and columns, 1-based) read from the sheet's XML.

    openpyxl's read-only mode, twice as fast on big sheets, does not report them.
    """
    from openpyxl.utils import column_index_from_string

    try:
        data = archive.read(part.lstrip("/"))
    except KeyError:
        return []
    return [
        (int(r0), column_index_from_string(c0.decode()), int(r1), column_index_from_string(c1.decode()))
        for c0, r0, c1, r1 in _MERGE.findall(data)
    ]


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def read_xlsx(raw: bytes, name: str) -> Extract:
    """Every sheet's tables, with origins such as ``Biểu 02!C7``."""
    if raw.startswith(_CFB):
        raise ImportFailure("import.encrypted", path=name)
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    try:
        book = load_workbook(io.BytesIO(raw), data_only=True, read_only=True)
        archive = zipfile.ZipFile(io.BytesIO(raw))
        return _read(book, archive, get_column_letter)
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise ImportFailure("import.broken", path=name, format="xlsx", reason=type(exc).__name__) from exc


def _read(book: Any, archive: zipfile.ZipFile, letter: Any) -> Extract:
    extract = Extract([])
    for sheet in book.worksheets:
        covered: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, r1, c1 in _merges(archive, getattr(sheet, "_worksheet_path", "")):
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        covered[(r, c)] = (r0, c0)
        tops = set(covered.values())
        merged_rows = {r for r, _ in covered}
        columns: list[str] = []  # "Biểu 02!C" for each column, made once
        texts: dict[tuple[int, int], str] = {}
        rows: list[list[Cell | None]] = []
        count = 0
        for r, row in enumerate(sheet.iter_rows(), 1):
            cells: list[Cell | None] = []
            count += len(row)
            merged_here = r in merged_rows
            while len(columns) < len(row):
                columns.append(f"{sheet.title}!{letter(len(columns) + 1)}")
            for c, cell in enumerate(row, 1):
                if merged_here and (r, c) in covered:
                    cells.append(None)
                    continue
                origin = f"{columns[c - 1]}{r}"
                value = cell.value
                text = "" if value is None else shown(value, cell.number_format, origin)
                if (r, c) in tops:
                    texts[(r, c)] = text
                cells.append(Cell(text, origin))
            rows.append(cells)
            if count > MAX_CELLS_CHECK_EVERY:
                check_size(count)
        check_size(count)
        full: list[list[Cell]] = []
        for r, cells in enumerate(rows, 1):  # a covered cell shows its merge's text
            for c, found in enumerate(cells, 1):
                if found is None:
                    top = covered[(r, c)]
                    cells[c - 1] = Cell(texts.get(top, ""), f"{sheet.title}!{letter(top[1])}{top[0]}", covered=True)
            full.append(cells)  # type: ignore[arg-type]
        split_sheet(sheet.title, full, extract)
    return extract


MAX_CELLS_CHECK_EVERY = 100_000
