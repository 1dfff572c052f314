"""``--jobs`` gives the same results however the platform starts its worker processes: forked
(Linux before Python 3.14), from a forkserver that has loaded kc's checking (Linux from 3.14),
or spawned (macOS, Windows)."""

from __future__ import annotations

import multiprocessing
import shutil

import pytest

from khuyencong_cli import runner
from khuyencong_cli.config import Config
from khuyencong_cli.engine import CheckOptions

from conftest import PLANS


def _findings(results):
    return [(r.file, r.ok, [(f.rule, f.line, f.column, f.message) for f in r.findings]) for r in results]


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_every_start_method_gives_the_results_of_one_process(method, tmp_path, monkeypatch):
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"{method} is not available on this platform")
    for plan in sorted(PLANS.glob("*.yaml")):
        shutil.copy(plan, tmp_path / plan.name)
    monkeypatch.setattr(runner, "_POOL_FROM", 0)
    chosen = []
    original = runner.pool_context

    def context(_method=None):
        chosen.append(method)
        return original(method)

    monkeypatch.setattr(runner, "pool_context", context)
    pooled = runner.run([str(tmp_path)], Config(), CheckOptions(), jobs=2)
    alone = runner.run([str(tmp_path)], Config(), CheckOptions(), jobs=1)
    assert chosen == [method]
    assert _findings(pooled) == _findings(alone)
    assert sum(len(r.findings) for r in alone) == 16  # the pinned findings of plans/


def test_a_forkserver_loads_the_checking_once_for_its_workers():
    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver on this platform")
    context = runner.pool_context("forkserver")
    assert context.get_start_method() == "forkserver"
    from multiprocessing import forkserver

    assert forkserver._forkserver._preload_modules == ["khuyencong_cli.worker"]
