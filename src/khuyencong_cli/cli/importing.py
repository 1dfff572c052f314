"""``kc import``: options → :func:`~khuyencong_cli.importing.workflow.run_import` → output → exit code."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import LangOption, app

__all__ = ["import_command"]


@app.command("import")
def import_command(
    source: Annotated[
        str,
        typer.Argument(metavar="SRC", help="An .xlsx, .xls, .ods, .docx, .pdf, .html or .txt file; - for pasted text."),
    ],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="The draft plan to write (default: SRC's name with .yaml).")
    ] = None,
    table: Annotated[int | None, typer.Option("--table", min=1, help="Import only the N-th table.")] = None,
    mapping: Annotated[
        str | None, typer.Option("--map", help="Read the tables as this mapping file says, instead of guessing.")
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the draft and what kc validate says of it; write nothing.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing plan or mapping file.")] = False,
    lang: LangOption = None,
) -> None:
    """Turn a spreadsheet, a Word or PDF annex, a web page or pasted text into a draft plan.

    Exit 0 when the draft is written (or printed); 2 when the input cannot be imported or the
    plan already exists.
    """
    from ..i18n import resolve_language
    from ..importing.workflow import ImportRequest, run_import

    request = ImportRequest(
        source, output, table, mapping, dry_run, force, resolve_language(lang),
        stdin=sys.stdin.buffer.read() if source == "-" else None,
    )
    outcome = run_import(request)
    if outcome.stdout:
        sys.stdout.write(outcome.stdout)
    for note in outcome.notes:
        typer.echo(note if outcome.exit_code == 0 else f"kc: {note}", err=True)
    raise typer.Exit(outcome.exit_code)
