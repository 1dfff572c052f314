"""How fast kc checks a national repository of plans, compared with what bounds it.

One command builds corpora of N plan files (copies of plans/*.yaml under varied names and
folders, in a temporary directory) and measures, on the same files and in the same run:

* ``kc validate DIR`` in one job and with ``--jobs J``, ``kc summary`` and ``kc report``;
* the floor: the same files loaded by ``yaml.load(..., Loader=yaml.CSafeLoader)`` in one
  Python process (interpreter start included, as for kc), and libyaml's compose alone;
* ``yamllint`` configured as kc is checked (relaxed, without line-length), on the same files;
* the peak memory of every output format (text, json, sarif, junit, gitlab, github), of
  ``kc summary`` and ``kc report`` against ``kc validate``, and of every command at every
  corpus size (memory flat in the number of files: the largest corpus over the smallest ≈ 1);
* the start-up of ``kc validate`` on one plan, ``kc --version`` and ``kc --help`` against
  ``python -c "import yaml"``;
* ``kc reconcile`` of a table against its restatement at growing sizes (linear when each
  doubling of the rows about doubles the time, and the Python function calls, which the load
  of the machine does not move), and one plan of many rows against the floor (time, memory).

Honest on a loaded machine: the commands compared with each other run paired and interleaved
(round r runs each of them once, in an order rotated every round), ``--repeat`` rounds; every
time is shown as min and median, and every ratio is the median of the per-round ratios (with
the ratio of the minima beside it). Memory is the peak of the whole process tree: the largest
of the kernel's own high-water mark (``wait4``) and the sum of the resident memory of the
command and all its worker processes, sampled from /proc while it runs.

Usage::

    python benchmarks/bench.py                   # 1.000 and 10.000 files, 3 rounds (long)
    python benchmarks/bench.py --quick           # small corpora, a few minutes
    python benchmarks/bench.py --files 1000 --repeat 5 --no-yamllint

Nothing here is a test: the figures depend on the machine, which is printed with them.
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted((ROOT / "plans").glob("*.yaml"))
FORMATS = ("text", "json", "sarif", "junit", "gitlab", "github")
YAMLLINT_CONFIG = "{extends: relaxed, rules: {line-length: disable}}"

# Commands run as installed: with compiled modules. An environment that forbids writing them
# (PYTHONDONTWRITEBYTECODE) would make every run compile kc from source, about 0,1 s, so the
# compiled files go to a cache of the benchmark's own (warmed by the first round).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kc-bench-pycache")

FLOOR = """
import sys, pathlib, yaml
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

COMPOSE = """
import sys, pathlib, yaml
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    yaml.compose(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


CALLS = """
import cProfile, pstats, sys
from decimal import Decimal
from khuyencong_cli.reconcile import reconcile_addresses
from khuyencong_cli.reconcile_output import render_text
profile = cProfile.Profile()
profile.enable()
render_text(reconcile_addresses(sys.argv[1], sys.argv[2], None, None, Decimal(0)), lang="vi", plain_numbers=False)
profile.disable()
print(pstats.Stats(profile).total_calls)
"""


# ----------------------------------------------------------------------------- measuring

@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float
    code: int


def _children() -> dict[int, list[int]]:
    """Every process's children, read from /proc (the parent is field 4 of /proc/N/stat)."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                text = handle.read()
        except OSError:
            continue
        parent = int(text[text.rindex(b")") + 2 :].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
    except (OSError, IndexError, ValueError):
        return 0


def _tree_rss_kib(root: int) -> int:
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kib(pid)
        stack.extend(tree.get(pid, ()))
    return total


def run_once(command: Sequence[str], sample_tree: bool, cwd: Path | None = None) -> Run:
    """One run: wall time, CPU of the command and its reaped workers, peak memory in MiB.

    ``sample_tree`` sums the resident memory of the process and its descendants every 20 ms
    (for ``--jobs``: the kernel's high-water mark is per process, not per tree). The polling
    costs a little CPU, so commands of one process are measured without it."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=ENV
    )
    peak_kib = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG if sample_tree else 0)
        if pid:
            break
        peak_kib = max(peak_kib, _tree_rss_kib(process.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    peak_kib = max(peak_kib, usage.ru_maxrss)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak_kib / 1024, code)


@dataclass
class Series:
    """The runs of one command across the rounds."""

    label: str
    runs: list[Run] = field(default_factory=list)

    @property
    def walls(self) -> list[float]:
        return [r.wall for r in self.runs]

    @property
    def peak(self) -> float:
        return max(r.peak_mib for r in self.runs)

    def line(self, unit: str = "s") -> str:
        scale = 1e3 if unit == "ms" else 1.0
        cpu = statistics.median(r.cpu for r in self.runs)
        return (
            f"  {self.label:<44} min {min(self.walls) * scale:8.2f} {unit}  median "
            f"{statistics.median(self.walls) * scale:8.2f} {unit}  CPU {cpu:7.2f} s  peak {self.peak:7.1f} MiB"
        )


def paired(commands: dict[str, tuple[list[str], bool]], rounds: int, cwd: Path | None = None) -> dict[str, Series]:
    """Each round runs every command once, in an order rotated every round, so that the load
    of the machine falls alike on all of them."""
    series = {label: Series(label) for label in commands}
    labels = list(commands)
    for index in range(rounds):
        shift = index % len(labels)
        for label in labels[shift:] + labels[:shift]:
            command, sample_tree = commands[label]
            series[label].runs.append(run_once(command, sample_tree, cwd))
    return series


def ratio(a: Series, b: Series, what: str) -> str:
    """a / b in wall time: the median of the per-round ratios, the ratio of the minima and the
    range; then the median of the per-round CPU ratios (user + system time of the process and
    its workers), steadier than wall time when other work shares the machine."""
    per_round = [x.wall / y.wall for x, y in zip(a.runs, b.runs, strict=True)]
    cpu = [x.cpu / y.cpu for x, y in zip(a.runs, b.runs, strict=True) if y.cpu > 0]
    cpu_text = f", CPU {statistics.median(cpu):.2f}x" if cpu else ""
    return (
        f"  {what:<58} {statistics.median(per_round):6.2f}x  (min/min {min(a.walls) / min(b.walls):.2f}x, "
        f"rounds {min(per_round):.2f}–{max(per_round):.2f}x{cpu_text})"
    )


# ----------------------------------------------------------------------------- inputs

def build_corpus(directory: Path, count: int) -> None:
    """``count`` copies of the bundled plans, spread over province-like folders."""
    for index in range(count):
        plan = PLANS[index % len(PLANS)]
        folder = directory / f"tinh-{index % 63:02d}" / f"nam-{2010 + index % 16}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(plan, folder / f"{index:06d}-{plan.stem}.yaml")


def table_plan(rows: int, table_id: str, reverse: bool = False) -> str:
    """A plan with one budget table of ``rows`` rows and its stated total; ``reverse`` lists
    the same rows backwards (a restatement in another order)."""
    lines = [
        "kc: 1",
        "document:",
        f"  title: Kế hoạch khuyến công {table_id}",
        "  province: Bắc Kạn",
        "  kind: plan",
        "sources:",
        "  - {id: KCDP, name: Kinh phí khuyến công địa phương}",
        "tables:",
        f"  - id: {table_id}",
        "    kind: budget",
        "    title: Kinh phí các đề án khuyến công",
        "    unit: triệu đồng",
        '    period: "2021-2025"',
        "    rows:",
    ]
    order = range(rows - 1, -1, -1) if reverse else range(rows)
    years = (2021, 2022, 2023, 2024, 2025)
    lines.insert(-1, f"    years: [{', '.join(map(str, years))}]")
    for index in order:
        cells = ", ".join(f"{year}: {_cell(index, year)}" for year in years)
        row_total = sum(_cell(index, year) for year in years)
        lines.append(
            f'      - {{id: r{index:05d}, name: "Đề án khuyến công số {index}", source: KCDP, '
            f"cells: {{{cells}}}, total: {row_total}}}"
        )
    columns = {year: sum(_cell(index, year) for index in range(rows)) for year in years}
    cells = ", ".join(f"{year}: {value}" for year, value in columns.items())
    lines.append(f"    total: {{id: tong, name: Tổng cộng, cells: {{{cells}}}, total: {sum(columns.values())}}}")
    return "\n".join(lines) + "\n"


def _cell(index: int, year: int) -> int:
    return 10 + (index * 7 + year) % 90


def kc_command() -> list[str]:
    script = Path(sys.executable).with_name("kc")
    if script.exists():
        return [str(script)]
    found = shutil.which("kc")
    return [found] if found else [sys.executable, "-m", "khuyencong_cli.cli"]


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return f"{os.cpu_count()} CPUs (nproc), {model}, Python {platform.python_version()}, {platform.system()}{load}"


# ----------------------------------------------------------------------------- the parts

def corpus_part(kc: list[str], corpus: Path, count: int, args: argparse.Namespace, out: Path) -> dict[str, float]:
    """One corpus: every command paired and interleaved, their ratios, and the peak memory of
    every output format; returns each command's peak memory (MiB) for the flatness table."""
    size = sum(p.stat().st_size for p in corpus.rglob("*.yaml")) / 1e6
    print(f"{count} files ({size:.1f} MB), {args.repeat} rounds:", flush=True)
    py = sys.executable
    commands: dict[str, tuple[list[str], bool]] = {
        "floor: CSafeLoader load, 1 process": ([py, "-c", FLOOR, str(corpus)], False),
        "libyaml compose only": ([py, "-c", COMPOSE, str(corpus)], False),
        "kc validate, 1 job": ([*kc, "validate", str(corpus)], False),
        f"kc validate --jobs {args.jobs}": ([*kc, "validate", str(corpus), "--jobs", str(args.jobs)], True),
    }
    if not args.no_summary:
        commands["kc summary"] = ([*kc, "summary", str(corpus)], False)
        commands["kc report"] = ([*kc, "report", str(corpus), "-o", str(out / "report.html")], False)
    lint = shutil.which("yamllint") or str(Path(py).with_name("yamllint"))
    if not args.no_yamllint and Path(lint).exists():
        commands["yamllint (relaxed, no line-length)"] = ([lint, "-d", YAMLLINT_CONFIG, str(corpus)], False)
    series = paired(commands, args.repeat)
    for item in series.values():
        print(item.line(), flush=True)
    single = series["kc validate, 1 job"]
    if single.runs[0].code not in (0, 1):
        raise SystemExit(f"kc validate exited {single.runs[0].code} on the corpus")
    floor = series["floor: CSafeLoader load, 1 process"]
    print(ratio(single, floor, "kc validate, 1 job / floor (goal ≤ 1,3)"))
    print(ratio(series["libyaml compose only"], floor, "libyaml compose only / floor"))
    print(ratio(single, series[f"kc validate --jobs {args.jobs}"], f"--jobs {args.jobs} speed-up over 1 job (goal ≥ 1,8)"))
    if "yamllint (relaxed, no line-length)" in series:
        print(ratio(series["yamllint (relaxed, no line-length)"], single, "yamllint / kc validate (goal ≥ 20)"))
    if "kc summary" in series:
        print(ratio(series["kc summary"], single, "kc summary / kc validate (goal ≤ 1,3)"))
        print(ratio(series["kc report"], single, "kc report / kc validate (goal ≤ 1,3)"))
        for label in ("kc summary", "kc report"):
            what = f"{label} / kc validate, peak memory"
            print(f"  {what:<58} {series[label].peak / single.peak:6.2f}x  ({series[label].peak:.0f} / {single.peak:.0f} MiB)")
    peaks = {label: item.peak for label, item in series.items()}
    if not args.no_formats:
        shown = []
        for name in FORMATS:
            run = run_once([*kc, "validate", str(corpus), "--format", name], False)
            peaks[f"kc validate -f {name}"] = run.peak_mib
            shown.append(f"{name} {run.peak_mib:.0f}")
        worst = max(peaks[f"kc validate -f {name}"] for name in FORMATS)
        print(f"  peak memory per format, 1 job, MiB (goal ≤ 80): {', '.join(shown)}; largest {worst:.0f}", flush=True)
    print(flush=True)
    return peaks


def flatness_part(peaks_by_count: dict[int, dict[str, float]]) -> None:
    """Each command's peak memory at every corpus size, and the largest over the smallest:
    memory flat in the number of files keeps this near 1 whatever the sizes."""
    counts = sorted(peaks_by_count)
    if len(counts) < 2:
        return
    labels = [label for label in peaks_by_count[counts[0]] if all(label in peaks_by_count[c] for c in counts)]
    sizes = " / ".join(f"{c}" for c in counts)
    print(f"peak memory by number of files ({sizes} files), MiB; largest corpus / smallest:", flush=True)
    for label in labels:
        values = [peaks_by_count[c][label] for c in counts]
        print(f"  {label:<44} {' / '.join(f'{v:6.1f}' for v in values)}   {values[-1] / values[0]:5.2f}x")
    print(flush=True)


def startup_part(kc: list[str], rounds: int) -> None:
    plan = min(PLANS, key=lambda p: p.stat().st_size)
    commands = {
        'python -c "import yaml"': ([sys.executable, "-c", "import yaml"], False),
        f"kc validate plans/{plan.name}": ([*kc, "validate", str(plan)], False),
        "kc validate --plans-only (the pre-commit hook)": ([*kc, "validate", "--plans-only", str(plan)], False),
        "kc --version": ([*kc, "--version"], False),
        "kc --help": ([*kc, "--help"], False),
    }
    print(f"start-up, {rounds} rounds:", flush=True)
    series = paired(commands, rounds)
    for item in series.values():
        print(item.line("ms"))
    base = series['python -c "import yaml"']
    print(ratio(series[f"kc validate plans/{plan.name}"], base, 'kc validate one plan / import yaml (goal ≤ 2,5)'))
    print(ratio(series["kc validate --plans-only (the pre-commit hook)"], base, "kc validate --plans-only / import yaml (goal ≤ 2,5)"))
    print(ratio(series["kc --version"], base, 'kc --version / import yaml (goal ≤ 1,5)'))
    print(ratio(series["kc --help"], base, 'kc --help / import yaml (goal ≤ 1,5)'))
    print(flush=True)


def reconcile_part(kc: list[str], sizes: list[int], rounds: int, work: Path, counted: bool = True) -> None:
    commands = {}
    for rows in sizes:
        a, b = work / f"reconcile-{rows}-a.yaml", work / f"reconcile-{rows}-b.yaml"
        a.write_text(table_plan(rows, "ke-hoach"), encoding="utf-8")
        b.write_text(table_plan(rows, "phu-luc", reverse=True), encoding="utf-8")
        commands[f"kc reconcile, {rows} rows"] = ([*kc, "reconcile", str(a), str(b)], False)
    print(f"reconcile of a table against its restatement (rows in reverse order), {rounds} rounds:", flush=True)
    series = paired(commands, rounds)
    for item in series.values():
        print(item.line())
    labels = list(series)
    for small, large in itertools.pairwise(labels):
        print(ratio(series[large], series[small], f"{large.split(', ')[1]} / {small.split(', ')[1]} (linear: ≈ size ratio)"))
    if counted:
        # Python function calls of reading both files and reconciling them, in one process: the
        # same on a loaded machine as on a quiet one (the kc importable from this Python).
        calls = {}
        for rows in sizes:
            a, b = work / f"reconcile-{rows}-a.yaml", work / f"reconcile-{rows}-b.yaml"
            done = subprocess.run([sys.executable, "-c", CALLS, str(a), str(b)], capture_output=True, text=True, env=ENV)
            calls[rows] = int(done.stdout.strip() or 0)
        for small, large in itertools.pairwise(sizes):
            what = f"{large} / {small} rows, Python function calls (linear: ≈ {large / small:.2f})"
            print(f"  {what:<58} {calls[large] / max(calls[small], 1):6.2f}x  ({calls[small]} → {calls[large]})")
    print(flush=True)


def big_plan_part(kc: list[str], rows: int, rounds: int, work: Path) -> None:
    folder = work / "big"
    folder.mkdir(exist_ok=True)
    plan = folder / "one-big-plan.yaml"
    plan.write_text(table_plan(rows, "ke-hoach"), encoding="utf-8")
    commands = {
        "floor: CSafeLoader load": ([sys.executable, "-c", FLOOR, str(folder)], False),
        "kc validate": ([*kc, "validate", str(plan)], False),
    }
    print(f"one plan of {rows} rows ({plan.stat().st_size / 1e6:.1f} MB), {rounds} rounds:", flush=True)
    series = paired(commands, rounds)
    for item in series.values():
        print(item.line())
    floor, kc_run = series["floor: CSafeLoader load"], series["kc validate"]
    print(ratio(kc_run, floor, "kc validate / floor, time"))
    print(f"  {'kc validate / floor, peak memory (goal ≤ 2)':<58} {kc_run.peak / floor.peak:6.2f}x")
    print(flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", type=int, nargs="+", help="corpus sizes (default 1000 10000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--repeat", type=int, help="paired rounds per corpus (default 3)")
    parser.add_argument("--startup-repeat", type=int, help="rounds of the start-up commands (default 20)")
    parser.add_argument("--reconcile-rows", type=int, nargs="+", help="table sizes (default 1250 2500 5000)")
    parser.add_argument("--big-rows", type=int, help="rows of the single large plan (default 10000)")
    parser.add_argument("--kc", help="the kc command to measure (default: the kc beside this Python)")
    parser.add_argument("--quick", action="store_true", help="small corpora and tables: a few minutes")
    parser.add_argument("--no-yamllint", action="store_true", help="skip yamllint (slow on large corpora)")
    parser.add_argument("--no-summary", action="store_true", help="skip kc summary and kc report")
    parser.add_argument("--no-formats", action="store_true", help="skip the peak memory of every format")
    parser.add_argument("--only", choices=("corpus", "startup", "reconcile", "big"), nargs="+", help="run only these parts")
    args = parser.parse_args(argv)
    quick = args.quick
    args.files = args.files or ([200] if quick else [1000, 10000])
    args.repeat = args.repeat or 3
    startup_rounds = args.startup_repeat or (10 if quick else 20)
    reconcile_rows = args.reconcile_rows or ([250, 500, 1000] if quick else [1250, 2500, 5000])
    big_rows = args.big_rows or (1000 if quick else 10000)
    parts = set(args.only or ("corpus", "startup", "reconcile", "big"))

    kc = args.kc.split() if args.kc else kc_command()
    print(f"machine: {machine()}")
    print(f"kc: {' '.join(kc)}; plans: {', '.join(p.name for p in PLANS)}")
    print(f"command: python benchmarks/bench.py {' '.join(sys.argv[1:] if argv is None else argv)}".rstrip())
    print(flush=True)
    steps: list[Callable[[Path], None]] = []
    if "startup" in parts:
        steps.append(lambda work: startup_part(kc, startup_rounds))
    peaks_by_count: dict[int, dict[str, float]] = {}
    if "corpus" in parts:
        for count in args.files:
            def corpus_step(work: Path, count: int = count) -> None:
                corpus = work / f"corpus-{count}"
                build_corpus(corpus, count)
                peaks_by_count[count] = corpus_part(kc, corpus, count, args, work)
                shutil.rmtree(corpus)
            steps.append(corpus_step)
        steps.append(lambda work: flatness_part(peaks_by_count))
    if "reconcile" in parts:
        steps.append(lambda work: reconcile_part(kc, reconcile_rows, args.repeat, work, counted=not args.kc))
    if "big" in parts:
        steps.append(lambda work: big_plan_part(kc, big_rows, args.repeat, work))
    with tempfile.TemporaryDirectory(prefix="kc-bench-") as temporary:
        for warm in ("validate", "summary", "report", "reconcile"):  # compiles kc's modules once
            extra = ["-o", str(Path(temporary) / "warm.html")] if warm == "report" else []
            run_once([*kc, warm, str(PLANS[0]), *extra], False)
        for step in steps:
            step(Path(temporary))


if __name__ == "__main__":
    main()
