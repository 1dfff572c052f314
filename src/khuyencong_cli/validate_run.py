"""The body of ``kc validate`` once its options have values, free of the command-line framework.

Both ways of reading the command line reach it through :func:`khuyencong_cli.commands.validate`,
so both give the same output and exit code: the typer command
(:func:`khuyencong_cli.cli.check.validate`) and the short path of :mod:`khuyencong_cli.launch`,
which reads a ``kc validate`` line with its options without loading typer (building every
command's parameters costs more than checking one plan).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from . import __version__
from .commands import say

if TYPE_CHECKING:
    from .reporters import Report
    from .validation import RunPlan, ValidateRequest

__all__ = ["run_validate"]


def run_validate(request: ValidateRequest, output_format: str | None, statistics: bool) -> int:
    """Check, write the report and return the exit code (a KcError propagates to the caller)."""
    from .i18n import translate
    from .reporters import Report, get_reporter
    from .validation import default_format, plan_run, streams, use_color
    from .validation import statistics as count_per_rule
    from .validation import validate as run_validation

    language = request.lang
    planned = plan_run(request)
    if planned.passed_over:
        say(translate("walk.passed-over", language, count=planned.passed_over))
    chosen = output_format or default_format()  # github inside GitHub Actions
    if planned.files and streams(request, chosen):
        return _stream(request, planned, chosen, statistics)
    outcome = run_validation(request, planned)
    if outcome.baseline_written is not None:
        target, count = outcome.baseline_written
        say(translate("baseline.written", language, count=count, file=target))
        return outcome.exit_code
    report = Report(
        findings=outcome.shown, files=[r.file for r in outcome.results], lines=outcome.lines, lang=language,
        plain_numbers=request.plain_numbers, color=chosen == "text" and use_color(), tool_version=__version__,
        root=str(outcome.root), quiet=request.quiet, failing=outcome.failing,
        broken=[r.file for r in outcome.results if not r.ok],
    )
    sys.stdout.write(get_reporter(chosen)(report))
    _append_step_summary(report, language)
    if statistics:  # after a machine format, on stderr: stdout stays parseable
        (sys.stdout if chosen in ("text", "github") else sys.stderr).write(count_per_rule(outcome.findings))
    return outcome.exit_code


def _stream(request: ValidateRequest, planned: RunPlan, chosen: str, statistics: bool) -> int:
    """The report written file by file, memory flat in the findings; returns the run's code."""
    from .streaming import stream_validation
    from .validation import format_statistics, use_color

    outcome = stream_validation(request, planned, chosen, use_color(), __version__, sys.stdout)
    if outcome.unwritable is not None:
        _cannot_write(*outcome.unwritable, request.lang)
    if statistics:  # after the report; on stderr when the report is for a machine
        (sys.stdout if chosen == "text" else sys.stderr).write(format_statistics(outcome.by_rule))
    return outcome.exit_code


def _append_step_summary(report: Report, language: str) -> None:
    """Every finding on the GitHub job's summary page, when GitHub names the file."""
    from .reporters.github import append_step_summary

    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    try:
        append_step_summary(report, path)
    except OSError as exc:
        _cannot_write(path, exc, language)


def _cannot_write(path: str, exc: OSError, language: str) -> None:
    """The step summary could not be written: said, and the run's exit code stands."""
    from .i18n import translate
    from .os_errors import os_reason

    say("kc: " + translate("cli.cannot-write", language, path=path, reason=os_reason(exc)))
