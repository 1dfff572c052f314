"""Directory walks skip nothing silently and judge only plans."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.paths import looks_like_plan, walk

from conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "plan-2021-2023.yaml"


def _tree(tmp_path):
    root = tmp_path / "repo"
    (root / "plans").mkdir(parents=True)
    shutil.copy(FIXTURE, root / "plans" / "a.yaml")
    return root


def _validate(runner, *args):
    result = runner.invoke(app, ["validate", "-f", "json", "--lang", "en", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _files(result) -> set[str]:
    return {os.path.basename(f) for f in json.loads(result.stdout)["files"]}


def test_a_linked_directory_is_followed_and_a_loop_ends(runner, tmp_path):
    root = _tree(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(FIXTURE, elsewhere / "b.yaml")
    (root / "plans" / "linked").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "back").symlink_to(root, target_is_directory=True)  # a loop
    result = _validate(runner, str(root))
    assert _files(result) == {"a.yaml", "b.yaml"}
    assert result.exit_code == 1


def test_a_dangling_plan_link_is_reported(runner, tmp_path):
    root = _tree(tmp_path)
    (root / "plans" / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    result = _validate(runner, str(root))
    assert result.exit_code == 2
    findings = json.loads(result.stdout)["findings"]
    assert any(f["file"].endswith("gone.yaml") and f["rule"] == "KC001" for f in findings)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every directory")
def test_an_unreadable_directory_is_an_error(runner, tmp_path):
    root = _tree(tmp_path)
    locked = root / "plans" / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = _validate(runner, str(root))
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2
    assert any(f["file"].endswith("locked") for f in json.loads(result.stdout)["findings"])


def test_an_unreadable_directory_is_an_error_even_as_root(runner, tmp_path, monkeypatch):
    root = _tree(tmp_path)
    (root / "plans" / "locked").mkdir()
    real_scandir = os.scandir

    def refusing(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("khuyencong_cli.paths.os.scandir", refusing)
    monkeypatch.setattr("khuyencong_cli.loader.os.scandir", refusing)
    result = _validate(runner, str(root))
    assert result.exit_code == 2
    locked = [f for f in json.loads(result.stdout)["findings"] if f["file"].endswith("locked")]
    assert locked and locked[0]["rule"] == "KC001" and "Permission denied" in locked[0]["message"]


def test_other_yaml_is_passed_over_when_walking_and_counted(runner, tmp_path):
    root = _tree(tmp_path)
    (root / "mkdocs.yml").write_text("site_name: Kế hoạch\n", "utf-8")
    (root / ".pre-commit-config.yaml").write_text("repos: []\n", "utf-8")
    (root / "workflows").mkdir()
    (root / "workflows" / "ci.yml").write_text("on: push\n", "utf-8")
    result = _validate(runner, str(root))
    assert result.exit_code == 1  # the plan's findings, not "not a kc plan"
    assert _files(result) == {"a.yaml"}
    assert "passed over 2 YAML file(s) that are not kc plans" in result.stderr


def test_a_named_file_is_always_judged(runner, tmp_path):
    other = tmp_path / "mkdocs.yml"
    other.write_text("site_name: x\n", "utf-8")
    result = _validate(runner, str(other))
    assert result.exit_code == 2
    assert json.loads(result.stdout)["findings"][0]["rule"] == "KC005"
    assert _validate(runner, "--plans-only", str(other), str(FIXTURE)).exit_code == 1


def test_exclude_option_config_key_and_gitignore(runner, tmp_path, monkeypatch):
    root = _tree(tmp_path)
    for name in ("drafts/x.yaml", "build/y.yaml", "old/z.yaml", "plans/w.draft.yaml"):
        (root / name).parent.mkdir(exist_ok=True)
        shutil.copy(FIXTURE, root / name)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitignore").write_text("build/\n", "utf-8")
    (root / "kc.toml").write_text('exclude = ["old/"]\n', "utf-8")
    monkeypatch.chdir(root)
    result = _validate(runner, "--exclude", "drafts/", "--exclude", "*.draft.yaml", ".")
    assert _files(result) == {"a.yaml"}
    assert _files(_validate(runner, ".")) == {"a.yaml", "x.yaml", "w.draft.yaml"}


def test_looks_like_plan():
    assert looks_like_plan(b"# comment\nkc: 1\n")
    assert looks_like_plan(b'\xef\xbb\xbf"kc": 1\n')
    assert not looks_like_plan(b"site_name: x\nnav:\n  kc: 1\n")
    assert walk([str(FIXTURE)]).files == [str(FIXTURE)]
