"""The ``kc`` command line: each command parses its options, calls one core function, picks a
reporter and sets the exit code (0 clean, 1 findings, 2 could not check).

No rule or format logic lives here. Core modules are imported inside the commands so that
``kc --version`` and ``kc --help`` stay fast. Every :class:`~khuyencong_cli.errors.KcError`
becomes one translated line on stderr and exit 2 in :func:`handles_errors`, and nowhere else.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer

from .. import __version__
from ..errors import KcError

__all__ = ["app", "main"]

app = typer.Typer(
    name="kc",
    help="Validate and reconcile the budgets of Vietnamese khuyến công plans.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
Command = TypeVar("Command", bound=Callable[..., None])
Opt = typer.Option


def _check_lang(value: str | None) -> str | None:
    """An unknown --lang is a usage error (exit 2), not a silent fall back to English."""
    if value is not None and value.strip().lower() not in ("vi", "en"):
        raise typer.BadParameter(f"'{value}' is not a language kc speaks: use vi or en / dùng vi hoặc en")
    return value


LangOption = Annotated[str | None, Opt(
    "--lang", metavar="vi|en", callback=_check_lang, help="Language of messages: vi or en (default: KC_LANG, then the locale).",
)]
PlainOption = Annotated[bool, typer.Option("--plain-numbers", help="Show 7763.455 instead of 7.763,455.")]
PathsArgument = Annotated[list[str], typer.Argument(help="Plan files, or directories searched for *.yaml / *.yml; - for stdin.")]


def handles_errors(command: Command) -> Command:
    """Run a command; any KcError is printed in the reader's language and exits 2."""

    @functools.wraps(command)  # typer reads the wrapped signature
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except KcError as exc:
            from ..i18n import resolve_language

            sys.stderr.write(exc.report(resolve_language(kwargs.get("lang"))))
            raise typer.Exit(2) from None

    return run  # type: ignore[return-value]


def split_list(values: list[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated values (``--select KC1,KC2 --select KC3``) as one tuple."""
    return tuple(item.strip() for value in values or [] for item in value.split(",") if item.strip())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, Opt("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
) -> None:
    """kc: kiểm tra và đối chiếu kinh phí kế hoạch khuyến công / check khuyến công plan budgets."""


from . import check, importing, money  # noqa: E402, F401  (the commands register themselves on app)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
