"""``kc import``: options → :func:`~khuyencong_cli.importing.workflow.run_import` → output → exit code."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import LangOption, command
from .completion import files
from .language import current_language

__all__ = ["import_command"]


@command("import")
def import_command(
    source: Annotated[str, typer.Argument(autocompletion=files)],
    output: Annotated[str | None, typer.Option("--output", "-o", autocompletion=files)] = None,
    table: Annotated[int | None, typer.Option("--table", min=1)] = None,
    mapping: Annotated[str | None, typer.Option("--map", autocompletion=files)] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: LangOption = None,
) -> None:
    """Turn a spreadsheet, a Word or PDF annex, a web page or pasted text into a draft plan.

    Exit 0 when the draft is written (or printed); 2 when the input cannot be imported or the
    plan already exists.
    """
    from ..importing.workflow import ImportRequest, run_import

    request = ImportRequest(
        source, output, table, mapping, dry_run, force, current_language(lang),
        stdin=sys.stdin.buffer.read() if source == "-" else None,
    )
    outcome = run_import(request)
    if outcome.stdout:
        sys.stdout.write(outcome.stdout)
    for note in outcome.notes:
        typer.echo(note if outcome.exit_code == 0 else f"kc: {note}", err=True)
    raise typer.Exit(outcome.exit_code)
