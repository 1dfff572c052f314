"""One figure stated twice: a headline, a photo caption or a summary restating the body.

Articles repeat their main figure: "9 tỷ đồng thực hiện chương trình khuyến công" in the title,
"tổng kinh phí gần 9 tỷ đồng" in the body. A claim that restates another (``restates: <id>``)
is compared with it, each with its own words: the two must be able to describe one figure.
A restatement usually keeps fewer digits, so a figure written without a hedge is read here to
the digits written (rounded half up: 9 stands for [8,5; 9,5)): "9 tỷ" in a headline agrees with
"gần 9 tỷ" in the body,
"1,2 tỉ" with "trên 1,2 tỉ"; "7.763,445" does not agree with "7.763,455".
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import Bounds, agree, band_for, written_bounds
from ..model import Claim, Hedge, Plan
from ..numbers import convert, unit_factor
from .base import rule


def _bounds(plan: Plan, claim: Claim, unit: str | None) -> Bounds | None:
    """The figures a claim's words allow, in ``unit``; a plain figure to its digits (± s/2)."""
    if claim.value is None:
        return None
    factor = Decimal(1)
    if claim.unit and unit and claim.unit != unit:
        if not (unit_factor(claim.unit) and unit_factor(unit)):
            return None
        factor = convert(Decimal(1), claim.unit, unit)
    low, up, low_open, high_open = written_bounds(claim.value, claim.hedge, band_for(plan, claim.hedge, claim), claim.high)
    return (
        low * factor if low is not None else None,
        up * factor if up is not None else None,
        low_open,
        high_open,
    )


def _words(claim: Claim, prefix: str = "") -> dict[str, object]:
    """A claim's figure as the text words it: its hedge, its value (a Decimal, formatted by the
    engine) and its unit, as message parameters named with ``prefix``."""
    return {
        f"{prefix}hedge": f"{claim.hedge.value} " if claim.hedge not in (None, Hedge.EXACT) else "",
        f"{prefix}value": claim.value if claim.value is not None else "",
        f"{prefix}unit": f" {claim.unit}" if claim.unit else "",
    }


@rule(
    "KC314",
    "restated-figure",
    Severity.ERROR,
    "A figure stated again (a headline, a caption) contradicts the figure it restates.",
    "Con số được nhắc lại (tiêu đề, chú thích ảnh) mâu thuẫn với con số mà nó nhắc lại.",
    doc_vi=(
        "Một bài báo thường nhắc lại con số chính: ở tiêu đề (\"9 tỷ đồng thực hiện chương trình\n"
        "khuyến công\"), ở chú thích ảnh, ở đoạn tóm tắt, trong khi thân bài ghi \"tổng kinh phí\n"
        "gần 9 tỷ đồng\". Nhận định nhắc lại một nhận định khác (``restates``: mã của nhận định\n"
        "đó) được so với nó, mỗi bên với từ rào đón của mình: hai cách viết phải có thể cùng mô\n"
        "tả một con số. Lời nhắc lại thường giữ ít chữ số hơn, nên ở đây một số không kèm từ rào\n"
        "đón được hiểu theo các chữ số đã viết (± nửa bước): \"9 tỷ\" ở tiêu đề khớp với \"gần 9\n"
        "tỷ\" ở thân bài, \"1,2 tỉ\" khớp với \"trên 1,2 tỉ\"; còn \"7.763,445\" không khớp với\n"
        "\"7.763,455\"."
    ),
    messages={
        "message": {
            "en": "claim {claim} restates {original}, but \"{hedge}{value}{unit}\" cannot describe the same figure as \"{original_hedge}{original_value}{original_unit}\"",
            "vi": "nhận định {claim} nhắc lại {original}, nhưng \"{hedge}{value}{unit}\" không thể cùng mô tả một con số với \"{original_hedge}{original_value}{original_unit}\"",
        },
        "hint": {
            "en": "a headline or caption repeats the body's figure: correct whichever was mistyped",
            "vi": "tiêu đề hoặc chú thích nhắc lại con số của thân bài: sửa chỗ bị gõ sai",
        },
    },
)
def restated_figure(plan: Plan) -> Iterator[Problem]:
    """A claim that restates another (``restates: <claim id>``: a headline, a caption, a summary
    paragraph) must be able to describe the same figure, each with its own hedge. A figure
    written without a hedge is read to its digits (± half a step), since a restatement usually
    keeps fewer digits: "9 tỷ" agrees with "gần 9 tỷ", "1,2 tỉ" with "trên 1,2 tỉ".

    Bad:
        kc: 1
        document: {title: Khuyến công, province: Đắk Nông, kind: news-article, period: "2011"}
        claims:
          - {id: than-bai, quote: "tổng kinh phí hỗ trợ là trên 1,2 tỉ đồng", value: "1,2", unit: tỉ đồng, hedge: trên}
          - {id: tieu-de, quote: "Triển khai 13 đề án khuyến công trị giá 2,1 tỉ đồng", value: "2,1", unit: tỉ đồng, restates: than-bai}

    Good:
        kc: 1
        document: {title: Khuyến công, province: Đắk Nông, kind: news-article, period: "2011"}
        claims:
          - {id: than-bai, quote: "tổng kinh phí hỗ trợ là trên 1,2 tỉ đồng", value: "1,2", unit: tỉ đồng, hedge: trên}
          - {id: tieu-de, quote: "Triển khai 13 đề án khuyến công trị giá 1,2 tỉ đồng", value: "1,2", unit: tỉ đồng, restates: than-bai}
    """
    by_id = {claim.id: claim for claim in plan.claims}
    for index, claim in enumerate(plan.claims):
        if not claim.restates or claim.restates not in by_id or claim.value is None:
            continue
        original = by_id[claim.restates]
        unit = claim.unit or original.unit
        mine, theirs = _bounds(plan, claim, unit), _bounds(plan, original, unit)
        if mine is None or theirs is None:
            continue
        if agree(mine, theirs):
            continue
        computed = original.value
        if computed is not None and original.unit and unit and original.unit != unit and unit_factor(original.unit) and unit_factor(unit):
            computed = convert(computed, original.unit, unit)
        yield Problem(
            path=("claims", index, "value"),
            message="KC314.message",
            params={"claim": claim.id, "original": original.id, **_words(claim), **_words(original, "original_")},
            hint="KC314.hint",
            stated=claim.value,
            computed=computed,
            parts=(Part(original.id, computed),) if computed is not None else (),
            unit=unit,
        )
