"""What a hedged figure claims: ``gần 7.000`` is just under 7.000, ``trên 1.600`` is over it.

Each hedge turns a stated figure into a range the true figure must fall in. The bands are
deliberately narrow (a figure "about" 100 is 95-105), documented in the README, and a plan
may override them.
"""

from __future__ import annotations

from decimal import Decimal

from .model import Hedge

__all__ = ["DEFAULT_BAND", "accepts"]

DEFAULT_BAND = Decimal("0.05")
"""How far (as a share of the stated figure) ``khoảng`` and ``gần`` may stray."""


def accepts(
    stated: Decimal,
    computed: Decimal,
    hedge: Hedge | None,
    tolerance: Decimal = Decimal(0),
    band: Decimal = DEFAULT_BAND,
) -> bool:
    """True when ``computed`` is what a writer could truthfully call ``hedge stated``.

    ``tolerance`` is the rounding allowance of an exact figure (0 unless declared).
    """
    width = abs(stated) * band
    if hedge in (None, Hedge.EXACT, Hedge.PLANNED):
        return abs(stated - computed) <= tolerance
    if hedge is Hedge.ABOUT:
        return abs(stated - computed) <= max(width, tolerance)
    if hedge is Hedge.ALMOST:
        return stated - width <= computed <= stated + tolerance
    if hedge in (Hedge.OVER, Hedge.ABOVE):
        return computed > stated - tolerance
    if hedge is Hedge.AT_LEAST:
        return computed >= stated - tolerance
    if hedge is Hedge.UNDER:
        return computed < stated + tolerance
    return abs(stated - computed) <= tolerance  # pragma: no cover - every hedge is handled
