"""Loading the plans a command names, and writing what it produces: shared by the commands.

A plan that cannot be loaded stops summary, reconcile, diff and report (they need its data):
:class:`PlansNotLoaded` carries those plans so the command line prints their load errors as
``kc validate`` does, and exits 2.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .errors import KcError, UsageError
from .i18n import translate
from .loader import STDIN_NAME, LoadedPlan, load_bytes, load_plan
from .model import Plan
from .numbers import normalise_unit, unit_factor
from .paths import STDIN, walk

__all__ = ["PlansNotLoaded", "display_unit", "load_each", "load_paths", "write_output"]


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


def load_paths(paths: Sequence[str], lang: str = "en") -> list[LoadedPlan]:
    """Every plan named or found under ``paths`` (``-`` is standard input), all loaded.

    No file at all is a usage error; one that cannot be loaded raises :class:`PlansNotLoaded`.
    """
    walked = walk(paths)
    if walked.passed_over:  # said, so that a plan missing its kc: key is not skipped unnoticed
        sys.stderr.write(translate("walk.passed-over", lang, count=len(walked.passed_over)) + "\n")
    loaded = [
        load_bytes(sys.stdin.buffer.read(), STDIN_NAME) if path == STDIN else load_plan(path)
        for path in walked.files
    ]
    if not loaded:
        raise UsageError("cli.no-files")
    broken = [plan for plan in loaded if not plan.ok]
    if broken:
        raise PlansNotLoaded(broken)
    return loaded


def load_each(files: Sequence[str]) -> dict[str, Plan]:
    """Each distinct file loaded once (reconcile and diff name files, not directories)."""
    plans: dict[str, Plan] = {}
    for file in dict.fromkeys(files):
        loaded = load_plan(file)
        if not loaded.ok or loaded.plan is None:
            raise PlansNotLoaded([loaded])
        plans[file] = loaded.plan
    return plans


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
        raise UsageError("cli.cannot-write", path=output, reason=exc.strerror or str(exc)) from exc
