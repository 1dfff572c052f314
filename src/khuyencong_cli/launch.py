"""The ``kc`` executable: what a short-lived process can settle before the command line is read.

* ``kc --version`` is answered without loading the command-line framework (typer builds
  every command's parameters before it looks at one option: most of the start-up).
* ``kc --help``, ``kc COMMAND --help`` and a bare ``kc`` print their help page from the
  descriptions kept in :mod:`.help_table`, laid out as click lays it out
  (:mod:`.help_page`): a test compares every page with typer's in both languages and
  several terminal widths.
* ``kc validate``, ``kc summary`` and ``kc report`` (the pre-commit hook's call, one process
  per commit; a CI job's; a nightly page's) run the same body as their typer command
  (:mod:`.commands`) without loading typer, when :mod:`.short_line` can read the line as
  click would: typer and the pydantic its adapters import are most of a short run's
  start-up, and with ``--jobs`` the workers start sooner. Any line it is not sure of goes
  through typer as before.
* The cyclic garbage collector runs less often. kc allocates hundreds of thousands of
  short-lived, acyclic objects per plan (freed by reference counting anyway), and ``kc
  summary`` and ``kc report`` keep plans while they read more: with the default thresholds,
  collections that find nothing took more than half of their time. Cycles are still
  collected; the process ends within seconds.
* Once a short path has written its output, closed its files and flushed standard output
  and error, the process ends at once (``os._exit``, as mypy ends its runs): Python would
  otherwise walk every object once more and free, one by one, the caches, plans and
  modules of the run, which the exit frees anyway (about 3 % of ``kc validate`` on 1.000
  files). Nothing kc needs runs at exit: its files and temporary files are closed by then,
  and a ``--jobs`` pool has been shut down.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:  # kc --version reads this module: typing is not loaded for it
    from typing import Any

from .short_line import COMPLETION_VARIABLE, read_line

__all__ = ["help_request", "ready_streams", "main"]

GC_THRESHOLD = (50_000, 20, 100)


def help_request(argv: list[str]) -> str | None:
    """The command whose help page is all the line asks for (``kc`` for the program), else None."""
    if COMPLETION_VARIABLE in os.environ:
        return None
    if not argv or argv == ["--help"]:
        return "kc"
    if len(argv) == 2 and argv[1] == "--help" and not argv[0].startswith("-"):
        from .help_table import PAGES

        return argv[0] if argv[0] in PAGES else None
    return None


def _help(command: str, bare: bool) -> int:
    """Print a help page as typer would: on stdout and exit 0, or for a bare ``kc`` on stderr and exit 2."""
    from .help_page import page_width, render
    from .help_table import PAGES
    from .i18n import resolve_language

    text = render(command, PAGES[command], resolve_language(None), page_width()) + "\n"
    stream = sys.stderr if bare else sys.stdout
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (nothing more can be written)
        return 1
    return 2 if bare else 0


def _run_command(command: str, values: dict[str, Any]) -> int:
    """Run a command read by :mod:`.short_line`, as its typer command runs it."""
    from . import commands
    from .errors import KcError
    from .i18n import resolve_language
    from .os_errors import output_failed

    language = resolve_language(values.pop("lang", None))
    paths = values.pop("paths")
    try:
        return int(getattr(commands, command)(paths, language, **values))
    except KcError as exc:
        sys.stderr.write(exc.report(language))
        return 2
    except OSError as exc:  # the report could not be written (a full disk, an I/O error)
        if isinstance(exc, BrokenPipeError):  # the reader went away: typer's (and the launcher's) to end
            raise
        sys.stderr.write(output_failed(exc).report(language))
        return 2


def _exit_as_typer(command: str, values: dict[str, Any]) -> int:
    """The exit code typer's own main would give: 130 on Ctrl-C, 1 when the reader of stdout
    went away (``kc validate … | head``), 1 after "Aborted!" at the end of input."""
    try:
        code = _run_command(command, values)
        sys.stdout.flush()
    except KeyboardInterrupt:
        return 130
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        return 1
    except BrokenPipeError:
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115  (nothing more can be written)
        return 1
    return code


def _leave(code: int) -> NoReturn:
    """End the process with ``code`` once standard output and error are flushed, without
    Python's clean-up (see the module's docstring)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the reader went away at the last moment: as _exit_as_typer says
        code = code or 1
    os._exit(code)


def ready_streams() -> None:
    """Ready standard output and error for kc's text.

    A stream closed as kc started (``2>&-`` or ``>&-``, when Python sets it to None) gets one
    that discards what is written to it: kc's lines for the person at the terminal (a note,
    ``--statistics`` beside a machine format) then go nowhere, as typer.echo leaves them,
    instead of failing a run whose work is done. A stream that claims ASCII
    (``PYTHONIOENCODING=ascii``, a misconfigured terminal) writes UTF-8, as click does, and one
    whose encoding has no Vietnamese letters writes them as escapes: the report is written,
    not a traceback."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115  (the process's own stream)
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        _speak_vietnamese(stream)


def _speak_vietnamese(stream: Any) -> None:
    """UTF-8 on a stream that claims ASCII; escapes on one that cannot write Vietnamese."""
    import codecs

    encoding = getattr(stream, "encoding", None) or "utf-8"
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        if codecs.lookup(encoding).name == "ascii":
            reconfigure(encoding="utf-8")
        else:
            "ếđỗ".encode(encoding)
    except LookupError:
        return
    except UnicodeEncodeError:
        reconfigure(errors="backslashreplace")


def main() -> None:
    """Console-script entry point."""
    ready_streams()
    argv = sys.argv[1:]
    if argv == ["--version"]:
        from . import __version__

        sys.stdout.write(f"kc {__version__}\n")
        return
    page = help_request(argv)
    if page is not None:
        sys.exit(_help(page, bare=not argv))
    gc.set_threshold(*GC_THRESHOLD)
    line = read_line(argv)
    if line is not None:
        _leave(_exit_as_typer(*line))
    from .cli import main as cli_main

    cli_main()
