"""The money claims of a document with no table of money (a news article), as the text states them.

A per-source grid shows only the parts that name a source, as plain sums. A reader of an
article also needs the totals the text gives and how it hedges them ("hơn 1,63 tỷ" is not
1,63 tỷ), the parts the text keeps outside the total ("ngoài khoản trên, còn 73 triệu"), the
rest ("còn lại là vốn đối ứng") and, when the parts are only examples
(``parts_complete: false``), how much of the total they leave unaccounted. This module reads
those figures once, exactly, in the display unit; ``views`` lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..model import Claim, Hedge, Plan
from ..numbers import convert, unit_factor

__all__ = ["ClaimFigure", "ClaimMoney", "HEDGE_SIGNS", "claim_money", "hedge_sign"]

HEDGE_SIGNS: dict[Hedge, str] = {
    Hedge.OVER: ">",
    Hedge.ABOVE: ">",
    Hedge.ALMOST: "<",
    Hedge.UNDER: "<",
    Hedge.ABOUT: "≈",
    Hedge.ESTIMATED: "≈",
    Hedge.AT_LEAST: "≥",
}
"""How a hedge shows beside its figure. "dự kiến", "tương đương", "lên đến" bound nothing
(the figure is the figure) and show no sign."""


def hedge_sign(hedge: Hedge | None, ranged: bool = False) -> str:
    """``>`` for hơn/trên, ``<`` for gần/dưới, ``≈`` for khoảng and ước, ``≥`` for ít nhất, ``…`` before
    the high end of a range ("từ 01 đến 02"), "" for an exact figure."""
    sign = HEDGE_SIGNS.get(hedge, "") if hedge is not None else ""
    return sign + ("…" if ranged else "")


@dataclass(frozen=True)
class ClaimFigure:
    """A figure of a claim in the display unit: the whole or one part, with its hedge."""

    label: str
    value: Decimal | None
    high: Decimal | None = None
    hedge: Hedge | None = None
    outside: bool = False
    remainder: bool = False


@dataclass
class ClaimMoney:
    """One claim stating money: its whole, its parts, and whether the parts are all of it."""

    claim_id: str
    whole: ClaimFigure | None
    parts: list[ClaimFigure] = field(default_factory=list)
    parts_complete: bool = True

    @property
    def inside(self) -> list[ClaimFigure]:
        """The named parts that are in the whole (neither outside it nor the rest)."""
        return [p for p in self.parts if not p.outside and not p.remainder]


def _money_unit(unit: str | None) -> bool:
    return unit is not None and unit_factor(unit) is not None


def _is_money_claim(claim: Claim) -> bool:
    if claim.restates is not None:  # a headline restating a body figure: shown once, by the body
        return False
    if claim.value is not None and _money_unit(claim.unit):
        return True
    return any(p.value is not None and _money_unit(p.unit or claim.unit) for p in claim.parts) and (
        claim.value is None or _money_unit(claim.unit)
    )


def claim_money(plan: Plan, unit: str | None) -> tuple[list[ClaimMoney], str | None]:
    """Every claim of the plan that states money, converted to ``unit`` (default: the unit of
    the first such claim), and the unit used; parts in another kind of unit (cơ sở, lao động)
    are left to ``kc validate``."""
    found: list[ClaimMoney] = []
    for claim in plan.claims:
        if not _is_money_claim(claim):
            continue
        chosen = unit or claim.unit if _money_unit(unit or claim.unit) else None
        if chosen is None:
            chosen = next(p.unit or claim.unit for p in claim.parts if _money_unit(p.unit or claim.unit))
        assert chosen is not None
        unit = chosen
        whole = None
        if claim.value is not None and claim.unit is not None:
            whole = ClaimFigure(
                claim.id, convert(claim.value, claim.unit, unit),
                None if claim.high is None else convert(claim.high, claim.unit, unit), claim.hedge,
            )
        money = ClaimMoney(claim.id, whole, parts_complete=claim.parts_complete)
        for part in claim.parts:
            part_unit = part.unit or claim.unit
            if not _money_unit(part_unit):
                continue
            assert part_unit is not None
            money.parts.append(ClaimFigure(
                part.label,
                None if part.value is None else convert(part.value, part_unit, unit),
                None if part.high is None else convert(part.high, part_unit, unit),
                part.hedge, part.outside, part.remainder,
            ))
        found.append(money)
    return found, unit
