"""The reports of ``kc validate`` written while the run goes on, in memory flat in the
number of findings.

On 10.000 files a report held until the end meant a minute of silence, then everything at
once, and memory growing with every finding (SARIF peaked at over 300 MB). The text report
writes each file's findings as soon as it is checked and then drops them; only counts are
kept (per severity, per rule). JSON and SARIF open with counts and the rules that fired, so
each file's findings go to a temporary file on disk as they come and are read back one by
one to write the document. A progress bar is drawn on standard error when it is a terminal,
and never in a pipe or a log.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, TextIO

from .atomic import scratch
from .engine import has_internal_errors
from .findings import Finding, Severity
from .records import Record, replace
from .reporters.base import Report, importance_class
from .reporters.text import TextWriter
from .runner import FileResult, checking_order, iter_results

if TYPE_CHECKING:
    from .validation import RunPlan, ValidateRequest

__all__ = ["Outcome", "stream_machine", "stream_text", "stream_validation"]


class Outcome(Record):
    """What the exit code and ``--statistics`` need once the report is written."""

    files: int
    failed: int
    broken: bool
    by_rule: Counter[tuple[str, str]]
    counts: dict[Severity, int]
    unwritable: tuple[str, OSError] | None  # the step summary file, and why it could not be written

    def __init__(
        self, files: int = 0, failed: int = 0, broken: bool = False, by_rule: Counter[tuple[str, str]] | None = None,
        counts: dict[Severity, int] | None = None, unwritable: tuple[str, OSError] | None = None,
    ) -> None:
        self.files, self.failed, self.broken = files, failed, broken
        self.by_rule = Counter() if by_rule is None else by_rule
        self.counts = {severity: 0 for severity in Severity} if counts is None else counts
        self.unwritable = unwritable

    def add(self, result: FileResult, failing: Severity, quiet: bool) -> list[Finding]:
        """Count one file's findings; return those the report shows (only failing ones when quiet)."""
        self.files += 1
        findings = sorted(result.findings)
        failed = [f for f in findings if f.severity.rank >= failing.rank]
        self.failed += len(failed)
        self.broken |= not result.ok or has_internal_errors(findings)
        self.by_rule.update((f.rule, f.name) for f in findings)
        shown = failed if quiet else findings
        for finding in shown:
            self.counts[finding.severity] += 1
        return shown

    @property
    def exit_code(self) -> int:
        """2 when a plan could not be checked, 1 when findings fail the run, else 0."""
        return 2 if self.broken else 1 if self.failed else 0


def stream_validation(
    request: ValidateRequest, planned: RunPlan, output_format: str, color: bool, tool_version: str, out: TextIO
) -> Outcome:
    """``kc validate`` with its report written file by file, in any format."""
    from .baseline import repo_root
    from .validation import result_names

    text = output_format == "text"
    named = result_names(planned.files)  # the files list keeps the order given
    template = Report(findings=(), files=named, lang=request.lang, plain_numbers=request.plain_numbers,
                      color=text and color, tool_version=tool_version, quiet=request.quiet,
                      root=str(repo_root()), failing=planned.failing)
    # Checked in the order the report shows them (findings sort by file), so nothing need wait.
    files = checking_order(planned.files)
    results = iter_results(files, planned.config, planned.options, request.jobs)
    if text:
        return stream_text(results, template, planned.failing, out, total=len(files))
    return stream_machine(results, template, output_format, planned.failing, out, total=len(files))


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
    writer = TextWriter(template, out)
    for result in _with_progress(results, total, progress):
        shown = outcome.add(result, failing, template.quiet)
        if shown:
            writer.file(result.file, shown, result.lines)
            out.flush()
    if not template.quiet:
        writer.summary(outcome.counts, outcome.files)
    return outcome


def stream_machine(
    results: Iterable[FileResult],
    template: Report,
    output_format: str,
    failing: Severity,
    out: TextIO,
    total: int | None = None,
    progress: bool | None = None,
) -> Outcome:
    """``json``, ``sarif``, ``junit``, ``gitlab`` or ``github``: the same document as the
    whole-report renderers write."""
    import pickle

    from .reporters import json_format, sarif

    if output_format == "gitlab":
        return _stream_gitlab(results, template, failing, out, total, progress)
    if output_format in ("junit", "github"):
        return _stream_by_file(results, template, output_format, failing, out, total, progress)
    outcome = Outcome()
    files: list[str] = []
    rules: dict[str, tuple[str, Severity]] = {}
    classes: Counter[tuple[bool, int]] = Counter()
    shown_total = 0
    with scratch() as spool:
        for result in _with_progress(results, total, progress):
            files.append(result.file)
            shown = outcome.add(result, failing, template.quiet)
            for finding in shown:
                classes[importance_class(finding, failing)] += 1
                rules.setdefault(finding.rule, (finding.name, finding.severity))
            if shown:
                shown_total += len(shown)
                pickle.dump((tuple(shown), result.lines), spool, pickle.HIGHEST_PROTOCOL)
        files = list(template.files) or files
        report = replace(template, files=files)
        if output_format == "json":
            json_format.write_document(out, files, outcome.counts, (f for f, _ in _read_back(spool)))
        elif shown_total <= sarif.MAX_RESULTS:
            sarif.write_log(out, report, rules, _read_back(spool))
        else:
            keep = _Keep(classes, failing, sarif.MAX_RESULTS)
            kept_rules: dict[str, tuple[str, Severity]] = {}
            for finding, _ in keep.filter(_read_back(spool)):
                kept_rules.setdefault(finding.rule, (finding.name, finding.severity))
            left_out = shown_total - sarif.MAX_RESULTS
            sarif.write_log(out, report, kept_rules, _Keep(classes, failing, sarif.MAX_RESULTS).filter(_read_back(spool)), left_out)
    return outcome


def _stream_gitlab(
    results: Iterable[FileResult], template: Report, failing: Severity, out: TextIO, total: int | None,
    progress: bool | None,
) -> Outcome:
    """GitLab's list needs nothing before its issues: each file's are written as it comes."""
    from .reporters import gitlab

    outcome = Outcome()

    def issues() -> Iterator[tuple[Finding, Sequence[str] | None]]:
        for result in _with_progress(results, total, progress):
            for finding in outcome.add(result, failing, template.quiet):
                yield finding, result.lines

    gitlab.write_issues(out, template, issues())
    return outcome


def _stream_by_file(
    results: Iterable[FileResult], template: Report, output_format: str, failing: Severity, out: TextIO,
    total: int | None, progress: bool | None,
) -> Outcome:
    """``junit`` (its totals come first, its suites in the order the files were given) and
    ``github`` (the most important findings first): each file's findings are spooled to a
    temporary file as they come, with its place in the spool, and read back as the format
    needs them."""
    import pickle

    from .reporters import github, junit

    outcome = Outcome()
    places: dict[str, int] = {}
    broken: list[str] = []
    totals = junit.Totals()
    with scratch() as spool:
        for result in _with_progress(results, total, progress):
            shown = outcome.add(result, failing, template.quiet)
            if not result.ok:
                broken.append(result.file)
            totals.add(shown, not result.ok, failing)
            places[result.file] = spool.tell()
            pickle.dump((tuple(shown), result.lines, result.ok), spool, pickle.HIGHEST_PROTOCOL)
        report = replace(template, files=list(template.files) or list(places), broken=broken)
        if output_format == "github":
            github.write_annotations(out, report, lambda: _read_back(spool), outcome.counts)
            summary = os.environ.get("GITHUB_STEP_SUMMARY")
            if summary:  # the job's summary page, from the same spool
                try:
                    github.append_step_summary_read(summary, report, lambda: _read_back(spool), outcome.counts)
                except OSError as exc:
                    outcome.unwritable = (summary, exc)
            return outcome

        def suites() -> Iterator[tuple[str, Sequence[Finding], bool]]:
            for file in dict.fromkeys(report.files):
                spool.seek(places[file])
                findings, _, ok = pickle.load(spool)
                yield file, findings, not ok

        junit.write_document(out, report, totals, suites())
    return outcome


class _Keep:
    """Which findings a capped SARIF log keeps, chosen as the whole-report renderer does
    (failing first, then by severity, then by place) but from counts alone: whole classes
    of (failing, severity) in that order, then the first of the class at the limit. The
    spool is in place order, so "the first" needs no sorting."""

    def __init__(self, classes: Counter[tuple[bool, int]], failing: Severity, limit: int) -> None:
        self.failing = failing
        self.quota: dict[tuple[bool, int], int] = {}
        room = limit
        for key in sorted(classes):
            self.quota[key] = min(classes[key], room)
            room -= self.quota[key]

    def filter(self, findings: Iterable[tuple[Finding, list[str]]]) -> Iterator[tuple[Finding, list[str]]]:
        for finding, lines in findings:
            key = importance_class(finding, self.failing)
            if self.quota.get(key, 0) > 0:
                self.quota[key] -= 1
                yield finding, lines


def _read_back(spool: IO[bytes]) -> Iterator[tuple[Finding, list[str]]]:
    """The spooled findings in order, each with its file's (excerpted) lines."""
    import pickle

    spool.seek(0)
    while True:
        try:
            findings, lines, *_ = pickle.load(spool)
        except EOFError:
            return
        for finding in findings:
            yield finding, lines if lines is not None else []


def _with_progress(results: Iterable[FileResult], total: int | None, progress: bool | None) -> Iterator[FileResult]:
    """The results, with a bar on standard error when ``progress`` says so (``None``: when
    standard error is a terminal)."""
    if not (sys.stderr.isatty() if progress is None else progress):
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
