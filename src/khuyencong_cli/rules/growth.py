"""Growth rates and ratios: "bình quân tăng 12,2%/năm", "một đồng nhà nước thu hút 1,7 đồng".

An average annual growth rate between a first-year figure A and a last-year figure B, n years
apart, is compound: (B / A)^(1/n) − 1. Between 2009 and 2015 there are six steps, not seven
(a seven-year period has six intervals). The stated rate is right when the computed one rounds
or truncates to the digits written. A ratio is checked the same way.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import accepts, band_for
from ..model import Plan, Quantity, YearValue
from ..source import Path
from .base import rule
from .figures import agrees_to_precision, figure_sum, places, quantity_value, to_places


def _year_value(plan: Plan, item: YearValue, unit: str | None) -> Decimal | None:
    if item.value is not None:
        return item.value
    if item.of is not None:
        return figure_sum(plan, item.of, unit)
    return None


def compound_rate(first: Decimal, last: Decimal, steps: int) -> Decimal:
    """Average annual growth in percent, compound, exactly enough for any stated precision."""
    with decimal.localcontext() as ctx:
        ctx.prec = 34
        return ((last / first).ln() / steps).exp() * 100 - 100


@rule(
    "KC306",
    "growth-rate",
    Severity.ERROR,
    "A stated average annual growth rate does not follow from its first and last figures.",
    "Tốc độ tăng bình quân năm không khớp với số liệu năm đầu và năm cuối.",
    doc_vi=(
        "``growth.rate`` phải bằng (số cuối / số đầu)^(1 / (năm cuối − năm đầu)) − 1, tính theo\n"
        "phần trăm, với số chữ số đã ghi (12,2 là đúng khi kết quả là 12,21 %)."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text states growth of {stated}%/year, but {first_year}→{last_year} ({first} → {last}, {steps} steps) is {computed}%/year (difference {difference})",
            "vi": "nhận định {claim}: văn bản ghi tăng bình quân {stated}%/năm, nhưng {first_year}→{last_year} ({first} → {last}, {steps} bước) là {computed}%/năm (chênh lệch {difference})",
        },
        "hint": {
            "en": "average annual growth is compound: (last / first)^(1 / years between) − 1; check the rate and both end figures",
            "vi": "tăng bình quân năm tính theo lãi kép: (cuối / đầu)^(1 / số năm cách nhau) − 1; kiểm tra tỷ lệ và hai số đầu, cuối",
        },
    },
)
def growth_rate(plan: Plan) -> Iterator[Problem]:
    """``growth.rate`` must equal (last / first)^(1 / (last year − first year)) − 1, in percent,
    to the digits written (12,2 is right for 12,21 %).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: gtsx
            quote: "giá trị sản xuất công nghiệp năm 2009 là 1.202,433 tỷ đồng, dự kiến năm 2015 là 2.400 tỷ đồng, bình quân tăng 10,4%/năm"
            unit: tỷ đồng
            growth:
              rate: "10,4"
              first: {year: 2009, value: "1.202,433"}
              last: {year: 2015, value: "2.400"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: gtsx
            quote: "giá trị sản xuất công nghiệp năm 2009 là 1.202,433 tỷ đồng, dự kiến năm 2015 là 2.400 tỷ đồng, bình quân tăng 12,2%/năm"
            unit: tỷ đồng
            growth:
              rate: "12,2"
              first: {year: 2009, value: "1.202,433"}
              last: {year: 2015, value: "2.400"}
    """
    for index, claim in enumerate(plan.claims):
        growth = claim.growth
        if growth is None or growth.rate is None:
            continue
        first = _year_value(plan, growth.first, claim.unit)
        last = _year_value(plan, growth.last, claim.unit)
        steps = growth.last.year - growth.first.year
        if not first or last is None or last <= 0 or first <= 0 or steps <= 0:
            continue
        exact = compound_rate(first, last, steps)
        if growth.hedge is None and agrees_to_precision(growth.rate, exact):
            continue
        if growth.hedge is not None and accepts(growth.rate, exact, growth.hedge, Decimal(0), band_for(plan, growth.hedge, claim)):
            continue
        computed = to_places(exact, max(places(growth.rate), 1))
        yield Problem(
            path=("claims", index, "growth", "rate"),
            message="KC306.message",
            params={
                "claim": claim.id,
                "stated": growth.rate,
                "computed": computed,
                "difference": growth.rate - computed,
                "first": first,
                "last": last,
                "first_year": growth.first.year,
                "last_year": growth.last.year,
                "steps": steps,
            },
            hint="KC306.hint",
            stated=growth.rate,
            computed=computed,
            parts=(Part(str(growth.first.year), first), Part(str(growth.last.year), last)),
            combine="growth",
            unit="%/năm",
        )


@rule(
    "KC307",
    "claim-ratio",
    Severity.ERROR,
    "A stated ratio does not follow from the two figures it relates.",
    "Tỷ số nêu trong văn bản không khớp với hai số liệu mà nó so sánh.",
    doc_vi=(
        "``ratio.value`` (\"một đồng … thu hút 1,7 đồng\") phải bằng tử số / mẫu số, với số chữ\n"
        "số đã ghi. Mỗi vế là một số liệu nêu trong văn bản, hoặc số liệu của biểu (``of``)."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text states a ratio of {stated}, but {top} / {bottom} is {computed} (difference {difference})",
            "vi": "nhận định {claim}: văn bản ghi tỷ số {stated}, nhưng {top} / {bottom} là {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "a ratio must follow from the two figures it relates; one of the three was mistyped",
            "vi": "tỷ số phải tính được từ hai số liệu; một trong ba số bị gõ sai",
        },
    },
)
def claim_ratio(plan: Plan) -> Iterator[Problem]:
    """``ratio.value`` ("một đồng … thu hút 1,7 đồng") must be numerator / denominator, to the
    digits written. Each side is a figure stated in the text, or table figures (``of``).

    Bad:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, period: "2014-2018"}
        claims:
          - id: doi-ung
            quote: "Như vậy, một đồng của nhà nước đã thu hút 1,9 đồng của các cơ sở CNNT."
            ratio:
              value: "1,9"
              numerator: {label: vốn các cơ sở, value: "13.546,6"}
              denominator: {label: vốn khuyến công, value: "7.968,6"}

    Good:
        kc: 1
        document: {title: Kết quả, province: Kiên Giang, kind: news-article, period: "2014-2018"}
        claims:
          - id: doi-ung
            quote: "Như vậy, một đồng của nhà nước đã thu hút 1,7 đồng của các cơ sở CNNT."
            ratio:
              value: "1,7"
              numerator: {label: vốn các cơ sở, value: "13.546,6"}
              denominator: {label: vốn khuyến công, value: "7.968,6"}
    """
    for index, claim in enumerate(plan.claims):
        ratio = claim.ratio
        if ratio is None or ratio.value is None:
            continue
        unit = ratio.numerator.unit or ratio.denominator.unit or claim.unit
        top = quantity_value(plan, ratio.numerator, unit)
        bottom = quantity_value(plan, ratio.denominator, unit)
        if top is None or not bottom:
            continue
        exact = top / bottom
        if ratio.hedge is None and agrees_to_precision(ratio.value, exact):
            continue
        if ratio.hedge is not None and accepts(ratio.value, exact, ratio.hedge, Decimal(0), band_for(plan, ratio.hedge, claim)):
            continue
        computed = to_places(exact, max(places(ratio.value), 1))
        path: Path = ("claims", index, "ratio", "value")
        yield Problem(
            path=path,
            message="KC307.message",
            params={"claim": claim.id, "stated": ratio.value, "computed": computed,
                    "difference": ratio.value - computed, "top": top, "bottom": bottom},
            hint="KC307.hint",
            stated=ratio.value,
            computed=computed,
            parts=(Part(_label(ratio.numerator, "part.numerator"), top),
                   Part(_label(ratio.denominator, "part.denominator"), bottom)),
            combine="ratio",
        )


def _label(quantity: Quantity, default: str) -> str:
    return quantity.label or default

