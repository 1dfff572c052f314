"""Per-year figures over sub-periods: "giai đoạn 2002-2005 mỗi năm 2 tỷ, 2006-2010 mỗi năm 3 tỷ".

A history of a programme's money is often told per year, stretch by stretch, and then summed:
"tổng cộng 23 tỷ đồng". Each part is its amount per year times the years of its sub-period
(both ends included), and the parts must add up to the total stated.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import accepts, band_for
from ..model import Claim, ClaimPart, Plan
from ..numbers import convert, unit_factor
from ..periods import parse_period
from .base import rule


def _years(part: ClaimPart) -> int | None:
    period = parse_period(part.period)
    if period is None or period.reversed:
        return None
    return period.end - period.start + 1


def _in_claim_unit(claim: Claim, part: ClaimPart, value: Decimal) -> Decimal | None:
    if part.unit and claim.unit and unit_factor(part.unit) and unit_factor(claim.unit):
        return convert(value, part.unit, claim.unit)
    if part.unit and claim.unit and part.unit.lower() != claim.unit.lower():
        return None
    return value


@rule(
    "KC316",
    "per-year-sub-periods",
    Severity.ERROR,
    "Per-year amounts over sub-periods do not add up to the total stated.",
    "Các khoản mỗi năm theo từng giai đoạn con không cộng lại bằng tổng đã nêu.",
    doc_vi=(
        "Khi văn bản kể kinh phí theo từng giai đoạn con, mỗi năm một số (\"giai đoạn 2002-2005\n"
        "mỗi năm 2 tỷ, 2006-2010 mỗi năm 3 tỷ\"), mỗi phần bằng số mỗi năm (``per_year``) nhân số\n"
        "năm của giai đoạn con (``period``, tính cả năm đầu và năm cuối), và các phần phải cộng lại\n"
        "bằng tổng văn bản nêu, trong phạm vi từ rào đón của tổng. Một phần ghi cả số tổng của nó\n"
        "(``value``) thì số đó cũng phải bằng số mỗi năm nhân số năm."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the total is {stated} {unit} but the amounts per year over the sub-periods add up to {computed}",
            "vi": "nhận định {claim}: tổng ghi {stated} {unit} nhưng các khoản mỗi năm theo từng giai đoạn con cộng lại bằng {computed}",
        },
        "part": {
            "en": "claim {claim}: {label} is stated as {stated} {unit}, but {per_year} a year over {years} years is {computed}",
            "vi": "nhận định {claim}: {label} ghi {stated} {unit}, nhưng mỗi năm {per_year} trong {years} năm là {computed}",
        },
        "hint": {
            "en": "a sub-period counts both its ends (2002-2005 is four years); correct the amount, the years or the total",
            "vi": "giai đoạn con tính cả năm đầu và năm cuối (2002-2005 là bốn năm); sửa số tiền, số năm hoặc tổng",
        },
    },
)
def per_year_sub_periods(plan: Plan) -> Iterator[Problem]:
    """A claim whose parts are given per year over sub-periods (``per_year`` with ``period``:
    "2002-2005 mỗi năm 2 tỷ") must equal the sum of per year × years (both ends included)
    over its parts, within its hedge; a part that also states its own total must equal its
    per year × years.

    Bad:
        kc: 1
        document: {title: Lịch sử, province: Cao Bằng, kind: news-article, period: "2002-2010"}
        claims:
          - id: tong
            quote: "giai đoạn 2002-2005 mỗi năm 2 tỷ, 2006-2010 mỗi năm 3 tỷ, tổng cộng 25 tỷ đồng"
            value: 25
            unit: tỷ đồng
            parts:
              - {label: 2002-2005, period: "2002-2005", per_year: 2}
              - {label: 2006-2010, period: "2006-2010", per_year: 3}

    Good:
        kc: 1
        document: {title: Lịch sử, province: Cao Bằng, kind: news-article, period: "2002-2010"}
        claims:
          - id: tong
            quote: "giai đoạn 2002-2005 mỗi năm 2 tỷ, 2006-2010 mỗi năm 3 tỷ, tổng cộng 23 tỷ đồng"
            value: 23
            unit: tỷ đồng
            parts:
              - {label: 2002-2005, period: "2002-2005", per_year: 2}
              - {label: 2006-2010, period: "2006-2010", per_year: 3}
    """
    for index, claim in enumerate(plan.claims):
        if not any(part.per_year is not None for part in claim.parts):
            continue
        parts: list[Part] = []
        readable = True
        for part_index, part in enumerate(claim.parts):
            if part.outside:
                continue
            if part.per_year is None:
                value = _in_claim_unit(claim, part, part.value) if part.value is not None else None
                if value is None:
                    readable = False
                    break
                parts.append(Part(part.label, value))
                continue
            years = _years(part)
            per_year = _in_claim_unit(claim, part, part.per_year)
            if years is None or per_year is None:
                readable = False
                break
            product = per_year * years
            own = _in_claim_unit(claim, part, part.value) if part.value is not None else None
            if own is not None and own != product:
                yield Problem(
                    path=("claims", index, "parts", part_index, "value"),
                    message="KC316.part",
                    params={"claim": claim.id, "label": part.label, "stated": own, "per_year": per_year,
                            "years": years, "computed": product, "unit": claim.unit or ""},
                    hint="KC316.hint",
                    stated=own,
                    computed=product,
                    unit=claim.unit,
                )
            parts.append(Part(part.label, product))  # the figures go to the engine as Decimals, not in a label
        if not readable or claim.value is None:
            continue
        computed = sum((p.value for p in parts), Decimal(0))
        if accepts(claim.value, computed, claim.hedge, Decimal(0), band_for(plan, claim.hedge, claim), claim.high):
            continue
        yield Problem(
            path=("claims", index, "value"),
            message="KC316.message",
            params={"claim": claim.id, "stated": claim.value, "computed": computed, "unit": claim.unit or ""},
            hint="KC316.hint",
            stated=claim.value,
            computed=computed,
            parts=tuple(parts),
            unit=claim.unit,
        )
