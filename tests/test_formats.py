"""Every output format renders the same findings: golden outputs from one small fixed plan.

tests/golden/plan.yaml states in its header the findings it must produce (with
tests/golden/kc.toml beside it); each format's expected output is tests/golden/plan.<format>.
Regenerate them after a deliberate change with ``KC_UPDATE_GOLDEN=1 python -m pytest
tests/test_formats.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from khuyencong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
PLAN = "tests/golden/plan.yaml"
FORMATS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github", "junit": "xml", "gitlab": "gitlab.json"}
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
_SCRIPT = Path(sys.executable).with_name("kc")
KC = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "khuyencong_cli.cli"]
EXPECTED = [  # (line, rule, severity): the header of plan.yaml
    (8, "KC008", "warning"),
    (14, "KC201", "info"),
    (37, "KC101", "error"),
    (37, "KC105", "warning"),
]


def _run(runner, *args: str):
    return runner.invoke(app, ["validate", PLAN, "--lang", "en", *args], env={"GITHUB_ACTIONS": "", "NO_COLOR": "1"})


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("name", FORMATS)
def test_golden_output(runner, name):
    result = _run(runner, "--format", name)
    assert result.exit_code == 1, result.output
    golden = GOLDEN / f"plan.{FORMATS[name]}"
    if os.environ.get("KC_UPDATE_GOLDEN"):
        golden.write_text(result.stdout, "utf-8")
    assert result.stdout == golden.read_text("utf-8")


def test_the_plan_gives_the_findings_its_header_states(runner):
    found = json.loads(_run(runner, "--format", "json").stdout)["findings"]
    assert [(f["line"], f["rule"], f["severity"]) for f in found] == EXPECTED


def test_every_format_renders_the_same_findings(runner):
    outputs = {name: _run(runner, "--format", name).stdout for name in FORMATS}
    keys = [(line, rule) for line, rule, _ in EXPECTED]
    sarif = json.loads(outputs["sarif"])["runs"][0]["results"]
    assert [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["ruleId"]) for r in sarif] == keys
    assert [r["level"] for r in sarif] == ["warning", "note", "error", "warning"]
    gitlab = json.loads(outputs["gitlab"])
    assert [(i["location"]["lines"]["begin"], i["check_name"].split()[0]) for i in gitlab] == keys
    assert [i["severity"] for i in gitlab] == ["major", "info", "critical", "major"]
    assert len({i["fingerprint"] for i in gitlab}) == len(gitlab)
    commands = [line for line in outputs["github"].splitlines() if line.startswith(("::error", "::warning", "::notice"))]
    # most important first: GitHub shows only the first annotations of each kind
    assert [c.split(" ", 1)[0] for c in commands] == ["::error", "::warning", "::warning", "::notice"]
    assert sorted(int(c.split("line=")[1].split(",")[0]) for c in commands) == [k[0] for k in keys]
    suites = ET.fromstring(outputs["junit"]).findall("testsuite")
    assert len(suites) == 1
    cases = suites[0].findall("testcase")
    assert [c.get("name").split()[0] for c in cases] == [k[1] for k in keys]
    assert [c.find("failure") is not None for c in cases] == [False, False, True, False]
    text = outputs["text"]
    assert [text.index(f"{line}:") for line, _ in keys] == sorted(text.index(f"{line}:") for line, _ in keys)


def test_sarif_is_valid_against_the_official_schema(runner):
    log = json.loads(_run(runner, "--format", "sarif").stdout)
    jsonschema.validate(log, SCHEMA)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == PLAN  # relative to the repository root
        region = location["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endColumn"] > region["startColumn"]
        assert result["partialFingerprints"]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}


def test_sarif_of_the_bundled_plans_and_of_a_broken_file_is_valid(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("kc: 1\ndocument: [\n", "utf-8")
    result = runner.invoke(app, ["validate", "plans", str(bad), "--format", "sarif"])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"KC002", "KC101"}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert "plans/cao-bang-2021-2025-qd-470.yaml" in uris


def test_sarif_uri_is_relative_to_the_git_root_when_run_from_a_subdirectory(runner, monkeypatch):
    monkeypatch.chdir(ROOT / "tests")
    result = runner.invoke(app, ["validate", "golden/plan.yaml", "--format", "sarif"])
    log = json.loads(result.stdout)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == PLAN


def test_clean_plan_in_every_format(runner):
    clean = "plans/bac-kan-2022-ke-hoach.yaml"
    for name in FORMATS:
        result = runner.invoke(app, ["validate", clean, "--format", name, "--lang", "en"])
        assert result.exit_code == 0, (name, result.output)
    junit = ET.fromstring(runner.invoke(app, ["validate", clean, "--format", "junit"]).stdout)
    assert junit.get("tests") == "1" and junit.get("failures") == "0"
    assert json.loads(runner.invoke(app, ["validate", clean, "--format", "gitlab"]).stdout) == []


def test_github_format_is_chosen_in_github_actions(runner):
    result = runner.invoke(app, ["validate", PLAN, "--lang", "en"], env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith("::group::tests/golden/plan.yaml\n")
    assert "::error file=tests/golden/plan.yaml,line=37,col=14," in result.stdout
    explicit = runner.invoke(app, ["validate", PLAN, "--format", "text"], env={"GITHUB_ACTIONS": "true"})
    assert "::group::" not in explicit.stdout


def test_github_escaping():
    from khuyencong_cli.reporters.github import escape_data, escape_property

    assert escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_escapes_file_names_and_messages(tmp_path, monkeypatch):
    from khuyencong_cli.findings import Finding, Severity
    from khuyencong_cli.reporters import Report, get_reporter

    finding = Finding("a,b:c.yaml", 2, 3, "KC101", name="row-total", severity=Severity.ERROR, message="x: 5%\ny")
    out = get_reporter("github")(Report(findings=[finding], files=["a,b:c.yaml"], quiet=True))
    assert "::error file=a%2Cb%3Ac.yaml,line=2,col=3,endColumn=4,title=KC101 row-total::x: 5%25%0Ay\n" in out


@pytest.mark.parametrize("name", FORMATS)
def test_real_process(name):
    """Each format through the installed ``kc`` command, as CI runs it."""
    env = {**os.environ, "GITHUB_ACTIONS": "", "NO_COLOR": "1"}
    done = subprocess.run(
        [*KC, "validate", PLAN, "--lang", "en", "--format", name],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )
    assert done.returncode == 1, done.stderr
    assert done.stdout == (GOLDEN / f"plan.{FORMATS[name]}").read_text("utf-8")
