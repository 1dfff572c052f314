"""Periods: a plan's span of years, as labelled and as used by its tables.

A five-year plan typed "giai đoạn 2021-2015", a table with a year its period does not cover,
a year column missing or typed twice, "7 năm" over a span of six: each is a slip that makes
every per-year figure in the plan suspect, so each is reported where the label stands.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..model import DocumentKind, Plan, TableKind
from ..periods import Period, impossible_date, parse_period, stated_length
from ..source import Path
from .base import rule

_MULTI_YEAR = {DocumentKind.PROGRAMME, DocumentKind.PLAN}


def _digits_apart(a: int, b: int) -> int:
    return sum(x != y for x, y in zip(f"{a:04d}", f"{b:04d}", strict=True))


def likely_period(period: Period, kind: DocumentKind | None) -> tuple[Period, str]:
    """The period a reversed label most likely meant, and why."""
    five = period.start + 4
    if _digits_apart(five, period.end) <= 1 or kind in _MULTI_YEAR:
        return Period(period.start, five, f"{period.start}-{five}"), "KC201.why-five"
    return Period(period.end, period.start, f"{period.end}-{period.start}"), "KC201.why-swap"


def _labels(plan: Plan) -> Iterator[tuple[str, Path, DocumentKind | None]]:
    if plan.document.period:
        yield plan.document.period, ("document", "period"), plan.document.kind
    for index, table in enumerate(plan.tables):
        if table.period:
            yield table.period, ("tables", index, "period"), None


@rule(
    "KC201",
    "period-reversed",
    Severity.ERROR,
    "A period ends before it starts.",
    "Giai đoạn có năm kết thúc trước năm bắt đầu.",
    doc_vi=(
        "Năm kết thúc của một giai đoạn không được trước năm bắt đầu. Với chương trình 5 năm,\n"
        "giai đoạn đúng nhiều khả năng là năm bắt đầu + 4 (2021 → 2021-2025)."
    ),
    messages={
        "message": {
            "en": "period '{label}' ends ({end}) before it starts ({start}); likely {suggested}",
            "vi": "giai đoạn '{label}' kết thúc ({end}) trước khi bắt đầu ({start}); nhiều khả năng là {suggested}",
        },
        "why-five": {
            "en": "an industrial promotion programme runs five years, both ends included: write {suggested}",
            "vi": "chương trình khuyến công kéo dài năm năm, tính cả hai đầu: sửa thành {suggested}",
        },
        "why-swap": {
            "en": "the two years look swapped: write {suggested}",
            "vi": "hai năm có vẻ bị đảo: sửa thành {suggested}",
        },
    },
)
def period_reversed(plan: Plan) -> Iterator[Problem]:
    """A period's end year must not come before its start year. For a five-year programme
    the likely intended period is the start year + 4 (2021 → 2021-2025).

    Bad:
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: "2021-2015"}

    Good:
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: "2021-2025"}
    """
    for label, path, kind in _labels(plan):
        period = parse_period(label)
        if period is None or not period.reversed:
            continue
        intended, why = likely_period(period, kind)
        yield Problem(
            path=path,
            message="KC201.message",
            params={"label": label, "start": period.start, "end": period.end, "suggested": intended.text},
            hint=why,
            diagnosis="one-digit" if _digits_apart(intended.end, period.end) == 1 else "reversed",
        )


def _governing(plan: Plan, table_index: int) -> Period | None:
    """The period a table's years must fall in: its own label, else the plan's (not for
    results tables, which report on earlier years)."""
    table = plan.tables[table_index]
    own = parse_period(table.period)
    if own is not None:
        return None if own.reversed else own
    if table.kind is TableKind.RESULTS:
        return None
    document = parse_period(plan.document.period)
    return None if document is None or document.reversed else document


@rule(
    "KC202",
    "year-outside-period",
    Severity.ERROR,
    "A table has a year outside the period it belongs to.",
    "Biểu có năm nằm ngoài giai đoạn.",
    doc_vi=(
        "Mọi cột năm và năm của mọi ô đều phải nằm trong giai đoạn của biểu (giai đoạn ghi trên\n"
        "chính biểu, nếu không có thì giai đoạn của văn bản; riêng biểu kết quả thực hiện chỉ\n"
        "đối chiếu với giai đoạn ghi trên chính biểu)."
    ),
    messages={
        "message": {
            "en": "table {table}: year {year} is outside the period {period}",
            "vi": "biểu {table}: năm {year} nằm ngoài giai đoạn {period}",
        },
        "hint": {
            "en": "correct the year, or give the table its own period label if it covers other years",
            "vi": "sửa năm, hoặc ghi giai đoạn riêng cho biểu nếu biểu nói về các năm khác",
        },
    },
)
def year_outside_period(plan: Plan) -> Iterator[Problem]:
    """Every year column and every cell's year must fall inside the table's period (its own
    label, else the document's period; results tables only against their own label).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - {id: t, kind: targets, title: Biểu 01, unit: ĐVT, years: [2016, 2017, 2018, 2019, 2021], rows: []}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - {id: t, kind: targets, title: Biểu 01, unit: ĐVT, years: [2016, 2017, 2018, 2019, 2020], rows: []}
    """
    for index, table in enumerate(plan.tables):
        period = _governing(plan, index)
        if period is None:
            continue
        for position, year in enumerate(table.years):
            if not period.start <= year <= period.end:
                yield Problem(
                    path=("tables", index, "years", position),
                    message="KC202.message",
                    params={"table": table.id, "year": year, "period": period.text},
                    hint="KC202.hint",
                )


@rule(
    "KC203",
    "year-columns",
    Severity.ERROR,
    "A year is missing from a table, typed twice, or used by a cell but not a column.",
    "Biểu thiếu năm, lặp năm, hoặc có ô ghi năm không có trong các cột.",
    doc_vi=(
        "Các cột năm của một biểu phải có đủ mọi năm của giai đoạn, mỗi năm một lần, theo đúng\n"
        "thứ tự; và mỗi ô phải thuộc về một cột năm."
    ),
    messages={
        "duplicate": {
            "en": "table {table}: year {year} appears twice among the year columns",
            "vi": "biểu {table}: năm {year} xuất hiện hai lần trong các cột năm",
        },
        "missing": {
            "en": "table {table}: no column for {years} of the period {period}",
            "vi": "biểu {table}: không có cột cho năm {years} của giai đoạn {period}",
        },
        "cell": {
            "en": "table {table}, row {row}: a figure for {year}, which is not one of the table's year columns",
            "vi": "biểu {table}, dòng {row}: có số liệu năm {year} nhưng biểu không có cột năm này",
        },
        "hint": {
            "en": "each year of the period should have exactly one column",
            "vi": "mỗi năm của giai đoạn phải có đúng một cột",
        },
    },
)
def year_columns(plan: Plan) -> Iterator[Problem]:
    """A table's year columns must cover its period once each, in order, and each cell must
    belong to a year column.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - {id: t, kind: targets, title: Biểu 01, unit: ĐVT, years: [2016, 2017, 2017, 2019, 2020], rows: []}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - {id: t, kind: targets, title: Biểu 01, unit: ĐVT, years: [2016, 2017, 2018, 2019, 2020], rows: []}
    """
    from ..tables import iter_rows

    for index, table in enumerate(plan.tables):
        base: Path = ("tables", index)
        seen: set[int] = set()
        for position, year in enumerate(table.years):
            if year in seen:
                yield Problem(
                    path=base + ("years", position),
                    message="KC203.duplicate",
                    params={"table": table.id, "year": year},
                    hint="KC203.hint",
                )
            seen.add(year)
        period = _governing(plan, index)
        if period is not None and table.years:
            missing = [year for year in period.years if year not in seen]
            if missing:
                yield Problem(
                    path=base + ("years",),
                    message="KC203.missing",
                    params={"table": table.id, "years": ", ".join(map(str, missing)), "period": period.text},
                    hint="KC203.hint",
                )
        if not table.years:
            continue
        for ref in iter_rows(table, base):
            for year in ref.row.cells:
                if year not in seen:
                    yield Problem(
                        path=ref.path + ("cells", year),
                        message="KC203.cell",
                        params={"table": table.id, "row": ref.key, "year": year},
                        hint="KC203.hint",
                    )


@rule(
    "KC204",
    "period-label",
    Severity.ERROR,
    "A period label contradicts its own years, or a table's period lies outside the plan's.",
    "Nhãn giai đoạn mâu thuẫn với số năm, hoặc giai đoạn của biểu nằm ngoài giai đoạn kế hoạch.",
    doc_vi=(
        "Nhãn giai đoạn có ghi số năm (\"7 năm (2009-2015)\") phải khớp với khoảng năm, tính cả\n"
        "năm đầu và năm cuối; giai đoạn riêng của một biểu kinh phí hoặc biểu chỉ tiêu phải nằm\n"
        "trong giai đoạn của kế hoạch."
    ),
    messages={
        "length": {
            "en": "'{label}' says {stated} years but the span covers {computed} (both ends included)",
            "vi": "'{label}' ghi {stated} năm nhưng khoảng năm gồm {computed} năm (tính cả hai đầu)",
        },
        "outside": {
            "en": "table {table}: its period '{label}' lies outside the plan's period {period}",
            "vi": "biểu {table}: giai đoạn '{label}' nằm ngoài giai đoạn của kế hoạch {period}",
        },
        "hint": {
            "en": "make the label, the number of years and the year columns agree",
            "vi": "thống nhất nhãn giai đoạn, số năm và các cột năm",
        },
    },
)
def period_label(plan: Plan) -> Iterator[Problem]:
    """A label that states a number of years ("7 năm (2009-2015)") must match its span, both
    ends included; a budget or targets table's own period must lie within the plan's.

    Bad:
        kc: 1
        document: {title: Báo cáo, province: Cao Bằng, kind: results-report, period: "6 năm (2009-2015)"}

    Good:
        kc: 1
        document: {title: Báo cáo, province: Cao Bằng, kind: results-report, period: "7 năm (2009-2015)"}
    """
    for label, path, _kind in _labels(plan):
        period = parse_period(label)
        length = stated_length(label)
        if period is None or length is None or period.reversed or length == period.length:
            continue
        yield Problem(
            path=path,
            message="KC204.length",
            params={"label": label, "stated": length, "computed": period.length},
            hint="KC204.hint",
        )
    document = parse_period(plan.document.period)
    if document is None or document.reversed:
        return
    for index, table in enumerate(plan.tables):
        own = parse_period(table.period)
        if own is None or own.reversed or table.kind is TableKind.RESULTS:
            continue
        if own.start < document.start or own.end > document.end:
            yield Problem(
                path=("tables", index, "period"),
                message="KC204.outside",
                params={"table": table.id, "label": table.period, "period": document.text},
                hint="KC204.hint",
            )



@rule(
    "KC205",
    "unreadable-period",
    Severity.ERROR,
    "A period label names no year, so no year of the plan can be checked.",
    "Nhãn giai đoạn không có năm nào, nên không kiểm tra được các năm của kế hoạch.",
    doc_vi=(
        "Giai đoạn phải ghi rõ năm (\"2016-2020\", \"giai đoạn 2021 – 2025\", \"năm 2022\"); một nhãn\n"
        "không có năm nào khiến mọi phép kiểm tra về năm không có mốc để đối chiếu."
    ),
    messages={
        "message": {
            "en": "the period '{label}' names no year",
            "vi": "giai đoạn '{label}' không ghi năm nào",
        },
        "hint": {
            "en": "write the period with its years, e.g. 2021-2025, as the document states it",
            "vi": "ghi giai đoạn kèm các năm, ví dụ 2021-2025, như văn bản ghi",
        },
    },
)
def unreadable_period(plan: Plan) -> Iterator[Problem]:
    """A period must name its years ("2016-2020", "giai đoạn 2021 – 2025", "năm 2022");
    a label without any year leaves every year check without a reference.

    Bad:
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: "giai đoạn tới"}

    Good:
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: "giai đoạn 2021-2025"}
    """
    for label, path, _kind in _labels(plan):
        if label.strip() and parse_period(label) is None:
            yield Problem(path=path, message="KC205.message", params={"label": label}, hint="KC205.hint")


def _dates(plan: Plan) -> Iterator[tuple[str, Path]]:
    if plan.document.date:
        yield plan.document.date, ("document", "date")
    if plan.document.decision is not None and plan.document.decision.date:
        yield plan.document.decision.date, ("document", "decision", "date")
    for index, reference in enumerate(plan.references):
        if reference.date:
            yield reference.date, ("references", index, "date")


@rule(
    "KC206",
    "impossible-date",
    Severity.ERROR,
    "A date written in full cannot exist (31/02/2015).",
    "Ngày tháng được ghi đầy đủ nhưng không tồn tại (31/02/2015).",
    doc_vi=(
        "Một ngày ghi đủ ngày, tháng, năm phải có thật trên lịch; \"31/02/2015\" là lỗi gõ nhầm,\n"
        "và nó còn làm mất mọi phép kiểm tra đối chiếu với ngày của văn bản."
    ),
    messages={
        "message": {
            "en": "the date '{date}' does not exist",
            "vi": "ngày '{date}' không tồn tại",
        },
        "hint": {
            "en": "check the day and the month against the source document",
            "vi": "đối chiếu ngày và tháng với văn bản gốc",
        },
    },
)
def impossible_date_rule(plan: Plan) -> Iterator[Problem]:
    """A date written with day, month and year must exist on the calendar; "31/02/2015" is a
    slip that also hides every check against the document's date.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "31/02/2015"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, date: "26/02/2015"}
    """
    for text, path in _dates(plan):
        if impossible_date(text):
            yield Problem(path=path, message="KC206.message", params={"date": text}, hint="KC206.hint")

