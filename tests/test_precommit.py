"""The pre-commit hook, run by pre-commit itself against a temporary repository of plans.

``pre-commit try-repo`` installs kc from a snapshot of this repository into its own virtual
environment with pip from a package index: marked ``network`` and so opt-in
(``--run-network``). A second test
runs the same entry as a ``repo: local`` hook with ``language: system``, which needs no
network at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "golden" / "plan.yaml"
GOOD = ROOT / "plans" / "bac-kan-2022-ke-hoach.yaml"
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))

pytestmark = pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=kc", "-c", "user.email=kc@example.invalid", *args],
        cwd=cwd, check=True, capture_output=True,
    )


def _plans_repo(path: Path) -> Path:
    (path / "plans").mkdir(parents=True)
    shutil.copy(BAD, path / "plans" / "bad.yaml")
    (path / ".github" / "workflows").mkdir(parents=True)
    (path / ".github" / "workflows" / "ci.yml").write_text("on: push\n", "utf-8")  # not a plan
    (path / "mkdocs.yml").write_text("site_name: Kế hoạch\nnav: [index.md]\n", "utf-8")  # nor this
    _git(path, "init", "-q")
    _git(path, "add", ".")
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "KC_LANG": "en"}


def test_hook_manifest():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "kc-validate")
    assert hook["entry"] == "kc validate --plans-only" and hook["language"] == "python"
    assert hook["files"] == r"\.(ya?ml)$"


@pytest.mark.slow
@pytest.mark.network
def test_try_repo_installs_the_hook_and_fails_on_a_bad_plan(tmp_path):
    source = tmp_path / "kc"
    source.mkdir()
    for name in ("src", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name)
    for leftover in source.glob("src/*.egg-info"):
        shutil.rmtree(leftover)
    _git(source, "init", "-q")
    _git(source, "add", ".")
    _git(source, "commit", "-q", "-m", "snapshot")
    target = _plans_repo(tmp_path / "plans-repo")
    command = [PRE_COMMIT, "try-repo", str(source), "kc-validate", "--all-files"]
    done = subprocess.run(command, cwd=target, env=_env(tmp_path), capture_output=True, text=True, check=False)
    if "Failed" not in done.stdout and ("pip" in done.stdout + done.stderr) and done.returncode == 3:
        pytest.skip("pre-commit could not install the hook's environment (no package index)")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "KC101 row-total" in done.stdout and "plans/bad.yaml" in done.stdout
    assert "ci.yml" not in done.stdout  # other YAML is excluded
    shutil.copy(GOOD, target / "plans" / "bad.yaml")
    fixed = subprocess.run(command, cwd=target, env=_env(tmp_path), capture_output=True, text=True, check=False)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "Passed" in fixed.stdout


def test_local_system_hook_runs_the_same_entry(tmp_path):
    """The manifest's entry, files and exclude, run as a local hook: other YAML passes."""
    target = _plans_repo(tmp_path / "plans-repo")
    kc_dir = str(Path(sys.executable).parent)
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = next(h for h in hooks if h["id"] == "kc-validate")
    config = {"repos": [{"repo": "local", "hooks": [{
        # This environment's kc by its full path (a pyenv shim would put another kc first).
        "id": "kc-validate", "name": "kc validate", "language": "system",
        "entry": hook["entry"].replace("kc", str(Path(kc_dir) / "kc"), 1),
        "files": hook["files"], "exclude": hook["exclude"],
    }]}]}
    (target / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), "utf-8")
    _git(target, "add", ".")
    env = {**_env(tmp_path), "PATH": kc_dir + os.pathsep + os.environ.get("PATH", "")}
    done = subprocess.run([PRE_COMMIT, "run", "--all-files"], cwd=target, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "KC101 row-total" in done.stdout
    assert "mkdocs.yml" not in done.stdout.replace("passed over", "")
    assert "not a kc plan" not in done.stdout


def test_github_action_is_a_composite_that_installs_and_runs_kc():
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert 'pip install' in scripts and "$GITHUB_ACTION_PATH" in scripts
    assert "kc validate" in scripts and "--format sarif" in scripts
    assert set(action["inputs"]) >= {"paths", "format", "sarif-file", "args"}
    # inputs reach the shell through the environment, never pasted into the script
    assert "${{ inputs" not in scripts
