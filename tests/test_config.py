"""Configuration: [tool.kc] in pyproject.toml, kc.toml found upward, --config; bad keys exit 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.config import Config, ConfigError, find_config, load_config

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_PLAN = ROOT / "tests" / "golden" / "plan.yaml"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A directory with the golden plan (4 findings, 2 of them KC101/KC105 on line 37)."""
    (tmp_path / "plans").mkdir()
    shutil.copy(GOLDEN_PLAN, tmp_path / "plans" / "plan.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _findings(runner, *args):
    result = runner.invoke(app, ["validate", "plans", "--format", "json", "--lang", "en", *args])
    return result, json.loads(result.stdout)["findings"] if result.stdout.startswith("{") else None


def _rules(found):
    return sorted({(f["rule"], f["severity"]) for f in found})


def test_defaults_without_a_configuration(runner, project):
    result, found = _findings(runner)
    assert result.exit_code == 1
    assert _rules(found) == [("KC008", "warning"), ("KC101", "error"), ("KC105", "error"), ("KC201", "error")]


def test_pyproject_tool_kc_is_found_upward_from_the_checked_files(runner, project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.kc]\nignore = ["KC2", "unused-suppression"]\n'
        '[tool.kc.severity]\nrow-total = "warning"\nKC105 = "info"\n',
        "utf-8",
    )
    result, found = _findings(runner)
    assert _rules(found) == [("KC101", "warning"), ("KC105", "info")]
    assert result.exit_code == 0  # nothing at or above error


def test_kc_toml_wins_over_pyproject_and_select_works_by_prefix(runner, project):
    (project / "pyproject.toml").write_text('[tool.kc]\nselect = ["KC2"]\n', "utf-8")
    (project / "kc.toml").write_text('select = ["KC10"]\n', "utf-8")
    _, found = _findings(runner)
    assert {f["rule"] for f in found} == {"KC101", "KC105"}


def test_pyproject_without_tool_kc_is_passed_over(project, tmp_path):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    assert find_config(["plans/plan.yaml"]) in (None,) or find_config(["plans/plan.yaml"]).parent != project


def test_config_option_names_the_file(runner, project):
    (project / "strict.toml").write_text('fail-on = "warning"\nselect = ["KC008", "KC2"]\n', "utf-8")
    result, found = _findings(runner, "--config", "strict.toml")
    assert [f["rule"] for f in found] == ["KC008", "KC201"]
    assert result.exit_code == 1


def test_per_path_overrides(runner, project):
    (project / "plans" / "news").mkdir()
    shutil.copy(GOLDEN_PLAN, project / "plans" / "news" / "article.yaml")
    (project / "kc.toml").write_text(
        '[per-path."plans/news/*.yaml"]\nignore = ["KC101"]\nseverity = { KC105 = "warning" }\n', "utf-8"
    )
    _, found = _findings(runner)
    news = _rules(f for f in found if "news" in f["file"])
    other = _rules(f for f in found if "news" not in f["file"])
    assert ("KC101", "error") in other and ("KC105", "error") in other
    assert [r for r in news if r[0] in ("KC101", "KC105")] == [("KC105", "warning")]


def test_rounding_tolerance_turns_small_gaps_into_info(runner, project):
    (project / "kc.toml").write_text('rounding = "10"\n', "utf-8")
    result, found = _findings(runner, "--select", "KC1")
    assert {(f["rule"], f["severity"]) for f in found} == {("KC101", "info"), ("KC105", "info")}
    assert result.exit_code == 0


def test_fail_on_from_the_command_line_and_strict(runner, project):
    (project / "kc.toml").write_text('select = ["KC008", "KC203"]\n', "utf-8")  # only KC008 (warning) left
    assert runner.invoke(app, ["validate", "plans"]).exit_code == 0
    assert runner.invoke(app, ["validate", "plans", "--strict"]).exit_code == 1
    assert runner.invoke(app, ["validate", "plans", "--fail-on", "info"]).exit_code == 1
    (project / "kc.toml").write_text('select = ["KC008", "KC203"]\nfail-on = "warning"\n', "utf-8")
    assert runner.invoke(app, ["validate", "plans"]).exit_code == 1
    assert runner.invoke(app, ["validate", "plans", "--fail-on", "error"]).exit_code == 0


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[tool.kc]\nselect = ["KC1"]\nsellect = ["KC2"]\n', 3, "tool.kc.sellect"),
        ('[tool.kc]\nignore = ["KC999"]\n', 2, "KC999"),
        ('[tool.kc]\n\n[tool.kc.severity]\nKC101 = "fatal"\n', 4, "fatal"),
        ('[tool.kc]\n[tool.kc.severity]\nrow-totl = "info"\n', 3, "row-totl"),
        ('[tool.kc]\nfail-on = "never"\n', 2, "never"),
        ('[tool.kc]\nrounding = "abc"\n', 2, "abc"),
        ('[tool.kc]\n[tool.kc.per-path."news/*.yaml"]\nignor = ["KC1"]\n', 3, "ignor"),
        ('[tool.kc]\nselect = "KC1\n', 2, "TOML"),
    ],
)
def test_configuration_errors_exit_2_with_the_place(runner, project, text, line, words):
    (project / "pyproject.toml").write_text(text, "utf-8")
    result = runner.invoke(app, ["validate", "plans", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert f"pyproject.toml:{line}:" in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.output


def test_configuration_errors_in_vietnamese(runner, project):
    (project / "kc.toml").write_text('bogus = 1\n', "utf-8")
    result = runner.invoke(app, ["validate", "plans", "--lang", "vi"])
    assert result.exit_code == 2
    assert "kc.toml:1: khóa cấu hình không hợp lệ 'bogus'" in result.stderr


def test_missing_config_file_and_unknown_cli_options(runner, project):
    result = runner.invoke(app, ["validate", "plans", "--config", "missing.toml"])
    assert result.exit_code == 2 and "missing.toml" in result.stderr
    assert runner.invoke(app, ["validate", "plans", "--select", "KC999"]).exit_code == 2
    assert runner.invoke(app, ["validate", "plans", "--fail-on", "sometimes"]).exit_code == 2
    assert runner.invoke(app, ["validate", "plans", "--no-such-option"]).exit_code == 2


def test_load_config_api(tmp_path):
    path = tmp_path / "kc.toml"
    path.write_text('select = ["KC1"]\n[severity]\nKC101 = "warning"\n', "utf-8")
    config = load_config(path)
    assert isinstance(config, Config) and config.select == ("KC1",)
    assert config.for_file("x.yaml")[2]["KC101"].value == "warning"
    path.write_text("[severity]\nKC101 = 3\n", "utf-8")
    with pytest.raises(ConfigError):
        load_config(path)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("select = 5\n", "'select' phải là một danh sách mã quy tắc", "'select' must be a list of rule ids"),
        ("exclude = 1\n", "'exclude' phải là một danh sách mẫu đường dẫn", "'exclude' must be a list of patterns"),
        ("per-path = 3\n", "'per-path' phải là một mục TOML dạng [tên]", "'per-path' must be a table"),
    ],
)
def test_a_value_of_the_wrong_type_is_described_in_each_language(tmp_path, text, vi, en):
    """The expected type is part of the sentence, so it is translated with it."""
    path = tmp_path / "kc.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert vi in caught.value.render("vi")
    assert en in caught.value.render("en")
