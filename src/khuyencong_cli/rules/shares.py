"""Shares: "chiếm 64,3%", "tương đương 80%", checked against the part and its whole.

A percentage is written to some precision; "64,3" is right for any share that rounds (or
truncates) to 64,3. The part and the whole are the figures the text states, else the table
figures they name, so a retyped part shows up both here and in the sum of the parts.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..hedges import interval, overlaps
from ..model import Hedge, Plan
from ..source import Path
from .base import rule
from .figures import (
    agrees_to_precision,
    claim_whole,
    figure_sum,
    places,
    quantity_value,
    to_places,
)

HUNDRED = Decimal(100)
_EXACT = (None, Hedge.EXACT, Hedge.PLANNED, Hedge.EQUIVALENT, Hedge.UP_TO)


def _bounds(value: Decimal, hedge: Hedge | None) -> tuple[Decimal | None, Decimal | None]:
    low, high, _, _ = interval(value, None if hedge in _EXACT else hedge)
    return low, high


def _share_bounds(stated: Decimal, hedge: Hedge | None) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """The shares a writer could state as ``hedge stated``%: unhedged (or "tương đương"), any
    share that rounds or truncates to the digits written; hedged, the hedge's interval."""
    if hedge in _EXACT:
        step = Decimal(1).scaleb(-places(stated))
        return stated - step / 2, stated + step, False, True
    return interval(stated, hedge)


def _hedged_problem(
    path: Path,
    label: str,
    stated: Decimal,
    share_hedge: Hedge | None,
    part: Decimal,
    part_hedge: Hedge | None,
    whole: Decimal,
    whole_hedge: Hedge | None,
) -> Problem | None:
    """A share compared on intervals: "ít nhất 1.100 of khoảng 1.400, tương đương 80%" holds
    when some part and whole the words allow give a share the percentage's words allow."""
    part_low, part_high = _bounds(part, part_hedge)
    whole_low, whole_high = _bounds(whole, whole_hedge)
    if not whole_low or whole_low <= 0:
        return None
    low = part_low / whole_high * HUNDRED if part_low is not None and whole_high else None
    high = part_high / whole_low * HUNDRED if part_high is not None else None
    share_low, share_high, low_open, high_open = _share_bounds(stated, share_hedge)
    if overlaps((low, high), (share_low, share_high), (low_open, high_open)):
        return None
    return _problem(path, label, stated, part, whole, compared=True, hedge=share_hedge)


def _problem(
    path: Path,
    label: str,
    stated: Decimal,
    part: Decimal,
    whole: Decimal,
    compared: bool = False,
    hedge: Hedge | None = None,
) -> Problem | None:
    """The finding for a share that does not follow from its part and whole (``compared``:
    already found wrong on intervals, so not compared again to the digits)."""
    exact = part / whole * HUNDRED
    if not compared and agrees_to_precision(stated, exact):
        return None
    computed = to_places(exact, places(stated))
    return Problem(
        path=path,
        message="KC303.message",
        params={"label": label, "stated": stated, "hedge": f"{hedge.value} " if hedge else "", "computed": computed, "part": part, "whole": whole,
                "difference": stated - computed},
        hint="KC303.hint",
        stated=stated,
        computed=computed,
        # No "summed:" parts: a share divides its part by its whole, and the message names both.
        unit="%",
    )


@rule(
    "KC303",
    "claim-share",
    Severity.ERROR,
    "A stated percentage does not match its part and whole.",
    "Tỷ lệ phần trăm nêu trong văn bản không khớp với phần và tổng.",
    doc_vi=(
        "Tỷ lệ ``share`` của một phần (\"chiếm 64,3%\") phải bằng giá trị của phần đó chia cho\n"
        "tổng của nhận định, với độ chính xác theo số chữ số đã ghi; ``share`` của chính nhận\n"
        "định được đối chiếu với ``share_of``."
    ),
    messages={
        "message": {
            "en": "claim {label}: the text states {hedge}{stated}% but {part} / {whole} is {computed}% (difference {difference})",
            "vi": "nhận định {label}: văn bản ghi {hedge}{stated}% nhưng {part} / {whole} là {computed}% (chênh lệch {difference})",
        },
        "hint": {
            "en": "a percentage must follow from its part and whole; one of the three was mistyped",
            "vi": "tỷ lệ phải tính được từ phần và tổng; một trong ba số bị gõ sai",
        },
    },
)
def claim_share(plan: Plan) -> Iterator[Problem]:
    """A part's ``share`` ("chiếm 64,3%") must be its value over the claim's whole, to the
    precision written; a claim's own ``share`` is checked against ``share_of``.

    Bad:
        kc: 1
        document: {title: Chương trình, province: Lai Châu, kind: news-article, period: "2021-2025"}
        claims:
          - id: c
            quote: "Tổng kinh phí 75.300 triệu đồng: huy động 48.400 triệu đồng, chiếm 46,3%; ngân sách 26.900 triệu đồng, chiếm 35,7%."
            value: "75.300"
            unit: triệu đồng
            parts:
              - {label: huy động, value: "48.400", share: "46,3"}
              - {label: ngân sách, value: "26.900", share: "35,7"}

    Good:
        kc: 1
        document: {title: Chương trình, province: Lai Châu, kind: news-article, period: "2021-2025"}
        claims:
          - id: c
            quote: "Tổng kinh phí 75.300 triệu đồng: huy động 48.400 triệu đồng, chiếm 64,3%; ngân sách 26.900 triệu đồng, chiếm 35,7%."
            value: "75.300"
            unit: triệu đồng
            parts:
              - {label: huy động, value: "48.400", share: "64,3"}
              - {label: ngân sách, value: "26.900", share: "35,7"}
    """
    for index, claim in enumerate(plan.claims):
        base: Path = ("claims", index)
        whole = claim_whole(plan, claim)
        if whole is None and claim.parts:
            values = [p.value for p in claim.parts if p.value is not None]
            whole = sum(values, Decimal(0)) if values else None
        for part_index, part in enumerate(claim.parts):
            if part.share is None or not whole:
                continue
            value = part.value
            if value is None and part.of is not None:
                value = figure_sum(plan, part.of, part.unit or claim.unit)
            if value is None:
                continue
            path = base + ("parts", part_index, "share")
            label = f"{claim.id}: {part.label}"
            if part.share_hedge in _EXACT and part.hedge in _EXACT and claim.hedge in _EXACT:
                problem = _problem(path, label, part.share, value, whole)
            else:
                problem = _hedged_problem(path, label, part.share, part.share_hedge, value, part.hedge,
                                          whole, claim.hedge if claim.value is not None else None)
            if problem:
                yield problem
        if claim.share is not None and claim.share_of is not None:
            value = claim_whole(plan, claim)
            of = quantity_value(plan, claim.share_of, claim.unit)
            if value is not None and of:
                if claim.share_hedge in _EXACT and claim.hedge in _EXACT and claim.share_of.hedge in _EXACT:
                    problem = _problem(base + ("share",), claim.id, claim.share, value, of)
                else:
                    problem = _hedged_problem(base + ("share",), claim.id, claim.share, claim.share_hedge,
                                              value, claim.hedge, of, claim.share_of.hedge)
                if problem:
                    yield problem

