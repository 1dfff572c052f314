"""What a hedged figure claims: ``gần 7.000`` is just under 7.000, ``trên 1.600`` is over it.

Each hedge turns a stated figure (or a range ``từ 10 - 15``) into the interval the true figure
must fall in. The bands are deliberately narrow, so that a hedge excuses the imprecision its
word admits and nothing more; a plan may widen them (``document.hedge_bands``) or one claim
may (``band``). docs/claims.md lists the semantics with examples.

| hedge            | interval for a stated X (band b)       | default b |
|------------------|----------------------------------------|-----------|
| none, dự kiến    | exactly X (± declared rounding)        | –         |
| khoảng           | X·(1−b) … X·(1+b)                      | 0,05      |
| gần              | X·(1−b) … X                            | 0,05      |
| hơn, trên        | above X (… X·(1+b) when b is set)      | none      |
| dưới             | below X (X·(1−b) … when b is set)      | none      |
| ít nhất          | X or more                              | –         |

"dự kiến" (planned) says the figure is a plan, not that it is approximate: it is exact.
"""

from __future__ import annotations

from decimal import Decimal

from .model import Claim, Hedge, Plan

__all__ = ["DEFAULT_BAND", "DEFAULT_BANDS", "accepts", "band_for", "interval"]

DEFAULT_BAND = Decimal("0.05")
"""How far (as a share of the stated figure) ``khoảng`` and ``gần`` may stray."""

DEFAULT_BANDS: dict[Hedge, Decimal | None] = {
    Hedge.ABOUT: DEFAULT_BAND,
    Hedge.ALMOST: DEFAULT_BAND,
    Hedge.OVER: None,
    Hedge.ABOVE: None,
    Hedge.UNDER: None,
}


def band_for(plan: Plan | None, hedge: Hedge | None, claim: Claim | None = None) -> Decimal | None:
    """The band a hedge allows: the claim's, else the document's for that hedge, else the default."""
    if hedge is None:
        return None
    if claim is not None and claim.band is not None:
        return claim.band
    if plan is not None:
        stated = plan.document.hedge_bands.get(hedge)
        if stated is not None:
            return stated
    return DEFAULT_BANDS.get(hedge)


def interval(
    stated: Decimal,
    hedge: Hedge | None,
    tolerance: Decimal = Decimal(0),
    band: Decimal | None = None,
    high: Decimal | None = None,
) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """(low, high, low_open, high_open) a true figure must fall in; None means unbounded."""
    low_end, high_end = stated, high if high is not None else stated
    if band is None and hedge in (Hedge.ABOUT, Hedge.ALMOST):
        band = DEFAULT_BAND
    if hedge is Hedge.ABOUT:
        assert band is not None
        return min(low_end * (1 - band), low_end - tolerance), max(high_end * (1 + band), high_end + tolerance), False, False
    if hedge is Hedge.ALMOST:
        assert band is not None
        return min(low_end * (1 - band), low_end - tolerance), high_end + tolerance, False, False
    if hedge in (Hedge.OVER, Hedge.ABOVE):
        upper = high_end * (1 + band) + tolerance if band is not None else None
        return low_end - tolerance, upper, tolerance == 0, False
    if hedge is Hedge.UNDER:
        lower = low_end * (1 - band) - tolerance if band is not None else None
        return lower, high_end + tolerance, False, tolerance == 0
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
) -> bool:
    """True when ``computed`` is what a writer could truthfully call ``hedge stated`` (or
    ``hedge stated - high``). ``tolerance`` is the rounding allowance of an exact figure."""
    low, up, low_open, high_open = interval(stated, hedge, tolerance, band, high)
    if low is not None and (computed < low or (low_open and computed == low)):
        return False
    return not (up is not None and (computed > up or (high_open and computed == up)))
