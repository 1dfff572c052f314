"""``kc validate``, ``kc rules``, ``kc explain``, ``kc schema``."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from .. import __version__
from . import LangOption, Opt, PathsArgument, PlainOption, command, handles_errors, split_list
from .completion import files, rule_keys
from .language import current_language

if TYPE_CHECKING:
    from ..reporters import Report
    from ..validation import RunPlan, ValidateRequest

OutputFormat = StrEnum("OutputFormat", ["text", "json", "sarif", "github", "junit", "gitlab"])
FailOn = StrEnum("FailOn", ["error", "warning", "info"])




@command()
@handles_errors
def validate(
    paths: PathsArgument,
    output_format: Annotated[OutputFormat | None, Opt("--format", "-f")] = None,
    config_file: Annotated[str | None, Opt("--config", autocompletion=files)] = None,
    strict: Annotated[bool, Opt("--strict")] = False,
    fail_on: Annotated[FailOn | None, Opt("--fail-on")] = None,
    select: Annotated[list[str] | None, Opt("--select", autocompletion=rule_keys)] = None,
    ignore: Annotated[list[str] | None, Opt("--ignore", autocompletion=rule_keys)] = None,
    quiet: Annotated[bool, Opt("--quiet", "-q")] = False,
    statistics: Annotated[bool, Opt("--statistics")] = False,
    jobs: Annotated[int, Opt("--jobs", "-j", min=0)] = 1,
    baseline: Annotated[str | None, Opt("--baseline", autocompletion=files)] = None,
    update_baseline: Annotated[bool, Opt("--update-baseline")] = False,
    exclude: Annotated[list[str] | None, Opt("--exclude")] = None,
    plans_only: Annotated[bool, Opt("--plans-only")] = False,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Check plans and report every inconsistency with its place in the file.

    Exit codes: 0 no finding at or above the failing severity; 1 such findings; 2 could not
    check (bad usage or configuration, an invalid plan, an internal error).
    """
    from ..findings import Severity
    from ..i18n import translate
    from ..reporters import Report, get_reporter
    from ..validation import ValidateRequest, default_format, plan_run, streams, use_color
    from ..validation import statistics as count_per_rule
    from ..validation import validate as run_validation

    language = current_language(lang)
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
    from ..os_errors import os_reason
    from ..reporters.github import append_step_summary

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        append_step_summary(report, path)
    except OSError as exc:
        typer.echo("kc: " + translate("cli.cannot-write", language, path=path, reason=os_reason(exc)), err=True)


@command()
def rules(
    lang: LangOption = None,
    markdown: Annotated[bool, Opt("--markdown")] = False,
) -> None:
    """List every rule: id, name, default severity and what it checks."""
    from ..rule_table import rules_markdown, rules_text

    language = current_language(lang)
    sys.stdout.write(rules_markdown(language) if markdown else rules_text(language))


@command()
@handles_errors
def explain(
    rule_id: Annotated[str, typer.Argument(autocompletion=rule_keys)],
    lang: LangOption = None,
) -> None:
    """Show a rule's documentation and its bad and good examples."""
    from ..rule_table import explain as explanation

    sys.stdout.write(explanation(rule_id, current_language(lang)))


@command()
@handles_errors
def schema(
    path: Annotated[bool, Opt("--path")] = False,
    output: Annotated[str | None, Opt("--output", "-o", autocompletion=files)] = None,
    lang: LangOption = None,
) -> None:
    """Print the JSON Schema of the plan format."""
    from ..plans import write_output
    from ..schema import installed_schema_path, schema_text

    if path:
        typer.echo(installed_schema_path())
        return
    write_output(schema_text(), output)
