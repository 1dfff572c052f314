"""What an editor shows while an official types a plan: a title and a description for every
object and property of the plan format, with the Vietnamese term beside the English one, and
examples taken from real plans.

Kept apart from the models (``plan_format.py``) so they stay data only and short; ``schema.py`` lays these
texts over the schema pydantic generates, and a test fails when a property of the models has
no entry here (or an entry names a property that no longer exists).
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["ENUM_DESCRIPTIONS", "FIELDS", "MODELS", "Doc"]


class Doc(NamedTuple):
    """Title (English words, the Vietnamese term in brackets), description, examples."""

    title: str
    description: str
    examples: tuple[Any, ...] = ()


MODELS: dict[str, Doc] = {
    "Plan": Doc(
        "kc plan, format version 1 (kế hoạch khuyến công)",
        "One document written down as YAML: what it is, the funding sources it names, its tables and the figures its prose claims.",
    ),
    "Document": Doc("Document (văn bản)", "The document itself: what, where, when, approved by what."),
    "Origin": Doc("Origin (nguồn văn bản)", "Where the document was taken from: a seed file, a web page, a publisher."),
    "LegalReference": Doc(
        "Legal reference (văn bản dẫn chiếu)",
        "A decision, circular or other document, cited by number and date exactly as written.",
    ),
    "FundingSource": Doc(
        "Funding source (nguồn kinh phí)",
        "A source of money (KCQG, KCĐP, …) or a group of sources (NSNN = KCQG + ngân sách tỉnh).",
    ),
    "Table": Doc("Table (biểu, bảng)", "A table of the document, as printed: its rows, year and source columns and stated totals."),
    "Row": Doc("Row (dòng)", "A line of a table: cells per year (and source), its stated totals, its sub-rows."),
    "Figure": Doc(
        "Table figure (số liệu trong biểu)",
        "The sum of a selection of a table's cells; an empty selection means everything ({table: t} is the grand total).",
    ),
    "Quantity": Doc("Quantity (đại lượng)", "One side of a ratio or a share: a figure stated in the text, or read from a table."),
    "YearValue": Doc("Figure of a year (số liệu một năm)", 'A figure for one year as the text states it ("năm 2009 là 1.202,433 tỷ đồng").'),
    "PerYear": Doc("Per year (mỗi năm)", '"mỗi năm N", "bình quân mỗi năm N", "mỗi năm từ 01 đến 02".'),
    "Frequency": Doc("Frequency (tần suất)", '"02 năm/một lần", "vào mỗi năm lẻ": how often something happens within the period.'),
    "Growth": Doc("Growth (tăng trưởng)", '"bình quân tăng 12,2%/năm": compound growth from a first-year to a last-year figure.'),
    "Ratio": Doc("Ratio (tỷ lệ)", '"một đồng nhà nước thu hút 1,7 đồng": numerator / denominator, to the stated precision.'),
    "ClaimPart": Doc("Part of a claim (thành phần)", 'One part after "trong đó" or "bao gồm".'),
    "Duration": Doc(
        "Duration (thời gian)", 'A length of time the text states apart from the period label ("Sau 5 năm thực hiện").'
    ),
    "Claim": Doc(
        "Claim (nhận định, số liệu trong lời văn)",
        "A figure stated in the prose, with its sentence and what it asserts: a whole, its table figures, its parts, "
        "a share, a figure per year, a growth rate, a ratio, a counted list or a target year.",
    ),
    "DocumentKind": Doc("Document kind (loại văn bản)", "What kind of document the plan records."),
    "TableKind": Doc(
        "Table kind (loại biểu)", "budget: planned money; results: money actually spent; targets: counts per indicator."
    ),
    "Hedge": Doc(
        "Hedge (từ ước lượng)",
        "A word that changes what a figure claims, or several on one figure (\"dự kiến lên đến khoảng\"): the word "
        "that bounds the figure governs. exact; gần: almost, just under; hơn: over; trên: above; khoảng: about; "
        "dưới: under; dự kiến: planned, expected; ít nhất: at least; tương đương: equivalent to, the figure to its "
        "digits; lên đến: up to, the figure itself; ước (also ước đạt, ước thực hiện, ước tính): estimated, read as "
        "khoảng unless another word bounds the figure.",
    ),
    "Amount": Doc(
        "Figure (số liệu)",
        'A figure as written: an integer, or Vietnamese-formatted text ("7.763,445", "1.200", "18,246"); '
        '"-" or nothing means blank. Never a YAML decimal such as 7.5, which would be read as a float.',
        ("7.763,445", 1200, "18,246", "-"),
    ),
}

ENUM_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "DocumentKind": {
        "programme": "programme (chương trình khuyến công)",
        "plan": "plan (kế hoạch, quyết định phê duyệt kế hoạch)",
        "annual-plan": "annual plan (kế hoạch năm)",
        "project": "project (đề án)",
        "results-report": "results report (báo cáo kết quả thực hiện)",
        "news-article": "news article (bài báo, tin bài)",
        "regulation": "regulation (quy chế, quyết định ban hành quy định về kinh phí khuyến công)",
    },
    "TableKind": {
        "budget": "planned money (kinh phí kế hoạch)",
        "results": "money spent (kinh phí đã thực hiện)",
        "targets": "counts per indicator (chỉ tiêu)",
    },
    "Hedge": {
        "exact": "exact (chính xác)",
        "gần": "almost: just under",
        "hơn": "over",
        "trên": "above",
        "khoảng": "about",
        "dưới": "under",
        "dự kiến": "planned, expected",
        "ít nhất": "at least",
        "tương đương": "equivalent to: the figure to the digits written",
        "lên đến": "up to: emphasis, the figure itself",
        "ước": "estimated (ước đạt, ước thực hiện, ước tính): about, as khoảng",
    },
}

_ID = "Identifier (mã): letters, digits, dashes; unique"

FIELDS: dict[str, dict[str, Doc]] = {
    "Plan": {
        "kc": Doc("Format version (phiên bản định dạng)", "The version of the plan format; always 1.", (1,)),
        "document": Doc("Document (văn bản)", "What the document is: title, province, kind, date, period, approving decision."),
        "sources": Doc("Funding sources (nguồn kinh phí)", "The sources of money the document names, and groups of them."),
        "tables": Doc("Tables (biểu, bảng)", "The tables of the document, as printed."),
        "claims": Doc("Claims (nhận định)", "Figures the prose states, each with its sentence, so kc can check them against the tables."),
        "references": Doc("References (văn bản dẫn chiếu)", "Other documents the document cites (căn cứ …)."),
    },
    "Document": {
        "title": Doc("Title (tên văn bản)", "The document's title as printed.", ("Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2016 - 2020",)),
        "province": Doc("Province (tỉnh)", "The province whose plan it is.", ("Cao Bằng", "Lai Châu")),
        "kind": Doc("Document kind (loại văn bản)", "What kind of document it is.", ("plan", "news-article")),
        "date": Doc("Date (ngày ban hành)", "The document's own date, as written.", ("26/02/2015",)),
        "period": Doc("Period (giai đoạn)", "The period the document covers, as written (even when it is wrong).", ("2016-2020", "2021 - 2025")),
        "period_section": Doc("Where the period stands (mục nêu giai đoạn)", "Where in the document the period is stated.", ("Điều 1",)),
        "decision": Doc("Approving decision (quyết định phê duyệt)", "The decision that approves the document."),
        "origin": Doc("Origin (nguồn văn bản)", "Where the document was taken from."),
        "rounding": Doc(
            "Rounding (làm tròn)", "The precision the document's figures were rounded to, in the tables' unit.", ("0,001", 1)
        ),
        "hedge_bands": Doc(
            "Hedge bands (biên độ ước lượng)",
            "How far a hedged figure may stray, as a share of it, per hedge word.",
            ({"khoảng": "0,1"},),
        ),
        "programme": Doc(
            "Programme (chương trình)",
            "The programme the document decides or reports on, named alike in every plan about it (the approving "
            "decision's number is a good name); plans of one province naming one programme are compared together.",
            ("470/QĐ-UBND", "khuyến công 2021-2025"),
        ),
        "note": Doc("Note (ghi chú)", "What the encoding had to decide, and which kinds of text the document shows."),
    },
    "Origin": {
        "seed": Doc("Seed file (tệp nguồn)", "File name of the source text the plan was written from.", ("002_8c7e4977db864976.txt",)),
        "url": Doc("Web address (địa chỉ trang)", "The page the document was published on."),
        "publisher": Doc("Publisher (cơ quan đăng tải)", "Who published it.", ("Sở Công Thương Cao Bằng",)),
        "published": Doc("Published (ngày đăng)", "Publication date as written.", ("12/03/2021",)),
        "read": Doc("Read on (ngày đọc)", "The date the text was read from the web address.", ("30/11/2026",)),
    },
    "LegalReference": {
        "id": Doc("Id (mã)", _ID + "; lets a claim or a note name the reference.", ("qd-270",)),
        "kind": Doc("Kind (loại văn bản)", "Quyết định, Thông tư, Nghị định, Tờ trình, …", ("Quyết định", "Thông tư")),
        "number": Doc("Number (số hiệu)", "The number as written, even left blank in a draft.", ("270/QĐ-UBND", "/QĐ-UBND")),
        "date": Doc("Date (ngày)", "The date as written.", ("26/02/2015", "ngày tháng 02 năm 2015")),
        "issuer": Doc("Issuer (cơ quan ban hành)", "Who issued it.", ("UBND tỉnh Cao Bằng", "Bộ Công Thương")),
        "title": Doc("Title (trích yếu)", "What the cited document is about."),
        "section": Doc("Section (mục)", "Where in the citing document the citation stands.", ("Căn cứ",)),
        "quote": Doc("Quote (trích dẫn)", "The citation, verbatim."),
        "implements": Doc(
            "Implements (hướng dẫn, quy định chi tiết)",
            "Id of a cited document this one is said to guide, detail or implement.",
            ("nd-45-2012",),
        ),
    },
    "FundingSource": {
        "id": Doc("Id (mã nguồn)", "Short name used in tables and claims; letters, digits, Đ, dots, dashes.", ("KCQG", "KCĐP", "NSNN")),
        "name": Doc("Name (tên nguồn)", "The source's full name as written.", ("Kinh phí khuyến công quốc gia",)),
        "members": Doc("Members (nguồn thành phần)", "For a group of sources: the ids of its members.", (["KCQG", "NST"],)),
    },
    "Table": {
        "id": Doc("Id (mã biểu)", _ID + " among the tables.", ("cb-bieu-01",)),
        "kind": Doc("Table kind (loại biểu)", "budget, results or targets.", ("budget",)),
        "title": Doc("Title (tên biểu)", "The table's title as printed.", ("Biểu 01: Kinh phí thực hiện",)),
        "section": Doc("Section (mục)", "Where the table stands in the document.", ("Phụ lục",)),
        "unit": Doc("Unit (đơn vị tính)", "The unit of the figures; for a targets table the word 'ĐVT'.", ("triệu đồng", "tỷ đồng")),
        "period": Doc("Period (giai đoạn)", "The table's own period label, if it has one.", ("2016-2020",)),
        "years": Doc("Year columns (các cột năm)", "The years of the table's columns, in order.", ([2021, 2022, 2023],)),
        "plan_years": Doc(
            "Plan-year columns (cột kế hoạch năm)", "Year columns of a results table that hold plan figures (KH năm 2015).", ([2015],)
        ),
        "sources": Doc("Source columns (các cột nguồn)", "Ids of the table's source columns, in order.", (["KCQG", "KCĐP"],)),
        "rows": Doc("Rows (các dòng)", "The table's rows, sub-rows inside their parent."),
        "total": Doc("Total row (dòng Cộng, Tổng cộng)", "The table's stated total row."),
        "restates": Doc(
            "Restates (trình bày lại biểu)", "Id of a table that states the same money in another breakdown (an annex).", ("cb-kinh-phi-2016-2020",)
        ),
        "rounding": Doc("Rounding (làm tròn)", "The precision this table's figures were rounded to.", ("0,001",)),
        "note": Doc("Note (ghi chú)", "Anything a reader should know about the table."),
    },
    "Row": {
        "id": Doc("Id (mã dòng)", _ID + " within the table; often the row's number.", ("I", "II.2", "1")),
        "name": Doc("Name (nội dung)", "The row's text as printed.", ("Nội dung 1: Đào tạo nghề, truyền nghề",)),
        "source": Doc("Source (nguồn)", "Id of the source this row's figures belong to.", ("KCQG",)),
        "unit": Doc("Unit (đơn vị tính)", "ĐVT of a targets row.", ("lao động", "cơ sở")),
        "cells": Doc(
            "Cells by year (số liệu theo năm)",
            "Figures per year (keys are years): one figure, or one per source id.",
            ({2021: 600, 2022: "1.000"}, {2021: {"KCQG": 400, "KCĐP": 200}}),
        ),
        "total": Doc("Stated total (cột Tổng)", "The row's total as the document states it.", ("1.400,5",)),
        "by_source": Doc(
            "Stated totals by source (tổng theo nguồn)", "The row's stated totals per source (Tổng cộng KCQG / KCĐP).", ({"KCQG": 7600},)
        ),
        "rows": Doc("Sub-rows (dòng con)", "Rows inside this one (I → 1 → a)."),
        "restates": Doc(
            "Restates rows (dòng trình bày lại)", "Rows of the table named by the table's `restates` that hold the same money.", (["I.1"],)
        ),
        "note": Doc("Note (ghi chú)", "Anything a reader should know about the row."),
        "outside": Doc(
            "Outside the total (ngoài tổng)",
            'A line printed in the table but not in its total ("Ngoài ra: …"): listed, never summed into it.',
            (True,),
        ),
        "remainder": Doc(
            "Remainder (còn lại)",
            '"Còn lại", "Vốn đối ứng còn lại": the parent\'s (or the Cộng row\'s) total minus the rows beside it; its figures are optional.',
            (True,),
        ),
        "figure": Doc(
            "Shared figure (số liệu dùng chung)",
            "Name of the row's stated total within the programme, alike in every plan that states it.",
            ("tong-kinh-phi",),
        ),
    },
    "Figure": {
        "table": Doc("Table (biểu)", "Id of the table.", ("cb-bieu-01",)),
        "rows": Doc("Rows (dòng)", "Ids of the rows to add; none means every row.", (["I", "II"],)),
        "sources": Doc("Sources (nguồn)", "Ids of the sources to add; none means every source.", (["KCQG"],)),
        "years": Doc("Years (năm)", "Years to add; none means every year.", ([2021, 2022],)),
    },
    "Quantity": {
        "label": Doc("Label (nhãn)", "What the figure is, in words."),
        "value": Doc("Value (giá trị)", "The figure the text states.", ("18,246",)),
        "unit": Doc("Unit (đơn vị)", "The unit of the figure.", ("tỷ đồng",)),
        "of": Doc("Table figure (số liệu trong biểu)", "The table cells the figure is read from."),
        "hedge": Doc("Hedge (từ ước lượng)", '"khoảng 1.400 lao động": the word before the figure.', ("khoảng",)),
    },
    "YearValue": {
        "year": Doc("Year (năm)", "The year the figure is for.", (2009,)),
        "value": Doc("Value (giá trị)", "The figure the text states for that year.", ("1.202,433",)),
        "of": Doc("Table figure (số liệu trong biểu)", "The table cells that hold that year's figure."),
    },
    "PerYear": {
        "value": Doc("Value (giá trị)", "N, or the low end of a range.", (20, "1")),
        "high": Doc("High end (cận trên)", 'High end of a range: "từ 01 đến 02" → value 1, high 2.', (2,)),
        "hedge": Doc("Hedge (từ ước lượng)", "A word that loosens the figure.", ("khoảng",)),
        "average": Doc(
            "Average (bình quân)", '"bình quân": only the period figure is checked, not each year\'s cell.', (True,)
        ),
        "years": Doc("Number of years (số năm)", "When the text states it or the period cannot be read.", (5,)),
        "quote": Doc("Quote (trích dẫn)", "The words, verbatim."),
    },
    "Frequency": {
        "years": Doc("Every N years (số năm một lần)", "Once every N years.", (2,)),
        "parity": Doc("Odd or even years (năm lẻ, năm chẵn)", '"năm lẻ" → odd, "năm chẵn" → even.', ("odd",)),
        "of": Doc("Table figure (số liệu trong biểu)", "Table rows whose filled year cells are the occurrences."),
    },
    "Growth": {
        "rate": Doc("Rate (tốc độ tăng)", "Stated average annual growth, in percent.", ("12,2",)),
        "hedge": Doc("Hedge (từ ước lượng)", "A word that loosens the rate.", ("khoảng",)),
        "first": Doc("First year (năm đầu)", "The figure the growth starts from."),
        "last": Doc("Last year (năm cuối)", "The figure the growth reaches."),
    },
    "Ratio": {
        "value": Doc("Value (giá trị)", "The stated ratio.", ("1,7",)),
        "hedge": Doc("Hedge (từ ước lượng)", "A word that loosens the ratio.", ("hơn",)),
        "numerator": Doc("Numerator (tử số)", "What is divided."),
        "denominator": Doc("Denominator (mẫu số)", "What it is divided by."),
    },
    "ClaimPart": {
        "label": Doc("Label (nhãn)", "The part's name as written.", ("Kinh phí khuyến công quốc gia",)),
        "value": Doc("Value (giá trị)", "The part's figure.", ("15.820",)),
        "high": Doc("High end (cận trên)", 'High end of a range ("từ 01 đến 02").', (2,)),
        "unit": Doc("Unit (đơn vị)", "The unit of the part's figure, when not the claim's.", ("triệu đồng",)),
        "share": Doc("Share (tỷ trọng)", "Stated share in percent.", ("64,3",)),
        "of": Doc("Table figure (số liệu trong biểu)", "Table cells that hold this part's money."),
        "hedge": Doc("Hedge (từ ước lượng)", "A word that loosens the part's figure.", ("khoảng",)),
        "section": Doc("Section (mục)", "Where the part is stated, when not in the claim's sentence."),
        "quote": Doc("Quote (trích dẫn)", "The part's words, verbatim."),
        "note": Doc("Note (ghi chú)", "Anything a reader should know about the part."),
        "share_hedge": Doc("Hedge of the share (từ ước lượng của tỷ lệ)", 'The share\'s own hedge: "gần 60%", "khoảng 35%".', ("gần",)),
        "unit_written": Doc(
            "Unit written (có ghi đơn vị)", 'False when the text gives the figure no unit ("trên 2,1 thực hiện …").', (False,)
        ),
        "outside": Doc(
            "Outside the whole (ngoài tổng)",
            'A part that is not in the whole: "Ngoài khoản trên, còn 73 triệu đồng chi phí quản lý".',
            (True,),
        ),
        "remainder": Doc(
            "Remainder (còn lại)", '"còn lại là vốn đối ứng": the whole minus the other parts; the value is optional.', (True,)
        ),
        "period": Doc(
            "Period (giai đoạn)", 'The part\'s own sub-period: "2002-2005" in "giai đoạn 2002-2005 mỗi năm 2 tỷ".', ("2002-2005",)
        ),
        "per_year": Doc(
            "Per year (mỗi năm)", '"mỗi năm 2 tỷ" over the part\'s period: the part is per_year times its years.', ("2",)
        ),
        "figure": Doc(
            "Shared figure (số liệu dùng chung)",
            "Name of this part's figure within the programme, alike in every plan that states it.",
            ("kinh-phi-kcqg",),
        ),
    },
    "Duration": {
        "years": Doc("Number of years (số năm)", "The number of years the text states.", (5,)),
        "quote": Doc("Quote (trích dẫn)", "The words, when not in the claim's sentence.", ("Sau 5 năm thực hiện",)),
        "section": Doc("Section (mục)", "Where the words stand, when not in the claim's sentence."),
    },
    "Claim": {
        "id": Doc("Id (mã nhận định)", _ID + " among the claims.", ("cb-tong-kinh-phi",)),
        "section": Doc("Section (mục)", "Where the sentence stands.", ("Mục II.1",)),
        "quote": Doc("Quote (trích dẫn)", "The sentence, verbatim.", ("Tổng kinh phí thực hiện là 11.200 triệu đồng",)),
        "value": Doc("Value (giá trị)", "The whole the sentence states.", ("11.200",)),
        "high": Doc("High end (cận trên)", 'High end of a range: "từ 10 - 15" → value 10, high 15.', (15,)),
        "unit": Doc("Unit (đơn vị)", "The unit of the figure.", ("triệu đồng", "tỷ đồng", "lao động")),
        "hedge": Doc("Hedge (từ ước lượng)", "A word that loosens the figure.", ("khoảng", "hơn")),
        "band": Doc("Hedge band (biên độ)", "This claim's hedge band, overriding the document's.", ("0,1",)),
        "period": Doc(
            "Period (giai đoạn)",
            "The period the claim speaks of, when not the document's: years, or part of a year stopping at a month "
            "of its last year (\"6 tháng đầu năm 2017\", \"đến tháng 8/2017\"), which lies inside that year.",
            ("2009-2015", "6 tháng đầu năm 2017"),
        ),
        "of": Doc("Table figure (số liệu trong biểu)", "Table figures this value is the total of."),
        "parts": Doc("Parts (thành phần, trong đó)", 'The parts after "trong đó" or "bao gồm".'),
        "parts_complete": Doc("Parts complete (đủ thành phần)", "False when the parts are examples, not all of the whole.", (False,)),
        "share": Doc("Share (tỷ trọng, chiếm)", '"chiếm 64,3%": this value as a percent of `share_of`.', ("64,3",)),
        "share_of": Doc("Share of (chiếm trong)", "The whole the share is taken of."),
        "per_year": Doc("Per year (mỗi năm)", "A figure the text states for each year."),
        "every": Doc("Frequency (tần suất)", '"2 năm tổ chức 1 lần": `value` counts the occurrences.'),
        "growth": Doc("Growth (tăng trưởng)", "An average annual growth rate the text states."),
        "ratio": Doc("Ratio (tỷ lệ)", "A ratio the text states."),
        "items": Doc("Listed items (danh sách)", 'The names listed after "gồm:", which `value` counts.', (["Mây tre đan", "Chè Shan tuyết"],)),
        "target_year": Doc("Target year (năm mục tiêu)", '"đến năm 2020": the year the text aims at.', (2020,)),
        "note": Doc("Note (ghi chú)", "Anything a reader should know about the claim."),
        "share_hedge": Doc("Hedge of the share (từ ước lượng của tỷ lệ)", 'The share\'s own hedge: "gần 60%", "tương đương 80%".', ("tương đương",)),
        "unit_written": Doc(
            "Unit written (có ghi đơn vị)", 'False when the text gives the figure no unit ("trên 2,1 thực hiện …").', (False,)
        ),
        "duration": Doc("Duration (thời gian)", '"Sau 5 năm thực hiện", "trong 7 năm qua": a length of time stated in words.'),
        "compared_period": Doc(
            "Compared period (giai đoạn so sánh)", 'A period cited for comparison, as written: "so với giai đoạn 2015-2020".', ("2016-2020",)
        ),
        "restates": Doc(
            "Restates (nhắc lại nhận định)", "Id of the claim whose figure this one states again (a headline, a caption).", ("tong-kinh-phi",)
        ),
        "sources": Doc(
            "Sources (nguồn)", "The funding sources this figure is money of (its scope), when the text says.", (["KCQG", "KCĐP"],)
        ),
        "kind": Doc("Money kind (loại kinh phí)", "budget (planned money) or results (money spent), when the text says.", ("results",)),
        "figure": Doc(
            "Shared figure (số liệu dùng chung)",
            "Name of this figure within the programme, alike in every plan that states it: "
            "`kc validate` on those plans together compares them.",
            ("tong-kinh-phi",),
        ),
    },
}
