"""Baselines: accept today's findings, fail only on new ones; fingerprints survive moved lines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from khuyencong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_PLAN = ROOT / "tests" / "golden" / "plan.yaml"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # the repository root the fingerprints are relative to
    shutil.copy(GOLDEN_PLAN, tmp_path / "plan.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_update_then_check_against_the_baseline(runner, project):
    assert runner.invoke(app, ["validate", "plan.yaml"]).exit_code == 1
    written = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "kc-baseline.json", "--update-baseline"])
    assert written.exit_code == 0
    document = json.loads((project / "kc-baseline.json").read_text("utf-8"))
    assert document["kc_baseline"] == 1
    assert sorted(e["rule"] for e in document["findings"]) == ["KC008", "KC101", "KC105", "KC201"]
    assert {e["file"] for e in document["findings"]} == {"plan.yaml"}
    result = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "kc-baseline.json", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["findings"] == []


def test_update_baseline_without_a_name_writes_the_default(runner, project):
    assert runner.invoke(app, ["validate", "plan.yaml", "--update-baseline"]).exit_code == 0
    assert (project / "kc-baseline.json").is_file()


def test_moved_lines_and_unrelated_edits_keep_the_fingerprints(runner, project):
    runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--update-baseline"])
    text = (project / "plan.yaml").read_text("utf-8")
    text = text.replace("kc: 1\n", "kc: 1\n# a new comment\n\n", 1).replace("Đào tạo nghề", "Đào tạo nghề nông thôn")
    (project / "plan.yaml").write_text(text, "utf-8")
    result = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--format", "json"])
    assert result.exit_code == 0, result.output


def test_a_new_finding_fails_and_only_it_is_reported(runner, project):
    runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--update-baseline"])
    text = (project / "plan.yaml").read_text("utf-8").replace("total: 100\n", "total: 101\n")
    (project / "plan.yaml").write_text(text, "utf-8")
    result = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--format", "json"])
    assert result.exit_code == 1
    new = [(f["rule"], f.get("stated")) for f in json.loads(result.stdout)["findings"]]
    assert ("KC101", "101") in new
    assert ("KC201", None) not in new and ("KC008", None) not in new  # unchanged: still accepted


def test_a_changed_stated_value_is_a_new_finding(runner, project):
    runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--update-baseline"])
    text = (project / "plan.yaml").read_text("utf-8").replace("total: 410\n", "total: 420\n")
    (project / "plan.yaml").write_text(text, "utf-8")
    result = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json", "--format", "json"])
    assert result.exit_code == 1
    new = [(f["rule"], f.get("stated")) for f in json.loads(result.stdout)["findings"]]
    assert ("KC101", "420") in new and ("KC201", None) not in new


@pytest.mark.parametrize("content", [None, "not json", '{"kc_baseline": 99, "findings": []}', '{"kc_baseline": 1, "findings": [1]}'])
def test_a_bad_baseline_exits_2(runner, project, content):
    if content is not None:
        (project / "b.json").write_text(content, "utf-8")
    result = runner.invoke(app, ["validate", "plan.yaml", "--baseline", "b.json"])
    assert result.exit_code == 2
    assert "b.json" in result.stderr and "Traceback" not in result.output


def test_baseline_through_the_real_command(project):
    import subprocess
    import sys

    script = Path(sys.executable).with_name("kc")
    kc = [str(script)] if script.exists() else [sys.executable, "-m", "khuyencong_cli.cli"]
    first = subprocess.run([*kc, "validate", "plan.yaml", "--update-baseline"], capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([*kc, "validate", "plan.yaml", "--baseline", "kc-baseline.json"], capture_output=True, text=True, check=False)
    assert second.returncode == 0, second.stdout + second.stderr
