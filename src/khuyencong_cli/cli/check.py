"""``kc validate``, ``kc rules``, ``kc explain``, ``kc schema``."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from .. import __version__
from . import LangOption, Opt, PathsArgument, PlainOption, app, handles_errors, split_list

if TYPE_CHECKING:
    from ..reporters import Report
    from ..validation import RunPlan, ValidateRequest

OutputFormat = StrEnum("OutputFormat", ["text", "json", "sarif", "github", "junit", "gitlab"])
FailOn = StrEnum("FailOn", ["error", "warning", "info"])




@app.command()
@handles_errors
def validate(
    paths: PathsArgument,
    output_format: Annotated[OutputFormat | None, Opt("--format", "-f", help="Output format (default: text; github in GitHub Actions).")] = None,
    config_file: Annotated[str | None, Opt("--config", help="Configuration file (default: nearest kc.toml or pyproject.toml).")] = None,
    strict: Annotated[bool, Opt("--strict", help="Exit 1 on warnings too (--fail-on warning).")] = False,
    fail_on: Annotated[FailOn | None, Opt("--fail-on", help="Lowest severity that makes kc exit 1 (default: error).")] = None,
    select: Annotated[list[str] | None, Opt("--select", help="Only these rules (id, name or prefix).")] = None,
    ignore: Annotated[list[str] | None, Opt("--ignore", help="Skip these rules (id, name or prefix).")] = None,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="Only findings that fail the check; no summary line.")] = False,
    statistics: Annotated[bool, Opt("--statistics", help="Count the findings per rule.")] = False,
    jobs: Annotated[int, Opt("--jobs", "-j", min=0, help="Check files in N processes (0: one per CPU).")] = 1,
    baseline: Annotated[str | None, Opt("--baseline", help="Fail only on findings not in this baseline file.")] = None,
    update_baseline: Annotated[bool, Opt("--update-baseline", help="Write the current findings to the baseline file.")] = False,
    exclude: Annotated[list[str] | None, Opt("--exclude", metavar="PATTERN", help="Skip paths matching this pattern when searching directories (gitignore syntax; repeatable).")] = None,
    plans_only: Annotated[bool, Opt("--plans-only", help="Pass over named files too when they are not kc plans (pre-commit).")] = False,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Check plans and report every inconsistency with its place in the file.

    Exit codes: 0 no finding at or above the failing severity; 1 such findings; 2 could not
    check (bad usage or configuration, an invalid plan, an internal error).
    """
    from ..findings import Severity
    from ..i18n import resolve_language, translate
    from ..reporters import Report, get_reporter
    from ..validation import ValidateRequest, default_format, plan_run, streams, use_color
    from ..validation import statistics as count_per_rule
    from ..validation import validate as run_validation

    language = resolve_language(lang)
    request = ValidateRequest(
        paths, config_file, split_list(select), split_list(ignore), Severity(fail_on.value) if fail_on else None,
        strict, quiet, jobs, baseline, update_baseline, language, plain_numbers, split_list(exclude), plans_only,
    )
    planned = plan_run(request)
    if planned.passed_over:
        typer.echo(translate("walk.passed-over", language, count=planned.passed_over), err=True)
    chosen = output_format.value if output_format else default_format()  # github inside GitHub Actions
    if planned.files and streams(request, chosen):
        _stream(request, planned, chosen, statistics)
    outcome = run_validation(request, planned)
    if outcome.baseline_written is not None:
        target, count = outcome.baseline_written
        typer.echo(translate("baseline.written", language, count=count, file=target), err=True)
        raise typer.Exit(outcome.exit_code)
    report = Report(
        findings=outcome.shown, files=[r.file for r in outcome.results], lines=outcome.lines, lang=language,
        plain_numbers=plain_numbers, color=chosen == "text" and use_color(), tool_version=__version__,
        root=str(outcome.root), quiet=quiet, failing=outcome.failing, broken=[r.file for r in outcome.results if not r.ok],
    )
    sys.stdout.write(get_reporter(chosen)(report))
    _append_step_summary(report, language)
    if statistics:  # after a machine format, on stderr: stdout stays parseable
        (sys.stdout if chosen in ("text", "github") else sys.stderr).write(count_per_rule(outcome.findings))
    raise typer.Exit(outcome.exit_code)


def _stream(request: ValidateRequest, planned: RunPlan, chosen: str, statistics: bool) -> None:
    """The report written file by file, memory flat in the findings; exits with the run's code."""
    from ..streaming import stream_validation
    from ..validation import format_statistics, use_color

    outcome = stream_validation(request, planned, chosen, use_color(), __version__, sys.stdout)
    if statistics:  # after the report; on stderr when the report is for a machine
        (sys.stdout if chosen == "text" else sys.stderr).write(format_statistics(outcome.by_rule))
    raise typer.Exit(outcome.exit_code)


def _append_step_summary(report: Report, language: str) -> None:
    """Every finding on the GitHub job's summary page, when GitHub names the file."""
    from ..i18n import translate
    from ..reporters.github import append_step_summary

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        append_step_summary(report, path)
    except OSError as exc:
        typer.echo("kc: " + translate("cli.cannot-write", language, path=path, reason=exc.strerror or str(exc)), err=True)


@app.command()
def rules(
    lang: LangOption = None,
    markdown: Annotated[bool, Opt("--markdown", help="The Markdown table of the README.")] = False,
) -> None:
    """List every rule: id, name, default severity and what it checks."""
    from ..i18n import resolve_language
    from ..rule_table import rules_markdown, rules_text

    language = resolve_language(lang)
    sys.stdout.write(rules_markdown(language) if markdown else rules_text(language))


@app.command()
@handles_errors
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id or name, e.g. KC101.")],
    lang: LangOption = None,
) -> None:
    """Show a rule's documentation and its bad and good examples."""
    from ..i18n import resolve_language
    from ..rule_table import explain as explanation

    sys.stdout.write(explanation(rule_id, resolve_language(lang)))


@app.command()
@handles_errors
def schema(
    path: Annotated[bool, Opt("--path", help="Print where the installed copy of the schema is, for a $schema modeline.")] = False,
    output: Annotated[str | None, Opt("--output", "-o", help="Write the schema to this file.")] = None,
    lang: LangOption = None,
) -> None:
    """Print the JSON Schema of the plan format."""
    from ..plans import write_output
    from ..schema import installed_schema_path, schema_text

    if path:
        typer.echo(installed_schema_path())
        return
    write_output(schema_text(), output)
