"""Around the checks: many paths, directories, stdin, stable order, --quiet, --statistics,
--jobs, kc rules and kc explain, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from khuyencong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_PLAN = ROOT / "tests" / "golden" / "plan.yaml"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """The bundled plans and the golden plan, several times over, in nested directories."""
    monkeypatch.chdir(tmp_path)
    for index in range(40):
        folder = tmp_path / "repo" / f"tinh-{index % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        for plan in sorted((ROOT / "plans").glob("*.yaml")):
            shutil.copy(plan, folder / f"{index:03d}-{plan.name}")
        shutil.copy(GOLDEN_PLAN, folder / f"{index:03d}-golden.yaml")
    return tmp_path / "repo"


def _json(runner, *args):
    result = runner.invoke(app, ["validate", *args, "--format", "json", "--lang", "en"])
    return result, json.loads(result.stdout)


def test_jobs_give_identical_results_in_the_same_order(runner, corpus):
    single, first = _json(runner, str(corpus))
    double, second = _json(runner, str(corpus), "--jobs", "2")
    assert single.exit_code == double.exit_code == 1
    assert len(first["files"]) == 40 * (len(list((ROOT / "plans").glob("*.yaml"))) + 1)
    assert first == second
    _auto, third = _json(runner, str(corpus), "--jobs", "0")
    assert third == first


def test_many_paths_directories_and_stdin(runner, corpus, monkeypatch):
    plan = GOLDEN_PLAN.read_text("utf-8")
    files = sorted(str(p) for p in (corpus / "tinh-0").glob("*.yaml"))[:3]
    result = runner.invoke(
        app, ["validate", files[0], "-", str(corpus / "tinh-1"), "--format", "json"], input=plan
    )
    document = json.loads(result.stdout)
    assert document["files"][0] == files[0] and document["files"][1] == "<stdin>"
    assert len(document["files"]) == 2 + len(list((corpus / "tinh-1").glob("*.yaml")))
    assert any(f["file"] == "<stdin>" and f["rule"] == "KC101" for f in document["findings"])


def test_order_is_stable_file_line_column_rule(runner, corpus):
    _, document = _json(runner, str(corpus / "tinh-2"), str(corpus / "tinh-1"))
    keys = [(f["file"], f["line"], f["column"], f["rule"]) for f in document["findings"]]
    assert keys == sorted(keys)


def test_quiet_shows_only_failing_findings_and_no_summary(runner, corpus):
    result = runner.invoke(app, ["validate", str(corpus / "tinh-0"), "--quiet", "--lang", "en"])
    assert result.exit_code == 1
    assert "error" in result.stdout and "warning" not in result.stdout
    assert "error(s)" not in result.stdout
    clean = runner.invoke(app, ["validate", "-q", str(ROOT / "plans" / "bac-kan-2022-ke-hoach.yaml")])
    assert clean.exit_code == 0 and clean.stdout.strip() == ""


def test_statistics_counts_per_rule(runner, corpus):
    result = runner.invoke(app, ["validate", str(corpus / "tinh-0"), "--statistics", "--lang", "en"])
    counts = {line.split()[1]: int(line.split()[0]) for line in result.stdout.splitlines() if line[:6].strip().isdigit()}
    _, document = _json(runner, str(corpus / "tinh-0"))
    expected: dict[str, int] = {}
    for finding in document["findings"]:
        expected[finding["rule"]] = expected.get(finding["rule"], 0) + 1
    assert counts == expected
    machine = runner.invoke(app, ["validate", str(corpus / "tinh-0"), "--statistics", "--format", "sarif"])
    json.loads(machine.stdout)  # statistics do not break machine output
    assert "KC101" in machine.stderr


def test_exit_codes(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["validate", str(ROOT / "plans" / "bac-kan-2022-ke-hoach.yaml")]).exit_code == 0
    assert runner.invoke(app, ["validate", str(GOLDEN_PLAN)]).exit_code == 1
    broken = tmp_path / "broken.yaml"
    broken.write_text("kc: 1\ndocument: {title: x\n", "utf-8")
    assert runner.invoke(app, ["validate", str(broken), str(GOLDEN_PLAN)]).exit_code == 2
    assert runner.invoke(app, ["validate", str(tmp_path / "empty-dir-none")]).exit_code == 2
    (tmp_path / "empty").mkdir()
    assert runner.invoke(app, ["validate", str(tmp_path / "empty")]).exit_code == 2


def test_rules_and_explain_in_both_languages(runner):
    english = runner.invoke(app, ["rules", "--lang", "en"])
    assert english.exit_code == 0 and "row-total" in english.stdout and "summary" in english.stdout
    vietnamese = runner.invoke(app, ["rules", "--lang", "vi"])
    assert "mô tả" in vietnamese.stdout
    explained = runner.invoke(app, ["explain", "KC101", "--lang", "vi"])
    assert explained.exit_code == 0
    assert "Tổng của một dòng" in explained.stdout
    assert "Sai (Bad):" in explained.stdout and "Đúng (Good):" in explained.stdout
    assert "(lỗi)" in explained.stdout
    by_name = runner.invoke(app, ["explain", "row-total", "--lang", "en"])
    assert by_name.stdout.startswith("KC101 row-total (error)")
    unknown = runner.invoke(app, ["explain", "KC999", "--lang", "vi"])
    assert unknown.exit_code == 2 and "không có quy tắc" in unknown.stderr


def test_version_and_help_do_not_import_the_program():
    code = (
        "import sys\n"
        "sys.argv = ['kc', '{arg}']\n"
        "from khuyencong_cli.cli import app\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'yaml', 'rich.console', 'khuyencong_cli.engine', "
        "'khuyencong_cli.model', 'khuyencong_cli.rules', 'khuyencong_cli.loader', 'tabulate', 'pathspec', "
        "'khuyencong_cli.paths') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    for arg in ("--version", "--help"):
        done = subprocess.run([sys.executable, "-c", code.format(arg=arg)], capture_output=True, text=True, check=False)
        assert "HEAVY []" in done.stdout, (arg, done.stdout[-400:], done.stderr[-400:])


def test_excerpt_keeps_only_the_lines_findings_point_at():
    import pickle

    from khuyencong_cli.runner import Excerpt

    excerpt = Excerpt(["a", "b", "c", "d"], {2, 4, 9})
    assert len(excerpt) == 4 and list(excerpt) == ["", "b", "", "d"]
    assert excerpt[-1] == "d" and excerpt[1:3] == ["b", ""]
    assert list(pickle.loads(pickle.dumps(excerpt))) == list(excerpt)  # crosses --jobs workers
