"""The annexes of QĐ 270/QĐ-UBND (seed 002) as abstract tables, and a writer per format.

Each annex is rows of printed texts, ``None`` where a merge covers the slot, and the merges
as (top, left, bottom, right), 0-based inclusive. The writers build real files with the
libraries a user's office software would: openpyxl, xlwt, python-docx, fpdf2, an ODF zip,
HTML with rowspan/colspan, tab-separated text.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from khuyencong_cli.numbers import NumberError, parse_amount

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@dataclass
class Annex:
    key: str
    title: str
    unit_line: str | None
    rows: list[list[str | None]]
    merges: list[tuple[int, int, int, int]]
    header_rows: int


def _row(*cells: str | None) -> list[str | None]:
    return list(cells)


RESULTS = Annex(
    "ket-qua",
    "* Nguồn kinh phí khuyến công đã thực hiện trong 7 năm (2009-2015)",
    "Đơn vị tính: Triệu đồng",
    [
        _row("TT", "Nguồn kinh phí", "Kết quả thực hiện trong 7 năm (2009-2015)", None, None, None, None, None, None, None),
        _row(None, None, "Năm 2009", "Năm 2010", "Năm 2011", "Năm 2012", "Năm 2013", "Năm 2014", "KH Năm 2015", "Tổng cộng"),
        _row("1", "Kinh phí khuyến công quốc gia", "520", "90", "60", "910", "750", "770", "1.700", "4.800"),
        _row("2", "Kinh phí khuyến công địa phương", "225", "550", "541,125", "423", "188,33", "400", "636", "2.963,455"),
        _row("3", "Nguồn khác", "", "90", "75", "0", "0", "0", "", "165"),
        _row("", "Tổng kinh phí", "745", "730", "676,125", "1.333", "938,33", "1.170", "2.336", "7.928,455"),
    ],
    [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 9)],
    2,
)

_B2_HEAD = ["TT", "Nội dung"]
for _year in range(2016, 2021):
    _B2_HEAD += [f"Năm {_year}", None]
_B2_HEAD += ["Tổng cộng", None, "Tổng chung"]
BIEU_02 = Annex(
    "bieu-02",
    "BIỂU 02. TỔNG HỢP KINH PHÍ THỰC HIỆN CÁC NỘI DUNG KHUYẾN CÔNG GIAI ĐOẠN 2016 - 2020 TỈNH CAO BẰNG",
    "DVT: Triệu đồng",
    [
        _B2_HEAD,
        [None, None] + ["KCQG", "KCDP"] * 6 + [None],
        _row("1", "Nội dung 1: Đào tạo nghề, truyền nghề và phát triển nghề, bồi dưỡng kiến thức", "", "70", "100", "70", "100", "50", "300", "70", "200", "70", "700", "330", "1.030"),
        _row("2", "Nội dung 2: Nâng cao năng lực quản lý", "", "100", "", "100", "", "85", "", "110", "", "100", "-", "495", "495"),
        _row("3", "Nội dung 3: Hỗ trợ mô hình trình diễn kỹ thuật, chuyển giao công nghệ", "700", "300", "700", "300", "700", "450", "800", "500", "700", "500", "3.600", "2.050", "5.650"),
        _row("4", "Nội dung 4: Phát triển sản phẩm CNNT tiêu biểu", "", "100", "", "65", "", "100", "", "100", "", "100", "-", "465", "465"),
        _row("5", "Nội dung 5: Phát triển hoạt động tư vấn cung cấp thông tin", "", "15", "", "", "", "15", "", "", "", "30", "-", "60", "60"),
        _row("6", "Nội dung 6: Hỗ trợ liên doanh liên kết và phát triển cụm công nghiệp", "500", "", "800", "", "800", "", "300", "", "800", "", "3.200", "-", "3.200"),
        _row("7", "Nội dung 7: Nâng cao năng lực quản lý và tổ chức thực hiện", "", "15", "", "15", "", "", "", "", "", "50", "-", "80", "80"),
        _row("8", "Nội dung khác", "", "", "", "50", "", "", "100", "20", "", "50", "100", "120", "220"),
        _row("", "Cộng", "1.200", "600", "1.600", "600", "1.600", "700", "1.500", "800", "1.700", "900", "7.600", "3.600", "11.200"),
    ],
    [(0, 0, 1, 0), (0, 1, 1, 1)] + [(0, c, 0, c + 1) for c in range(2, 14, 2)] + [(0, 14, 1, 14)],
    2,
)

_B1_HEAD = _row("TT", "Nội dung chi tiết", "ĐVT", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020", "Tổng")
BIEU_01 = Annex(
    "bieu-01",
    "BIỂU QUẢN LÝ KẾ HOẠCH KHUYẾN CÔNG TỈNH CAO BẰNG GIAI ĐOẠN 2016- 2020 (Biểu 01)",
    None,
    [
        _B1_HEAD,
        _row("I.", "Nội dung 1: Đào tạo nghề, truyền nghề và phát triển nghề", "", "", "", "", "", "", ""),
        _row("1", "Số lao động mới đào tạo được", "Lao động", "", "50", "50", "150", "100", "350"),
        _row("2", "Truyền nghề và phát triển nghề, Bồi dưỡng kiến thức", "Lao động", "60", "60", "60", "60", "60", "300"),
        _row("II.", "Nội dung 2: Nâng cao năng lực quản lý", "", "", "", "", "", "", ""),
        _row("1", "Số học viên được đào tạo khởi sự doanh nghiệp", "Học viên", "", "", "50", "", "50", "100"),
        _row("2", "Số học viên được đào tạo nâng cao năng lực quản lý", "Học viên", "35", "", "", "", "30", "100"),
        _row("3", "Số hội thảo, tập huấn kỹ thuật, nghiệp vụ mới tổ chức được", "Hội nghị", "1", "", "1", "", "1", "3"),
        _row("", "- Số đại biểu tham dự hội thảo, tập huấn kỹ thuật, nghiệp vụ mới", "Đại biểu", "30", "", "30", "", "30", "90"),
        _row("4", "Số đoàn tham quan khảo sát trong nước tổ chức được", "Đoàn", "", "1", "", "1", "", "2"),
        _row("", "- Số lượt người được hỗ trợ tham quan khảo sát trong nước", "Lượt người", "", "15", "", "15", "", "30"),
        # the table goes on over a page break, its header printed again
        _row("TT", "Nội dung và chỉ tiêu", "ĐVT", "Năm 2016", "Năm 2017", "Năm 2018", "Năm 2019", "Năm 2020", "Tổng"),
        _row("III.", "Nội dung 3: Hỗ trợ xây dựng mô hình trình diễn kỹ thuật", "", "", "", "", "", "", ""),
        _row("1", "Số mô hình trình diễn kỹ thuật hỗ trợ xây dựng được", "Mô hình", "1", "1", "1", "1", "1", "5"),
        _row("2", "Số cơ sở CNNT được hỗ trợ ứng dụng máy móc, thiết bị tiên tiến", "Cơ sở", "1", "1", "2", "2", "2", "8"),
    ],
    [],
    1,
)

ANNEXES = {a.key: a for a in (RESULTS, BIEU_02, BIEU_01)}
"""What validating each imported annex must report: (rule, stated, computed) as the seed plan does."""
EXPECTED = {
    "ket-qua": [],
    "bieu-02": [],
    "bieu-01": [("KC101", Decimal(100), Decimal(65))],
}


def _number(text: str) -> int | float | str:
    try:
        value = parse_amount(text)
    except NumberError:
        return text
    if value is None:
        return text
    return int(value) if value == value.to_integral_value() else float(value)


def _decimals(text: str) -> int:
    return len(text.split(",", 1)[1]) if "," in text else 0


def _texts(annex: Annex) -> list[list[str]]:
    return [[c or "" for c in row] for row in annex.rows]


def write_txt(annex: Annex, path: Path) -> None:
    lines = [annex.title, ""]
    if annex.unit_line:
        lines += [annex.unit_line, ""]
    lines += ["\t".join(row) for row in _texts(annex)]
    lines += ["", "Kinh phí khuyến công Quốc gia và địa phương: 7.763,445 triệu đồng."]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_xlsx(annex: Annex, path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = annex.key[:31]
    sheet.cell(1, 1, annex.title)
    if annex.unit_line:
        sheet.cell(2, 1, annex.unit_line)
    top = 4
    for r, row in enumerate(annex.rows):
        for c, text in enumerate(row):
            if text is None or text == "":
                continue
            value = _number(text) if r >= annex.header_rows and c >= 2 else text
            cell = sheet.cell(top + r, c + 1, value)
            if isinstance(value, (int, float)):
                decimals = _decimals(text)
                cell.number_format = "#,##0" + ("." + "0" * decimals if decimals else "")
    for r0, c0, r1, c1 in annex.merges:
        sheet.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
    book.save(path)


def write_xls(annex: Annex, path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(annex.key[:31])
    sheet.write(0, 0, annex.title)
    if annex.unit_line:
        sheet.write(1, 0, annex.unit_line)
    top = 3
    merged = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in annex.merges}
    covered = {(r, c) for r0, c0, r1, c1 in annex.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for r, row in enumerate(annex.rows):
        for c, text in enumerate(row):
            if (r, c) in merged:
                r1, c1 = merged[(r, c)]
                sheet.write_merge(top + r, top + r1, c, c1, text or "")
            elif (r, c) in covered or not text:
                continue
            else:
                value = _number(text) if r >= annex.header_rows and c >= 2 else text
                sheet.write(top + r, c, value)
    book.save(str(path))


def write_docx(annex: Annex, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(annex.title)
    if annex.unit_line:
        document.add_paragraph(annex.unit_line)
    width = len(annex.rows[0])
    table = document.add_table(rows=len(annex.rows), cols=width)
    for r, row in enumerate(annex.rows):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for r0, c0, r1, c1 in annex.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    document.add_paragraph("Kinh phí khuyến công Quốc gia và địa phương: 7.763,445 triệu đồng.")
    document.save(str(path))


def write_html(annex: Annex, path: Path) -> None:
    merged = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in annex.merges}
    parts = ["<html><head><meta charset='utf-8'></head><body>", f"<h2>{escape(annex.title)}</h2>"]
    if annex.unit_line:
        parts.append(f"<p><i>{escape(annex.unit_line)}</i></p>")
    parts.append("<table border='1'>")
    for r, row in enumerate(annex.rows):
        parts.append("<tr>")
        for c, text in enumerate(row):
            if text is None:
                continue
            tag = "th" if r < annex.header_rows else "td"
            spans = merged.get((r, c))
            attrs = f" rowspan='{spans[0]}' colspan='{spans[1]}'" if spans else ""
            parts.append(f"<{tag}{attrs}>{escape(text)}</{tag}>")
        parts.append("</tr>")
    parts.append("</table><p>Kinh phí khuyến công Quốc gia và địa phương: 7.763,445 triệu đồng.</p></body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def write_ods(annex: Annex, path: Path) -> None:
    """A minimal OpenDocument spreadsheet: mimetype, manifest and content.xml."""
    merged = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in annex.merges}
    covered = {(r, c) for r0, c0, r1, c1 in annex.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - set(merged)

    def text_cell(text: str, attrs: str = "") -> str:
        return f'<table:table-cell office:value-type="string"{attrs}><text:p>{escape(text)}</text:p></table:table-cell>'

    rows = [f"<table:table-row>{text_cell(annex.title)}</table:table-row>"]
    if annex.unit_line:
        rows.append(f"<table:table-row>{text_cell(annex.unit_line)}</table:table-row>")
    rows.append("<table:table-row><table:table-cell/></table:table-row>")
    for r, row in enumerate(annex.rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>")
                continue
            spans = merged.get((r, c))
            attrs = f' table:number-rows-spanned="{spans[0]}" table:number-columns-spanned="{spans[1]}"' if spans else ""
            value = _number(text or "") if r >= annex.header_rows and c >= 2 else text
            if isinstance(value, (int, float)):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value}"{attrs}><text:p>{escape(text or "")}</text:p></table:table-cell>'
                )
            elif text:
                cells.append(text_cell(text, attrs))
            else:
                cells.append(f"<table:table-cell{attrs}/>")
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{annex.key}">'
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    path.write_bytes(buffer.getvalue())


def write_pdf(annex: Annex, path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L", format="A3")
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=7)
    pdf.add_page()
    pdf.multi_cell(0, 5, annex.title, new_x="LMARGIN", new_y="NEXT")
    if annex.unit_line:
        pdf.multi_cell(0, 5, annex.unit_line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    merged = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in annex.merges}
    covered = {(r, c) for r0, c0, r1, c1 in annex.merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - set(merged)
    width = len(annex.rows[0])
    widths = [10, 90, 20] + [18] * (width - 3) if width > 3 else None
    with pdf.table(col_widths=widths, first_row_as_headings=False, headings_style=FontFace()) as table:
        for r, row in enumerate(annex.rows):
            pdf_row = table.row()
            for c, text in enumerate(row):
                if (r, c) in covered:
                    continue
                spans = merged.get((r, c), (1, 1))
                pdf_row.cell(text or "", rowspan=spans[0], colspan=spans[1])
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Kinh phí khuyến công Quốc gia và địa phương: 7.763,445 triệu đồng.")
    pdf.output(str(path))


WRITERS = {
    "txt": write_txt,
    "xlsx": write_xlsx,
    "xls": write_xls,
    "ods": write_ods,
    "docx": write_docx,
    "html": write_html,
    "pdf": write_pdf,
}
