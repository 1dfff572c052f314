"""The ``kc`` executable: what a short-lived process can settle before the command line is read.

* ``kc --version`` is answered without loading the command-line framework (typer builds
  every command's parameters before it looks at one option: most of the start-up).
* ``kc validate PLAN…`` with no option but ``--jobs N`` (a pre-commit hook's usual call,
  one process per commit, or a CI job's) runs the same body as the typer command
  (:mod:`.validate_run`) without loading typer: nothing on such a line needs parsing, and
  with ``--jobs`` the workers start a fifth of a second sooner, which is most of what
  keeps two jobs from twice the speed of one. Any other option, a ``-`` or ``--``, a
  ``--jobs`` that is not a number, or shell completion goes through typer as before.
* The cyclic garbage collector runs less often. kc allocates hundreds of thousands of
  short-lived, acyclic objects per plan (freed by reference counting anyway), and ``kc
  summary`` and ``kc report`` keep plans while they read more: with the default thresholds,
  collections that find nothing took more than half of their time. Cycles are still
  collected; the process ends within seconds.
"""

from __future__ import annotations

import gc
import os
import sys

__all__ = ["main", "plain_validate"]

GC_THRESHOLD = (50_000, 20, 100)
COMPLETION_VARIABLE = "_KC_COMPLETE"


def plain_validate(argv: list[str]) -> bool:
    """Whether the line is ``validate`` followed only by paths and at most one ``--jobs N``
    (nothing typer must parse)."""
    return len(argv) >= 2 and argv[0] == "validate" and COMPLETION_VARIABLE not in os.environ and (
        _paths_and_jobs(argv[1:]) is not None
    )


def _paths_and_jobs(words: list[str]) -> tuple[list[str], int] | None:
    """The paths and the number of jobs (``--jobs N``, ``--jobs=N``, ``-j N``, N a whole
    number), or None when the line holds anything else that starts with ``-``."""
    paths: list[str] = []
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
        elif word.startswith("-"):
            return None
        else:
            paths.append(word)
    if pending or not paths:
        return None
    return paths, 1 if jobs is None else jobs


def _validate_plans(paths: list[str], jobs: int = 1) -> int:
    """``kc validate PATH… [--jobs N]`` with every other option at its default, as the typer
    command runs it."""
    from .errors import KcError
    from .i18n import resolve_language
    from .validate_run import run_validate
    from .validation import ValidateRequest

    language = resolve_language(None)
    try:
        return run_validate(ValidateRequest(paths, jobs=jobs, lang=language), None, statistics=False)
    except KcError as exc:
        sys.stderr.write(exc.report(language))
        return 2


def _exit_as_typer(paths: list[str], jobs: int = 1) -> int:
    """The exit code typer's own main would give: 130 on Ctrl-C, 1 when the reader of stdout
    went away (``kc validate … | head``), 1 after "Aborted!" at the end of input."""
    try:
        code = _validate_plans(paths, jobs)
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
    gc.set_threshold(*GC_THRESHOLD)
    if plain_validate(argv):
        paths, jobs = _paths_and_jobs(argv[1:]) or ([], 1)
        sys.exit(_exit_as_typer(paths, jobs))
    from .cli import main as cli_main

    cli_main()
