"""``kc summary``: the money of one or many plans by province, kind, source, year and item.

``facts`` reads every figure once, exactly, in the display unit; ``views`` groups them into
grids with shares, per-year averages and the stated totals beside the computed ones;
``render`` and ``xlsx`` write those grids. Nothing here imports the CLI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..errors import UsageError
from ..model import Plan
from ..numbers import unit_factor
from .facts import MONEY_KINDS, Fact, PlanMoney, collect
from .render import render
from .views import SummaryOptions, SummaryView, build_views

__all__ = [
    "Fact",
    "PlanMoney",
    "SummaryOptions",
    "SummaryView",
    "DEFAULT_UNIT_ACROSS",
    "build_summaries",
    "collect",
    "render",
    "render_summaries",
    "summarise",
]

DEFAULT_UNIT_ACROSS = "triệu đồng"


def build_summaries(
    plans: Sequence[tuple[str, Plan]],
    *,
    by_source: bool = False,
    by_year: bool = False,
    by_item: bool = False,
    by_province: bool = False,
    by_kind: bool = False,
    unit: str | None = None,
    tables: Sequence[str] = (),
) -> list[SummaryView]:
    """The grids asked for. Across plans (by province or kind) figures share one unit,
    triệu đồng unless ``unit`` says otherwise; per plan they keep the plan's own unit."""
    options = SummaryOptions(by_source, by_year, by_item, by_province, by_kind)
    across = by_province or by_kind
    chosen = unit or (DEFAULT_UNIT_ACROSS if across else None)
    monies = collect(plans, chosen, tables)
    return build_views(monies, options, chosen or "")


def summarise(
    plans: Iterable[tuple[str, Plan]], options: SummaryOptions, unit: str | None = None, tables: Sequence[str] = ()
) -> tuple[list[SummaryView], list[str]]:
    """``kc summary``: the grids asked for (per source when none is), and the files that hold
    no money to show, from one collection of the plans' money. A ``tables`` id that no plan
    holds, or one that holds counts, is a usage error (either would otherwise read as "no money").

    ``plans`` is read once, one plan at a time (a :class:`~khuyencong_cli.plans.PlanStream`
    loads each as it is asked for): only each plan's money is kept, never the plan."""
    if not any(vars(options).values()):
        # No grid asked for: per source, and an article's claims as it states them.
        options = SummaryOptions(by_source=True, claims=True)
    across = options.by_province or options.by_kind
    chosen = unit or (DEFAULT_UNIT_ACROSS if across else None)
    files: list[str] = []
    table_ids: set[str] = set()
    money_ids: set[str] = set()

    def noted() -> Iterator[tuple[str, Plan]]:
        for file, plan in plans:
            files.append(file)
            table_ids.update(table.id for table in plan.tables)
            money_ids.update(table.id for table in plan.tables if table.kind in MONEY_KINDS and unit_factor(table.unit))
            yield file, plan

    monies = collect(noted(), chosen, tables)
    unknown = [table for table in tables if table not in table_ids]
    if unknown:
        raise UsageError("summary.unknown-table", table=", ".join(unknown), tables=", ".join(sorted(table_ids)) or "—")
    counts = [table for table in tables if table not in money_ids]
    if counts:
        raise UsageError("summary.not-money-table", table=", ".join(counts))
    held = {money.file for money in monies if money.facts or (options.claims and money.claims)}
    return build_views(monies, options, chosen or ""), [file for file in files if file not in held]


def render_summaries(
    views: Sequence[SummaryView], fmt: str, *, lang: str, plain_numbers: bool, chart: bool = False
) -> str:
    return render(views, fmt, lang=lang, plain_numbers=plain_numbers, chart=chart)
