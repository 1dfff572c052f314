"""Check many files: load, check and apply suppressions per file, in one process or several.

Each file is checked on its own, so ``--jobs N`` hands chunks of paths to a process pool and
collects the results in the order of the paths: the output is identical to a single job.
Only what a report needs is kept per file (its findings, and its lines when it has
findings), never the parsed plan, so memory does not grow with the files' contents. Then,
in this process and in the order of the paths, the figures a file shares with the files
before it are compared (:mod:`.across_plans`): the one stage that sees several plans.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Sequence as SequenceABC
from contextlib import contextmanager
from typing import TYPE_CHECKING, overload

from .config import Config, resolve_options
from .engine import CheckOptions, check, is_chosen, select_rules
from .findings import Finding
from .loader import STDIN_NAME, LoadedPlan, load_bytes, load_plan
from .paths import STDIN, expand_paths
from .records import Frozen, replace
from .rules import Rule
from .rules.suppression import SUPPRESSION_RULES
from .same_gap import link_same_gaps
from .shared_figures import SharedFigure, shared_figures
from .suppress import apply_suppressions

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

__all__ = ["FileResult", "check_loaded", "checking_order", "compare_across", "iter_results", "run"]

_POOL_FROM = 64  # fewer files are checked in this process: starting workers would cost more
# Files per task: a task's results (compact findings, ~1,3 KB a file) pickle in about a
# millisecond, so tasks can be small; the last one decides how long one worker waits for
# the other, so they are kept to a few tenths of a second of work at most.
_CHUNK = 32


class FileResult(Frozen):
    """What one checked file leaves for the report."""

    file: str
    findings: tuple[Finding, ...]
    lines: Excerpt | None
    ok: bool
    shared: tuple[SharedFigure, ...]  # figures shared with other plans, until compared

    def __init__(
        self, file: str, findings: tuple[Finding, ...], lines: Excerpt | None, ok: bool, shared: tuple[SharedFigure, ...] = ()
    ) -> None:
        self.__dict__.update(file=file, findings=findings, lines=lines, ok=ok, shared=shared)


class Excerpt(SequenceABC[str]):
    """A file's lines as reports read them, keeping only the lines findings point at (the
    others read as empty): memory stays flat however large and many the files are."""

    def __init__(self, lines: Sequence[str], wanted: set[int]) -> None:
        self._length = len(lines)
        self._kept = {number: lines[number - 1] for number in wanted if 0 < number <= self._length}

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._kept.get(index + 1, "")


RuleCache = dict[tuple[tuple[str, ...], tuple[str, ...]], list[Rule]]


def _options_for(
    file: str, config: Config, base: CheckOptions, cache: RuleCache
) -> tuple[CheckOptions, list[Rule]]:
    """``base`` carries the command line's --select/--ignore; see ``resolve_options``."""
    chosen = resolve_options(file, config, base.select, base.ignore)
    options = replace(base, select=chosen.select, ignore=chosen.ignore, severity=chosen.severity)
    key = (chosen.select, chosen.ignore)
    if key not in cache:  # one selection per run, not per file
        cache[key] = select_rules(options)
    return options, cache[key]


def check_loaded(
    loaded: LoadedPlan, config: Config, base: CheckOptions, cache: RuleCache | None = None
) -> FileResult:
    """Findings of one loaded file after its suppression comments."""
    options, rules = _options_for(loaded.file, config, base, {} if cache is None else cache)
    findings = check(loaded, options, rules, link_gaps=False)
    lines = loaded.source.lines if loaded.source is not None else None
    if loaded.ok and lines is not None:
        active = [r.id for r in rules] + [r for r, rule in SUPPRESSION_RULES.items() if is_chosen(rule, options)]
        findings = apply_suppressions(findings, lines, loaded.file, options.lang, active, options.severity)
    findings = link_same_gaps(sorted(findings), options.lang, options.plain_numbers)
    shared = shared_figures(loaded.plan, loaded.source, loaded.file) if loaded.ok and loaded.plan and loaded.source else ()
    wanted = {f.line for f in findings} | {figure.line for figure in shared}  # a later finding may point at a figure
    excerpt = Excerpt(lines, wanted) if wanted and lines is not None else None
    return FileResult(loaded.file, tuple(findings), excerpt, loaded.ok, shared)


def _check_paths(paths: Sequence[str], config: Config, base: CheckOptions) -> list[FileResult]:
    cache: RuleCache = {}
    with _quiet_gc():  # in a worker process too
        return [check_loaded(load_plan(path), config, base, cache) for path in paths]


@contextmanager
def _quiet_gc() -> Iterator[None]:
    """Fewer cyclic garbage collections while checking: parsing makes hundreds of thousands
    of short-lived, acyclic objects (freed by reference counting anyway), and every full
    collection would rescan all of the program's modules. Measured at a quarter of the run
    time on 1.000 files. The previous settings are restored afterwards."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def run(paths: Sequence[str], config: Config, base: CheckOptions, jobs: int = 1) -> list[FileResult]:
    """Every file named or found under ``paths`` (``-`` is standard input), in order."""
    return list(iter_results(paths, config, base, jobs))


def iter_results(paths: Sequence[str], config: Config, base: CheckOptions, jobs: int = 1) -> Iterator[FileResult]:
    """Like :func:`run`, one file at a time as each is checked, so a report can be written
    while the others are still being checked and nothing need be held for the whole run.
    Each file's findings include those of the rules over several plans against the files
    before it (see :func:`checking_order`)."""
    with _quiet_gc():
        yield from compare_across(_run(paths, config, base, jobs), config, base)


def compare_across(results: Iterable[FileResult], config: Config, base: CheckOptions) -> Iterator[FileResult]:
    """The results with the findings of the rules over several plans added to each, against
    the results before it; the shared figures are dropped once compared."""
    from .across_plans import AcrossPlans

    across = AcrossPlans(config, base)
    for result in results:
        if not result.shared:
            yield result
            continue
        found = across.findings(result.file, result.shared)
        yield replace(result, findings=tuple(sorted((*result.findings, *found))), shared=())


def checking_order(files: Sequence[str]) -> list[str]:
    """The order files are checked in, so that "the later plan" of two is the same in every
    report: by the name reports show (standard input as ``<stdin>``)."""
    return sorted(files, key=lambda f: STDIN_NAME if f == STDIN else f)


def _run(paths: Sequence[str], config: Config, base: CheckOptions, jobs: int) -> Iterator[FileResult]:
    files = list(expand_paths(paths))
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    cache: RuleCache = {}
    if jobs == 1 or len(files) <= _POOL_FROM:
        for path in files:
            yield _one(path, config, base, cache)
        return
    # Standard input is read here, once; the pool only gets paths.
    from concurrent.futures import ProcessPoolExecutor

    pending: list[str] = []
    with ProcessPoolExecutor(max_workers=jobs, mp_context=pool_context()) as pool:
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
                size = max(1, min(_CHUNK, -(-len(batch) // (jobs * 8))))
                chunked.extend(batch[i : i + size] for i in range(0, len(batch), size))
        futures = [
            item if isinstance(item, FileResult) else pool.submit(_check_paths, item, config, base)
            for item in chunked
        ]
        for index, future in enumerate(futures):
            if isinstance(future, FileResult):
                yield future
            else:
                yield from future.result()
            futures[index] = None  # type: ignore[call-overload]  # let the results go once reported


_WORKER_MODULES = ["khuyencong_cli.worker"]  # the checking and every rule


def pool_context(method: str | None = None) -> BaseContext:
    """How the workers start: the platform's default (``method``, in tests). A forked worker
    (Linux before Python 3.14) has every module the parent loaded; a forkserver (Linux from
    3.14) forks the workers from a server that loads kc's checking once, so that each worker
    does not import it again; a spawned one (macOS, Windows) imports it itself."""
    import multiprocessing

    context = multiprocessing.get_context(method)
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(_WORKER_MODULES)
    return context


def _one(path: str, config: Config, base: CheckOptions, cache: RuleCache) -> FileResult:
    if path == STDIN:
        return check_loaded(load_bytes(sys.stdin.buffer.read(), STDIN_NAME), config, base, cache)
    return check_loaded(load_plan(path), config, base, cache)
