"""The ``kc`` command: parse options, call the core, pick a reporter, set the exit code.

No rule or format logic lives here. Heavy modules are imported inside the commands so that
``kc --version`` and ``kc --help`` start without loading the whole program.

Exit codes: 0 no errors, 1 errors found (or warnings with ``--strict``), 2 could not check
(bad usage, an unreadable or invalid file, an internal error).
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from . import __version__

if TYPE_CHECKING:
    from .config import Config
    from .engine import CheckOptions
    from .findings import Finding, Severity
    from .loader import LoadedPlan
    from .model import Plan

__all__ = ["app", "main"]

EXIT_OK, EXIT_FINDINGS, EXIT_UNCHECKED = 0, 1, 2

app = typer.Typer(
    name="kc",
    help="Validate and reconcile the budgets of Vietnamese khuyến công plans.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    gitlab = "gitlab"


class DataFormat(StrEnum):
    """What kc reconcile and kc diff write: a person's text or JSON, nothing else."""

    text = "text"
    json = "json"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class SummaryFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


def _check_lang(value: Optional[str]) -> Optional[str]:
    """An unknown --lang is a usage error (exit 2), not a silent fall back to English."""
    if value is not None and value.strip().lower() not in ("vi", "en"):
        raise typer.BadParameter(f"'{value}' is not a language kc speaks: use vi or en / dùng vi hoặc en")
    return value


LangOption = Annotated[
    Optional[str],
    typer.Option(
        "--lang",
        metavar="vi|en",
        callback=_check_lang,
        help="Language of messages: vi or en (default: KC_LANG, then the locale).",
    ),
]
PlainOption = Annotated[
    bool, typer.Option("--plain-numbers", help="Show 7763.455 instead of 7.763,455.")
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(help="Plan files, or directories searched for *.yaml / *.yml; - for stdin."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """kc: kiểm tra và đối chiếu kinh phí kế hoạch khuyến công / check khuyến công plan budgets."""


def _walk(paths: list[str], exclude: tuple[str, ...] = (), plans_only: bool = False, lang: Optional[str] = None) -> list[str]:
    """The files to judge; says on stderr how many other YAML files were passed over."""
    from .i18n import resolve_language, translate
    from .paths import walk

    walked = walk(paths, exclude, plans_only=plans_only)
    if walked.passed_over:
        typer.echo(translate("walk.passed-over", resolve_language(lang), count=len(walked.passed_over)), err=True)
    return walked.files


def _load_all(paths: list[str], lang: Optional[str] = None) -> list[LoadedPlan]:
    from .loader import STDIN_NAME, load_bytes, load_plan
    from .paths import STDIN

    loaded = []
    for path in _walk(paths, lang=lang):
        if path == STDIN:
            loaded.append(load_bytes(sys.stdin.buffer.read(), STDIN_NAME))
        else:
            loaded.append(load_plan(path))
    return loaded


def _fail_usage(message: str) -> None:
    typer.echo(f"kc: {message}", err=True)
    raise typer.Exit(EXIT_UNCHECKED)


@app.command()
def validate(
    paths: PathsArgument,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="Output format (default: text; github in GitHub Actions)."),
    ] = None,
    config_file: Annotated[
        Optional[str], typer.Option("--config", help="Configuration file (default: nearest kc.toml or pyproject.toml).")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too (--fail-on warning).")] = False,
    fail_on: Annotated[
        Optional[FailOn], typer.Option("--fail-on", help="Lowest severity that makes kc exit 1 (default: error).")
    ] = None,
    select: Annotated[
        Optional[list[str]], typer.Option("--select", help="Only these rules (id, name or prefix).")
    ] = None,
    ignore: Annotated[
        Optional[list[str]], typer.Option("--ignore", help="Skip these rules (id, name or prefix).")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only findings that fail the check; no summary line.")
    ] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Count the findings per rule.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=0, help="Check files in N processes (0: one per CPU).")
    ] = 1,
    baseline: Annotated[
        Optional[str], typer.Option("--baseline", help="Fail only on findings not in this baseline file.")
    ] = None,
    update_baseline: Annotated[
        bool, typer.Option("--update-baseline", help="Write the current findings to the baseline file.")
    ] = False,
    exclude: Annotated[
        Optional[list[str]],
        typer.Option("--exclude", metavar="PATTERN", help="Skip paths matching this pattern when searching directories (gitignore syntax; repeatable)."),
    ] = None,
    plans_only: Annotated[
        bool, typer.Option("--plans-only", help="Pass over named files too when they are not kc plans (pre-commit).")
    ] = False,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Check plans and report every inconsistency with its place in the file.

    Exit codes: 0 no finding at or above the failing severity; 1 such findings; 2 could not
    check (bad usage or configuration, an invalid plan, an internal error).
    """
    from . import cli_messages  # noqa: F401  (registers the messages used here)
    from .baseline import BaselineError, new_findings, read_baseline, repo_root, write_baseline
    from .config import ConfigError
    from .engine import CheckOptions, has_internal_errors
    from .findings import Severity
    from .i18n import resolve_language, translate
    from .reporters import Report, get_reporter
    from .runner import run

    language = resolve_language(lang)
    try:
        config = _read_config(config_file, paths)
    except ConfigError as exc:
        _fail_usage(exc.where + translate(exc.key, language, **exc.params))
        return
    cli_select, cli_ignore = tuple(_split(select)), tuple(_split(ignore))
    _check_rule_names(cli_select + cli_ignore, language)
    failing = Severity(fail_on.value) if fail_on is not None else config.fail_on
    if strict and failing.rank > Severity.WARNING.rank:
        failing = Severity.WARNING
    config = _replace(config, select=cli_select or config.select, ignore=config.ignore + cli_ignore)
    options = CheckOptions(lang=language, plain_numbers=plain_numbers, rounding=config.rounding)
    files = _walk(paths, config.exclude + tuple(_split(exclude)), plans_only, language)
    chosen = output_format or (
        OutputFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else OutputFormat.text
    )
    streamed = (OutputFormat.text, OutputFormat.json, OutputFormat.sarif)
    if chosen in streamed and files and not (baseline or update_baseline or os.environ.get("GITHUB_STEP_SUMMARY")):
        _stream(chosen.value, files, config, options, jobs, failing, quiet, statistics, plain_numbers)
    results = run(files, config, options, jobs)
    if not results:
        _fail_usage(translate("cli.no-files", language))
    findings = sorted(f for result in results for f in result.findings)
    lines = {r.file: r.lines for r in results if r.lines is not None}
    root = repo_root()
    broken = any(not r.ok for r in results) or has_internal_errors(findings)
    if update_baseline:
        target = baseline or DEFAULT_BASELINE
        try:
            count = write_baseline(target, findings, lines, root)
        except BaselineError as exc:
            _fail_usage(translate(exc.key, language, **exc.params))
        typer.echo(translate("baseline.written", language, count=count, file=target), err=True)
        raise typer.Exit(EXIT_UNCHECKED if broken else EXIT_OK)
    if baseline is not None:
        try:
            accepted = read_baseline(baseline)
        except BaselineError as exc:
            _fail_usage(translate(exc.key, language, **exc.params))
            return
        findings = new_findings(findings, accepted, lines, root)
    failed = [f for f in findings if f.severity.rank >= failing.rank]
    shown = failed if quiet else findings
    report = Report(
        findings=shown,
        files=[r.file for r in results],
        lines=lines,
        lang=language,
        plain_numbers=plain_numbers,
        color=chosen is OutputFormat.text and _use_color(),
        tool_version=__version__,
        root=str(root),
        quiet=quiet,
        failing=failing,
        broken=[r.file for r in results if not r.ok],
    )
    sys.stdout.write(get_reporter(chosen.value)(report))
    if os.environ.get("GITHUB_STEP_SUMMARY"):  # every finding on the job's summary page
        _append_step_summary(report, os.environ["GITHUB_STEP_SUMMARY"], language)
    if statistics:
        text = _statistics(findings)
        if chosen in (OutputFormat.text, OutputFormat.github):
            sys.stdout.write(text)
        else:  # keep machine output parseable
            sys.stderr.write(text)
    if broken:
        raise typer.Exit(EXIT_UNCHECKED)
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


DEFAULT_BASELINE = "kc-baseline.json"


def _stream(
    output_format: str, files: list[str], config: Config, options: CheckOptions, jobs: int, failing: Severity,
    quiet: bool, statistics: bool, plain_numbers: bool,
) -> None:
    """The report written as the run goes, in memory flat in the findings (streaming.py); exits."""
    from .baseline import repo_root
    from .loader import STDIN_NAME
    from .paths import STDIN
    from .reporters import Report
    from .runner import iter_results
    from .streaming import stream_machine, stream_text

    text = output_format == OutputFormat.text.value
    named = [STDIN_NAME if f == STDIN else f for f in files]  # the files list keeps the order given
    template = Report(findings=(), files=named, lang=options.lang, plain_numbers=plain_numbers,
                      color=text and _use_color(), tool_version=__version__, quiet=quiet, root=str(repo_root()),
                      failing=failing)
    # Checked in the order the report shows them (findings sort by file), so nothing need wait.
    files = sorted(files, key=lambda f: STDIN_NAME if f == STDIN else f)
    results = iter_results(files, config, options, jobs)
    if text:
        outcome = stream_text(results, template, failing, sys.stdout, total=len(files))
    else:
        outcome = stream_machine(results, template, output_format, failing, sys.stdout, total=len(files))
    if statistics:  # after the report; on stderr when the report is for a machine
        (sys.stdout if text else sys.stderr).write(
            "".join(f"{n:>6}  {rule}  {name}\n" for (rule, name), n in sorted(outcome.by_rule.items()))
        )
    raise typer.Exit(EXIT_UNCHECKED if outcome.broken else EXIT_FINDINGS if outcome.failed else EXIT_OK)


def _append_step_summary(report: object, path: str, language: str) -> None:
    from . import usage  # noqa: F401  (registers cli.cannot-write)
    from .i18n import translate
    from .reporters.github import append_step_summary

    try:
        append_step_summary(report, path)  # type: ignore[arg-type]
    except OSError as exc:
        typer.echo("kc: " + translate("cli.cannot-write", language, path=path, reason=exc.strerror or str(exc)), err=True)


def _read_config(config_file: Optional[str], paths: list[str]) -> Config:
    from pathlib import Path

    from .config import Config, ConfigError, find_config, load_config

    if config_file is not None:
        if not Path(config_file).is_file():
            raise ConfigError("config.not-found", config_file, None, path=config_file)
        return load_config(config_file, _rule_exists)
    found = find_config(paths)
    return load_config(found, _rule_exists) if found is not None else Config()


def _replace(config: Config, **changes: object) -> Config:
    from dataclasses import replace

    return replace(config, **changes)  # type: ignore[arg-type]


def _rule_exists(pattern: str, exact: bool = False) -> Optional[str]:
    """The id of the rule a pattern names (exact: id, name or alias only), else None."""
    from .rules import all_rules, get_rule

    if exact:
        found = get_rule(pattern)
        return found.id if found is not None else None
    upper, lower = pattern.strip().upper(), pattern.strip().lower()
    if upper == "ALL":
        return "ALL"
    for r in all_rules():
        if r.id.startswith(upper) or lower == r.name or lower in r.aliases:
            return r.id
    return None


def _statistics(findings: list[Finding]) -> str:
    from collections import Counter

    counts = Counter((f.rule, f.name) for f in findings)
    return "".join(f"{count:>6}  {rule}  {name}\n" for (rule, name), count in sorted(counts.items()))


def _split(values: Optional[list[str]]) -> list[str]:
    return [item.strip() for value in values or [] for item in value.split(",") if item.strip()]


def _check_rule_names(patterns: tuple[str, ...], language: str = "en") -> None:
    from .i18n import translate

    for pattern in patterns:
        if _rule_exists(pattern) is None:
            _fail_usage(translate("cli.unknown-rule", language, rule=pattern))


def _use_color() -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@app.command()
def summary(
    paths: PathsArgument,
    by_source: Annotated[bool, typer.Option("--by-source", help="Totals per funding source.")] = False,
    by_year: Annotated[bool, typer.Option("--by-year", help="Totals per year.")] = False,
    by_item: Annotated[bool, typer.Option("--by-item", help="Totals per line item.")] = False,
    by_province: Annotated[
        bool, typer.Option("--by-province", help="One grid across all plans, per province.")
    ] = False,
    by_kind: Annotated[
        bool, typer.Option("--by-kind", help="One grid across all plans, planned against spent.")
    ] = False,
    unit: Annotated[
        Optional[str], typer.Option("--unit", help="Display unit: đồng, nghìn, triệu, tỷ (exact conversion).")
    ] = None,
    output_format: Annotated[
        Optional[SummaryFormat], typer.Option("--format", "-f", help="Output format (default: table; xlsx needs -o).")
    ] = None,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="Write to this file; a .xlsx name writes a workbook.")
    ] = None,
    chart: Annotated[bool, typer.Option("--chart", help="Draw bars in the terminal.")] = False,
    table: Annotated[
        Optional[list[str]],
        typer.Option("--table", help="Only these tables (ids), even one that restates another, e.g. an annex."),
    ] = None,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Show the money of plans, computed from their table cells, beside what they state."""
    from . import usage  # noqa: F401  (registers the messages below)
    from .i18n import resolve_language, translate
    from .numbers import normalise_unit, unit_factor
    from .summary import build_summaries, render_summaries

    language = resolve_language(lang)
    chosen_unit = None
    if unit is not None:
        if unit_factor(unit) is None:
            _fail_usage(translate("cli.bad-unit", language, unit=unit))
        chosen_unit = normalise_unit(unit)
    chosen = (output_format or SummaryFormat.table).value
    if output and output.lower().endswith(".xlsx"):
        chosen = SummaryFormat.xlsx.value
    if chosen == SummaryFormat.xlsx.value and not output:
        _fail_usage(translate("cli.xlsx-needs-output", language))
    loaded = _load_all(paths, language)
    if not loaded:
        _fail_usage(translate("cli.no-plans", language))
    broken = [plan for plan in loaded if not plan.ok]
    if broken:
        _report_broken(broken, lang)
        raise typer.Exit(EXIT_UNCHECKED)
    if not (by_source or by_year or by_item or by_province or by_kind):
        by_source = True
    from .summary import collect

    chosen_tables = tuple(_split(table))
    for plan in loaded:
        if plan.plan is not None and not collect([(plan.file, plan.plan)], tables=chosen_tables):
            typer.echo(translate("summary.no-money", language, file=plan.file), err=True)
    summaries = build_summaries(
        [(plan.file, plan.plan) for plan in loaded if plan.plan is not None],
        by_source=by_source,
        by_year=by_year,
        by_item=by_item,
        by_province=by_province,
        by_kind=by_kind,
        unit=chosen_unit,
        tables=chosen_tables,
    )
    if chosen == SummaryFormat.xlsx.value:
        from .summary.xlsx import xlsx_bytes

        assert output is not None
        _write_output(xlsx_bytes(summaries, lang=language), output, language)
        return
    text = render_summaries(summaries, chosen, lang=language, plain_numbers=plain_numbers, chart=chart)
    _write_output(text, output, language)


def _write_output(data: str | bytes, output: Optional[str], language: str) -> None:
    """Standard output, or the file named by -o, replaced whole (an unwritable file, or a
    workbook to a terminal, is a usage error)."""
    from .atomic import BinaryToTerminal, write_output
    from .i18n import translate

    try:
        write_output(output or "-", data)
    except BinaryToTerminal:
        _fail_usage(translate("cli.binary-to-terminal", language))
    except OSError as exc:
        _fail_usage(translate("cli.cannot-write", language, path=output, reason=exc.strerror or str(exc)))


def _report_broken(broken: list[LoadedPlan], lang: Optional[str]) -> None:
    """The load errors of plans that could not be read, on stderr, as ``kc validate`` shows them."""
    from .engine import CheckOptions, render_load_problems
    from .i18n import resolve_language
    from .reporters import Report, get_reporter

    options = CheckOptions(lang=resolve_language(lang))
    findings = sorted(f for plan in broken for f in render_load_problems(plan, options))
    report = Report(findings=findings, files=[plan.file for plan in broken], lang=options.lang)
    sys.stderr.write(get_reporter("text")(report))


class ReconcileMode(StrEnum):
    auto = "auto"
    plan_results = "plan-results"
    restatement = "restatement"


@app.command()
def reconcile(
    first: Annotated[str, typer.Argument(metavar="A", help="Plan file, or FILE#TABLE (the plan side).")],
    second: Annotated[
        Optional[str], typer.Argument(metavar="B", help="Plan file, or FILE#TABLE (the results side).")
    ] = None,
    tolerance: Annotated[
        str, typer.Option("--tolerance", help="Largest difference accepted, in the display unit (e.g. 0,5).")
    ] = "0",
    mode: Annotated[ReconcileMode, typer.Option("--mode", help="plan-results, restatement or auto.")] = ReconcileMode.auto,
    unit: Annotated[Optional[str], typer.Option("--unit", help="Display unit: đồng, nghìn, triệu, tỷ.")] = None,
    output_format: Annotated[DataFormat, typer.Option("--format", "-f", help="text or json.")] = DataFormat.text,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Reconcile a plan with its results, or a table with the annex or article restating it.

    Exit 0 when every compared difference is within the tolerance, 1 when one exceeds it or
    when nothing could be matched while both sides hold money, 2 on bad input.
    """
    from . import usage  # noqa: F401
    from .i18n import resolve_language, translate
    from .numbers import NumberError, normalise_unit, parse_amount, unit_factor
    from .model import TableKind
    from .reconcile import PLAN_RESULTS, ReconcileError, choose_sides, select_side
    from .reconcile import reconcile as run
    from .reconcile_output import render_json, render_text

    language = resolve_language(lang)
    try:
        limit = parse_amount(tolerance.strip())
    except NumberError:
        limit = None
    if limit is None or limit < 0:
        _fail_usage(translate("cli.bad-tolerance", language, value=tolerance))
        return
    if unit is not None and unit_factor(unit) is None:
        _fail_usage(translate("cli.bad-unit", language, unit=unit))
    chosen_unit = normalise_unit(unit) if unit else None
    a_file, a_table = _split_address(first)
    b_file, b_table = _split_address(second) if second else (a_file, a_table)
    plans = _load_one_each([a_file, b_file], lang)
    a_plan, b_plan = plans[a_file], plans[b_file]
    try:
        if second is None:
            tables = [t for t in a_plan.tables if t.id == a_table] if a_table else a_plan.tables
            if not any(t.plan_years for t in tables):
                _fail_usage(translate("reconcile.one-side", language))
            chosen_mode = PLAN_RESULTS
            # A whole plan: its results tables' plan columns against their actual columns.
            a_side = select_side(first, a_plan, a_table, "plan", chosen_unit, TableKind.RESULTS)
            b_side = select_side(first, a_plan, a_table, "actual", a_side.unit, TableKind.RESULTS)
        else:
            chosen_mode, a_kind, b_kind = choose_sides(
                a_plan, a_table, b_plan, b_table, None if mode is ReconcileMode.auto else mode.value
            )
            a_side = select_side(first, a_plan, a_table, "all", chosen_unit, a_kind)
            b_side = select_side(second, b_plan, b_table, "all", a_side.unit, b_kind)
    except ReconcileError as exc:
        _fail_usage(translate(exc.key, language, **exc.params))
        return
    result = run(a_side, b_side, chosen_mode, limit)
    if output_format is DataFormat.json:
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, lang=language, plain_numbers=plain_numbers))
    raise typer.Exit(EXIT_FINDINGS if result.failed else EXIT_OK)


def _split_address(address: str) -> tuple[str, Optional[str]]:
    """``plans/x.yaml#table-id`` → (file, table); a plain path has no table."""
    path, sep, table = address.partition("#")
    return path, (table or None) if sep else None


def _load_one_each(files: list[str], lang: Optional[str]) -> dict[str, "Plan"]:
    """Load each distinct file once; any problem stops the command with exit 2."""
    from .loader import load_plan

    loaded = {}
    for file in dict.fromkeys(files):
        plan = load_plan(file)
        if not plan.ok:
            _report_broken([plan], lang)
            raise typer.Exit(EXIT_UNCHECKED)
        loaded[file] = plan
    return {file: plan.plan for file, plan in loaded.items() if plan.plan is not None}


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier version of the plan.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later version.")],
    output_format: Annotated[DataFormat, typer.Option("--format", "-f", help="text or json.")] = DataFormat.text,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Show the figures added, removed and changed between two versions of a plan.

    Exit 0 whatever changed (differences are not errors), 2 when a file cannot be read.
    """
    from .diff import diff_plans, render_json, render_text
    from .i18n import resolve_language

    plans = _load_one_each([old, new], lang)
    result = diff_plans(old, plans[old], new, plans[new])
    if output_format is DataFormat.json:
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, lang=resolve_language(lang), plain_numbers=plain_numbers))


@app.command()
def report(
    paths: PathsArgument,
    output: Annotated[str, typer.Option("--output", "-o", help="The HTML file to write.")] = "report.html",
    title: Annotated[Optional[str], typer.Option("--title", help="Page title.")] = None,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Write one self-contained HTML page: findings, summary tables and charts per plan.

    Exit 0 when the page is written; 2, writing nothing, when a plan cannot be loaded.
    """
    from . import usage  # noqa: F401
    from .i18n import resolve_language, translate
    from .report import build_report

    language = resolve_language(lang)
    loaded = _load_all(paths, language)
    if not loaded:
        _fail_usage(translate("cli.no-plans", language))
    broken = [plan for plan in loaded if not plan.ok]
    if broken:  # no page for plans that could not be read: the errors, as kc validate prints them
        _report_broken(broken, lang)
        raise typer.Exit(EXIT_UNCHECKED)
    page = build_report(loaded, lang=language, plain_numbers=plain_numbers, title=title)
    _write_output(page, output, language)
    typer.echo(translate("cli.report-written", language, path=output, count=len(loaded)), err=True)


@app.command()
def rules(lang: LangOption = None) -> None:
    """List every rule: id, name, default severity and what it checks."""
    from tabulate import tabulate

    from .findings import severity_label
    from .i18n import resolve_language
    from .rules import all_rules

    language = resolve_language(lang)
    rows = [(r.id, r.name, severity_label(r.severity, language), r.summary[language]) for r in all_rules()]
    headers = ("id", "name", "severity", "summary") if language == "en" else ("mã", "tên", "mức", "mô tả")
    typer.echo(tabulate(rows, headers=headers, tablefmt="simple"))


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id or name, e.g. KC101.")],
    lang: LangOption = None,
) -> None:
    """Show a rule's documentation and its bad and good examples."""
    from . import cli_messages  # noqa: F401  (registers the messages used here)
    from .i18n import resolve_language, translate
    from .rules import get_rule

    language = resolve_language(lang)
    found = get_rule(rule_id)
    if found is None:
        _fail_usage(translate("cli.unknown-rule", language, rule=rule_id))
        return
    typer.echo(f"{found.id} {found.name} ({translate('severity.' + found.severity.value, language)})")
    typer.echo(found.summary[language])
    typer.echo()
    typer.echo(found.documentation(language))
    if found.examples:
        typer.echo()
        typer.echo(translate("cli.explain.examples", language))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the plan format."""
    from .schema import schema_text

    sys.stdout.write(schema_text())


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
