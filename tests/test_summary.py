"""kc summary: exact figures on the bundled plans, every format, golden outputs, xlsx read back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_plan
from khuyencong_cli.summary import SummaryOptions, build_summaries, summarise

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
LAI_CHAU = str(PLANS / "lai-chau-2021-2025-qd-407.yaml")
CAO_BANG = str(PLANS / "cao-bang-2016-2020-qd-270.yaml")
GOLDEN = Path(__file__).parent / "golden" / "summary"
FIXTURES = Path(__file__).parent / "fixtures"
UPDATE = os.environ.get("KC_UPDATE_GOLDEN") == "1"


def _plan(path: str):
    loaded = load_plan(path)
    assert loaded.ok, loaded.problems
    return loaded.plan


def _rows(view):
    return {row.label: row.values for row in view.rows}


def test_lai_chau_by_source_exact() -> None:
    (view,) = build_summaries([(LAI_CHAU, _plan(LAI_CHAU))], by_source=True)
    rows = _rows(view)
    assert rows["KCQG (Nguồn kinh phí khuyến công quốc gia hỗ trợ)"][0] == Decimal("15820")
    assert rows["NST (Nguồn kinh phí từ ngân sách tỉnh hỗ trợ)"][0] == Decimal("11080")
    hd = rows["HD (Nguồn huy động các cơ sở công nghiệp - tiểu thủ công nghiệp đầu tư)"]
    assert hd[0] == Decimal("48400")
    assert hd[3] == Decimal("64.3")  # the article's own "chiếm 64,3%"
    assert view.computed_total == Decimal("75300") == view.stated_total
    assert not view.differs


def test_lai_chau_by_year_comes_from_the_total_row() -> None:
    (view,) = build_summaries([(LAI_CHAU, _plan(LAI_CHAU))], by_year=True)
    rows = _rows(view)
    assert [rows[str(y)][0] for y in range(2021, 2026)] == [
        Decimal(v) for v in ("10814", "21004", "20714", "13054", "9714")
    ]
    assert rows["summary.average"][0] == Decimal("15060")
    assert "summary.years-from-total" in view.notes


def test_unit_conversion_is_exact() -> None:
    (view,) = build_summaries([(CAO_BANG, _plan(CAO_BANG))], by_kind=True, unit="tỷ đồng")
    assert view.unit == "tỷ đồng"
    rows = _rows(view)
    assert rows["summary.kind.budget · 2016-2020"] == [Decimal("11.2")]
    assert rows["summary.kind.results · 2009-2015"] == [Decimal("7.928455")]


def test_by_kind_alone_never_adds_plan_to_results(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", CAO_BANG, "--by-kind", "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "All plans: kind × period (triệu đồng)"
    assert any(line.startswith("planned funding · 2016-2020") and line.endswith("11.200") for line in lines)
    assert any(line.startswith("funding spent · 2009-2015") and line.endswith("7.928,455") for line in lines)
    # no grand total of plan money and money spent, and the reader is told why
    assert "19.128,455" not in result.output and "Total" not in result.output
    assert "planned money and money spent, and different periods, are not added together" in result.output
    vi = runner.invoke(app, ["summary", CAO_BANG, "--by-kind", "--lang", "vi"])
    assert vi.output.splitlines()[0] == "Tất cả kế hoạch: loại × giai đoạn (triệu đồng)"
    assert "kinh phí đã thực hiện · 2009-2015" in vi.output


def test_across_plans_by_province(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", str(PLANS), "--by-province", "--plain-numbers", "-f", "json"])
    assert result.exit_code == 0, result.output
    views = json.loads(result.stdout)["summaries"]  # stderr notes the plans with no money
    by_group = {(v["group"]["kind"], v["group"]["period"]): {r["label"]: r for r in v["rows"]} for v in views}
    assert by_group[("budget", "2021-2025")]["Lai Châu"]["values"][0] == "75300"
    # Cao Bằng's results of 2009-2015, its plan for 2016-2020 and the article on its plan for
    # 2021-2025 (written "2021-2015" in the article) stay three figures, never 37.374,455
    assert by_group[("results", "2009-2015")]["Cao Bằng"]["values"][0] == "7928.455"
    assert by_group[("budget", "2016-2020")]["Cao Bằng"]["values"][0] == "11200"
    article = by_group[("budget", "2021-2015")]["Cao Bằng †"]
    assert article["values"][0] == "18246" and article["from_text"] is True
    # Bắc Kạn: the 700 of its table and the 496 its text states, both for 2022, add up
    assert by_group[("budget", "2022")]["Bắc Kạn †"]["values"][0] == "1196"
    assert "37374.455" not in result.stdout


def test_across_plans_heading_names_kind_and_period(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", CAO_BANG, LAI_CHAU, "--by-province", "--lang", "en"])
    assert result.exit_code == 0, result.output
    headings = [line for line in result.output.splitlines() if line.startswith("All plans")]
    assert headings == [
        "All plans, planned funding, period 2016-2020: province (triệu đồng)",
        "All plans, planned funding, period 2021-2025: province (triệu đồng)",
        "All plans, funding spent, period 2009-2015: province (triệu đồng)",
    ]
    vi = runner.invoke(app, ["summary", CAO_BANG, "--by-province", "--lang", "vi"])
    assert "Tất cả kế hoạch, kinh phí đã thực hiện, giai đoạn 2009-2015: tỉnh (triệu đồng)" in vi.output


def test_mixing_periods_only_when_asked() -> None:
    from khuyencong_cli.summary import collect
    from khuyencong_cli.summary.views import build_views

    monies = collect([(CAO_BANG, _plan(CAO_BANG))], "triệu đồng")
    (mixed,) = build_views(monies, SummaryOptions(by_province=True, mix_periods=True), "triệu đồng")
    assert mixed.group is None and mixed.computed_total == Decimal("19128.455")
    apart = build_views(monies, SummaryOptions(by_province=True), "triệu đồng")
    assert [(v.group, v.computed_total) for v in apart] == [
        (("budget", "2016-2020"), Decimal("11200")), (("results", "2009-2015"), Decimal("7928.455"))
    ]


def test_stated_total_differs_is_marked(runner: CliRunner) -> None:
    plan = str(FIXTURES / "plan-2021-2023.yaml")
    result = runner.invoke(app, ["summary", plan, "--by-year", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "≠ the table states 4.250,5, but its cells add up to 4.200,5" in result.output
    line_2022 = next(line for line in result.output.splitlines() if line.startswith("2022"))
    assert "1.500" in line_2022 and "1.550" in line_2022 and "≠" in line_2022


def test_results_plan_years_are_flagged(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", CAO_BANG, "--by-year", "--lang", "vi"])
    assert result.exit_code == 0
    assert "2015*" in result.output
    assert "KH năm" in result.output


def test_chart_draws_bars(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", LAI_CHAU, "--chart", "--lang", "en"])
    assert result.exit_code == 0
    bars = [line for line in result.output.splitlines() if "│" in line]
    assert len(bars) == 3
    assert bars[0].count("█") == 40  # HD, the largest, fills the width
    assert bars[0].endswith("48.400")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit", "đô la"], "not a money unit"),
        (["-f", "xlsx"], "-o"),
        (["--table", "khong-co"], "no table 'khong-co' in the plans given"),
    ],
)
def test_bad_usage_exits_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["summary", LAI_CHAU, *args, "--lang", "en"])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_unknown_table_is_named_in_vietnamese(runner: CliRunner) -> None:
    """A mistyped --table id is a usage error, not "no money to summarise" and exit 0."""
    result = runner.invoke(app, ["summary", LAI_CHAU, "--table", "khong-co", "--lang", "vi"])
    assert result.exit_code == 2
    assert "không có biểu 'khong-co'" in result.output
    assert "không có kinh phí để tổng hợp" not in result.output


def test_a_targets_table_named_with_table_is_refused(runner: CliRunner) -> None:
    """Biểu 01 of Cao Bằng counts trainees and models: naming it is a usage error that says so."""
    result = runner.invoke(app, ["summary", CAO_BANG, "--table", "cb-bieu-01", "--lang", "vi"])
    assert result.exit_code == 2
    assert "biểu 'cb-bieu-01' chứa chỉ tiêu đếm, không phải tiền" in result.output
    assert "không có kinh phí để tổng hợp" not in result.output


def test_broken_plan_exits_2(runner: CliRunner, write_plan) -> None:
    path = write_plan("kc: 1\ndocument: {}\n")
    result = runner.invoke(app, ["summary", str(path)])
    assert result.exit_code == 2


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", "csv"), ("json", "json"), ("markdown", "md"), ("table", "txt")])
def test_golden(runner: CliRunner, fmt: str, suffix: str) -> None:
    case = GOLDEN / "two-sources"
    cwd = os.getcwd()
    os.chdir(case)  # file names in the output are relative, as a user would type them
    try:
        result = runner.invoke(app, ["summary", "plan.yaml", "--by-source", "--by-year", "--by-item", "-f", fmt, "--lang", "vi"])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    expected = case / f"expected.{suffix}"
    if UPDATE:
        expected.write_text(result.output, encoding="utf-8")
    assert result.output == expected.read_text(encoding="utf-8")


def test_output_file_for_text_formats(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    result = runner.invoke(app, ["summary", LAI_CHAU, "-f", "markdown", "-o", str(target)])
    assert result.exit_code == 0
    assert result.output == ""
    assert "| KCQG" in target.read_text(encoding="utf-8")


def kc_command() -> list[str]:
    """The installed ``kc`` script when on PATH, else the same entry point through Python."""
    found = shutil.which("kc")
    return [found] if found else [sys.executable, "-m", "khuyencong_cli.cli"]


def test_real_kc_process() -> None:
    completed = subprocess.run(
        [*kc_command(), "summary", LAI_CHAU, "--by-source", "--lang", "en", "--plain-numbers"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "15820" in completed.stdout and "75300" in completed.stdout


def test_markdown_chart_is_fenced(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", str(PLANS), "--by-province", "-f", "markdown", "--chart"])
    assert result.exit_code == 0
    assert "```text\nBà Rịa - Vũng Tàu" in result.output


def test_plan_without_any_money_says_so(runner: CliRunner, write_plan) -> None:
    path = write_plan(
        "kc: 1\ndocument: {title: T, province: P, kind: news-article}\n"
        "claims:\n  - {id: c, quote: \"10 mô hình\", value: 10, unit: mô hình}\n"
    )
    result = runner.invoke(app, ["summary", str(path), "--lang", "en"])
    assert result.exit_code == 0
    assert "no money to summarise" in result.output


def test_an_article_without_tables_is_read_from_its_claims_as_reconcile_reads_it(runner: CliRunner) -> None:
    from khuyencong_cli.prose_money import prose_money
    from khuyencong_cli.reconcile import claims_side

    path = str(PLANS / "cao-bang-2021-2025-qd-470.yaml")
    plan = _plan(path)
    (view,) = build_summaries([(path, plan)], by_source=True)
    # with no grid asked for, the claim itself, as written, beside the per-source grid
    _, claims = summarise([(path, plan)], SummaryOptions())[0]
    assert claims.view == "claim"
    assert _rows(claims)["cb470-tong-kinh-phi · summary.claim.whole"][:2] == [None, Decimal("18.246")]
    rows = _rows(view)
    assert rows["KCDP (Nguồn kinh phí khuyến công địa phương)"][0] == Decimal("4.446")
    assert rows["KCQG (Kinh phí khuyến công quốc gia)"][0] == Decimal("13.800")
    assert all(row.from_text for row in view.rows if row.role == "row")
    assert view.unit == "tỷ đồng" and view.computed_total == Decimal("18.246")
    assert "summary.from-text" in view.notes
    # One reading: the summary's figures are reconcile's, source by source.
    side = claims_side(path, plan)
    assert {(f.source, f.value) for f in side.figures} == {(f.source, f.value) for f in prose_money(plan)}
    assert {(f.source, f.value) for f in side.figures} == {("KCDP", Decimal("4.446")), ("KCQG", Decimal("13.800"))}
    for lang, note in (("en", "† from the text"), ("vi", "† theo lời văn")):
        result = runner.invoke(app, ["summary", path, "--lang", lang])
        assert result.exit_code == 0, result.output
        assert note in result.output and "18,246" in result.output
        assert "no money to summarise" not in result.output


def test_money_the_text_states_beside_a_table_is_kept(runner: CliRunner) -> None:
    # "8 đề án, nhiệm vụ khuyến công địa phương với kinh phí 496 triệu đồng và 2 đề án khuyến
    # công quốc gia với kinh phí 700 triệu đồng": the table holds the 700 KCQG only.
    path = str(PLANS / "bac-kan-2022-ke-hoach.yaml")
    (view,) = build_summaries([(path, _plan(path))], by_source=True)
    rows = _rows(view)
    assert rows["KCQG (Kinh phí khuyến công quốc gia)"][0] == Decimal("700")
    kcdp = rows["KCDP (Kinh phí khuyến công địa phương)"]
    assert kcdp[0] == Decimal("496") and kcdp[3] == Decimal("41.5")
    assert [row.from_text for row in view.rows] == [False, True, False]
    assert view.computed_total == Decimal("1196")
    result = runner.invoke(app, ["summary", path, "-f", "json"])
    (data,) = json.loads(result.stdout)["summaries"]
    flagged = [row["label"] for row in data["rows"] if row.get("from_text")]
    assert flagged == ["KCDP (Kinh phí khuyến công địa phương) †"]


def test_a_group_and_its_members_in_the_text_are_not_counted_twice() -> None:
    from khuyencong_cli.prose_money import prose_money

    # Lai Châu states NSNN 26.900 and, of it, KCQG 15.820 and NST 11.080.
    figures = prose_money(_plan(LAI_CHAU))
    assert [(f.source, f.value) for f in figures] == [
        ("HD", Decimal("48400")), ("KCQG", Decimal("15820")), ("NST", Decimal("11080"))
    ]


def test_plan_years_are_marked_in_the_source_by_year_columns(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", CAO_BANG, "--by-source", "--by-year", "--lang", "en"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    header = next(line for line in lines if line.startswith("source \\ year") and "2009" in line)
    assert "2015*" in header.split()
    assert "* a plan figure inside a results table" in result.output
    data = json.loads(runner.invoke(app, ["summary", CAO_BANG, "--by-source", "--by-year", "-f", "json"]).stdout)
    spent = next(v for v in data["summaries"] if v["kind"] == "results")
    assert [c["key"] for c in spent["columns"]][5:7] == ["2014", "2015*"]


def test_shares_always_show_one_decimal(runner: CliRunner, tmp_path: Path) -> None:
    table = runner.invoke(app, ["summary", LAI_CHAU, "--by-source", "--by-year", "--lang", "en"]).output
    kcqg = next(line for line in table.splitlines() if line.startswith("KCQG"))
    assert "21,0%" in kcqg and "64,3%" in table and "100,0%" in table
    plain = runner.invoke(app, ["summary", LAI_CHAU, "--plain-numbers"]).output
    assert "21.0%" in plain and "100.0%" in plain
    (data,) = json.loads(runner.invoke(app, ["summary", LAI_CHAU, "-f", "json"]).stdout)["summaries"]
    assert [row["values"][3] for row in data["rows"]] == ["64.3", "21.0", "14.7", "100.0"]
    csv_text = runner.invoke(app, ["summary", LAI_CHAU, "-f", "csv"]).output
    assert 'KCQG (Nguồn kinh phí khuyến công quốc gia hỗ trợ),share,"21,0"' in csv_text
    markdown = runner.invoke(app, ["summary", LAI_CHAU, "-f", "markdown"]).output
    assert "21,0%" in markdown


def test_table_option_sums_an_annex_that_restates_another(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["summary", CAO_BANG, "--table", "cb-bieu-02", "--by-item", "-f", "json", "--plain-numbers"]
    )
    assert result.exit_code == 0, result.output
    (view,) = json.loads(result.stdout)["summaries"]
    rows = {row["label"]: row["values"] for row in view["rows"]}
    content_3 = next(values for label, values in rows.items() if label.startswith("3 Nội dung 3"))
    assert content_3[:2] == ["5650", "5650"]  # stated, computed
    assert content_3[3] == "50.4"  # 5.650 of 11.200
    assert view["computed_total"] == "11200"


def test_a_row_outside_the_total_is_not_summed(runner: CliRunner, write_plan) -> None:
    """"Ngoài ra: …" (outside: true) is printed in the table but kc summary adds only the rows
    the Cộng row adds: 350 + 780 = 1.130, not 1.224 with the 94 of the reserve project."""
    path = write_plan(
        "kc: 1\n"
        "document: {title: Kế hoạch, province: Bình Thuận, kind: annual-plan, period: \"2019-2020\"}\n"
        "sources: [{id: KCDP, name: Khuyến công địa phương}]\n"
        "tables:\n"
        "  - id: t\n    kind: budget\n    title: Kinh phí\n    unit: triệu đồng\n    years: [2019, 2020]\n"
        "    rows:\n"
        "      - {id: \"1\", name: Máy móc, source: KCDP, cells: {2019: 150, 2020: 200}, total: 350}\n"
        "      - {id: \"2\", name: Tuyên truyền, source: KCDP, cells: {2019: 380, 2020: 400}, total: 780}\n"
        "      - {id: \"3\", name: \"Ngoài ra: dự phòng\", source: KCDP, cells: {2019: 94}, total: 94, outside: true}\n"
        "    total: {id: cong, name: Cộng, cells: {2019: 530, 2020: 600}, total: \"1.130\"}\n"
    )
    result = runner.invoke(app, ["summary", str(path), "--by-source", "-f", "json", "--plain-numbers"])
    assert result.exit_code == 0, result.output
    assert "1130" in result.output and "1224" not in result.output


CLAIMS_ARTICLE = GOLDEN / "claims-article"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_claims_only_article_shows_its_claims_as_written(runner: CliRunner, lang: str) -> None:
    """A news article with no table: the totals keep their hedges, a part outside the whole
    and the rest are labelled, and examples (parts_complete: false) leave an unaccounted rest."""
    cwd = os.getcwd()
    os.chdir(CLAIMS_ARTICLE)
    try:
        result = runner.invoke(app, ["summary", "plan.yaml", "--unit", "triệu", "--lang", lang])
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    expected = CLAIMS_ARTICLE / f"expected.{lang}.txt"
    if UPDATE:
        expected.write_text(result.output, encoding="utf-8")
    assert result.output == expected.read_text(encoding="utf-8")


def test_claims_grid_figures(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", str(CLAIMS_ARTICLE / "plan.yaml"), "--lang", "en", "--plain-numbers"])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    # "hơn 1,63 tỷ": the hedge stays beside the figure
    assert "tong · whole > 1.63" in lines
    # the rest is the whole minus the parts, and as hedged as the whole; its share is of 1,63
    assert "· Vốn đối ứng của doanh nghiệp · the rest, computed > 0.23 14.1%" in lines
    # a part outside the whole: labelled, no share, not added into the whole
    assert "· Chi phí quản lý · outside the whole 0.073" in lines
    # parts as examples: no share of the parts only, the unaccounted rest instead
    assert "· Mô hình dệt thổ cẩm 0.9" in lines
    assert "· not accounted for by the parts named ≈ 1.6" in lines
    assert "mo-hinh · whole ≈ 2.5" in lines and "nho · whole < 9" in lines


def test_claims_grid_in_json(runner: CliRunner) -> None:
    result = runner.invoke(app, ["summary", str(CLAIMS_ARTICLE / "plan.yaml"), "-f", "json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    (grid,) = [v for v in json.loads(result.stdout)["summaries"] if v["view"] == "claim"]
    rows = {r["label"]: r["values"] for r in grid["rows"]}
    assert rows["tong · whole"] == [">", "1.63", None]
    assert rows["Chi phí quản lý · outside the whole"] == [None, "0.073", None]
