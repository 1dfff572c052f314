"""``kc validate``, ``kc rules``, ``kc explain``, ``kc schema``."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from . import LangOption, Opt, PathsArgument, PlainOption, command, handles_errors
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
    exclude: Annotated[list[str] | None, Opt("--exclude")] = None,
    plans_only: Annotated[bool, Opt("--plans-only")] = False,
    lang: LangOption = None,
    plain_numbers: PlainOption = False,
) -> None:
    """Check plans and report every inconsistency with its place in the file.

    Exit codes: 0 no finding at or above the failing severity; 1 such findings; 2 could not
    check (bad usage or configuration, an invalid plan, an internal error).
    """
    from .. import commands

    code = commands.validate(
        paths, current_language(lang), output_format=output_format.value if output_format else None,
        config_file=config_file, strict=strict, fail_on=fail_on.value if fail_on else None, select=select,
        ignore=ignore, quiet=quiet, statistics=statistics, jobs=jobs, baseline=baseline,
        update_baseline=update_baseline, exclude=exclude, plans_only=plans_only, plain_numbers=plain_numbers,
    )
    raise typer.Exit(code)


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
