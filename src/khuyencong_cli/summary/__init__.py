"""``kc summary``: the money of one or many plans by province, kind, source, year and item.

``facts`` reads every figure once, exactly, in the display unit; ``views`` groups them into
grids with shares, per-year averages and the stated totals beside the computed ones;
``render`` and ``xlsx`` write those grids. Nothing here imports the CLI.
"""

from __future__ import annotations

import contextlib
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import IO

from ..atomic import scratch
from ..errors import UsageError
from ..model import Plan
from ..numbers import unit_factor
from ..os_errors import os_reason
from ..tables import forget as forget_tables
from .facts import MONEY_KINDS, Fact, PlanMoney, collect
from .render import render
from .views import AcrossPlans, SummaryOptions, SummaryView, build_views

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
    "summarised",
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
    no money to show, as lists (:func:`summarised` hands them out one at a time)."""
    with summarised(plans, options, unit, tables) as (views, empty):
        return list(views), empty


@contextlib.contextmanager
def summarised(
    plans: Iterable[tuple[str, Plan]], options: SummaryOptions, unit: str | None = None, tables: Sequence[str] = ()
) -> Iterator[tuple[Iterable[SummaryView], list[str]]]:
    """``kc summary``: the grids asked for (per source when none is), to be read once, and the
    files that hold no money to show. A ``tables`` id that no plan holds, or one that holds
    counts, is a usage error (either would otherwise read as "no money"), raised before any
    grid is handed out.

    ``plans`` is read once, one plan at a time (a :class:`~khuyencong_cli.plans.PlanStream`
    loads each as it is asked for), in memory flat in the number of plans: a plan's own
    grids are made as it is read and kept in a temporary file until they are read back;
    grids across plans (by province or kind) sum the facts as they come (``AcrossPlans``)."""
    if not any(vars(options).values()):
        # No grid asked for: per source, and an article's claims as it states them.
        options = SummaryOptions(by_source=True, claims=True)
    across = AcrossPlans(options) if options.by_province or options.by_kind else None
    chosen = unit or (DEFAULT_UNIT_ACROSS if across else None)
    empty: list[str] = []
    table_ids: set[str] = set()
    money_ids: set[str] = set()
    with scratch() as spool:
        try:
            _spool_views(plans, options, chosen, tables, across, spool, empty, table_ids, money_ids)
        except OSError as exc:  # the temporary file: a full disk, a file-size limit
            raise UsageError("cli.cannot-write", path=tempfile.gettempdir(), reason=os_reason(exc)) from exc
        unknown = [table for table in tables if table not in table_ids]
        if unknown:
            raise UsageError("summary.unknown-table", table=", ".join(unknown), tables=", ".join(sorted(table_ids)) or "—")
        counts = [table for table in tables if table not in money_ids]
        if counts:
            raise UsageError("summary.not-money-table", table=", ".join(counts))
        yield (across.views(chosen or "") if across is not None else _read_back(spool)), empty


def _spool_views(
    plans: Iterable[tuple[str, Plan]], options: SummaryOptions, chosen: str | None, tables: Sequence[str],
    across: AcrossPlans | None, spool: IO[bytes], empty: list[str], table_ids: set[str], money_ids: set[str],
) -> None:
    """Read the plans once: a plan's own grids to ``spool``, or its money into ``across``."""
    for file, plan in plans:
        if tables:  # only to say which tables exist when one named is missing
            table_ids.update(table.id for table in plan.tables)
            money_ids.update(t.id for t in plan.tables if t.kind in MONEY_KINDS and unit_factor(t.unit))
        monies = collect([(file, plan)], chosen, tables)
        forget_tables()  # the tables' shared reading would keep this plan's rows alive
        if not any(money.facts or (options.claims and money.claims) for money in monies):
            empty.append(file)
        if across is not None:
            for money in monies:
                across.add(money)
            continue
        for view in build_views(monies, options, chosen or ""):
            pickle.dump(view, spool, pickle.HIGHEST_PROTOCOL)
    spool.flush()


def _read_back(spool: IO[bytes]) -> Iterator[SummaryView]:
    spool.seek(0)
    while True:
        try:
            view: SummaryView = pickle.load(spool)
        except EOFError:
            return
        yield view


def render_summaries(
    views: Sequence[SummaryView], fmt: str, *, lang: str, plain_numbers: bool, chart: bool = False
) -> str:
    return render(views, fmt, lang=lang, plain_numbers=plain_numbers, chart=chart)
