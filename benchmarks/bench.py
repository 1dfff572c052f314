"""How fast kc checks a national repository of plans, compared with what bounds it.

One command builds corpora of N plan files (copies of plans/*.yaml under varied names and
folders, in a temporary directory) and measures, on the same files:

* ``kc validate DIR`` as a whole process, one job and ``--jobs J``;
* the floor: the same files read and parsed by ``yaml.load(..., Loader=yaml.CSafeLoader)``
  in one Python process (interpreter start included, as for kc);
* ``yamllint`` on the same files (the tool people would otherwise run in CI);
* the peak memory of each process (``resource.getrusage(RUSAGE_CHILDREN)`` of a wrapper that
  runs only that command, so each figure is that command's own peak, its workers included);
* the start-up of ``kc --version`` and ``kc --help`` against ``python -c pass``.

Usage::

    python benchmarks/bench.py --files 1000 10000 [--jobs 2] [--repeat 1] [--no-yamllint]

Wall-clock times are the best of ``--repeat`` runs. Nothing here is a test: the figures
depend on the machine, which is printed with them.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS = sorted((ROOT / "plans").glob("*.yaml"))

FLOOR = """
import sys, pathlib, yaml
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

PEAK = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def build_corpus(directory: Path, count: int) -> None:
    """``count`` copies of the bundled plans, spread over province-like folders."""
    for index in range(count):
        plan = PLANS[index % len(PLANS)]
        folder = directory / f"tinh-{index % 63:02d}" / f"nam-{2010 + index % 16}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(plan, folder / f"{index:06d}-{plan.stem}.yaml")


def kc_command() -> list[str]:
    script = Path(sys.executable).with_name("kc")
    if script.exists():
        return [str(script)]
    found = shutil.which("kc")
    return [found] if found else [sys.executable, "-m", "khuyencong_cli.cli"]


class Measure:
    """Best wall time and CPU time (user + system, workers included) of ``repeat`` runs,
    the exit code and the peak RSS in MiB."""

    def __init__(self, command: list[str], repeat: int) -> None:
        self.wall = self.cpu = float("inf")
        self.code = self.peak = 0
        for _ in range(repeat):
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", PEAK, *command], capture_output=True, text=True, check=False
            )
            self.wall = min(self.wall, time.perf_counter() - start)
            code_text, peak_text, cpu_text = done.stdout.split()
            self.code = int(code_text)
            self.peak = max(self.peak, int(peak_text) // 1024)
            self.cpu = min(self.cpu, float(cpu_text))

    def line(self, label: str) -> str:
        return f"  {label:<32} {self.wall:8.2f} s wall {self.cpu:8.2f} s CPU {self.peak:6d} MiB"


def startup(command: list[str], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs (nproc), {model}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, nargs="+", default=[1000, 10000], help="corpus sizes")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best is kept)")
    parser.add_argument("--no-yamllint", action="store_true", help="skip yamllint (slow on large corpora)")
    args = parser.parse_args()

    kc = kc_command()
    yamllint = shutil.which("yamllint") or str(Path(sys.executable).with_name("yamllint"))
    has_yamllint = not args.no_yamllint and Path(yamllint).exists()
    print(f"machine: {machine()}")
    print(f"kc: {' '.join(kc)}; plans: {', '.join(p.name for p in PLANS)}")
    print()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kc-bench-") as temporary:
        for count in args.files:
            corpus = Path(temporary) / f"corpus-{count}"
            build_corpus(corpus, count)
            size = sum(p.stat().st_size for p in corpus.rglob("*.yaml")) / 1e6
            floor = Measure([sys.executable, "-c", FLOOR, str(corpus)], args.repeat)
            single = Measure([*kc, "validate", str(corpus)], args.repeat)
            if single.code not in (0, 1):
                raise SystemExit(f"kc validate exited {single.code} on the corpus")
            parallel = Measure([*kc, "validate", str(corpus), "--jobs", str(args.jobs)], args.repeat)
            lint = Measure([yamllint, "-d", "relaxed", str(corpus)], args.repeat) if has_yamllint else None
            rows.append((count, single, parallel))
            print(f"{count} files ({size:.1f} MB):")
            print(floor.line("floor: CSafeLoader, 1 process"))
            print(single.line("kc validate, 1 job"))
            print(parallel.line(f"kc validate --jobs {args.jobs}"))
            if lint is not None:
                print(lint.line("yamllint -d relaxed"))
            print(
                f"  kc 1 job / floor: {single.wall / floor.wall:.2f}x wall, {single.cpu / floor.cpu:.2f}x CPU; "
                f"1 job / --jobs {args.jobs}: {single.wall / parallel.wall:.2f}x wall"
            )
            if lint is not None:
                print(f"  yamllint / kc 1 job: {lint.wall / single.wall:.1f}x wall, {lint.cpu / single.cpu:.1f}x CPU")
            print(f"  per file: floor {floor.wall / count * 1e3:.2f} ms, kc {single.wall / count * 1e3:.2f} ms (wall)")
            print()
    python = startup([sys.executable, "-c", "pass"])
    version = startup([*kc, "--version"])
    helping = startup([*kc, "--help"])
    print("start-up (median of 15):")
    print(f"  python -c pass   {python * 1e3:6.0f} ms")
    print(f"  kc --version     {version * 1e3:6.0f} ms  ({version / python:.1f}x python -c pass)")
    print(f"  kc --help        {helping * 1e3:6.0f} ms  ({helping / python:.1f}x python -c pass)")
    if len(rows) >= 2:
        small, large = rows[0], rows[-1]
        print()
        print(
            f"peak memory from {small[0]} to {large[0]} files: kc 1 job {small[1].peak} → {large[1].peak} MiB, "
            f"--jobs {args.jobs} {small[2].peak} → {large[2].peak} MiB"
        )


if __name__ == "__main__":
    main()
