"""``kc summary -o file.xlsx``: one sheet per view, figures as numbers with a Vietnamese
display format.

Our code never makes a float: cells receive ``int`` or ``Decimal`` and openpyxl writes their
decimal text into the sheet XML. The xlsx file format itself stores numbers as IEEE doubles,
so Excel reads that text into a double: exact for every figure with at most 15 significant
digits (all real plans so far). A figure with more digits would be rounded by Excel, so we
then also put its exact text in a cell comment. The number format ``#,##0.###`` is written
with Excel's invariant separators; Excel shows it as ``7.763,455`` in a Vietnamese locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from ..i18n import translate
from ..numbers import format_plain, format_vn
from .render import column_label, heading, row_label
from .views import SummaryView

__all__ = ["write_xlsx", "xlsx_bytes", "MONEY_FORMAT", "PERCENT_FORMAT"]

MONEY_FORMAT = "#,##0.###"
PERCENT_FORMAT = "0.0"
EXACT_DIGITS = 15
_BAD_SHEET_CHARS = str.maketrans({c: "-" for c in "[]:*?/\\"})


def excel_number(value: Decimal) -> int | Decimal:
    """An int for whole figures, else a Decimal whose text has no exponent."""
    if value == value.to_integral_value():
        return int(value)
    return Decimal(format_plain(value))


def _sheet_name(view: SummaryView, index: int, lang: str, taken: set[str]) -> str:
    if view.kind == "all":
        base = " x ".join(translate(f"summary.view.{d}", lang) for d in view.view.split("×"))
    else:
        base = f"{Path(view.file).stem[:14]} {view.kind[:3]} {view.view.replace('×', ' x ')}"
    stem = f"{index} {base}".translate(_BAD_SHEET_CHARS)[:31]
    name, n = stem, 1
    while name in taken:
        n += 1
        name = f"{stem[:28]}~{n}"
    taken.add(name)
    return name


def write_xlsx(views: Sequence[SummaryView], path: Path, *, lang: str) -> None:
    """Write the workbook to ``path`` atomically (whole, or the old file left as it was)."""
    from ..atomic import write_atomic

    write_atomic(path, xlsx_bytes(views, lang=lang))


def xlsx_bytes(views: Sequence[SummaryView], *, lang: str) -> bytes:
    """The workbook as bytes: built in memory, so a failed write never leaves a half zip
    file behind (nor a zip file that complains again when it is garbage collected)."""
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    for index, view in enumerate(views, start=1):
        sheet = book.create_sheet(_sheet_name(view, index, lang, taken))
        sheet.append([heading(view, lang)])
        sheet["A1"].font = bold
        sheet.append([view.file])
        headers = ["", *[column_label(c, lang) for c in view.columns]]
        sheet.append(headers)
        for cell in sheet[3]:
            cell.font = bold
        for row in view.rows:
            line: list[object] = [row_label(row, lang)]
            for value in row.values:
                line.append(excel_number(value) if isinstance(value, Decimal) else value)
            sheet.append(line)
            current = sheet.max_row
            if row.role != "row":
                sheet.cell(current, 1).font = bold
            for offset, (column, value) in enumerate(zip(view.columns, row.values, strict=False), start=2):
                cell = sheet.cell(current, offset)
                if isinstance(value, Decimal):
                    cell.number_format = PERCENT_FORMAT if column.kind == "percent" else MONEY_FORMAT
                    if len(value.normalize().as_tuple().digits) > EXACT_DIGITS:
                        cell.comment = Comment(format_vn(value), "kc")
                elif column.kind == "mark":
                    cell.alignment = Alignment(horizontal="center")
        for note in [n for n in view.notes]:
            sheet.append([translate(note, lang)])
        sheet.column_dimensions["A"].width = min(60, max(12, *(len(str(c.value or "")) for c in sheet["A"][2:])))
        for letter_index in range(2, len(view.columns) + 2):
            sheet.column_dimensions[sheet.cell(3, letter_index).column_letter].width = 14
    if not views:
        book.create_sheet("kc")
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
