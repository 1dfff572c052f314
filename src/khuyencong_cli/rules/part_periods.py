"""Part of a period against the whole: results for 2016-2018 above the budget for 2016-2020.

Articles and reports give figures for a stretch of the programme ("giai đoạn 2016-2018",
"năm 2017", "6 tháng đầu năm 2017") beside the figure for the whole period or year. Money of
one scope (the same sources) over part of a period cannot exceed that scope's money over the
whole of it: either a figure was mistyped, or the two do not cover the same scope (one includes
a source the other leaves out), which the hint names as the other likely cause.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import band_for, interval
from ..model import Claim, Plan
from ..numbers import convert, unit_factor
from ..periods import Period, parse_period
from .base import rule


def _period(plan: Plan, claim: Claim) -> Period | None:
    period = parse_period(claim.period or plan.document.period)
    return None if period is None or period.reversed else period


@rule(
    "KC315",
    "part-period-exceeds-whole",
    Severity.WARNING,
    "Money of part of a period exceeds the same scope's money for the whole period.",
    "Số tiền của một phần giai đoạn vượt số tiền cùng phạm vi của cả giai đoạn.",
    doc_vi=(
        "Số liệu của một phần giai đoạn (\"giai đoạn 2016-2018\", \"năm 2017\", \"6 tháng đầu năm 2017\":\n"
        "``period`` của nhận định; một phần năm nằm trong năm đó) không thể vượt số liệu của cả giai\n"
        "đoạn chứa nó, khi cả hai là tiền của cùng phạm vi (cùng các nguồn, ``sources``): kết quả\n"
        "ba năm đầu không thể lớn hơn kế hoạch năm năm của cùng nguồn vốn, kết quả sáu tháng đầu\n"
        "năm không thể lớn hơn kế hoạch cả năm. Đây là cảnh báo: hoặc một số bị gõ sai, hoặc hai số\n"
        "không cùng phạm vi (một số gồm cả nguồn mà số kia không tính)."
    ),
    messages={
        "message": {
            "en": "claim {claim}: {stated} {unit} for {period} exceeds {computed} {unit} for the whole of {whole_period} (claim {whole})",
            "vi": "nhận định {claim}: {stated} {unit} của {period} vượt {computed} {unit} của cả giai đoạn {whole_period} (nhận định {whole})",
        },
        "hint": {
            "en": "part of a period cannot exceed the whole: a figure was mistyped, or the two do not cover the same scope (one includes a source the other leaves out)",
            "vi": "một phần giai đoạn không thể vượt cả giai đoạn: hoặc một số bị gõ sai, hoặc hai số không cùng phạm vi (một số gồm cả nguồn mà số kia không tính)",
        },
    },
)
def part_period_exceeds_whole(plan: Plan) -> Iterator[Problem]:
    """A claim for part of a period (its ``period``: "2016-2018", "năm 2017", or part of a year,
    "6 tháng đầu năm 2017", "đến tháng 8/2017", inside that year) must not exceed
    a claim of the same scope (the same ``sources``) for a period containing it (its own
    ``period``, else the document's), within their hedges. A warning: the two may not cover
    the same scope, and the hint says so.

    Bad:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: news-article, period: "2016-2020"}
        sources: [{id: KCDP, name: Khuyến công địa phương}]
        claims:
          - {id: ke-hoach, quote: "Kế hoạch kinh phí khuyến công địa phương giai đoạn 2016-2020 là 3.600 triệu đồng", value: "3.600", unit: triệu đồng, sources: [KCDP], kind: budget}
          - {id: ba-nam, quote: "Giai đoạn 2016-2018 đã thực hiện 4,2 tỷ đồng kinh phí khuyến công địa phương", value: "4,2", unit: tỷ đồng, period: "2016-2018", sources: [KCDP], kind: results}

    Good:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: news-article, period: "2016-2020"}
        sources: [{id: KCDP, name: Khuyến công địa phương}]
        claims:
          - {id: ke-hoach, quote: "Kế hoạch kinh phí khuyến công địa phương giai đoạn 2016-2020 là 3.600 triệu đồng", value: "3.600", unit: triệu đồng, sources: [KCDP], kind: budget}
          - {id: ba-nam, quote: "Giai đoạn 2016-2018 đã thực hiện 2,2 tỷ đồng kinh phí khuyến công địa phương", value: "2,2", unit: tỷ đồng, period: "2016-2018", sources: [KCDP], kind: results}
    """
    money = [
        (index, claim, period)
        for index, claim in enumerate(plan.claims)
        if claim.value is not None and claim.unit and unit_factor(claim.unit) and (period := _period(plan, claim))
    ]
    for index, part, part_period in money:
        for _, whole, whole_period in money:
            if whole is part or set(whole.sources) != set(part.sources) or not whole_period.contains(part_period):
                continue
            assert part.value is not None and whole.value is not None and part.unit and whole.unit
            stated = convert(part.value, part.unit, whole.unit)
            low, _, _, _ = interval(stated, part.hedge, Decimal(0), band_for(plan, part.hedge, part))
            _, high, _, _ = interval(whole.value, whole.hedge, Decimal(0), band_for(plan, whole.hedge, whole))
            if low is None or high is None or low <= high:
                continue
            yield Problem(
                path=("claims", index, "value"),
                message="KC315.message",
                params={
                    "claim": part.id,
                    "period": part_period.text,
                    "stated": stated,
                    "whole": whole.id,
                    "whole_period": whole_period.text,
                    "computed": whole.value,
                    "unit": whole.unit,
                },
                hint="KC315.hint",
                stated=stated,
                computed=whole.value,
                parts=(Part(whole.id, whole.value),),
                unit=whole.unit,
            )
            break
