"""kc summary -o FILE.xlsx: the workbook read back with openpyxl, as an official's Excel sees it.

Sheet names in the reader's language within Excel's limits, shares as real percentages,
totals as formulas that give kc's figures (with the stated figures beside them, marked),
frozen headers and filters, widths from content, number formats without a dangling
separator, and one column order in every view.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.summary.views import Column, GridRow, SummaryView
from khuyencong_cli.summary.xlsx import STATED_FILL, write_xlsx

from conftest import PLANS

openpyxl = pytest.importorskip("openpyxl")

CAO_BANG = str(PLANS / "cao-bang-2016-2020-qd-270.yaml")
LAI_CHAU = str(PLANS / "lai-chau-2021-2025-qd-407.yaml")
EXCEL_FORBIDDEN = set("[]:*?/\\\\")


def _number(value: object) -> Decimal:
    assert isinstance(value, int | float), value
    return Decimal(repr(value))


def _evaluate(sheet, cell) -> Decimal:
    """A cell's value; a =SUM(A1:B2) or =A1+B2 formula is added up from the cells it names."""
    value = cell.value
    if not (isinstance(value, str) and value.startswith("=")):
        return Decimal(0) if value is None else _number(value)
    body = value[1:]
    found = re.fullmatch(r"SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", body)
    if found:
        return sum((_evaluate(sheet, c) for row in sheet[f"{found[1]}:{found[2]}"] for c in row), Decimal(0))
    assert re.fullmatch(r"[A-Z]+\d+(\+[A-Z]+\d+)*", body), value
    return sum((_evaluate(sheet, sheet[ref]) for ref in body.split("+")), Decimal(0))


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    runner = CliRunner()
    folder = tmp_path_factory.mktemp("xlsx")
    made = {}
    for name, args in {
        "vi": [str(PLANS), "--by-source", "--by-year", "--by-item", "--lang", "vi"],
        "en": [str(PLANS), "--by-source", "--by-year", "--by-item", "--lang", "en"],
        "source": [CAO_BANG, LAI_CHAU, "--by-source", "--by-item", "--lang", "vi"],
        "year": [CAO_BANG, "--by-year", "--lang", "vi"],
    }.items():
        target = folder / f"{name}.xlsx"
        result = runner.invoke(app, ["summary", *args, "-o", str(target)])
        assert result.exit_code == 0, result.output
        made[name] = openpyxl.load_workbook(target)
    return made


def _numbered(names, label: str) -> str:
    """The one sheet named "<n> <label>": sheets are numbered in the order of the plans, so the
    number moves when a plan is added before it."""
    (name,) = [n for n in names if re.fullmatch(rf"\d+ {re.escape(label)}", n)]
    return name


def _header(sheet) -> list[str]:
    return [c.value for c in sheet[3]][1:]


def _row(sheet, start: str):
    return next(row for row in sheet.iter_rows(min_row=4) if str(row[0].value or "").startswith(start))


def test_sheet_names_in_the_readers_language_fit_excel_and_are_unique(books) -> None:
    vi = books["vi"].sheetnames
    # Bà Rịa - Vũng Tàu's names are cut to Excel's 31 characters
    assert vi[:4] == ["1 Bà Rịa - Vũng Tàu KH nguồn×nă", "2 Bà Rịa - Vũng Tàu KH nội dung", "3 Bắc Kạn KH nguồn×năm", "4 Bắc Kạn KH nội dung"]
    # sheets are numbered in the order of the plans: the results of Cao Bằng's QĐ 270 keep
    # their label whatever their number
    assert _numbered(vi, "Cao Bằng TH nguồn×năm")
    en = books["en"].sheetnames
    assert en[2] == "3 Bắc Kạn plan source×year"
    assert _numbered(en, "Cao Bằng spent source×year")
    for names in (vi, en):
        assert len({n.casefold() for n in names}) == len(names)
        for name in names:
            assert len(name) <= 31 and not EXCEL_FORBIDDEN & set(name), name
    for english in ("source", "year", "item", "bud", "res"):
        assert not any(english in name for name in vi), english


def test_long_sheet_names_are_cut_to_31_characters_and_kept_unique(tmp_path: Path) -> None:
    views = [
        SummaryView(file="a.yaml", plan_title="T", kind="budget", view="source", unit="triệu đồng",
                    province="Tỉnh có một cái tên rất dài: thật/dài [quá]", columns=[Column("total")],
                    rows=[GridRow("KCQG", [Decimal(1)])])
        for _ in range(12)
    ]
    target = tmp_path / "long.xlsx"
    write_xlsx(views, target, lang="vi")
    names = openpyxl.load_workbook(target).sheetnames
    assert len(set(names)) == 12
    assert all(len(n) <= 31 and not EXCEL_FORBIDDEN & set(n) for n in names)
    assert names[0].startswith("1 Tỉnh có một cái tên rất dài")


def test_shares_are_real_percentages(books) -> None:
    lai_chau = next(s for s in books["source"].worksheets if "Lai Châu" in s.title and s.title.endswith("nguồn"))
    share = _row(lai_chau, "HD")[_header(lai_chau).index("tỷ trọng %") + 1]
    assert _number(share.value) == Decimal("0.643") and share.number_format == "0.0%"
    total_share = _row(lai_chau, "Tổng cộng")[_header(lai_chau).index("tỷ trọng %") + 1]
    assert _number(total_share.value) == 1


def test_totals_are_formulas_that_give_kcs_figures_with_the_stated_figures_beside(books) -> None:
    spent = books["vi"][_numbered(books["vi"].sheetnames, "Cao Bằng TH nguồn×năm")]
    header = _header(spent)
    total = _row(spent, "Tổng cộng")
    stated = _row(spent, "ghi trong biểu")
    years = [i for i, h in enumerate(header) if h[:4].isdigit()]
    assert [total[i + 1].value for i in years] == [f"=SUM({c}4:{c}6)" for c in "BCDEFGH"]
    total_column = header.index("tổng") + 1
    assert _row(spent, "KCDP")[total_column].value == "=SUM(B5:H5)"
    assert _evaluate(spent, total[total_column]) == Decimal("7928.455")
    assert _evaluate(spent, total[years[2] + 1]) == Decimal("676.125")  # 2011
    # The stated figures: values as the document writes them, marked with a fill.
    assert _number(stated[total_column].value) == Decimal("7928.455")
    assert stated[total_column].fill.start_color.rgb == STATED_FILL
    assert total[total_column].fill.start_color.rgb != STATED_FILL
    # By item: the total adds the top-level items only (I and II), not their sub-items.
    items = books["source"]["2 Cao Bằng KH nội dung"]
    item_total = _row(items, "Tổng cộng")[1]
    assert item_total.value == "=B4+B8" and _evaluate(items, item_total) == Decimal(11200)
    stated_total = _row(items, "Tổng cộng")[_header(items).index("ghi trong biểu") + 1]
    assert _number(stated_total.value) == Decimal(11200) and stated_total.fill.start_color.rgb == STATED_FILL


def test_each_sheets_total_gives_kcs_figure(books) -> None:
    """The grand total of every sheet, formula or not, is what kc computes (the json figures)."""
    runner = CliRunner()

    result = runner.invoke(app, ["summary", str(PLANS), "--by-source", "--by-year", "--by-item", "-f", "json", "--plain-numbers"])
    views = json.loads(result.stdout)["summaries"]
    book = books["vi"]
    formulas = 0
    for sheet, view in zip(book.worksheets, views, strict=True):
        total = next(row for row in view["rows"] if row["role"] == "total")
        sheet_total = _row(sheet, "Tổng cộng")
        header = _header(sheet)
        column = header.index("tổng") + 1
        assert _evaluate(sheet, sheet_total[column]) == Decimal(view["computed_total"]), sheet.title
        formulas += sum(1 for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("="))
        assert total is not None
    assert formulas > 20


def test_frozen_header_and_filter_over_the_data_rows(books) -> None:
    for sheet in books["vi"].worksheets:
        assert sheet.freeze_panes == "B4"
        first, last = sheet.auto_filter.ref.split(":")
        assert first == "A3"
        last_row = int(re.sub(r"[A-Z]", "", last))
        assert sheet.cell(last_row + 1, 1).value in ("Tổng cộng",), sheet.title  # the total stays out of the filter
        assert re.sub(r"\d", "", last) == openpyxl.utils.get_column_letter(sheet.max_column)


def test_column_widths_come_from_the_content(books) -> None:
    sheet = books["vi"][_numbered(books["vi"].sheetnames, "Cao Bằng TH nguồn×năm")]
    labels = [str(c.value) for c in sheet["A"][3:] if c.value and not str(c.value).startswith(("*", "Ô tổng"))]
    assert sheet.column_dimensions["A"].width >= max(len(label) for label in labels)
    year = sheet.column_dimensions["D"].width  # 2011: 541,125
    assert year >= len("541,125")
    assert sheet.column_dimensions["A"].width > year


def test_number_formats_have_no_dangling_separator(books) -> None:
    seen = set()
    for sheet in books["vi"].worksheets:
        for row in sheet.iter_rows(min_row=4):
            for cell in row[1:]:
                if cell.data_type != "n" or cell.value is None:
                    continue
                fmt = cell.number_format
                seen.add(fmt)
                assert not fmt.endswith(".") and "#" not in fmt.split(".")[-1] if "." in fmt else True, fmt
                if fmt == "0.0%":
                    continue
                decimals = len(fmt.split(".")[1]) if "." in fmt else 0
                value = _number(cell.value)
                assert fmt.startswith("#,##0") and decimals == max(0, -value.normalize().as_tuple().exponent), (fmt, value)
    assert {"#,##0", "#,##0.000", "0.0%"} <= seen


def test_the_same_column_order_in_every_view(books) -> None:
    order = ["tổng", "ghi trong biểu", "≠", "tỷ trọng %", "bình quân/năm"]
    seen_views = 0
    for book in books.values():
        for sheet in book.worksheets:
            header = [h for h in _header(sheet) if not h[:4].isdigit()]
            if not header or header[0] not in order:
                continue  # the English workbook
            seen_views += 1
            assert header == [h for h in order if h in header], (sheet.title, header)
            years = [i for i, h in enumerate(_header(sheet)) if h[:4].isdigit()]
            assert years == list(range(len(years)))  # years first
    assert seen_views >= 10


def test_xlsx_read_back(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "summary.xlsx"
    result = runner.invoke(app, ["summary", CAO_BANG, LAI_CHAU, "--by-source", "--by-year", "-o", str(target), "--lang", "vi"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 3  # Cao Bằng planned, Cao Bằng spent, Lai Châu planned
    spent = book[book.sheetnames[1]]
    header = [c.value for c in spent[3]]
    assert header[1:8] == [str(y) for y in range(2009, 2015)] + ["2015*"]  # KH năm 2015
    kcdp = next(row for row in spent.iter_rows(values_only=True) if str(row[0]).startswith("KCDP"))
    assert Decimal(repr(kcdp[3])) == Decimal("541.125")
    assert kcdp[8] == "=SUM(B5:H5)"
    cell = next(row for row in spent.iter_rows() if str(row[0].value).startswith("KCDP"))[8]
    assert cell.number_format == "#,##0.000"
    assert cell.data_type == "f"
    assert _evaluate(spent, cell) == Decimal("2963.455")


def test_across_plans_xlsx(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "all.xlsx"
    result = runner.invoke(app, ["summary", str(PLANS), "--by-kind", "--by-source", "--unit", "tỷ", "-o", str(target), "--lang", "vi"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(target)
    # one sheet per kind of money and period: plan money and money spent, and one period and
    # another, are never added into one total
    sheets = {sheet.title: sheet for sheet in book.worksheets}
    assert "1 nguồn KH 2015" in sheets
    spent = sheets[_numbered(sheets, "nguồn TH 2009-2015")]
    total = next(row for row in spent.iter_rows() if row[0].value == "Tổng cộng")[1]
    assert _evaluate(spent, total) == Decimal("7.928455")
    # the 18,246 tỷ the QĐ 470 article states for its period, alone in its sheet
    article = next(s for title, s in sheets.items() if title.endswith("KH 2021-2015"))
    total = next(row for row in article.iter_rows() if row[0].value == "Tổng cộng")[1]
    assert _evaluate(article, total) == Decimal("18.246")


def test_xlsx_keeps_the_exact_text_of_a_figure_excel_would_round(tmp_path: Path) -> None:
    long_figure = Decimal("1234567890.1234567")  # 17 significant digits: more than a double holds
    view = SummaryView(
        file="x.yaml", plan_title="T", kind="budget", view="source", unit="triệu đồng",
        columns=[Column("total")], rows=[GridRow("KCQG", [long_figure]), GridRow("KCDP", [Decimal("7.5")])],
    )
    target = tmp_path / "precise.xlsx"
    write_xlsx([view], target, lang="en")
    sheet = openpyxl.load_workbook(target).worksheets[0]
    exact, short = sheet["B4"], sheet["B5"]
    assert exact.comment is not None and exact.comment.text == "1.234.567.890,1234567"
    assert short.comment is None and short.value == 7.5


@pytest.mark.parametrize(("fmt", "lang", "words"), [("csv", "en", "-f csv writes text"), ("json", "vi", "-f json ghi văn bản")])
def test_a_text_format_against_an_xlsx_name_is_refused_not_silently_ignored(tmp_path: Path, fmt: str, lang: str, words: str) -> None:
    target = tmp_path / "tong-hop.xlsx"
    result = CliRunner().invoke(app, ["summary", CAO_BANG, "-f", fmt, "-o", str(target), "--lang", lang])
    assert result.exit_code == 2
    assert words in result.stderr and str(target) in result.stderr
    assert not target.exists()


def test_format_xlsx_with_an_xlsx_name_writes_the_workbook(tmp_path: Path) -> None:
    target = tmp_path / "tong-hop.xlsx"
    result = CliRunner().invoke(app, ["summary", CAO_BANG, "-f", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(target).sheetnames
