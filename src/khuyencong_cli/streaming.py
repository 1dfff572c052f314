"""The text report of ``kc validate``, written file by file while the run goes on.

On 10.000 files a report held until the end meant a minute of silence, then everything at
once, and memory growing with every finding. Here each file's findings are written as soon
as it is checked and then dropped; only counts are kept (per severity, per rule). A
progress bar is drawn on standard error when it is a terminal, and never in a pipe or a log.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from .engine import has_internal_errors
from .findings import Severity
from .reporters.base import Report
from .reporters.text import TextWriter
from .runner import FileResult

__all__ = ["Outcome", "stream_text"]


@dataclass
class Outcome:
    """What the exit code and ``--statistics`` need once the report is written."""

    files: int = 0
    failed: int = 0
    broken: bool = False
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)


def stream_text(
    results: Iterable[FileResult],
    template: Report,
    failing: Severity,
    out: TextIO,
    total: int | None = None,
    progress: bool | None = None,
) -> Outcome:
    """Write each file's findings as it comes; ``template`` gives language, colour, quiet."""
    outcome = Outcome()
    counts = {severity: 0 for severity in Severity}
    writer = TextWriter(template, out)
    show_progress = sys.stderr.isatty() if progress is None else progress
    for result in _with_progress(results, total, show_progress):
        outcome.files += 1
        findings = sorted(result.findings)
        failed = [f for f in findings if f.severity.rank >= failing.rank]
        outcome.failed += len(failed)
        outcome.broken |= not result.ok or has_internal_errors(findings)
        outcome.by_rule.update((f.rule, f.name) for f in findings)
        shown = failed if template.quiet else findings
        for finding in shown:
            counts[finding.severity] += 1
        if shown:
            writer.file(result.file, shown, result.lines)
            out.flush()
    if not template.quiet:
        writer.summary(counts, outcome.files)
    return outcome


def _with_progress(results: Iterable[FileResult], total: int | None, show: bool) -> Iterator[FileResult]:
    if not show:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("kc"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("kc", total=total)
        for result in results:
            yield result
            bar.advance(task)
