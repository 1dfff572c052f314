"""The ``kc`` command line: each command parses its options, calls one core function, picks a
reporter and sets the exit code (0 clean, 1 findings, 2 could not check).

No rule or format logic lives here. Core modules are imported inside the commands so that
``kc --version`` and ``kc --help`` stay fast. Every :class:`~khuyencong_cli.errors.KcError`
becomes one translated line on stderr and exit 2 in :func:`handles_errors`, and nowhere else.

Declarations carry no help text: the help page is written by :mod:`.localized` from the
message catalog (``help.<command>.<param>``), in the language decided before parsing
(:mod:`.language`). Every command is declared with :func:`command` so that it is a
:class:`~.localized.KcCommand`.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from .. import __version__
from ..errors import KcError
from . import completion
from .language import current_language
from .localized import KcCommand, KcGroup, fail

__all__ = ["app", "main", "command"]

app = typer.Typer(
    name="kc",
    cls=KcGroup,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
Command = TypeVar("Command", bound=Callable[..., None])
Opt = typer.Option


def command(name: str | None = None) -> Callable[[Command], Command]:
    """Declare a kc command: its help page and usage errors come from the catalog."""
    return app.command(name, cls=KcCommand)


def _check_lang(value: str | None) -> str | None:
    """An unknown --lang is a usage error (exit 2), not a silent fall back to English."""
    if value is not None and value.strip().lower() not in ("vi", "en"):
        fail("cli.bad.lang", value=value)
    return value


LangOption = Annotated[str | None, Opt("--lang", callback=_check_lang, autocompletion=completion.languages)]
PlainOption = Annotated[bool, typer.Option("--plain-numbers")]
PathsArgument = Annotated[list[str], typer.Argument(autocompletion=completion.plan_paths)]


def handles_errors(command: Command) -> Command:
    """Run a command; any KcError, or output that could not be written, is printed in the
    reader's language and exits 2."""

    @functools.wraps(command)  # typer reads the wrapped signature
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KcError as exc:
            sys.stderr.write(exc.report(current_language(kwargs.get("lang"))))
            raise typer.Exit(2) from None
        except OSError as exc:  # the report could not be written (a full disk, an I/O error)
            if isinstance(exc, BrokenPipeError):  # the reader went away: typer's (and the launcher's) to end
                raise
            from ..os_errors import output_failed

            sys.stderr.write(output_failed(exc).report(current_language(kwargs.get("lang"))))
            raise typer.Exit(2) from None

    return run  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, Opt("--version", callback=_version, is_eager=True)] = False,
    lang: LangOption = None,
) -> None:
    """The program's own options; ``--lang`` here only chooses the language (read before parsing)."""


from . import check, importing, money  # noqa: E402, F401  (the commands register themselves on app)


def main() -> None:
    """Console-script entry point."""
    from ..launch import ready_streams

    ready_streams()
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
