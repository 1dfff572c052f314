"""``kc validate`` as a function: configuration, selection, checking, baseline and fail-on.

The command line parses options into a :class:`ValidateRequest`, calls :func:`validate`,
hands the outcome's findings to a reporter and exits with :attr:`Validation.exit_code`.
Everything that decides *what* is reported and whether the run fails lives here, testable
without a terminal.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path

from .baseline import new_findings, read_baseline, repo_root, write_baseline
from .config import Config, ConfigError, failing_severity, find_config, load_config
from .engine import CheckOptions, has_internal_errors
from .errors import UsageError
from .findings import Finding, Severity
from .paths import walk
from .records import Frozen
from .rules import rule_named
from .runner import Excerpt, FileResult, checking_order, run

__all__ = [
    "DEFAULT_BASELINE", "EXIT_FINDINGS", "EXIT_OK", "EXIT_UNCHECKED", "RunPlan", "ValidateRequest", "Validation",
    "default_format", "format_statistics", "plan_run", "result_names", "read_config", "statistics", "streams", "use_color", "validate",
]

EXIT_OK, EXIT_FINDINGS, EXIT_UNCHECKED = 0, 1, 2
DEFAULT_BASELINE = "kc-baseline.json"


class ValidateRequest(Frozen):
    """What the user asked for, as parsed from the command line."""

    paths: Sequence[str]
    config_file: str | None
    select: Sequence[str]
    ignore: Sequence[str]
    fail_on: Severity | None
    strict: bool
    quiet: bool
    jobs: int
    baseline: str | None
    update_baseline: bool
    lang: str
    plain_numbers: bool
    exclude: Sequence[str]
    plans_only: bool

    def __init__(
        self, paths: Sequence[str], config_file: str | None = None, select: Sequence[str] = (),
        ignore: Sequence[str] = (), fail_on: Severity | None = None, strict: bool = False, quiet: bool = False,
        jobs: int = 1, baseline: str | None = None, update_baseline: bool = False, lang: str = "en",
        plain_numbers: bool = False, exclude: Sequence[str] = (), plans_only: bool = False,
    ) -> None:
        self.__dict__.update(
            paths=paths, config_file=config_file, select=select, ignore=ignore, fail_on=fail_on, strict=strict,
            quiet=quiet, jobs=jobs, baseline=baseline, update_baseline=update_baseline, lang=lang,
            plain_numbers=plain_numbers, exclude=exclude, plans_only=plans_only,
        )


class RunPlan(Frozen):
    """What a run will check, decided before any file is read: configuration, options, files."""

    config: Config
    options: CheckOptions
    files: list[str]
    passed_over: int  # YAML files found in directories that are not plans
    failing: Severity

    def __init__(self, config: Config, options: CheckOptions, files: list[str], passed_over: int, failing: Severity) -> None:
        self.__dict__.update(config=config, options=options, files=files, passed_over=passed_over, failing=failing)


def plan_run(request: ValidateRequest) -> RunPlan:
    """Read the configuration, check the rule names, walk the paths (exclusions, .gitignore)."""
    config = read_config(request.config_file, request.paths)
    for pattern in (*request.select, *request.ignore):
        if rule_named(pattern) is None:
            raise UsageError("cli.unknown-rule", rule=pattern)
    options = CheckOptions(
        lang=request.lang,
        plain_numbers=request.plain_numbers,
        select=tuple(request.select),
        ignore=tuple(request.ignore),
        rounding=config.rounding,
    )
    walked = walk(request.paths, (*config.exclude, *request.exclude), plans_only=request.plans_only)
    failing = failing_severity(config, request.fail_on, request.strict)
    return RunPlan(config, options, walked.files, len(walked.passed_over), failing)


def streams(request: ValidateRequest, output_format: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether the report can be written file by file (memory flat in the findings): not when
    a baseline must see every finding first, nor when the GitHub step summary is written
    beside another format than ``github`` (which writes it from its own spool)."""
    if request.baseline or request.update_baseline:
        return False
    if environ.get("GITHUB_STEP_SUMMARY") and output_format != "github":
        return False
    return output_format in ("text", "json", "sarif", "junit", "gitlab", "github")


class Validation(Frozen):
    """The outcome: every finding (after the baseline), those that fail, and the exit code."""

    results: list[FileResult]
    findings: list[Finding]
    failing: Severity
    quiet: bool
    root: Path
    baseline_written: tuple[str, int] | None  # (file, count) after --update-baseline

    def __init__(
        self, results: list[FileResult], findings: list[Finding], failing: Severity, quiet: bool, root: Path,
        baseline_written: tuple[str, int] | None = None,
    ) -> None:
        self.__dict__.update(
            results=results, findings=findings, failing=failing, quiet=quiet, root=root,
            baseline_written=baseline_written,
        )

    @cached_property
    def failed(self) -> list[Finding]:
        """The findings at or above the failing severity."""
        return [f for f in self.findings if f.severity.rank >= self.failing.rank]

    @property
    def shown(self) -> list[Finding]:
        """What the report lists: only the failing findings with ``--quiet``."""
        return self.failed if self.quiet else self.findings

    @property
    def lines(self) -> dict[str, Excerpt]:
        return {r.file: r.lines for r in self.results if r.lines is not None}

    @property
    def broken(self) -> bool:
        """A plan could not be loaded or a rule crashed: the run cannot be trusted."""
        return any(not r.ok for r in self.results) or has_internal_errors(self.findings)

    @property
    def exit_code(self) -> int:
        if self.broken:
            return EXIT_UNCHECKED
        if self.baseline_written is not None:
            return EXIT_OK
        return EXIT_FINDINGS if self.failed else EXIT_OK


def validate(request: ValidateRequest, planned: RunPlan | None = None) -> Validation:
    """Check the plans of ``request``; raise a KcError for anything kc cannot work with."""
    planned = planned or plan_run(request)
    config, options, failing = planned.config, planned.options, planned.failing
    # Checked in the order of their names, as a streamed report does: a finding about two
    # plans stands in the later one. Reported in the order given.
    given: dict[str, int] = {}
    for index, name in enumerate(result_names(planned.files)):
        given.setdefault(name, index)
    checked = run(checking_order(planned.files), config, options, request.jobs)
    results = sorted(checked, key=lambda r: given.get(r.file, len(given)))
    if not results:
        raise UsageError("cli.no-files")
    findings = sorted(f for result in results for f in result.findings)
    lines: Mapping[str, Sequence[str]] = {r.file: r.lines for r in results if r.lines is not None}
    root = repo_root()
    written = None
    if request.update_baseline:
        target = request.baseline or DEFAULT_BASELINE
        written = (target, write_baseline(target, findings, lines, root))
    elif request.baseline is not None:
        findings = new_findings(findings, read_baseline(request.baseline), lines, root)
    return Validation(results, findings, failing, request.quiet, root, written)


def result_names(files: Sequence[str]) -> list[str]:
    """The files as results name them (standard input as ``<stdin>``)."""
    from .plans import shown_name

    return [shown_name(f) for f in files]


def read_config(config_file: str | None, paths: Sequence[str]) -> Config:
    """The named configuration file, else the nearest one to the paths, else the defaults."""
    if config_file is not None:
        if not Path(config_file).is_file():
            raise ConfigError("config.not-found", config_file, None, path=config_file)
        return load_config(config_file, rule_named)
    found = find_config(paths)
    return load_config(found, rule_named) if found is not None else Config()


def default_format(environ: Mapping[str, str] = os.environ) -> str:
    """GitHub annotations inside GitHub Actions, plain text elsewhere."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def use_color(environ: Mapping[str, str] = os.environ) -> bool:
    """Colour in a terminal; NO_COLOR and FORCE_COLOR decide first (no-color.org)."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def statistics(findings: Sequence[Finding]) -> str:
    """``--statistics``: the number of findings per rule."""
    return format_statistics(Counter((f.rule, f.name) for f in findings))


def format_statistics(counts: Mapping[tuple[str, str], int]) -> str:
    """One line per rule: the count, the id, the name."""
    return "".join(f"{count:>6}  {rule}  {name}\n" for (rule, name), count in sorted(counts.items()))
