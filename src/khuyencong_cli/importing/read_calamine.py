"""Old Excel (.xls) and OpenDocument (.ods) workbooks through python-calamine.

Calamine gives values without their number formats: a whole number is shown without
grouping (``1030``), a fraction with a decimal comma (``541,125``); a float carrying
arithmetic residue is refused (see :func:`.sheets.exact_float`). Merged ranges are kept where
calamine reports them.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from .grid import Cell, Extract, ImportFailure, check_size, column_letter
from .sheets import exact_float, shown_number, split_sheet

__all__ = ["read_calamine"]


def _shown(value: Any, origin: str) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return shown_number(Decimal(value), None, False)
    if isinstance(value, float):
        return shown_number(exact_float(value, origin).normalize() if not value.is_integer() else Decimal(int(value)), None, False)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    return str(value)


def read_calamine(raw: bytes, name: str, suffix: str) -> Extract:
    from python_calamine import CalamineWorkbook

    kind = suffix.lstrip(".")
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
    except Exception as exc:  # calamine raises its own errors for damaged or protected files
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        if "password" in reason.lower() or "encrypt" in reason.lower():
            raise ImportFailure("import.encrypted", path=name) from exc
        raise ImportFailure("import.broken", path=name, format=kind, reason=reason) from exc
    extract = Extract([])
    for sheet_name in book.sheet_names:
        try:
            sheet = book.get_sheet_by_name(sheet_name)
            values = sheet.to_python(skip_empty_area=False)
            merged = sheet.merged_cell_ranges or []
        except Exception as exc:
            raise ImportFailure("import.broken", path=name, format=kind, reason=str(exc)[:120]) from exc
        check_size(sum(len(r) for r in values))
        rows = [
            [Cell(_shown(v, f"{sheet_name}!{column_letter(c)}{r + 1}"), f"{sheet_name}!{column_letter(c)}{r + 1}") for c, v in enumerate(row)]
            for r, row in enumerate(values)
        ]
        for (r0, c0), (r1, c1) in merged:
            top = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else None
            if top is None:
                continue
            for r in range(r0, min(r1 + 1, len(rows))):
                for c in range(c0, min(c1 + 1, len(rows[r]))):
                    if (r, c) != (r0, c0):
                        rows[r][c] = Cell(top.text, top.origin, covered=True)
        split_sheet(sheet_name, rows, extract)
    return extract
