"""``kc summary``, ``kc reconcile``, ``kc diff``, ``kc report``: the money of plans."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from . import LangOption, Opt, PathsArgument, PlainOption, command, handles_errors
from .completion import files, plan_or_table, plan_paths, table_ids
from .language import current_language

Arg = typer.Argument


SummaryFormat = StrEnum("SummaryFormat", ["table", "markdown", "csv", "json", "xlsx"])
TextOrJson = StrEnum("TextOrJson", ["text", "json"])
ReconcileMode = StrEnum("ReconcileMode", {"auto": "auto", "plan_results": "plan-results", "restatement": "restatement"})


@command()
@handles_errors
def summary(
    paths: PathsArgument,
    by_source: Annotated[bool, Opt("--by-source")] = False,
    by_year: Annotated[bool, Opt("--by-year")] = False,
    by_item: Annotated[bool, Opt("--by-item")] = False,
    by_province: Annotated[bool, Opt("--by-province")] = False,
    by_kind: Annotated[bool, Opt("--by-kind")] = False,
    unit: Annotated[str | None, Opt("--unit")] = None,
    output_format: Annotated[SummaryFormat | None, Opt("--format", "-f")] = None,
    output: Annotated[str | None, Opt("--output", "-o", autocompletion=files)] = None,
    chart: Annotated[bool, Opt("--chart")] = False,
    table: Annotated[list[str] | None, Opt("--table", autocompletion=table_ids)] = None,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Show the money of plans, computed from their table cells, beside what they state."""
    from .. import commands

    commands.summary(
        paths, current_language(lang), by_source=by_source, by_year=by_year, by_item=by_item,
        by_province=by_province, by_kind=by_kind, unit=unit, output_format=output_format.value if output_format else None,
        output=output, chart=chart, table=table, plain_numbers=plain_numbers,
    )


@command()
@handles_errors
def reconcile(
    first: Annotated[str, Arg(autocompletion=plan_or_table)],
    second: Annotated[str | None, Arg(autocompletion=plan_or_table)] = None,
    tolerance: Annotated[str, Opt("--tolerance")] = "0",
    mode: Annotated[ReconcileMode, Opt("--mode")] = ReconcileMode.auto,
    unit: Annotated[str | None, Opt("--unit")] = None,
    output_format: Annotated[TextOrJson, Opt("--format", "-f")] = TextOrJson.text,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Reconcile a plan with its results, or a table with the annex or article restating it.

    Exit 0 when every compared difference is within the tolerance, 1 when one exceeds it or
    when nothing could be matched while both sides hold money, 2 on bad input.
    """
    from ..plans import display_unit
    from ..reconcile import parse_tolerance, reconcile_addresses
    from ..reconcile_output import render_json, render_text

    limit, chosen_unit = parse_tolerance(tolerance), display_unit(unit)
    chosen_mode = None if mode is ReconcileMode.auto else mode.value
    result = reconcile_addresses(first, second, chosen_mode, chosen_unit, limit)
    if output_format is TextOrJson.json:
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, lang=current_language(lang), plain_numbers=plain_numbers))
    raise typer.Exit(1 if result.failed else 0)


@command()
@handles_errors
def diff(
    old: Annotated[str, Arg(autocompletion=plan_paths)],
    new: Annotated[str, Arg(autocompletion=plan_paths)],
    output_format: Annotated[TextOrJson, Opt("--format", "-f")] = TextOrJson.text,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Show the figures added, removed and changed between two versions of a plan.

    Exit 0 whatever changed (differences are not errors), 2 when a file cannot be read.
    """
    from ..diff import diff_plans, render_json, render_text
    from ..plans import load_each, shown_name

    plans = load_each([old, new])
    result = diff_plans(shown_name(old), plans[old], shown_name(new), plans[new])
    if output_format is TextOrJson.json:
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, lang=current_language(lang), plain_numbers=plain_numbers))


@command()
@handles_errors
def report(
    paths: PathsArgument,
    output: Annotated[str, Opt("--output", "-o", autocompletion=files)] = "report.html",
    title: Annotated[str | None, Opt("--title")] = None,
    full_sections: Annotated[int, Opt("--full-sections", min=0)] = 50,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Write one self-contained HTML page: findings, summary tables and charts per plan.

    Exit 0 when the page is written; 2, writing nothing, when a plan cannot be loaded.
    """
    from .. import commands

    commands.report(
        paths, current_language(lang), output=output, title=title, full_sections=full_sections,
        plain_numbers=plain_numbers,
    )
