"""Plans read one at a time for ``kc summary`` and ``kc report``: same results as reading them
all first, the broken ones reported together at the end, and no plan kept once it is used."""

from __future__ import annotations

import gc
import shutil
import weakref
from pathlib import Path

import pytest

from khuyencong_cli.errors import UsageError
from khuyencong_cli.loader import load_plan
from khuyencong_cli.plans import PlansNotLoaded, load_paths
from khuyencong_cli.report import build_report
from khuyencong_cli.summary import SummaryOptions, summarise
from khuyencong_cli.summary.render import render

from conftest import PLANS

PLAN_FILES = sorted(PLANS.glob("*.yaml"))


def test_stream_yields_every_plan_in_order_and_counts_the_files() -> None:
    stream = load_paths([str(PLANS)])
    files = [loaded.file for loaded in stream]
    assert len(stream) == len(PLAN_FILES) == len(files)
    assert [Path(f).name for f in files] == [p.name for p in PLAN_FILES]
    assert all(plan is not None for _, plan in load_paths([str(PLANS)]).pairs())


def test_broken_plans_are_raised_together_after_the_good_ones(tmp_path: Path) -> None:
    shutil.copy(PLAN_FILES[0], tmp_path / "a-good.yaml")
    (tmp_path / "b-broken.yaml").write_text("kc: 1\ndocument: [\n", encoding="utf-8")
    (tmp_path / "c-unknown.yaml").write_text("kc: 1\nnot_a_field: 1\n", encoding="utf-8")
    seen = []
    with pytest.raises(PlansNotLoaded) as raised:
        for loaded in load_paths([str(tmp_path)]):
            seen.append(Path(loaded.file).name)
    assert seen == ["a-good.yaml"]
    assert [Path(p.file).name for p in raised.value.broken] == ["b-broken.yaml", "c-unknown.yaml"]
    assert "KC002" in raised.value.report("en")


def test_no_file_at_all_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        load_paths([str(tmp_path)])


def test_summary_from_the_stream_equals_the_summary_from_a_list() -> None:
    listed = [(str(p), load_plan(p).plan) for p in PLAN_FILES]
    for options in (SummaryOptions(), SummaryOptions(by_province=True), SummaryOptions(by_year=True, by_item=True)):
        from_list = summarise(listed, options)  # type: ignore[arg-type]
        from_stream = summarise(load_paths([str(p) for p in PLAN_FILES]).pairs(), options)
        assert from_stream[1] == from_list[1]
        assert render(from_stream[0], "table", lang="vi", plain_numbers=False) == render(
            from_list[0], "table", lang="vi", plain_numbers=False
        )


def test_report_from_the_stream_equals_the_report_from_a_list() -> None:
    listed = [load_plan(p, str(p)) for p in PLAN_FILES]
    assert build_report(load_paths([str(p) for p in PLAN_FILES]), lang="en") == build_report(listed, lang="en")


def test_summary_keeps_no_plan_once_its_money_is_collected() -> None:
    """When the next plan is asked for, only the one being summed may still be alive."""
    alive: list[weakref.ref[object]] = []
    kept_while_reading: list[int] = []

    def plans():
        for file, plan in load_paths([str(PLANS)]).pairs():
            gc.collect()
            kept_while_reading.append(sum(ref() is not None for ref in alive[:-1]))
            alive.append(weakref.ref(plan))
            yield file, plan

    summarise(plans(), SummaryOptions())
    assert len(alive) == len(PLAN_FILES)
    assert kept_while_reading == [0] * len(PLAN_FILES)


def test_grids_across_plans_sum_as_they_go_and_grow_with_what_they_show_not_with_the_plans(tmp_path: Path) -> None:
    """Three copies of every plan: the same provinces, sources and years, so the same number of
    summed facts as one copy, and every figure of the grid three times as large."""
    from khuyencong_cli.summary.facts import collect
    from khuyencong_cli.summary.views import AcrossPlans, build_views

    for copy in range(3):
        for plan in PLAN_FILES:
            shutil.copy(plan, tmp_path / f"{copy}-{plan.name}")
    options = SummaryOptions(by_province=True, by_year=True)
    once, thrice = AcrossPlans(options), AcrossPlans(options)
    for money in collect(load_paths([str(p) for p in PLAN_FILES]).pairs(), "triệu đồng"):
        once.add(money)
    for money in collect(load_paths([str(tmp_path)]).pairs(), "triệu đồng"):
        thrice.add(money)
    assert len(thrice.facts) == len(once.facts) and len(thrice.year_facts) == len(once.year_facts)
    one_views, three_views = once.views("triệu đồng"), thrice.views("triệu đồng")
    assert [v.group for v in three_views] == [v.group for v in one_views]
    for one, three in zip(one_views, three_views, strict=True):
        assert [row.label for row in three.rows] == [row.label for row in one.rows]
        for a, b in zip(one.rows, three.rows, strict=True):
            assert b.values[: len(one.columns) - 1] == [v * 3 if v is not None else None for v in a.values[: len(one.columns) - 1]]
        assert three.stated_total == (one.stated_total * 3 if one.stated_total is not None else None)
    # build_views over every plan's money at once gives the same grids as summing them one by one.
    monies = collect(load_paths([str(tmp_path)]).pairs(), "triệu đồng")
    assert render(build_views(monies, options, "triệu đồng"), "json", lang="en", plain_numbers=True) == render(
        three_views, "json", lang="en", plain_numbers=True
    )
