"""The kind of money (plan or results) and the period a claim speaks of, decided once.

A claim names its own scope when the text sets it apart from the document's: an article
about the year's plan that also reports the first half's spending, a decision for 2016-2020
that recalls the results of 2009-2015. What the claim says wins; otherwise a results report
speaks of results and the document's period is the claim's. ``kc summary`` and ``kc
reconcile`` both read the scope here, so one command never counts as planned money, or as
money of another period, what the other reads as spent.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Claim, DocumentKind, Plan, TableKind
from .periods import parse_period

__all__ = ["claim_kind", "claim_period", "money_kind", "period_text"]


def period_text(*labels: str | None, years: Sequence[int] = ()) -> str:
    """The first label that names years, as ``2016-2020`` (a single year as ``2022``, part of
    a year as ``1-6/2017``, never added to the whole year), else the span of ``years`` (a
    table's columns), else "" (unknown). Written ends are kept as they are ("2021-2015" stays so)."""
    for label in labels:
        period = parse_period(label)
        if period is not None:
            return period.label
    if years:
        first, last = min(years), max(years)
        return str(first) if first == last else f"{first}-{last}"
    return ""


def claim_kind(plan: Plan, claim: Claim) -> TableKind | None:
    """The claim's own ``kind``, else results for a results report, else None: the text
    does not say whether the money is planned or spent."""
    if claim.kind is not None:
        return claim.kind
    return TableKind.RESULTS if plan.document.kind is DocumentKind.RESULTS_REPORT else None


def money_kind(plan: Plan, claim: Claim) -> TableKind:
    """The kind a view that must put every figure under one kind reads (``kc summary``):
    :func:`claim_kind`, else planned money, since a document that is not a results report
    speaks of its plan."""
    return claim_kind(plan, claim) or TableKind.BUDGET


def claim_period(plan: Plan, claim: Claim) -> str:
    """The claim's own ``period``, else the document's, as :func:`period_text` writes it."""
    return period_text(claim.period, plan.document.period)
