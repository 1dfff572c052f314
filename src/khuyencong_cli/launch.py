"""The ``kc`` executable: what a short-lived process can settle before the command line is read.

* ``kc --version`` is answered without loading the command-line framework (typer builds
  every command's parameters before it looks at one option: most of the start-up).
* ``kc --help``, ``kc COMMAND --help`` and a bare ``kc`` print their help page from the
  descriptions kept in :mod:`.help_table`, laid out as click lays it out
  (:mod:`.help_page`): a test compares every page with typer's in both languages and
  several terminal widths.
* ``kc validate PLAN…``, with no option or only flags that take no value (``--plans-only``,
  the pre-commit hook's call, one process per commit; ``--strict``, ``-q``, ``--statistics``,
  ``--plain-numbers``) and at most one ``--jobs N`` (a CI job's call), runs the same body as
  the typer command (:mod:`.validate_run`) without loading typer: nothing on such a line
  needs more parsing than a set of words, and with ``--jobs`` the workers start a fifth of a
  second sooner, which is most of what keeps two jobs from twice the speed of one. Any other
  option, a ``-`` or ``--``, a ``--jobs`` that is not a number, or shell completion goes
  through typer as before.
* The cyclic garbage collector runs less often. kc allocates hundreds of thousands of
  short-lived, acyclic objects per plan (freed by reference counting anyway), and ``kc
  summary`` and ``kc report`` keep plans while they read more: with the default thresholds,
  collections that find nothing took more than half of their time. Cycles are still
  collected; the process ends within seconds. Once ``kc validate``'s short path has written
  and flushed its report, the collector is turned off: Python would otherwise walk every
  object of the process once more as it exits (about a hundredth of one plan's check), to
  free what the exit frees anyway.
"""

from __future__ import annotations

import gc
import os
import sys

__all__ = ["main", "plain_validate", "help_request"]

GC_THRESHOLD = (50_000, 20, 100)
COMPLETION_VARIABLE = "_KC_COMPLETE"


# The flags of ``kc validate`` that take no value, and the request field each sets.
FLAGS = {
    "--plans-only": "plans_only",
    "--strict": "strict",
    "--quiet": "quiet",
    "-q": "quiet",
    "--statistics": "statistics",
    "--plain-numbers": "plain_numbers",
}


def plain_validate(argv: list[str]) -> bool:
    """Whether the line is ``validate`` followed by paths, value-less flags (as click reads
    them: in any order, repeated or not) and at most one ``--jobs N``, with at least one path."""
    return _plain_line(argv) is not None


def _plain_line(argv: list[str]) -> tuple[list[str], int] | None:
    """The words and jobs of a line :func:`plain_validate` accepts, else None."""
    if len(argv) < 2 or argv[0] != "validate" or COMPLETION_VARIABLE in os.environ:
        return None
    return _words_and_jobs(argv[1:])


def _words_and_jobs(words: list[str]) -> tuple[list[str], int] | None:
    """The paths and flags, and the number of jobs (``--jobs N``, ``--jobs=N``, ``-j N``, N a
    whole number), or None when the line holds anything else that starts with ``-``."""
    kept: list[str] = []
    jobs: int | None = None
    pending = False  # the word before was --jobs or -j
    for word in words:
        if pending:
            if not word.isdigit() or not word.isascii():
                return None
            jobs, pending = int(word), False
        elif word.startswith("--jobs=") and jobs is None:
            value = word.removeprefix("--jobs=")
            if not value.isdigit() or not value.isascii():
                return None
            jobs = int(value)
        elif word in ("--jobs", "-j") and jobs is None:
            pending = True
        elif word.startswith("-") and word not in FLAGS:
            return None
        else:
            kept.append(word)
    if pending or all(word in FLAGS for word in kept):
        return None
    return kept, 1 if jobs is None else jobs


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


def _validate_plans(words: list[str], jobs: int = 1) -> int:
    """``kc validate PATH… [--jobs N]`` with these flags and every other option at its
    default, as the typer command runs it."""
    from .errors import KcError
    from .i18n import resolve_language
    from .validate_run import run_validate
    from .validation import ValidateRequest

    language = resolve_language(None)
    given = {FLAGS[word] for word in words if word in FLAGS}
    request = ValidateRequest(
        [word for word in words if word not in FLAGS], strict="strict" in given, quiet="quiet" in given,
        lang=language, plain_numbers="plain_numbers" in given, plans_only="plans_only" in given, jobs=jobs,
    )
    try:
        return run_validate(request, None, statistics="statistics" in given)
    except KcError as exc:
        sys.stderr.write(exc.report(language))
        return 2


def _exit_as_typer(words: list[str], jobs: int = 1) -> int:
    """The exit code typer's own main would give: 130 on Ctrl-C, 1 when the reader of stdout
    went away (``kc validate … | head``), 1 after "Aborted!" at the end of input."""
    try:
        code = _validate_plans(words, jobs)
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


def main() -> None:
    """Console-script entry point."""
    argv = sys.argv[1:]
    if argv == ["--version"]:
        from . import __version__

        sys.stdout.write(f"kc {__version__}\n")
        return
    page = help_request(argv)
    if page is not None:
        sys.exit(_help(page, bare=not argv))
    gc.set_threshold(*GC_THRESHOLD)
    plain = _plain_line(argv)
    if plain is not None:
        code = _exit_as_typer(*plain)
        gc.disable()  # the report is written and flushed: see the module's docstring
        sys.exit(code)
    from .cli import main as cli_main

    cli_main()
