"""Durations and periods stated apart from the period label.

Articles count years in words: "Sau 5 năm thực hiện …", "trong 7 năm qua", while the period
itself ("2014-2019") stands in another sentence. A khuyến công period counts both its ends
(2016-2020 is five years), so the length stated must be the period's. And a period cited for
comparison ("so với giai đoạn 2015-2020") is almost always one of the five-year programme
periods (…, 2011-2015, 2016-2020, 2021-2025): one that is not is likely mistyped.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Problem, Severity
from ..model import Plan
from ..periods import Period, parse_period
from .base import rule

CALENDAR_START = 2011
"""The five-year programme calendar: 2011-2015, 2016-2020, 2021-2025, … Before it the national
programme ran to 2012 ("Chương trình khuyến công quốc gia đến năm 2012"), so a period starting
earlier (an article's "năm 2007 - 2012") is not held to it."""


def calendar_period(year: int) -> Period:
    """The five-year programme period a year falls in (2018 → 2016-2020)."""
    start = CALENDAR_START + (year - CALENDAR_START) // 5 * 5
    return Period(start, start + 4, f"{start}-{start + 4}")


def on_calendar(period: Period) -> bool:
    """Whether a period is one of the five-year programme periods."""
    return period.start == calendar_period(period.start).start and period.end == period.start + 4


def nearest_calendar_period(period: Period) -> Period:
    """The programme period that shares the most years with ``period`` (ties: the later one)."""
    candidates = {calendar_period(year).start: calendar_period(year) for year in range(period.start, period.end + 1)}

    def shared(candidate: Period) -> tuple[int, int]:
        overlap = min(candidate.end, period.end) - max(candidate.start, period.start) + 1
        return overlap, candidate.start

    return max(candidates.values(), key=shared)


@rule(
    "KC207",
    "duration-period",
    Severity.WARNING,
    "A length of time stated in words differs from the period it speaks of.",
    "Độ dài thời gian nêu bằng lời khác số năm của giai đoạn mà nó nói tới.",
    doc_vi=(
        "Độ dài thời gian nêu bằng lời (\"Sau 5 năm thực hiện…\", \"trong 7 năm qua\", ``duration``)\n"
        "phải bằng số năm của giai đoạn mà nhận định nói tới (``period`` của nhận định, nếu không\n"
        "thì của văn bản), tính cả năm đầu và năm cuối: giai đoạn 2014-2019 là sáu năm. Đây là\n"
        "cảnh báo: người viết đôi khi đếm số năm đã trôi qua (2019 − 2014 = 5); khi đó hãy ghi\n"
        "rõ giai đoạn mà câu văn thực sự nói tới."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text speaks of {years} years, but its period {period} counts {length}, both ends included",
            "vi": "nhận định {claim}: văn bản nói {years} năm, nhưng giai đoạn {period} có {length} năm, tính cả năm đầu và năm cuối",
        },
        "hint": {
            "en": "correct the number of years or the period; if the text counts years elapsed, record the period it means in the claim's period",
            "vi": "sửa số năm hoặc giai đoạn; nếu văn bản đếm số năm đã trôi qua, ghi giai đoạn mà câu văn nói tới vào period của nhận định",
        },
    },
)
def duration_period(plan: Plan) -> Iterator[Problem]:
    """A claim's ``duration`` ("Sau 5 năm thực hiện", "trong 7 năm qua") must be the number of
    years of its period (the claim's ``period``, else the document's), both ends included:
    2014-2019 is six years, not five. A warning: writers sometimes count years elapsed.

    Bad:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, period: "2014-2019"}
        claims:
          - id: sau-5-nam
            quote: "Sau 5 năm thực hiện, toàn tỉnh đã triển khai 68 đề án khuyến công."
            duration: {years: 5}

    Good:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, period: "2014-2018"}
        claims:
          - id: sau-5-nam
            quote: "Sau 5 năm thực hiện, toàn tỉnh đã triển khai 68 đề án khuyến công."
            duration: {years: 5}
    """
    for index, claim in enumerate(plan.claims):
        if claim.duration is None:
            continue
        label = claim.period or plan.document.period
        period = parse_period(label)
        if period is None or period.reversed:
            continue
        length = period.end - period.start + 1
        if claim.duration.years != length:
            yield Problem(
                path=("claims", index, "duration", "years"),
                message="KC207.message",
                params={"claim": claim.id, "years": claim.duration.years, "period": period.text, "length": length},
                hint="KC207.hint",
            )


@rule(
    "KC208",
    "comparison-period-off-calendar",
    Severity.WARNING,
    "A period cited for comparison is not one of the five-year programme periods.",
    "Giai đoạn được dẫn để so sánh không khớp với các giai đoạn năm năm của chương trình.",
    doc_vi=(
        "Giai đoạn được dẫn để so sánh (\"so với giai đoạn 2015-2020\", ``compared_period``) hầu\n"
        "như luôn là một giai đoạn năm năm của chương trình khuyến công (…, 2011-2015,\n"
        "2016-2020, 2021-2025). Một giai đoạn lệch khỏi lịch đó nhiều khả năng bị gõ nhầm: kc\n"
        "gợi ý giai đoạn của lịch có nhiều năm chung nhất với nó. Đây là cảnh báo. Giai đoạn bắt\n"
        "đầu trước năm 2011 không được kiểm tra: khi đó chương trình quốc gia kéo dài đến năm 2012."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the period cited for comparison, {period}, is not a five-year programme period; likely {likely}",
            "vi": "nhận định {claim}: giai đoạn dẫn để so sánh, {period}, không phải giai đoạn năm năm của chương trình; nhiều khả năng là {likely}",
        },
        "hint": {
            "en": "industrial promotion programmes run 2011-2015, 2016-2020, 2021-2025: check the years of the period compared with",
            "vi": "chương trình khuyến công chạy theo các giai đoạn 2011-2015, 2016-2020, 2021-2025: kiểm tra lại năm của giai đoạn được so sánh",
        },
    },
)
def comparison_period_off_calendar(plan: Plan) -> Iterator[Problem]:
    """A period cited for comparison (``compared_period``: "so với giai đoạn 2015-2020")
    should be one of the five-year programme periods (2011-2015, 2016-2020, 2021-2025, …);
    the likely one, sharing the most years with it, is suggested. Periods starting before 2011
    are not checked: the national programme then ran to 2012.

    Bad:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: news-article, period: "2021-2025"}
        claims:
          - id: so-voi
            quote: "Kinh phí tăng gấp đôi so với giai đoạn 2015-2020."
            compared_period: "2015-2020"

    Good:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: news-article, period: "2021-2025"}
        claims:
          - id: so-voi
            quote: "Kinh phí tăng gấp đôi so với giai đoạn 2016-2020."
            compared_period: "2016-2020"
    """
    for index, claim in enumerate(plan.claims):
        period = parse_period(claim.compared_period)
        if (
            period is None
            or period.reversed
            or period.end == period.start
            or period.start < CALENDAR_START
            or on_calendar(period)
        ):
            continue
        likely = nearest_calendar_period(period)
        yield Problem(
            path=("claims", index, "compared_period"),
            message="KC208.message",
            params={"claim": claim.id, "period": period.text, "likely": likely.text},
            hint="KC208.hint",
        )
