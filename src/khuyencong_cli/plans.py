"""Loading the plans a command names, and writing what it produces: shared by the commands.

A plan that cannot be loaded stops summary, reconcile, diff and report (they need its data):
:class:`PlansNotLoaded` carries those plans so the command line prints their load errors as
``kc validate`` does, and exits 2.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from .errors import KcError, UsageError
from .i18n import translate
from .loader import STDIN_NAME, LoadedPlan, load_bytes, load_plan
from .model import Plan
from .numbers import normalise_unit, unit_factor
from .os_errors import output_failed
from .paths import STDIN, walk

__all__ = [
    "PlanStream", "PlansNotLoaded", "display_unit", "load_each", "load_paths", "output_stream", "shown_name", "write_output",
]


class PlansNotLoaded(KcError):
    """Plans that could not be loaded; their load findings are the message."""

    def __init__(self, broken: Sequence[LoadedPlan]) -> None:
        super().__init__("cli.not-loaded")
        self.broken = list(broken)

    def report(self, lang: str) -> str:
        """Their load errors, as ``kc validate`` prints them."""
        from .engine import CheckOptions, render_load_problems
        from .reporters import Report, get_reporter

        options = CheckOptions(lang=lang)
        findings = sorted(f for plan in self.broken for f in render_load_problems(plan, options))
        return get_reporter("text")(Report(findings=findings, files=[p.file for p in self.broken], lang=lang))


class PlanStream:
    """The plans named or found under some paths, loaded one at a time as they are iterated,
    so a command that sums them (summary, report) holds one plan at a time, not all of them.

    No file at all is a usage error (said when the stream
    is made); plans that cannot be loaded are kept aside and raised together as
    :class:`PlansNotLoaded` once the others have been read, before anything is written.
    ``len()`` is the number of files (all of them are plans when the iteration ends normally).
    Iterating yields each loaded plan; :meth:`pairs` yields ``(file, plan)`` as ``summarise``
    takes them.
    """

    def __init__(self, paths: Sequence[str], lang: str = "en", exclude: Sequence[str] = ()) -> None:
        walked = walk(paths, exclude)
        if walked.passed_over:  # said, so that a plan missing its kc: key is not skipped unnoticed
            sys.stderr.write(translate("walk.passed-over", lang, count=len(walked.passed_over)) + "\n")
        if not walked.files:
            raise UsageError("cli.no-files")
        self.files = list(walked.files)

    def __len__(self) -> int:
        return len(self.files)

    def __iter__(self) -> Iterator[LoadedPlan]:
        broken: list[LoadedPlan] = []
        for path in self.files:
            loaded = _load(path)
            if loaded.ok:
                yield loaded
            else:
                broken.append(loaded)
        if broken:
            raise PlansNotLoaded(broken)

    def pairs(self) -> Iterator[tuple[str, Plan]]:
        """``(file, plan)`` for each plan, loaded as it is asked for."""
        for loaded in self:
            if loaded.plan is not None:
                yield loaded.file, loaded.plan


def load_paths(paths: Sequence[str], lang: str = "en", exclude: Sequence[str] = ()) -> PlanStream:
    """Every plan named or found under ``paths`` (``-`` is standard input), each loaded when
    the result is iterated (see :class:`PlanStream`); ``exclude``: the configuration's
    patterns of files not to read in directories, as ``kc validate`` walks them.

    No file at all is a usage error, raised here; plans that cannot be loaded raise
    :class:`PlansNotLoaded` at the end of the iteration, before anything is written.
    """
    return PlanStream(paths, lang, exclude)


def shown_name(file: str) -> str:
    """How a file named on the command line is called in output: ``-`` is ``<stdin>``."""
    return STDIN_NAME if file == STDIN else file


def load_each(files: Sequence[str]) -> dict[str, Plan]:
    """Each distinct file loaded once (reconcile and diff name files, not directories);
    ``-`` is standard input, read once."""
    plans: dict[str, Plan] = {}
    for file in dict.fromkeys(files):
        loaded = _load(file)
        if not loaded.ok or loaded.plan is None:
            raise PlansNotLoaded([loaded])
        plans[file] = loaded.plan
    return plans


def _load(file: str) -> LoadedPlan:
    """One named file, or standard input for ``-``."""
    return load_bytes(sys.stdin.buffer.read(), STDIN_NAME) if file == STDIN else load_plan(file)


def display_unit(unit: str | None) -> str | None:
    """The money unit ``--unit`` names, normalised (tỉ → tỷ); an unknown one is a usage error."""
    if unit is None:
        return None
    if unit_factor(unit) is None:
        raise UsageError("cli.bad-unit", unit=unit)
    return normalise_unit(unit)


def write_output(data: str | bytes, output: str | None) -> None:
    """Standard output (no name, or ``-``), else the named file replaced whole (atomic.py);
    failing to write, or a workbook to a terminal, is a usage error."""
    from .atomic import BinaryToTerminal
    from .atomic import write_output as write

    try:
        write(output or "-", data)
    except BinaryToTerminal as exc:
        raise UsageError("cli.binary-to-terminal") from exc
    except OSError as exc:
        raise _cannot_write(output, exc) from exc


@contextlib.contextmanager
def output_stream(output: str | None) -> Iterator[TextIO]:
    """Standard output (no name, or ``-``), else the named file, written piece by piece and
    put in place whole at the end (atomic.py); failing to write is a usage error."""
    from .atomic import open_atomic

    try:
        with open_atomic(output or "-") as handle:
            yield handle
    except OSError as exc:
        raise _cannot_write(output, exc) from exc


def _cannot_write(output: str | None, exc: OSError) -> Exception:
    """The error for output that could not be written. A reader of standard output that went
    away (``kc summary | head``) is not kc's failure: that goes on as it does for ``kc
    validate | head`` (exit 1, nothing said)."""
    if isinstance(exc, BrokenPipeError) and output in (None, "-"):
        return exc
    return output_failed(exc, output)
