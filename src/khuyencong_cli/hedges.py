"""What a hedged figure claims: ``gần 7.000`` is just under 7.000, ``trên 1,63`` is just over it.

Each hedge turns a stated figure (or a range ``từ 10 - 15``) into the interval the true figure
must fall in. By default the interval is bounded by **the digits written**: a writer who had
1,70 tỷ writes "hơn 1,7 tỷ", not "hơn 1,63 tỷ", so the last digit written sets a step s and the
hedge moves the figure by at most one step. The step of ``1,63`` is 0,01; of ``1,70``, 0,01
(a trailing zero after the comma is written on purpose); of ``300`` or ``1.200``, the place of
the last non-zero digit (100), since "dưới 300" is what one writes of 250, not of 299.

| hedge              | interval for a stated X (step s)       | with a band b set in the plan |
|--------------------|----------------------------------------|-------------------------------|
| none, dự kiến      | exactly X (± declared rounding)        | –                             |
| khoảng; ước        | X ± max(s/2, 0,05·X)                   | X·(1−b) … X·(1+b)             |
| gần                | [X − s; X)  (X itself excluded)        | X·(1−b) … X                   |
| hơn, trên          | (X; X + s]                             | above X, up to X·(1+b)        |
| dưới               | [X − s; X)                             | below X, down to X·(1−b)      |
| ít nhất            | X or more                              | X or more                     |

"dự kiến" (planned) says the figure is a plan, not that it is approximate: it is exact. A band
set in the plan (``document.hedge_bands`` or a claim's ``band``) wins over the digits.
"ước" ("ước đạt", "ước thực hiện", "ước tính": an estimate made before the books close) reads
as "khoảng": the writer gives the figure they expect, not a bound, and uses the band set for
``ước``, else the one set for ``khoảng``.
docs/claims.md gives the reasoning, with examples.
"""

from __future__ import annotations

from decimal import Decimal

from .model import Claim, Hedge, Plan

__all__ = [
    "ABOUT_SHARE",
    "Bounds",
    "DEFAULT_BANDS",
    "accepts",
    "band_for",
    "interval",
    "agree",
    "overlaps",
    "written_bounds",
    "written_step",
]

Bounds = tuple[Decimal | None, Decimal | None, bool, bool]
"""(low, high, low_open, high_open): the interval :func:`interval` returns; None is unbounded."""

_PLAIN = (None, Hedge.EXACT, Hedge.PLANNED, Hedge.EQUIVALENT, Hedge.UP_TO)

ABOUT_SHARE = Decimal("0.05")
"""``khoảng`` admits at least 5 % either way, however many digits are written."""

DEFAULT_BANDS: dict[Hedge, Decimal | None] = {
    Hedge.ABOUT: None,
    Hedge.ESTIMATED: None,
    Hedge.ALMOST: None,
    Hedge.OVER: None,
    Hedge.ABOVE: None,
    Hedge.UNDER: None,
}
"""No band by default: the digits written bound every hedge."""


# Steps by the figure's identity (holding the figure, so its id cannot be reused): rules ask
# for the step of the same stated figures again and again (70 times per plan on the bundled
# ones), and reading a Decimal's exponent builds a named tuple. Not by value: 1,7 and 1,70
# are equal but written with different steps.
_STEPS: dict[int, tuple[Decimal, Decimal]] = {}
_STEPS_LIMIT = 4096


def written_step(figure: Decimal) -> Decimal:
    """The step the last digit written sets: 1,63 → 0,01; 1,70 → 0,01; 7 → 1; 300 → 100.

    A figure with decimals keeps every decimal written (``Decimal("1.70")`` has two); a whole
    figure's trailing zeros are taken as rounding, so its step is its last non-zero digit's place.
    """
    cached = _STEPS.get(id(figure))
    if cached is not None and cached[0] is figure:
        return cached[1]
    if len(_STEPS) >= _STEPS_LIMIT:
        _STEPS.clear()
    step = _written_step(figure)
    _STEPS[id(figure)] = (figure, step)
    return step


def _written_step(figure: Decimal) -> Decimal:
    exponent = figure.as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(1)
    if exponent < 0:
        return Decimal(1).scaleb(exponent)
    whole = abs(int(figure))
    if whole == 0:
        return Decimal(1).scaleb(exponent)
    zeros = 0
    while whole % 10 == 0:
        whole //= 10
        zeros += 1
    return Decimal(1).scaleb(zeros)


def band_for(plan: Plan | None, hedge: Hedge | None, claim: Claim | None = None) -> Decimal | None:
    """The band set in the plan for a hedge: the claim's, else the document's; None when the
    plan sets none (the digits written then bound the hedge)."""
    if hedge is None:
        return None
    if claim is not None and claim.band is not None:
        return claim.band
    if plan is not None:
        stated = plan.document.hedge_bands.get(hedge)
        if stated is None and hedge is Hedge.ESTIMATED:  # an estimate is "about" unless told otherwise
            stated = plan.document.hedge_bands.get(Hedge.ABOUT)
        if stated is not None:
            return stated
    return DEFAULT_BANDS.get(hedge)


def interval(
    stated: Decimal,
    hedge: Hedge | None,
    tolerance: Decimal = Decimal(0),
    band: Decimal | None = None,
    high: Decimal | None = None,
    step: Decimal | None = None,
    high_step: Decimal | None = None,
) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """(low, high, low_open, high_open) a true figure must fall in; None means unbounded.

    ``step`` (and ``high_step`` for a range's high end) is the step of the figure as written,
    when ``stated`` is no longer as written (converted from tỷ to triệu); by default it is read
    from ``stated`` itself.
    """
    low_end, high_end = stated, high if high is not None else stated
    low_step = step if step is not None else written_step(low_end)
    up_step = high_step if high_step is not None else (written_step(high) if high is not None else low_step)
    closed = tolerance != 0
    if hedge in (Hedge.ABOUT, Hedge.ESTIMATED):
        if band is not None:
            return min(low_end * (1 - band), low_end - tolerance), max(high_end * (1 + band), high_end + tolerance), False, False
        down = max(low_step / 2, low_end * ABOUT_SHARE) + tolerance
        up = max(up_step / 2, high_end * ABOUT_SHARE) + tolerance
        return low_end - down, high_end + up, False, False
    if hedge is Hedge.ALMOST:
        if band is not None:
            return min(low_end * (1 - band), low_end - tolerance), high_end + tolerance, False, False
        return low_end - low_step - tolerance, high_end + tolerance, False, not closed
    if hedge in (Hedge.OVER, Hedge.ABOVE):
        if band is not None:
            return low_end - tolerance, high_end * (1 + band) + tolerance, not closed, False
        return low_end - tolerance, high_end + up_step + tolerance, not closed, False
    if hedge is Hedge.UNDER:
        if band is not None:
            return low_end * (1 - band) - tolerance, high_end + tolerance, False, not closed
        return low_end - low_step - tolerance, high_end + tolerance, False, not closed
    if hedge is Hedge.AT_LEAST:
        return low_end - tolerance, None, False, False
    return low_end - tolerance, high_end + tolerance, False, False


def accepts(
    stated: Decimal,
    computed: Decimal,
    hedge: Hedge | None,
    tolerance: Decimal = Decimal(0),
    band: Decimal | None = None,
    high: Decimal | None = None,
    step: Decimal | None = None,
) -> bool:
    """True when ``computed`` is what a writer could truthfully call ``hedge stated`` (or
    ``hedge stated - high``). ``tolerance`` is the rounding allowance of an exact figure."""
    low, up, low_open, high_open = interval(stated, hedge, tolerance, band, high, step)
    if low is not None and (computed < low or (low_open and computed == low)):
        return False
    return not (up is not None and (computed > up or (high_open and computed == up)))


def overlaps(
    first: tuple[Decimal | None, Decimal | None],
    second: tuple[Decimal | None, Decimal | None],
    open_ends: tuple[bool, bool] = (False, False),
) -> bool:
    """Whether two intervals (None: unbounded) share a point. ``open_ends`` says whether the
    second interval's low and high ends are excluded ("gần 60%" excludes 60 %).

    Sums of hedged parts are compared on their closure (the default): "gần 162,5" keeps the
    parts just under a whole written exactly, and a gap of no positive size is not one a reader
    can see.
    """
    (low_a, high_a), (low_b, high_b) = first, second
    low_open, high_open = open_ends
    if low_a is not None and high_b is not None and (low_a > high_b or (high_open and low_a == high_b)):
        return False
    return not (low_b is not None and high_a is not None and (low_b > high_a or (low_open and low_b == high_a)))


def written_bounds(
    stated: Decimal, hedge: Hedge | None, band: Decimal | None = None, high: Decimal | None = None
) -> Bounds:
    """The figures a statement allows when it is compared with another statement of the same
    figure (a headline and its body, an article and the decision it reports): a hedged figure
    as :func:`interval` says; a plain one to the digits written, rounded half up, since a
    restatement usually keeps fewer digits (16 stands for [15,5; 16,5), so 16 and 17 differ)."""
    if hedge in _PLAIN:
        top = high if high is not None else stated
        return stated - written_step(stated) / 2, top + written_step(top) / 2, False, True
    return interval(stated, hedge, Decimal(0), band, high)


def agree(first: Bounds, second: Bounds) -> bool:
    """Whether two statements can describe one figure: each interval meets the other, with
    its own open ends ("gần 71,2" and "71,2" cannot)."""
    return overlaps((first[0], first[1]), (second[0], second[1]), (second[2], second[3])) and overlaps(
        (second[0], second[1]), (first[0], first[1]), (first[2], first[3])
    )
