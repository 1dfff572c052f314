"""``kc summary -o file.xlsx``: a workbook an official keeps working in.

One sheet per view, named in the reader's language (``1 Lai Châu KH nguồn×năm``), cut to
Excel's 31 characters and unique. Every sheet has the same column order (years, then total,
stated, ≠, share, per year), a frozen header and an auto-filter over its data rows. The total
row and the total column are formulas (``=SUM(B4:B6)``) whenever the cells they add give
exactly kc's figure, so a reader who corrects a cell sees the totals follow; the figures the
document states stay beside them as fixed values, marked with a yellow fill. Shares are real
fractions (0,643 shown as ``64,3%``). Column widths come from the content.

Our code never makes a float: cells receive ``int`` or ``Decimal`` and openpyxl writes their
decimal text into the sheet XML. The xlsx file format itself stores numbers as IEEE doubles,
so Excel reads that text into a double: exact for every figure with at most 15 significant
digits (all real plans so far). A figure with more digits would be rounded by Excel, so we
then also put its exact text in a cell comment. Number formats use Excel's invariant
separators, with exactly the decimals the figure has: ``#,##0`` for a whole number (never
``#,##0.###``, which shows a dangling separator, ``1.000,``) and ``#,##0.000`` for 7.928,455;
Excel shows them with the separators of its locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import register, translate
from ..numbers import format_plain, format_vn
from .render import cell_text, column_label, heading, row_label
from .views import Column, GridRow, SummaryView

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["COLUMN_ORDER", "PERCENT_FORMAT", "SHEET_NAME_LIMIT", "money_format", "sheet_name", "write_xlsx", "xlsx_bytes"]

PERCENT_FORMAT = "0.0%"
EXACT_DIGITS = 15
SHEET_NAME_LIMIT = 31
HEADER_ROW = 3
COLUMN_ORDER = ("total", "stated", "mark", "share", "average")
"""After the year columns, every view's columns in this order."""
STATED_FILL = "FFFFF2CC"
MIN_WIDTH, MAX_WIDTH, LABEL_MAX_WIDTH = 8, 24, 60
_BAD_SHEET_CHARS = str.maketrans({c: "-" for c in "[]:*?/\\"})


def excel_number(value: Decimal) -> int | Decimal:
    """An int for whole figures, else a Decimal whose text has no exponent."""
    if value == value.to_integral_value():
        return int(value)
    return Decimal(format_plain(value))


def money_format(value: Decimal) -> str:
    """Thousands grouped, and exactly the figure's own decimals (none for a whole number)."""
    exponent = value.normalize().as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def sheet_name(view: SummaryView, index: int, lang: str, taken: set[str]) -> str:
    """``1 Lai Châu KH nguồn×năm``: Excel's forbidden characters replaced, at most 31
    characters, and unique in the workbook."""
    dims = "×".join(translate(f"summary.view.{d}", lang) for d in view.view.split("×"))
    if view.kind == "all" and view.group is not None:
        kind, period = view.group
        base = f"{dims} {translate(f'summary.xlsx.kind.{kind}', lang)} {period}".rstrip()
    elif view.kind == "all":
        base = dims
    else:
        base = f"{view.province or Path(view.file).stem} {translate(f'summary.xlsx.kind.{view.kind}', lang)} {dims}"
    stem = f"{index} {base}".translate(_BAD_SHEET_CHARS).replace("\\", "-")[:SHEET_NAME_LIMIT].strip()
    name, n = stem, 1
    while name.casefold() in {t.casefold() for t in taken}:  # Excel compares sheet names without case
        n += 1
        suffix = f"~{n}"
        name = stem[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    taken.add(name)
    return name


def _ordered_columns(columns: Sequence[Column]) -> list[int]:
    """Indices of the view's columns: years first as they come, then COLUMN_ORDER."""
    rank = {key: i for i, key in enumerate(COLUMN_ORDER)}
    return sorted(range(len(columns)), key=lambda i: (rank.get(columns[i].key, -1), i))


@dataclass
class _Sheet:
    """What a written sheet needs to know of its grid to write formulas and widths."""

    sheet: Worksheet
    order: list[int]
    first_data_row: int = HEADER_ROW + 1

    def letter(self, position: int) -> str:
        from openpyxl.utils import get_column_letter

        return str(get_column_letter(position + 2))  # column A holds the labels


def _sum_formula(refs: Sequence[str], values: Sequence[Decimal], expected: Decimal) -> str | None:
    """``=SUM(...)`` of the cells, when they add up exactly to kc's figure; else None (the
    figure is then written as a value, never a formula that would disagree)."""
    if not refs or sum(values, Decimal(0)) != expected:
        return None
    return f"=SUM({refs[0]}:{refs[-1]})" if _contiguous(refs) else "=" + "+".join(refs)


def _contiguous(refs: Sequence[str]) -> bool:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    coords = [coordinate_from_string(r) for r in refs]
    columns = {c for c, _ in coords}
    rows = [r for _, r in coords]
    if len(columns) == 1:
        return rows == list(range(rows[0], rows[0] + len(rows)))
    indices = [column_index_from_string(c) for c, _ in coords]
    return len(set(rows)) == 1 and indices == list(range(indices[0], indices[0] + len(indices)))


def write_xlsx(views: Sequence[SummaryView], path: Path, *, lang: str) -> None:
    """Write the workbook to ``path`` atomically (whole, or the old file left as it was)."""
    from ..atomic import write_atomic

    write_atomic(path, xlsx_bytes(views, lang=lang))


def xlsx_bytes(views: Sequence[SummaryView], *, lang: str) -> bytes:
    """The workbook as bytes: built in memory, so a failed write never leaves a half zip
    file behind (nor a zip file that complains again when it is garbage collected)."""
    from io import BytesIO

    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for index, view in enumerate(views, start=1):
        sheet = book.create_sheet(sheet_name(view, index, lang, taken))
        _write_view(_Sheet(sheet, _ordered_columns(view.columns)), view, lang)
    if not views:
        book.create_sheet("kc")
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_view(target: _Sheet, view: SummaryView, lang: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    sheet, order = target.sheet, target.order
    columns = [view.columns[i] for i in order]
    bold, stated_font = Font(bold=True), Font(italic=True, color="FF555555")
    stated_fill = PatternFill("solid", start_color=STATED_FILL, end_color=STATED_FILL)
    sheet.append([heading(view, lang)])
    sheet["A1"].font = bold
    sheet.append([view.file or None])
    sheet.append(["", *[column_label(c, lang) for c in columns]])
    widths = [len(column_label(c, lang)) for c in columns]
    label_width = 0
    data_rows: list[tuple[int, GridRow]] = []
    for row in view.rows:
        values = [row.values[i] if i < len(row.values) else None for i in order]
        label = row_label(row, lang)
        sheet.append([label, *[excel_number(v) if isinstance(v, Decimal) else v for v in values]])
        current = sheet.max_row
        data_rows.append((current, row))
        label_width = max(label_width, len(label))
        if row.role != "row":
            sheet.cell(current, 1).font = bold if row.role == "total" else stated_font
        for position, (column, value) in enumerate(zip(columns, values, strict=True)):
            cell = sheet.cell(current, position + 2)
            widths[position] = max(widths[position], len(cell_text(value, column, False)))
            stated = row.role == "stated" or column.key == "stated"
            if stated and value is not None:
                cell.fill = stated_fill
                cell.font = stated_font
            elif row.role == "total":
                cell.font = bold
            if isinstance(value, Decimal):
                if column.kind == "percent":
                    cell.value = excel_number(value / 100)
                    cell.number_format = PERCENT_FORMAT
                else:
                    cell.number_format = money_format(value)
                    if len(value.normalize().as_tuple().digits) > EXACT_DIGITS:
                        cell.comment = Comment(format_vn(value), "kc")
            elif column.kind == "mark":
                cell.alignment = Alignment(horizontal="center")
    _formulas(target, view, columns, data_rows)
    for note in [*view.notes, "summary.xlsx.legend"]:
        sheet.append([translate(note, lang)])
    last_row = max((r for r, row in data_rows if row.role == "row"), default=HEADER_ROW)
    thin = Side(style="thin", color="FFBFBFBF")
    for line in sheet.iter_rows(min_row=HEADER_ROW, max_row=max((r for r, _ in data_rows), default=HEADER_ROW)):
        for cell in line:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for position, cell in enumerate(sheet[HEADER_ROW]):
        cell.font = bold
        cell.fill = PatternFill("solid", start_color="FFF0F4F8", end_color="FFF0F4F8")
        if position:  # over a column of figures, its name sits on the right like the figures
            cell.alignment = Alignment(horizontal="center" if columns[position - 1].kind == "mark" else "right")
    _print_setup(sheet)
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{target.letter(len(columns) - 1)}{last_row}"
    sheet.column_dimensions["A"].width = min(LABEL_MAX_WIDTH, max(12, label_width + 2))
    for position, width in enumerate(widths):
        # +2 for padding, +2 for the filter button on the header cell.
        sheet.column_dimensions[target.letter(position)].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 4))


def _print_setup(sheet: Worksheet) -> None:
    """Printed: A4 landscape, one page wide, the header row repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _formulas(target: _Sheet, view: SummaryView, columns: Sequence[Column], data_rows: Sequence[tuple[int, GridRow]]) -> None:
    """The total row (and the total column of a year grid) as sums of the cells they add."""
    sheet, order = target.sheet, target.order
    # Rows the total adds: the top-level rows (an item's sub-items are inside their parent).
    summed = [(r, row) for r, row in data_rows if row.role == "row" and row.depth == 0]
    year_positions = [p for p, c in enumerate(columns) if c.key.rstrip("*").isdigit()]
    total_position = next((p for p, c in enumerate(columns) if c.key == "total"), None)
    for current, row in data_rows:
        values = [row.values[i] if i < len(row.values) else None for i in order]
        # The total column of a row: the sum of its year cells.
        if total_position is not None and year_positions and row.role in ("row", "total"):
            cells = [(f"{target.letter(p)}{current}", values[p]) for p in year_positions if isinstance(values[p], Decimal)]
            expected = values[total_position]
            if isinstance(expected, Decimal) and len(cells) == len(year_positions):
                formula = _sum_formula([c for c, _ in cells], [v for _, v in cells if isinstance(v, Decimal)], expected)
                if formula:
                    sheet.cell(current, total_position + 2).value = formula
        if row.role != "total":
            continue
        # The total row: each money column (years and total) the sum of the rows above.
        for position, column in enumerate(columns):
            if column.kind != "money" or column.key not in ("total", *[columns[p].key for p in year_positions]):
                continue
            expected = values[position]
            cells = [(f"{target.letter(position)}{r}", other.values[order[position]]) for r, other in summed]
            if not isinstance(expected, Decimal) or not cells:
                continue
            # An empty cell adds nothing, in Excel's SUM as here.
            numbers = [v if isinstance(v, Decimal) else Decimal(0) for _, v in cells]
            formula = _sum_formula([c for c, _ in cells], numbers, expected)
            if formula:
                sheet.cell(current, position + 2).value = formula


register(
    {
        "summary.xlsx.kind.budget": {"en": "plan", "vi": "KH"},
        "summary.xlsx.kind.results": {"en": "spent", "vi": "TH"},
        "summary.xlsx.legend": {
            "en": "A total that is the sum of the cells above it (or of its years) is a formula; yellow cells hold the figures the document states, as written.",
            "vi": "Ô tổng nào bằng tổng các ô phía trên (hoặc các năm) là công thức; ô nền vàng là số liệu văn bản ghi, giữ nguyên như văn bản.",
        },
    }
)
