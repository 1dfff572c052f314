"""kc reconcile on documents read from their prose: totals compared by scope, counts by unit,
hedges kept as intervals and shown, the rest of a whole whose parts are only examples."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from khuyencong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
PLAN = str(FIXTURES / "plan-2021-2023.yaml")
TOTALS = str(FIXTURES / "news-2021-2023-totals.yaml")
TOTALS_B = str(FIXTURES / "news-2021-2023-totals-b.yaml")
BINH_DINH = str(ROOT / "plans" / "binh-dinh-2017-de-an-kcdp.yaml")
DAK_NONG = str(ROOT / "plans" / "dak-nong-2011-de-an.yaml")


def _json(runner: CliRunner, *args: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["reconcile", *args, "-f", "json"])
    return result.exit_code, json.loads(result.output)


def _totals(data: dict) -> dict[tuple[str, str], tuple[str, str, str | None, bool]]:
    """(measure, period) → (A as shown, B as shown, difference, agrees)."""
    return {
        (x["a"]["scope"]["measure"], x["a"]["scope"]["period"]): (x["a"]["shown"], x["b"]["shown"], x["difference"], x["agrees"])
        for x in data["totals"]
    }


def test_a_real_article_naming_no_source_reconciles(runner: CliRunner) -> None:
    # Bình Định 2017 states its whole (2,52 tỉ) and counts, no part naming a source: it used to
    # exit 2 with "no table of money"; it reconciles by its totals.
    result = runner.invoke(app, ["reconcile", BINH_DINH, BINH_DINH, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "A states only totals" in result.output
    code, data = _json(runner, BINH_DINH, BINH_DINH)
    assert code == 0 and data["only_totals"] == ["a", "b"]
    assert _totals(data) == {
        ("money", "2017"): ("2.52", "2.52", "0", True),
        ("chương trình đề án", "2017"): ("20", "20", "0", True),
        ("nhóm", "2017"): ("4", "4", "0", True),
    }


def test_articles_of_other_provinces_share_no_scope(runner: CliRunner) -> None:
    result = runner.invoke(app, ["reconcile", BINH_DINH, DAK_NONG, "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "nothing could be compared: no total of one scope" in result.output
    assert "A  money (tỉ đồng) · KCDP · 2017" in result.output
    assert "B  money (tỉ đồng) · whole · 2011  >1,2" in result.output
    code, data = _json(runner, BINH_DINH, DAK_NONG)
    assert code == 1 and data["nothing_matched"] is True and data["totals"] == []


def test_an_article_of_totals_against_the_plan_it_reports(runner: CliRunner) -> None:
    # "hơn 4,2 tỷ" is (4,2; 4,3] tỷ: the plan's cells add up to 4.200,5 triệu, inside it.
    code, data = _json(runner, TOTALS, PLAN)
    assert code == 0
    assert data["unit"] == "tỷ đồng" and data["only_totals"] == ["a"]
    line = data["totals"][0]
    assert line["a"]["shown"] == ">4.2" and line["a"]["hedge"] == "hơn"
    assert line["a"]["interval"] == ["4.2", "4.3"]
    assert line["b"]["value"] == "4.2005" and line["agrees"] is True
    assert data["by_source"] == [] and data["total"] is None  # no money by source to set against B's
    # Counts the plan does not state are listed, never compared with money.
    unmatched = {(u["side"], u["scope"]["measure"], u["shown"]) for u in data["unmatched_totals"]}
    assert unmatched == {("a", "đề án", "12"), ("a", "lao động", "≈300")}
    text = runner.invoke(app, ["reconcile", TOTALS, PLAN, "--lang", "en"]).output
    assert ">4,2  4,2005        0,0005" in text


def test_counts_are_compared_by_unit_within_their_hedges(runner: CliRunner) -> None:
    code, data = _json(runner, TOTALS, TOTALS_B)
    assert code == 1
    assert _totals(data) == {
        ("money", "2021-2023"): (">4.2", "<4.3", "0.1", True),  # (4,2; 4,3] meets [4,2; 4,3)
        ("đề án", "2021-2023"): ("12", "14", "2", False),
        ("lao động", "2021-2023"): ("≈300", "320", "20", True),  # khoảng 300: 250 … 350 (half its step of 100)
    }
    assert data["total_differences"] == 1 and data["exceeded"] is True
    # 12 đề án, of which 5 + 3 named as examples (parts_complete: false): 4 not accounted for.
    counts = next(x for x in data["totals"] if x["a"]["scope"]["measure"] == "đề án")
    assert counts["a"]["rest"] == "4" and counts["b"]["rest"] is None


def test_the_tolerance_is_money_and_never_excuses_a_count(runner: CliRunner) -> None:
    result = runner.invoke(app, ["reconcile", TOTALS, TOTALS_B, "--tolerance", "5"])
    assert result.exit_code == 1, result.output


def test_totals_text_in_both_languages(runner: CliRunner) -> None:
    en = runner.invoke(app, ["reconcile", TOTALS, TOTALS_B, "--lang", "en"]).output
    lines = [" ".join(line.split()) for line in en.splitlines()]
    assert "Totals stated, by scope (money in the unit above, counts in their own unit)" in lines
    assert "money (tỷ đồng) · whole · 2021-2023 >4,2 <4,3 0,1 tong-kinh-phi ↔ kinh-phi" in lines
    assert "đề án · 2021-2023 12 14 2 ≠ differs so-de-an ↔ de-an" in lines
    assert "· of which not accounted for by the parts named 4" in lines
    assert "lao động · 2021-2023 ≈300 320 20 lao-dong ↔ hoc-vien" in lines
    assert "1 difference(s) above the tolerance (0)" in en
    vi = runner.invoke(app, ["reconcile", TOTALS, TOTALS_B, "--lang", "vi"]).output
    assert "Các tổng đã nêu, theo phạm vi" in vi
    assert "kinh phí (tỷ đồng) · toàn bộ · 2021-2023" in vi
    assert "≈300" in vi and ">4,2" in vi and "<4,3" in vi
    assert "trong đó chưa nêu rõ (ngoài các phần đã nêu)" in vi
    assert "vế A chỉ nêu các tổng" in vi


def test_a_text_stating_no_total_is_bad_input(runner: CliRunner, write_plan) -> None:
    path = write_plan(
        "kc: 1\n"
        "document: {title: Tin bài, province: Tỉnh Thử, kind: news-article, period: '2021'}\n"
        "claims:\n"
        "  - {id: a, quote: 'Đến năm 2025, tỉnh phấn đấu …', target_year: 2025}\n"
    )
    result = runner.invoke(app, ["reconcile", str(path), PLAN, "--lang", "en"])
    assert result.exit_code == 2
    assert "states no total, of money or of a count, to reconcile" in result.output


RESULTS_NEWS = str(FIXTURES / "results-news-2021-2023.yaml")


def test_an_article_of_money_spent_against_the_plan(runner: CliRunner) -> None:
    # A results report naming no source: plan against results, the plan's 4.200,5 triệu against
    # "gần 3,9 tỷ" spent ([3,8; 3,9) tỷ), whose kinds differ by design.
    code, data = _json(runner, PLAN, RESULTS_NEWS)
    assert code == 1
    assert data["mode"] == "plan-results" and data["only_totals"] == ["b"]
    (line,) = data["totals"]
    assert (line["a"]["shown"], line["b"]["shown"], line["difference"]) == ("4200.5", "<3900", "-300.5")
    assert line["a"]["scope"]["kind"] == "budget" and line["b"]["scope"]["kind"] == "results"
    assert line["agrees"] is False
    text = runner.invoke(app, ["reconcile", PLAN, RESULTS_NEWS, "--lang", "en"]).output
    assert "Plan against results (triệu đồng)" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert any(line.startswith("money (triệu đồng) · whole · plan · 2021-2023 4.200,5 <3.900 -300,5 under ")
               for line in lines), text
    # Within a tolerance of 301 triệu, [3.499; 4.201] holds what was planned.
    assert runner.invoke(app, ["reconcile", PLAN, RESULTS_NEWS, "--tolerance", "301"]).exit_code == 0
    assert runner.invoke(app, ["reconcile", PLAN, RESULTS_NEWS, "--tolerance", "300"]).exit_code == 1


PARTIAL = str(FIXTURES / "news-2021-2023-partial.yaml")


def test_parts_named_as_examples_add_up_to_no_total(runner: CliRunner) -> None:
    # The article's KCQG 2.800 is compared source by source; its whole, 4.200,5, with the
    # plan's; the 2.800 alone is never set against the plan's 4.200,5 as a total.
    code, data = _json(runner, PARTIAL, PLAN)
    assert code == 0, data
    assert data["partial"] == ["a"] and data["total"] is None
    # KCĐP, which the article does not name, is not read as 0 in it.
    assert [(x["label"], x["a"], x["b"]) for x in data["by_source"]] == [("KCQG", "2800", "2800")]
    (line,) = data["totals"]
    assert (line["a"]["value"], line["b"]["value"], line["agrees"]) == ("4200.5", "4200.5", True)
    assert line["a"]["rest"] == "1400.5"  # not accounted for by the one source named
    text = runner.invoke(app, ["reconcile", PARTIAL, PLAN, "--lang", "en"]).output
    assert "A names its parts by source only as examples (parts_complete: false)" in text
    assert "no difference above the tolerance (0)" in text
