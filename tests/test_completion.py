"""Tab completion offers plan files, rule ids and names and table ids where a command expects
them, in bash, zsh and fish, and installs itself with a message in the reader's language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.cli.completion import files, plan_or_table, plan_paths, rule_keys, tables_of

from conftest import PLANS, ROOT

CAO_BANG = "plans/cao-bang-2016-2020-qd-270.yaml"
CAO_BANG_TABLES = ["cb-ket-qua-2009-2015", "cb-kinh-phi-2016-2020", "cb-bieu-01", "cb-bieu-02"]


def _values(candidates):
    return [value for value, _ in candidates]


def test_plan_paths_offer_directories_and_yaml_files_only(tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text("kc: 1\n")
    (tmp_path / "plans" / "b.yml").write_text("kc: 1\n")
    (tmp_path / "plans" / "notes.txt").write_text("x")
    (tmp_path / "plans" / "old").mkdir()
    (tmp_path / "plans" / ".hidden.yaml").write_text("kc: 1\n")
    monkeypatch.chdir(tmp_path)
    assert _values(plan_paths("")) == ["plans/"]
    assert _values(plan_paths("plans/")) == ["plans/a.yaml", "plans/b.yml", "plans/old/"]
    assert _values(plan_paths("plans/.")) == ["plans/.hidden.yaml"]
    assert _values(files("plans/")) == ["plans/a.yaml", "plans/b.yml", "plans/notes.txt", "plans/old/"]
    assert plan_paths("missing/") == []


def test_rule_keys_offer_ids_and_names_after_those_already_typed():
    values = _values(rule_keys(""))
    assert "KC101" in values and "row-total" in values
    assert all(v.startswith("KC101,") for v in _values(rule_keys("KC101,K")))
    helps = dict(rule_keys(""))
    assert helps["KC101"].startswith("row-total: ")


def test_table_ids_come_from_the_plan_file(write_plan):
    assert _values(tables_of(str(ROOT / CAO_BANG))) == CAO_BANG_TABLES
    assert tables_of(str(write_plan("kc: [unclosed"))) == []
    assert tables_of("missing.yaml") == []
    assert _values(plan_or_table(f"{ROOT / CAO_BANG}#")) == [f"{ROOT / CAO_BANG}#{t}" for t in CAO_BANG_TABLES]


def _complete(args: list[str], incomplete: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash gets back from kc for ``kc ARGS INCOMPLETE<Tab>``, through CliRunner."""
    from typer.testing import CliRunner

    words = ["kc", *args, incomplete]
    result = CliRunner().invoke(app, [], prog_name="kc", env={
        "_KC_COMPLETE": "complete_bash", "COMP_WORDS": " ".join(words), "COMP_CWORD": str(len(words) - 1),
        **(env or {}),
    })
    return result.stdout.split()


@pytest.mark.parametrize(
    ("args", "incomplete", "expected"),
    [
        (["summary", CAO_BANG, "--table"], "cb-b", ["cb-bieu-01", "cb-bieu-02"]),
        (["summary", "plans", "--table"], "lc-", ["lc-kinh-phi-2021-2025"]),
        (["summary", "--table", "x", CAO_BANG, "--table"], "cb-k", ["cb-ket-qua-2009-2015", "cb-kinh-phi-2016-2020"]),
        (["validate", "plans", "--select"], "KC10", ["KC101", "KC102", "KC103", "KC104", "KC105"]),
        (["validate", "plans", "--ignore"], "period-rev", ["period-reversed"]),
        (["explain"], "KC20", ["KC201", "KC202", "KC203"]),
        (["reconcile"], f"{CAO_BANG}#cb-b", [f"{CAO_BANG}#cb-bieu-01", f"{CAO_BANG}#cb-bieu-02"]),
        (["diff"], "plans/cao-bang-2", ["plans/cao-bang-2016-2020-qd-270.yaml", "plans/cao-bang-2021-2025-qd-470.yaml"]),
        ([], "val", ["validate"]),
        (["validate"], "--pl", ["--plans-only", "--plain-numbers"]),
        (["--lang"], "", ["vi", "en"]),
    ],
)
def test_completion_where_the_command_expects_it(args, incomplete, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    found = _complete(args, incomplete)
    if args and args[0] in ("validate", "explain") and incomplete.startswith("KC"):
        found = [f for f in found if f.startswith(incomplete)][: len(expected)]
    assert found == expected


def test_option_names_complete_with_their_help_in_the_readers_language(monkeypatch):
    from typer.testing import CliRunner

    monkeypatch.chdir(ROOT)
    env = {"_KC_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "kc validate --sta", "KC_LANG": "vi"}
    zsh = CliRunner().invoke(app, [], prog_name="kc", env=env).stdout
    assert '"--statistics":"Đếm số phát hiện theo từng quy tắc."' in zsh
    env = {"_KC_COMPLETE": "complete_fish", "_TYPER_COMPLETE_FISH_ACTION": "get-args", "_TYPER_COMPLETE_ARGS": "kc su", "KC_LANG": "en"}
    fish = CliRunner().invoke(app, [], prog_name="kc", env=env).stdout
    assert " ".join(fish.split()) == "summary Show the money of plans, computed from their table cells, beside what they state."


@pytest.mark.parametrize("instruction", ["complete_bash", "bash_complete"])
def test_a_bash_completion_round_trip_in_a_real_process(instruction):
    words = f"kc summary {CAO_BANG} --table cb-bieu"
    env = {**os.environ, "_KC_COMPLETE": instruction, "COMP_WORDS": words, "COMP_CWORD": "4"}
    done = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli"], cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["cb-bieu-01", "cb-bieu-02"]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_the_script_that_calls_kc_back(runner, shell, monkeypatch):
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")  # the shell is named on the line
    result = runner.invoke(app, ["--show-completion", shell])
    assert result.exit_code == 0
    assert f"_KC_COMPLETE=complete_{shell}" in result.stdout


def test_install_completion_writes_the_script_and_says_where(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    env = {"KC_LANG": "vi"}
    result = runner.invoke(app, ["--install-completion", "bash"], env=env)
    assert result.exit_code == 0, result.output
    script = tmp_path / ".bash_completions" / "kc.sh"
    assert "_KC_COMPLETE=complete_bash" in script.read_text()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()
    assert result.stdout == f"đã cài tự động điền cho bash vào {script}; có hiệu lực ở cửa sổ dòng lệnh mới\n"
    fish = runner.invoke(app, ["--install-completion", "fish", "--lang", "en"], env=env)
    assert fish.stdout.startswith("fish completion installed in ") and Path(tmp_path / ".config/fish/completions/kc.fish").is_file()


def test_an_unknown_shell_is_refused_in_the_readers_language(runner, monkeypatch):
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = runner.invoke(app, ["--show-completion", "powershell"], env={"KC_LANG": "vi"})
    assert result.exit_code == 2
    assert "không có tự động điền cho trình lệnh 'powershell': kc hỗ trợ bash, zsh, fish" in result.stderr


def test_plans_directory_is_the_one_the_tests_complete_in():
    assert (PLANS / "cao-bang-2016-2020-qd-270.yaml").is_file()


def test_completion_knows_the_plan_suffixes_of_the_walk():
    from khuyencong_cli import paths
    from khuyencong_cli.cli import completion

    assert completion.PLAN_SUFFIXES == paths.PLAN_SUFFIXES
