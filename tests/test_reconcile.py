"""kc reconcile: plan against results and restatements, on real plans and small fixtures."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_plan
from khuyencong_cli.model import TableKind
from khuyencong_cli.reconcile import PLAN_RESULTS, RESTATEMENT, choose_sides, match_items, normalise_name, select_side

ROOT = Path(__file__).resolve().parent.parent
CAO_BANG = ROOT / "plans" / "cao-bang-2016-2020-qd-270.yaml"
CAO_BANG_470 = str(ROOT / "plans" / "cao-bang-2021-2025-qd-470.yaml")
LAI_CHAU = str(ROOT / "plans" / "lai-chau-2021-2025-qd-407.yaml")
FIXTURES = Path(__file__).parent / "fixtures"
PLAN = str(FIXTURES / "plan-2021-2023.yaml")
RESULTS = str(FIXTURES / "results-2021-2023.yaml")


def _json(runner: CliRunner, *args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["reconcile", *args, "-f", "json"])
    return result.exit_code, json.loads(result.output)


def _lines(section: list[dict]) -> dict[str, tuple[str, str, str, str | None]]:
    return {x["label"]: (x["a"], x["b"], x["difference"], x["rate"]) for x in section}


def test_plan_against_results_fixture(runner: CliRunner) -> None:
    code, data = _json(runner, PLAN, RESULTS)
    assert code == 1  # differences above the default tolerance of 0
    assert data["mode"] == "plan-results"
    assert data["compared_years"] == [2021, 2022]
    sources = _lines(data["by_source"])
    assert sources["KCQG"] == ("1600", "1650", "50", "103.1")
    assert sources["KCDP"] == ("900.5", "580", "-320.5", "64.4")
    items = {x["label"]: x for x in data["by_item"]}
    assert items["1 Nội dung 1: Đào tạo nghề"]["matched_by"] == "id"
    machines = items["2 Nội dung 2: Hỗ trợ máy móc thiết bị"]
    assert machines["matched_by"] == "name" and machines["b_label"] == "b 2. Hỗ trợ máy móc, thiết bị"
    unmatched = {(u["side"], u["what"], u["label"]): u["value"] for u in data["unmatched"]}
    assert unmatched[("a", "item", "3 Nội dung 3: Hội chợ triển lãm")] == "350.5"
    assert unmatched[("b", "item", "4 Tư vấn doanh nghiệp")] == "30"
    assert unmatched[("a", "year", "2023 KCQG")] == "1200"
    assert data["total"]["a"] == "2500.5" and data["total"]["b"] == "2230"


def test_tolerance_decides_the_exit_code(runner: CliRunner) -> None:
    assert runner.invoke(app, ["reconcile", PLAN, RESULTS, "--tolerance", "320,5"]).exit_code == 0
    assert runner.invoke(app, ["reconcile", PLAN, RESULTS, "--tolerance", "320"]).exit_code == 1


def test_summary_table_against_its_annex(runner: CliRunner) -> None:
    code, data = _json(runner, f"{CAO_BANG}#cb-kinh-phi-2016-2020", f"{CAO_BANG}#cb-bieu-02")
    assert code == 0
    assert data["mode"] == "restatement"
    assert _lines(data["by_source"])["KCQG"][:3] == ("7600", "7600", "0")
    assert _lines(data["by_source_year"])["KCDP 2019"][:2] == ("800", "800")
    # The summary itemises by source, the annex by content: nothing pairs up, all is listed.
    assert len([u for u in data["unmatched"] if u["what"] == "item"]) == 2 + 8


def test_results_table_plan_columns_against_actual_columns(runner: CliRunner) -> None:
    result = runner.invoke(app, ["reconcile", f"{CAO_BANG}#cb-ket-qua-2009-2015", "--lang", "en"])
    # Money on both sides and not one figure matched: the sides cannot be reconciled.
    assert result.exit_code == 1, result.output
    assert "share no year" in result.output
    assert "cannot be reconciled" in result.output
    assert "2015 KCQG" in result.output and "1.700" in result.output
    assert "2011 KCDP" in result.output and "541,125" in result.output


def test_human_output_in_vietnamese(runner: CliRunner) -> None:
    result = runner.invoke(app, ["reconcile", PLAN, RESULTS, "--lang", "vi"])
    assert "Đối chiếu kế hoạch với kết quả thực hiện" in result.output
    assert "có trong kế hoạch, không có trong báo cáo" in result.output
    assert "chưa đạt" in result.output and "vượt" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["missing.yaml", PLAN],
        [f"{PLAN}#nope", RESULTS],
        [PLAN, RESULTS, "--tolerance", "abc"],
        [PLAN, RESULTS, "--unit", "USD"],
        [f"{CAO_BANG}#cb-bieu-01", PLAN],
        [PLAN],
    ],
)
def test_bad_input_exits_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, ["reconcile", *args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_one_address_with_an_unknown_table_names_the_table(runner: CliRunner) -> None:
    """``kc reconcile FILE#typo``: the message names the missing table and the plan's tables,
    as it does with two addresses, instead of asking for a second side."""
    result = runner.invoke(app, ["reconcile", f"{CAO_BANG}#nope", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert "no table 'nope' in this plan" in result.output
    assert "cb-ket-qua-2009-2015" in result.output


def test_a_side_read_from_stdin_is_called_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["reconcile", "-", RESULTS, "--lang", "en"], input=Path(PLAN).read_text(encoding="utf-8"))
    assert "plan: <stdin>" in result.output, result.output


def test_unit_conversion(runner: CliRunner) -> None:
    _code, data = _json(runner, PLAN, RESULTS, "--unit", "tỷ")
    assert data["unit"] == "tỷ đồng"
    assert Decimal(data["total"]["a"]) == Decimal("2.5005")


def test_normalised_names() -> None:
    assert normalise_name("Nội dung 1: Đào tạo nghề") == "đào tạo nghề"
    assert normalise_name("2. Hỗ trợ máy móc, thiết bị") == "hỗ trợ máy móc thiết bị"
    assert normalise_name("II. Khuyến công") == "khuyến công"
    assert normalise_name("Hỗ trợ", strip_diacritics=True) == "ho tro"
    pairs = match_items([("x", "x Đào tạo nghề")], [("y", "y Dao tao nghe")])
    assert pairs == [("x Đào tạo nghề", "y Dao tao nghe", "name-ascii")]


def test_real_kc_process() -> None:
    kc = shutil.which("kc")
    command = [kc] if kc else [sys.executable, "-m", "khuyencong_cli.cli"]
    completed = subprocess.run([*command, "reconcile", PLAN, RESULTS, "--lang", "en"],
                               capture_output=True, text=True, encoding="utf-8", check=False)
    assert completed.returncode == 1
    assert "reported, never planned" in completed.stdout


def test_a_source_group_is_compared_with_its_members(runner: CliRunner) -> None:
    code, data = _json(runner, str(FIXTURES / "plan-2021-2023-nsnn.yaml"), RESULTS)
    assert code == 1
    assert _lines(data["by_source"]) == {"NSNN": ("2300", "2230", "-70", "97.0")}
    assert _lines(data["by_year"])["2021"][:3] == ("900", "900", "0")


def test_a_news_article_against_the_plan_it_reports(runner: CliRunner) -> None:
    code, data = _json(runner, str(FIXTURES / "news-2021-2023.yaml"), PLAN)
    assert code == 1
    assert data["mode"] == "restatement"
    assert _lines(data["by_source"])["KCDP"][:3] == ("1450.5", "1400.5", "-50")
    assert _lines(data["by_source"])["KCQG"][:3] == ("2800", "2800", "0")


def test_a_real_article_is_read_by_source_name(runner: CliRunner) -> None:
    article = str(ROOT / "plans" / "cao-bang-2021-2025-qd-470.yaml")
    code, data = _json(runner, article, article)
    assert code == 0
    assert data["unit"] == "tỷ đồng"
    assert _lines(data["by_source"])["KCDP"][0] == "4.446"
    assert _lines(data["by_source"])["KCQG"][0] == "13.8"


def _plan(path: object):
    loaded = load_plan(str(path))
    assert loaded.ok, loaded.problems
    return loaded.plan


def test_a_whole_plan_never_sums_budget_and_results_into_one_side(runner: CliRunner) -> None:
    # QĐ 270 holds a budget table (11.200, 2016-2020) and a results table (7.928,455,
    # 2009-2015): against an article, only its budget is taken, never the two summed.
    code, data = _json(runner, CAO_BANG_470, str(CAO_BANG), "--lang", "en")
    assert code == 1
    assert data["mode"] == "restatement"
    assert data["total"]["a"] == "18.246" and data["total"]["b"] == "11.2"
    assert _lines(data["by_source"])["KCQG"][:2] == ("13.8", "7.6")
    assert "NK" not in _lines(data["by_source"])  # the results table's other sources
    # The article's KCQG is no longer paired with the 2009-2015 results row of that name.
    assert data["by_item"] == []
    assert {"what": "periods", "a": "2021-2015", "b": "2016-2020"} in data["warnings"]


def test_the_kinds_each_side_gives() -> None:
    cao_bang, plan, results = _plan(CAO_BANG), _plan(PLAN), _plan(RESULTS)
    lai_chau, article = _plan(LAI_CHAU), _plan(CAO_BANG_470)
    # A plan against a results report: A's budget, B's results.
    assert choose_sides(cao_bang, None, results, None) == (PLAN_RESULTS, TableKind.BUDGET, TableKind.RESULTS)
    assert choose_sides(plan, None, results, None) == (PLAN_RESULTS, TableKind.BUDGET, TableKind.RESULTS)
    # Plan against plan, or an article against a plan: budget against budget.
    assert choose_sides(lai_chau, None, cao_bang, None) == (RESTATEMENT, TableKind.BUDGET, TableKind.BUDGET)
    assert choose_sides(article, None, cao_bang, None) == (RESTATEMENT, None, TableKind.BUDGET)
    # Forced plan against results on a plan holding both: its budget against the other's results.
    assert choose_sides(cao_bang, None, cao_bang, None, PLAN_RESULTS) == (PLAN_RESULTS, TableKind.BUDGET, TableKind.RESULTS)
    side = select_side("B", cao_bang, None, "all", None, TableKind.BUDGET)
    assert sum(f.value for f in side.figures) == Decimal("11200")
    assert side.period == (2016, 2020) and side.province == "Cao Bằng"


@pytest.mark.parametrize(
    ("lang", "warning"),
    [
        ("en", "warning: the two documents are about different provinces: Lai Châu (A) and Cao Bằng (B)"),
        ("vi", "cảnh báo: hai văn bản thuộc hai tỉnh khác nhau: Lai Châu (A) và Cao Bằng (B)"),
    ],
)
def test_other_provinces_are_flagged_and_nothing_matched_fails(runner: CliRunner, lang: str, warning: str) -> None:
    result = runner.invoke(app, ["reconcile", LAI_CHAU, str(CAO_BANG), "--lang", lang])
    assert result.exit_code == 1, result.output  # unmatched money on both sides, nothing compared
    assert warning in result.output
    code, data = _json(runner, LAI_CHAU, str(CAO_BANG))
    assert code == 1 and data["nothing_matched"] is True and data["total"] is None
    assert {"what": "provinces", "a": "Lai Châu", "b": "Cao Bằng"} in data["warnings"]


def test_same_document_same_period_has_no_warning(runner: CliRunner) -> None:
    code, data = _json(runner, f"{CAO_BANG}#cb-kinh-phi-2016-2020", f"{CAO_BANG}#cb-bieu-02")
    assert code == 0 and data["warnings"] == [] and data["nothing_matched"] is False
    # A results report covering part of its plan's years is no reason to warn.
    code, data = _json(runner, PLAN, RESULTS)
    assert data["warnings"] == []


def test_no_empty_status_column_and_rates_keep_one_decimal(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["reconcile", f"{CAO_BANG}#cb-kinh-phi-2016-2020", f"{CAO_BANG}#cb-bieu-02", "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = lines.index("By source") + 1
    assert lines[header].split() == ["source", "A", "B", "difference", "rate", "%"]
    assert lines[header + 1].split() == ["--------", "-----", "-----", "------------", "--------"]
    assert not any(line.endswith("  --") for line in lines)
    assert "KCQG      7.600  7.600             0    100,0%" in result.output
