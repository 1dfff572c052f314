"""``kc validate``, ``kc rules``, ``kc explain``, ``kc schema``."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from .. import __version__
from . import LangOption, Opt, PathsArgument, PlainOption, command, handles_errors, split_list
from .completion import files, rule_keys
from .language import current_language

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
    from ..validation import ValidateRequest, default_format, use_color
    from ..validation import statistics as count_per_rule
    from ..validation import validate as run_validation

    language = current_language(lang)
    outcome = run_validation(ValidateRequest(
        paths, config_file, split_list(select), split_list(ignore), Severity(fail_on.value) if fail_on else None,
        strict, quiet, jobs, baseline, update_baseline, language, plain_numbers,
    ))
    if outcome.baseline_written is not None:
        target, count = outcome.baseline_written
        typer.echo(translate("baseline.written", language, count=count, file=target), err=True)
        raise typer.Exit(outcome.exit_code)
    chosen = output_format.value if output_format else default_format()  # github inside GitHub Actions
    sys.stdout.write(get_reporter(chosen)(Report(
        findings=outcome.shown, files=[r.file for r in outcome.results], lines=outcome.lines, lang=language,
        plain_numbers=plain_numbers, color=chosen == "text" and use_color(), tool_version=__version__,
        root=str(outcome.root), quiet=quiet,
    )))
    if statistics:  # after a machine format, on stderr: stdout stays parseable
        (sys.stdout if chosen in ("text", "github") else sys.stderr).write(count_per_rule(outcome.findings))
    raise typer.Exit(outcome.exit_code)


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
