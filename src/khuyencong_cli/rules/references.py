"""References and dates: what the document cites, when it was signed, which years it speaks of.

Dates are typed by hand as often as figures: a circular numbered 2013 dated 2012, a decision
cited with its number and day left blank ("Quyết định số: /QĐ-UBND ngày tháng năm 2015"),
an aim "đến năm 2010" in an article of 2018, a results report covering years after its own
date. Each is checked against the document's own date (``document.date``, else the date of
the decision approving it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from ..findings import Problem, Severity
from ..model import DocumentKind, LegalReference, Plan, TableKind
from ..periods import parse_date, parse_period
from ..source import Path
from ..tables import table_path
from .base import rule

# Compiled the first time a plan cites a document (re keeps them), not at import.
_number_year = functools.partial(re.compile, r"/\s*((?:19|20)\d{2})\s*/")
_blank_number = functools.partial(re.compile, r"^\s*(số\s*:?\s*)?/", re.IGNORECASE)
_blank_date = functools.partial(re.compile, r"ngày\s+tháng|tháng\s+năm|ngày\s*$|tháng\s*$|/\s*/", re.IGNORECASE)


def cited(plan: Plan) -> Iterator[tuple[Path, LegalReference]]:
    """Every document the plan cites, with its path: the approving decision, then the rest."""
    if plan.document.decision is not None:
        yield ("document", "decision"), plan.document.decision
    for index, reference in enumerate(plan.references):
        yield ("references", index), reference


def numbered_and_dated(plan: Plan) -> Iterator[tuple[Path, LegalReference, int, int]]:
    """Each cited document whose number carries a year and whose date can be read, with both
    years: KC401 and KC406 report the two directions in which they disagree."""
    for path, reference in cited(plan):
        match = _number_year().search(reference.number or "")
        date = parse_date(reference.date)
        if match is not None and date is not None:
            yield path, reference, int(match.group(1)), date.year


def document_date(plan: Plan) -> dt.date | None:
    """The document's own date, else the date of the decision that approves it."""
    found = parse_date(plan.document.date)
    if found is None and plan.document.decision is not None:
        found = parse_date(plan.document.decision.date)
    return found


@rule(
    "KC401",
    "number-year-after-date",
    Severity.ERROR,
    "A cited document's number carries a year later than its own date.",
    "Số hiệu văn bản được dẫn mang năm muộn hơn ngày ban hành của chính nó.",
    doc_vi=(
        "Số hiệu văn bản như ``46/2013/TT-BCT`` mang năm ban hành; ngày của văn bản đó không\n"
        "thể thuộc một năm trước đó. Một trong hai đã bị gõ nhầm (thường là năm trong ngày)."
    ),
    messages={
        "message": {
            "en": "reference {number} is numbered in {year} but dated {date} ({date_year}): a document cannot be numbered after its date",
            "vi": "văn bản {number} mang số năm {year} nhưng ghi ngày {date} ({date_year}): số hiệu không thể có năm sau ngày ban hành",
        },
        "hint": {
            "en": "one of the two years was mistyped: either the number should carry {date_year} or the date should fall in {year}; check the cited document",
            "vi": "một trong hai năm bị gõ sai: hoặc số hiệu phải mang năm {date_year}, hoặc ngày ban hành phải thuộc năm {year}; đối chiếu văn bản được dẫn",
        },
    },
)
def number_year_after_date(plan: Plan) -> Iterator[Problem]:
    """A document number such as ``46/2013/TT-BCT`` carries the year it was issued; its date
    cannot be in an earlier year. One of the two was mistyped (usually the date's year).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "26/02/2015", period: "2016-2020"}
        references:
          - {id: tt-46, kind: Thông tư, number: "46/2013/TT-BCT", date: "28/12/2012"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "26/02/2015", period: "2016-2020"}
        references:
          - {id: tt-46, kind: Thông tư, number: "46/2013/TT-BCT", date: "28/12/2013"}
    """
    for path, reference, year, date_year in numbered_and_dated(plan):
        if year > date_year:
            yield Problem(
                path=path + ("date",),
                message="KC401.message",
                params={"number": reference.number, "date": reference.date, "year": year, "date_year": date_year},
                hint="KC401.hint",
            )


@rule(
    "KC402",
    "blank-reference",
    Severity.ERROR,
    "A cited document's number or date was left blank (a placeholder never filled in).",
    "Số hoặc ngày của văn bản được dẫn bị để trống (chỗ trống chưa được điền).",
    doc_vi=(
        "Bản dự thảo để trống số và ngày cho đến khi quyết định được ký (\"Quyết định số:\n"
        "/QĐ-UBND ngày tháng năm 2015\"); văn bản đã ban hành phải điền đầy đủ."
    ),
    messages={
        "number": {
            "en": "the cited number '{number}' has its number left blank",
            "vi": "số hiệu '{number}' của văn bản được dẫn bị để trống phần số",
        },
        "date": {
            "en": "the cited date '{date}' has its day or month left blank",
            "vi": "ngày '{date}' của văn bản được dẫn bị để trống ngày hoặc tháng",
        },
        "hint": {
            "en": "fill in the number and date of the signed decision (a draft's placeholder was left in)",
            "vi": "điền số và ngày của quyết định đã ký (chỗ trống của bản dự thảo chưa được điền)",
        },
    },
)
def blank_reference(plan: Plan) -> Iterator[Problem]:
    """Drafts leave the number and day blank until the decision is signed ("Quyết định số:
    /QĐ-UBND ngày tháng năm 2015"); a published document must have them filled in.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        references:
          - {id: qd, kind: Quyết định, number: "/QĐ-UBND", date: "ngày tháng năm 2015"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        references:
          - {id: qd, kind: Quyết định, number: "270/QĐ-UBND", date: "ngày 26 tháng 02 năm 2015"}
    """
    for path, reference in cited(plan):
        if reference.number is not None and _blank_number().search(reference.number):
            yield Problem(path=path + ("number",), message="KC402.number",
                          params={"number": reference.number}, hint="KC402.hint")
        if reference.date is not None and _blank_date().search(reference.date.strip()):
            yield Problem(path=path + ("date",), message="KC402.date",
                          params={"date": reference.date}, hint="KC402.hint")


@rule(
    "KC403",
    "target-year-past",
    Severity.ERROR,
    "A target year ('đến năm 2010') is before the document's own date.",
    "Năm mục tiêu ('đến năm 2010') sớm hơn ngày của chính văn bản.",
    doc_vi=(
        "``target_year`` của một nhận định (\"đến năm 2020\") là mốc mục tiêu, nên không thể\n"
        "trước năm văn bản được viết (hoặc, nếu văn bản không ghi ngày, trước năm bắt đầu giai\n"
        "đoạn)."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text aims at {year}, before the document's own year {limit}",
            "vi": "nhận định {claim}: văn bản đặt mục tiêu đến năm {year}, trước chính năm của văn bản {limit}",
        },
        "hint": {
            "en": "an aim lies in the future; the year was likely mistyped (e.g. 2010 for 2020)",
            "vi": "mục tiêu phải ở tương lai; năm nhiều khả năng bị gõ nhầm (ví dụ 2010 thay cho 2020)",
        },
        "hint-near": {
            "en": "an aim lies in the future; the document aims at {suggested} elsewhere, one digit away: likely a typo for {suggested}",
            "vi": "mục tiêu phải ở tương lai; văn bản ở chỗ khác đặt mục tiêu đến năm {suggested}, chỉ khác một chữ số: nhiều khả năng gõ nhầm, đúng phải là {suggested}",
        },
    },
)
def target_year_past(plan: Plan) -> Iterator[Problem]:
    """A claim's ``target_year`` ("đến năm 2020") is an aim, so it cannot lie before the year
    the document was written (or, without a date, before its period starts).

    Bad:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, date: "04/11/2018", period: "2014-2018"}
        claims:
          - id: den-nam
            quote: "Để thực hiện hiệu quả đến năm 2010, tỉnh tập trung những nội dung cơ bản sau:"
            target_year: 2010

    Good:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, date: "04/11/2018", period: "2014-2018"}
        claims:
          - id: den-nam
            quote: "Để thực hiện hiệu quả đến năm 2020, tỉnh tập trung những nội dung cơ bản sau:"
            target_year: 2020
    """
    date = document_date(plan)
    period = parse_period(plan.document.period)
    limit = date.year if date is not None else (period.start if period and not period.reversed else None)
    if limit is None:
        return
    valid = {c.target_year for c in plan.claims if c.target_year is not None and c.target_year >= limit}
    for index, claim in enumerate(plan.claims):
        if claim.target_year is not None and claim.target_year < limit:
            # Another aim of the same document one digit away ("đến năm 2020") is the likely fix.
            near = sorted(y for y in valid if _one_digit_apart(y, claim.target_year))
            yield Problem(
                path=("claims", index, "target_year"),
                message="KC403.message",
                params={"claim": claim.id, "year": claim.target_year, "limit": limit,
                        "suggested": near[0] if len(near) == 1 else ""},
                hint="KC403.hint-near" if len(near) == 1 else "KC403.hint",
                diagnosis="digit" if len(near) == 1 else None,
            )


def _one_digit_apart(a: int, b: int) -> bool:
    x, y = str(a), str(b)
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=False)) == 1


_PLANS = (DocumentKind.PLAN, DocumentKind.PROGRAMME, DocumentKind.ANNUAL_PLAN)


@rule(
    "KC404",
    "approved-after-start",
    Severity.WARNING,
    "A plan was approved after its period had started.",
    "Kế hoạch được phê duyệt sau khi giai đoạn của nó đã bắt đầu.",
    doc_vi=(
        "Kế hoạch, chương trình hoặc kế hoạch năm nên được phê duyệt trước năm đầu tiên mà nó\n"
        "áp dụng. Đây chỉ là cảnh báo: phê duyệt muộn vẫn có thể xảy ra, nhưng năm đầu giai đoạn\n"
        "đứng trước ngày phê duyệt thường là dấu hiệu gõ nhầm năm."
    ),
    messages={
        "message": {
            "en": "the plan for {period} is dated {date}, after its period started in {start}",
            "vi": "kế hoạch giai đoạn {period} ghi ngày {date}, sau khi giai đoạn đã bắt đầu năm {start}",
        },
        "hint": {
            "en": "check the year of the date and of the period; if the approval was late, this is expected",
            "vi": "kiểm tra năm của ngày ký và của giai đoạn; nếu phê duyệt muộn thật thì bỏ qua",
        },
    },
)
def approved_after_start(plan: Plan) -> Iterator[Problem]:
    """A plan, programme or annual plan should be approved before the first year it covers.
    A warning: late approval happens, but a year before the date is often a mistyped year.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "26/02/2017", period: "2016-2020"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "26/02/2015", period: "2016-2020"}
    """
    if plan.document.kind not in _PLANS:
        return
    period = parse_period(plan.document.period)
    if period is None or period.reversed:
        return
    path: Path = ("document", "date")
    date = parse_date(plan.document.date)
    if date is None and plan.document.decision is not None:
        date = parse_date(plan.document.decision.date)
        path = ("document", "decision", "date")
    if date is not None and date.year > period.start:
        yield Problem(
            path=path,
            message="KC404.message",
            params={"date": date.strftime("%d/%m/%Y"), "period": plan.document.period, "start": period.start},
            hint="KC404.hint",
        )


@rule(
    "KC405",
    "results-after-date",
    Severity.ERROR,
    "Results are reported for a year after the document's own date.",
    "Kết quả được báo cáo cho một năm sau ngày của chính văn bản.",
    doc_vi=(
        "Báo cáo kết quả không thể báo cáo những việc chưa diễn ra: các cột năm của biểu kết quả\n"
        "(trừ các cột được đánh dấu ``plan_years``, như \"KH năm 2015\") và giai đoạn của báo cáo\n"
        "kết quả không được vượt quá ngày của văn bản."
    ),
    messages={
        "period": {
            "en": "the results report covers {period} but is dated {date}: it reports years that had not happened",
            "vi": "báo cáo kết quả giai đoạn {period} nhưng ghi ngày {date}: báo cáo cả những năm chưa diễn ra",
        },
        "table": {
            "en": "results table {table} has columns for {years}, after the document's date {date}",
            "vi": "biểu kết quả {table} có cột năm {years}, sau ngày của văn bản {date}",
        },
        "hint": {
            "en": "mark plan columns ('KH năm …') with plan_years, or correct the years",
            "vi": "đánh dấu các cột kế hoạch (KH năm …) bằng plan_years, hoặc sửa lại năm",
        },
    },
)
def results_after_date(plan: Plan) -> Iterator[Problem]:
    """A results report cannot report what has not happened: a results table's year columns
    (except those marked ``plan_years``, such as "KH năm 2015") and a results report's period
    must not run past the document's date.

    Bad:
        kc: 1
        document: {title: Báo cáo, province: Kiên Giang, kind: results-report, date: "04/11/2018", period: "2014-2019"}

    Good:
        kc: 1
        document: {title: Báo cáo, province: Kiên Giang, kind: results-report, date: "04/11/2018", period: "2014-2018"}
    """
    date = document_date(plan)
    if date is None:
        return
    period = parse_period(plan.document.period)
    if plan.document.kind is DocumentKind.RESULTS_REPORT and period and not period.reversed and period.end > date.year:
        yield Problem(
            path=("document", "period"),
            message="KC405.period",
            params={"period": plan.document.period, "date": date.strftime("%d/%m/%Y")},
            hint="KC405.hint",
        )
    for table in plan.tables:
        if table.kind is not TableKind.RESULTS:
            continue
        late = [y for y in table.years if y > date.year and y not in table.plan_years]
        if late:
            yield Problem(
                path=table_path(plan, table) + ("years",),
                message="KC405.table",
                params={"table": table.id, "years": ", ".join(map(str, late)), "date": date.strftime("%d/%m/%Y")},
                hint="KC405.hint",
            )

