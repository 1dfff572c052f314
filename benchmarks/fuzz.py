"""A long fuzz run of kc validate, counting instead of stopping at the first failure.

    python benchmarks/fuzz.py --inputs 10000

Uses the strategies of tests/test_fuzz.py (mutated plans, random YAML, deep nesting,
aliases, encodings), shares the inputs evenly between them, and prints how many inputs ran,
the exit codes, how many ended in a traceback or an internal error (KC000), the slowest
input's time and the peak memory of the process. Exit status 1 if any input failed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

import test_fuzz as fuzz  # noqa: E402

STRATEGIES = {
    "mutated plans": fuzz.mutated_plans(),
    "random YAML": fuzz.random_yaml(),
    "deep nesting": fuzz.deep_nesting(),
    "aliases": fuzz.aliases(),
    "encodings": fuzz.encodings(),
}


def _rounds(plan: list[tuple[str, int]], target: int, codes: Counter[object]):
    """The planned rounds, then top-ups of the open-ended strategies until ``target``."""
    yield from plan
    open_ended = ["mutated plans", "random YAML", "encodings"]
    turn = 0
    while sum(codes.values()) < target:
        yield open_ended[turn % len(open_ended)], target - sum(codes.values())
        turn += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    args = parser.parse_args()
    per_strategy = -(-args.inputs // len(STRATEGIES))
    codes: Counter[object] = Counter()
    failures: list[str] = []
    slowest = (0.0, b"")
    # A strategy with a small space (aliases) runs out of distinct inputs early: the
    # remaining budget goes to the open-ended ones until the total is reached.
    plan = [(name, per_strategy) for name in STRATEGIES]
    for name, budget in _rounds(plan, args.inputs, codes):
        strategy = STRATEGIES[name]

        @settings(max_examples=budget, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def one(raw: bytes) -> None:
            nonlocal slowest
            start = time.perf_counter()
            try:
                codes[fuzz.check_input(raw)] += 1
            except AssertionError as exc:
                kind = "traceback" if str(exc).startswith("traceback") else "wrong result"
                codes[kind] += 1
                failures.append(f"{name}: {kind}: {exc!s:.300}")  # noqa: B023 - run within this round
            elapsed = time.perf_counter() - start
            if elapsed > slowest[0]:
                slowest = (elapsed, raw[:80])

        before = sum(codes.values())
        one()
        print(f"{name}: {sum(codes.values()) - before} inputs", flush=True)
    total = sum(codes.values())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"inputs: {total}")
    print("exit codes: " + ", ".join(f"{k}: {v}" for k, v in sorted(codes.items(), key=str)))
    print(f"tracebacks: {codes['traceback']}, wrong results (bad exit code or KC000): {codes['wrong result']}")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]!r}…)")
    print(f"peak memory of the run: {peak_kib / 1024:.0f} MiB")
    for failure in failures[:20]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
