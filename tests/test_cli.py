"""The commands as a user meets them: output, formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from khuyencong_cli import __version__
from khuyencong_cli.cli import app

from conftest import PLANS, ROOT

LAI_CHAU = PLANS / "lai-chau-2021-2025-qd-407.yaml"
CAO_BANG_270 = PLANS / "cao-bang-2016-2020-qd-270.yaml"

CLEAN = """\
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
"""
WARNING_ONLY = """\
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020", rounding: "1"}
tables:
  - id: t
    kind: budget
    title: T
    unit: triệu đồng
    years: [2016, 2017, 2018, 2019, 2020]
    rows:
      - {id: a, name: A, cells: {2016: 10, 2017: 10, 2018: 10, 2019: 10, 2020: 10}, total: 51}
"""


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"kc {__version__}"


def test_validate_clean_plan_exits_0(runner, write_plan):
    result = runner.invoke(app, ["validate", str(write_plan(CLEAN))])
    assert result.exit_code == 0, result.output
    assert "no problems found in 1 file(s)" in result.output


def test_validate_bundled_plans_reports_the_seed_errors(runner):
    result = runner.invoke(app, ["validate", str(PLANS), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "KC301 claim-total" in result.output
    assert "7.763,445" in result.output and "7.763,455" in result.output
    assert "KC201 period-reversed" in result.output and "2021-2025" in result.output
    # the source line is shown with a caret under the figure
    assert '375 |     value: "7.763,445"' in result.output
    assert "        |            ^" in result.output


def test_validate_in_vietnamese(runner):
    result = runner.invoke(app, ["validate", str(CAO_BANG_270), "--lang", "vi"])
    assert result.exit_code == 1
    assert "lỗi" in result.output
    assert "văn bản ghi 7.763,445 triệu đồng nhưng biểu" in result.output


def test_validate_json_is_versioned_with_plain_decimal_strings(runner):
    result = runner.invoke(app, ["validate", str(CAO_BANG_270), "--format", "json"])
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["version"] == 1
    claim = next(f for f in document["findings"] if f["rule"] == "KC301")
    assert claim["stated"] == "7763.445"
    assert claim["computed"] == "7763.455"
    assert claim["difference"] == "-0.01"
    assert {"rule", "name", "severity", "file", "line", "column", "message", "hint", "parts"} <= set(claim)
    assert claim["file"].endswith("cao-bang-2016-2020-qd-270.yaml")
    assert (claim["line"], claim["column"]) == (375, 12)
    assert {"label": "2 2011 KCDP", "value": "541.125"} in claim["parts"]


def test_warnings_exit_0_unless_strict(runner, write_plan):
    path = write_plan(WARNING_ONLY)
    plain = runner.invoke(app, ["validate", str(path)])
    assert plain.exit_code == 0, plain.output
    assert "KC101" in plain.output and "within the declared rounding" in plain.output
    strict = runner.invoke(app, ["validate", str(path), "--strict"])
    assert strict.exit_code == 0  # a gap within rounding is info, not a warning


def test_select_and_ignore(runner):
    only_periods = runner.invoke(app, ["validate", str(PLANS), "--select", "KC2", "-f", "json"])
    rules = {f["rule"] for f in json.loads(only_periods.output)["findings"]}
    assert rules == {"KC201"}
    without = runner.invoke(app, ["validate", str(PLANS), "--ignore", "period-reversed", "-f", "json"])
    assert "KC201" not in {f["rule"] for f in json.loads(without.output)["findings"]}
    unknown = runner.invoke(app, ["validate", str(PLANS), "--select", "KC999"])
    assert unknown.exit_code == 2


def test_directory_search_finds_yaml_and_yml(runner, tmp_path):
    (tmp_path / "a.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path), "-f", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)["files"]) == 2


def test_empty_directory_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 2


def test_summary_by_source_of_lai_chau(runner):
    result = runner.invoke(app, ["summary", str(LAI_CHAU), "--by-source", "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()

    def figure(prefix):
        # The first figure after the label is the computed total (share and average follow).
        line = next(line for line in lines if line.startswith(prefix))
        return next(token for token in line.split() if token[0].isdigit())

    assert figure("KCQG") == "15.820"
    assert figure("NST") == "11.080"
    assert figure("HD") == "48.400"
    assert figure("Total") == "75.300"
    assert "triệu đồng" in result.output


def test_summary_json_and_plain_numbers(runner):
    result = runner.invoke(app, ["summary", str(CAO_BANG_270), "--by-year", "--format", "json"])
    views = json.loads(result.output)["summaries"]
    budget = next(v for v in views if v["kind"] == "budget")
    assert budget["rows"][0]["label"] == "2016"
    assert budget["rows"][0]["values"][0] == "1800"
    assert budget["computed_total"] == "11200"
    plain = runner.invoke(app, ["summary", str(CAO_BANG_270), "--by-source", "--plain-numbers"])
    assert "7928.455" in plain.output


def test_summary_of_a_broken_plan_exits_2(runner, write_plan):
    result = runner.invoke(app, ["summary", str(write_plan("kc: 1\ndocument: [\n"))])
    assert result.exit_code == 2


def test_rules_lists_every_rule(runner):
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    for rule_id in ("KC001", "KC101", "KC201", "KC301"):
        assert rule_id in result.output


def test_explain_shows_the_examples(runner):
    result = runner.invoke(app, ["explain", "row-total"])
    assert result.exit_code == 0
    assert "KC101 row-total" in result.output and "Bad:" in result.output and "Good:" in result.output
    assert runner.invoke(app, ["explain", "KC999"]).exit_code == 2


def test_schema_command_prints_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.output)["title"].startswith("kc plan")


def test_kc_runs_as_a_real_process():
    completed = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli", "validate", "plans/", "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 1, completed.stderr
    assert "plans/cao-bang-2016-2020-qd-270.yaml" in completed.stdout
    assert "\x1b[" not in completed.stdout  # no colour when piped
    assert completed.stderr == ""


def test_unknown_language_is_a_usage_error(runner):
    result = runner.invoke(app, ["validate", str(PLANS), "--lang", "fr"])
    assert result.exit_code == 2
    assert "vi or en" in result.output


def test_rules_in_vietnamese_say_the_severity_in_vietnamese(runner):
    result = runner.invoke(app, ["rules", "--lang", "vi"])
    assert "KC101  row-total" in result.output
    assert " lỗi " in result.output and " error " not in result.output
