"""Check many files: load, check and apply suppressions per file, in one process or several.

Each file is independent, so ``--jobs N`` hands chunks of paths to a process pool and
collects the results in the order of the paths: the output is identical to a single job.
Only what a report needs is kept per file (its findings, and its lines when it has
findings), never the parsed plan, so memory does not grow with the files' contents.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .config import Config
from .engine import CheckOptions, _matches, check, select_rules
from .findings import Finding
from .loader import STDIN_NAME, LoadedPlan, load_bytes, load_plan
from .paths import STDIN, expand_paths
from .rules import Rule
from .rules.suppression import SUPPRESSION_RULES
from .suppress import apply_suppressions

__all__ = ["FileResult", "check_loaded", "run"]

_CHUNK = 64  # files per task: large enough to amortise the pickling, small enough to balance


@dataclass(frozen=True)
class FileResult:
    """What one checked file leaves for the report."""

    file: str
    findings: tuple[Finding, ...]
    lines: list[str] | None
    ok: bool


RuleCache = dict[tuple[tuple[str, ...], tuple[str, ...]], list[Rule]]


def _options_for(
    file: str, config: Config, base: CheckOptions, cache: RuleCache
) -> tuple[CheckOptions, list[Rule]]:
    select, ignore, severity = config.for_file(file)
    options = replace(base, select=select, ignore=ignore, severity=severity)
    key = (tuple(select), tuple(ignore))
    if key not in cache:  # one selection per run, not per file
        cache[key] = select_rules(options)
    return options, cache[key]


def check_loaded(
    loaded: LoadedPlan, config: Config, base: CheckOptions, cache: RuleCache | None = None
) -> FileResult:
    """Findings of one loaded file after its suppression comments."""
    options, rules = _options_for(loaded.file, config, base, {} if cache is None else cache)
    findings = check(loaded, options, rules)
    lines = loaded.source.lines if loaded.source is not None else None
    if loaded.ok and lines is not None:
        active = [r.id for r in rules] + [r for r in SUPPRESSION_RULES if _enabled(r, options)]
        findings = apply_suppressions(findings, lines, loaded.file, options.lang, active, options.severity)
    return FileResult(loaded.file, tuple(findings), lines if findings else None, loaded.ok)


def _enabled(rule_id: str, options: CheckOptions) -> bool:
    rule = SUPPRESSION_RULES[rule_id]
    if options.select and not _matches(rule, options.select):
        return False
    return not (options.ignore and _matches(rule, options.ignore))


def _check_paths(paths: Sequence[str], config: Config, base: CheckOptions) -> list[FileResult]:
    cache: RuleCache = {}
    return [check_loaded(load_plan(path), config, base, cache) for path in paths]


def run(paths: Sequence[str], config: Config, base: CheckOptions, jobs: int = 1) -> list[FileResult]:
    """Every file named or found under ``paths`` (``-`` is standard input), in order."""
    files = list(expand_paths(paths))
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    cache: RuleCache = {}
    if jobs == 1 or len(files) <= _CHUNK:
        return [_one(path, config, base, cache) for path in files]
    # Standard input is read here, once; the pool only gets paths.
    from concurrent.futures import ProcessPoolExecutor

    results: list[FileResult] = []
    pending: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        batches: list[list[str] | FileResult] = []
        for path in files:
            if path == STDIN:
                if pending:
                    batches.append(pending)
                    pending = []
                batches.append(_one(path, config, base, cache))
            else:
                pending.append(path)
        if pending:
            batches.append(pending)
        chunked: list[list[str] | FileResult] = []
        for batch in batches:
            if isinstance(batch, FileResult):
                chunked.append(batch)
            else:
                size = max(1, min(_CHUNK, -(-len(batch) // (jobs * 4))))
                chunked.extend(batch[i : i + size] for i in range(0, len(batch), size))
        futures = [
            item if isinstance(item, FileResult) else pool.submit(_check_paths, item, config, base)
            for item in chunked
        ]
        for future in futures:
            if isinstance(future, FileResult):
                results.append(future)
            else:
                results.extend(future.result())
    return results


def _one(path: str, config: Config, base: CheckOptions, cache: RuleCache) -> FileResult:
    if path == STDIN:
        return check_loaded(load_bytes(sys.stdin.buffer.read(), STDIN_NAME), config, base, cache)
    return check_loaded(load_plan(path), config, base, cache)
