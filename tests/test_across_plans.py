"""Several plans of one programme validated together (KC501): what a user sees in every format.

The plans are KC501's documented Bad example: a decision stating 18.246 triệu đồng and an
article stating "hơn 19,2 tỷ đồng" of the same programme and figure. The finding stands once,
in the later file by name (tin-bai.yaml, line 5, column 64), and names the decision's figure
(quyet-dinh.yaml, line 5, column 66), whatever the order the files are given in.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.config import Config
from khuyencong_cli.engine import CheckOptions
from khuyencong_cli.rules import get_rule
from khuyencong_cli.rules.base import split_example
from khuyencong_cli.runner import run

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
_SCRIPT = Path(sys.executable).with_name("kc")
KC = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "khuyencong_cli.cli"]

LATER, EARLIER = "tin-bai.yaml", "quyet-dinh.yaml"
PLACE, OTHER = (LATER, 5, 64), (EARLIER, 5, 66)


def _example(label: str) -> list[tuple[str, str]]:
    rule = get_rule("KC501")
    assert rule is not None
    return split_example(rule.examples[label])


@pytest.fixture
def plans(tmp_path, monkeypatch):
    """The Bad example written as two files in the working directory."""
    monkeypatch.chdir(tmp_path)
    for name, text in _example("Bad"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _validate(runner, *args: str):
    return runner.invoke(app, ["validate", *args])


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)])
@pytest.mark.parametrize("output", ["json", "gitlab"])  # json streams, gitlab does not
def test_reported_once_in_the_later_file_whatever_the_order(runner, plans, order, output):
    result = _validate(runner, *order, "--format", output)
    assert result.exit_code == 1, result.output
    if output == "json":
        found = json.loads(result.stdout)["findings"]
        assert [(f["rule"], f["file"], f["line"], f["column"]) for f in found] == [("KC501", *PLACE)]
        assert found[0]["related"] == [{"file": EARLIER, "line": 5, "column": 66}]
        assert (found[0]["stated"], found[0]["computed"], found[0]["difference"]) == ("19.2", "18.246", "0.954")
        assert found[0]["unit"] == "tỷ đồng"
        assert "quyet-dinh.yaml:5" in found[0]["message"]
        assert json.loads(result.stdout)["files"] == list(order)  # the report keeps the order given
    else:
        issues = json.loads(result.stdout)
        assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues] == [
            ("KC501 shared-figure", LATER, 5)
        ]
        assert issues[0]["other_locations"] == [{"path": EARLIER, "lines": {"begin": 5}}]


def test_sarif_names_the_other_plan_as_a_related_location(runner, plans):
    result = _validate(runner, ".", "--format", "sarif")
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    (found,) = log["runs"][0]["results"]
    assert found["ruleId"] == "KC501"
    region = found["locations"][0]["physicalLocation"]
    assert (region["artifactLocation"]["uri"], region["region"]["startLine"], region["region"]["startColumn"]) == PLACE
    (related,) = found["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == EARLIER
    assert (related["physicalLocation"]["region"]["startLine"], related["physicalLocation"]["region"]["startColumn"]) == (5, 66)
    assert found["properties"] == {"stated": "19.2", "computed": "18.246", "difference": "0.954"}


def test_text_github_and_junit_name_both_places(runner, plans):
    text = _validate(runner, ".", "--plain-numbers").stdout
    assert "tin-bai.yaml\n  5:64  error  KC501 shared-figure" in text
    assert "in quyet-dinh.yaml:5 (tong)" in text
    assert "over 19.2 billion VND here cannot describe the same figure as 18246 million VND" in text
    assert "stated 19.2 billion VND, computed 18.246 billion VND, difference 0.954" in text
    assert "compared with each: quyet-dinh.yaml:5 tong 18.246" in text
    github = _validate(runner, ".", "--format", "github").stdout
    assert "::error file=tin-bai.yaml,line=5,col=64," in github and "in quyet-dinh.yaml:5 (tong)" in github
    suites = ET.fromstring(_validate(runner, ".", "--format", "junit").stdout).findall("testsuite")
    failures = {s.get("name"): [c.find("failure") for c in s.findall("testcase")] for s in suites}
    assert failures[EARLIER] == [None]
    (failure,) = failures[LATER]
    assert failure is not None and "quyet-dinh.yaml:5" in failure.get("message")


def test_vietnamese_message(runner, plans):
    text = _validate(runner, ".", "--lang", "vi").stdout
    assert 'con số tong-kinh-phi của chương trình: hơn 19,2 tỷ đồng ở đây không thể cùng mô tả một con số với 18.246 triệu đồng ở quyet-dinh.yaml:5 (tong)' in text


def test_the_good_example_and_one_plan_alone_are_clean(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in _example("Good"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert _validate(runner, ".").exit_code == 0
    for name, text in _example("Bad"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert _validate(runner, LATER).exit_code == 0  # nothing to compare it with


def test_select_ignore_and_a_suppression_on_the_figure(runner, plans):
    assert _validate(runner, ".", "--ignore", "KC501").exit_code == 0
    assert _validate(runner, ".", "--select", "shared-figure").exit_code == 1
    later = plans / LATER
    lines = later.read_text(encoding="utf-8").splitlines()
    lines[4] += "  # kc: ignore[KC501] the article rounds up"
    later.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _validate(runner, ".", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []  # hidden, and the comment is not "unused"


def test_other_province_is_another_programme(runner, plans):
    later = plans / LATER
    later.write_text(later.read_text(encoding="utf-8").replace("province: Cao Bằng", "province: Lạng Sơn"), encoding="utf-8")
    assert _validate(runner, ".").exit_code == 0


def test_figures_cross_worker_processes(plans, monkeypatch):
    """With ``--jobs`` the plans are checked in other processes; their shared figures come back."""
    monkeypatch.setattr("khuyencong_cli.runner._POOL_FROM", 0)
    results = run([EARLIER, LATER], Config(), CheckOptions(), jobs=2)
    assert [(f.rule, f.file, f.line, f.column, f.related) for r in results for f in r.findings] == [
        ("KC501", *PLACE, (OTHER,))
    ]


def test_a_real_kc_process(plans):
    done = subprocess.run([*KC, "validate", LATER, EARLIER, "--format", "json"], capture_output=True, text=True,
                          encoding="utf-8", cwd=plans)
    assert done.returncode == 1, done.stderr
    (found,) = json.loads(done.stdout)["findings"]
    assert (found["file"], found["line"], found["related"]) == (LATER, 5, [{"file": EARLIER, "line": 5, "column": 66}])


def _figures(text: str, name: str):
    from khuyencong_cli.loader import load_bytes
    from khuyencong_cli.shared_figures import shared_figures

    loaded = load_bytes(text.encode(), name)
    assert loaded.ok and loaded.plan is not None and loaded.source is not None
    return shared_figures(loaded.plan, loaded.source, name)


_HEAD = "kc: 1\ndocument: {title: T, province: Cao Bằng, kind: news-article, programme: 470/QĐ-UBND}\nclaims:\n"


def test_a_figure_without_a_unit_is_compared_only_with_one_without():
    from khuyencong_cli.shared_figures import comparable_bounds

    (money,) = _figures(_HEAD + '  - {id: a, quote: "18 tỷ", value: 18, unit: tỷ đồng, figure: tong}\n', "a.yaml")
    (bare,) = _figures(_HEAD + '  - {id: b, quote: "trên 2,1 thực hiện", value: "2,1", unit_written: false, figure: tong}\n', "b.yaml")
    (bare_too,) = _figures(_HEAD + '  - {id: c, quote: "2,1", value: "2,1", figure: tong}\n', "c.yaml")
    assert comparable_bounds(bare, money) is None and comparable_bounds(money, bare) is None
    assert comparable_bounds(bare_too, bare) is not None
    assert money.key == bare.key == ("caobằng|470/qđ-ubnd", "tong")


def test_a_plan_without_a_programme_shares_nothing():
    text = _HEAD.replace(", programme: 470/QĐ-UBND", "") + '  - {id: a, quote: "18 tỷ", value: 18, unit: tỷ đồng, figure: tong}\n'
    assert _figures(text, "a.yaml") == ()


def test_a_table_row_shares_its_stated_total_in_the_table_unit():
    case = Path(__file__).parent / "cases" / "KC501" / "table-total.yaml"
    import yaml

    text = yaml.safe_load(case.read_text(encoding="utf-8"))["plans"]["a-quyet-dinh.yaml"]
    found = [(f.figure, f.line, f.label, str(f.value), f.unit) for f in _figures(text, "a-quyet-dinh.yaml")]
    assert found == [
        ("kinh-phi-kcqg", 15, "kinh-phi: Khuyến công quốc gia", "13800", "triệu đồng"),  # a sub-row
        ("tong-kinh-phi", 17, "kinh-phi: Tổng cộng", "18246", "triệu đồng"),  # the stated Tổng cộng row
    ]


@pytest.mark.parametrize("order", [(EARLIER, LATER), (LATER, EARLIER)])
def test_report_shows_the_finding_in_the_later_plans_section(runner, plans, order):
    result = runner.invoke(app, ["report", *order, "-o", "r.html", "--lang", "en", "--plain-numbers"])
    assert result.exit_code == 0, result.output
    page = (plans / "r.html").read_text(encoding="utf-8")
    bodies = re.findall(r'<section id="plan-\d+" class="plan">(.*?)</section>', page, re.S)
    sections = {re.findall(r"<dd>([^<]*\.yaml)</dd>", body)[0]: body for body in bodies}  # by the file it shows
    assert list(sections) == [EARLIER, LATER]  # by name, as kc validate checks them
    assert "KC501" not in sections[EARLIER]
    assert sections[LATER].count("KC501") == 1
    assert "in quyet-dinh.yaml:5 (tong)" in sections[LATER]
    assert "cannot describe the same figure as 18246 million VND" in sections[LATER]
