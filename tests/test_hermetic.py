"""The suite passes whatever the shell around it sets: language, colour and CI variables.

Runs a sample of the tests whose output those variables would change (messages, colour,
the default GitHub format) in a child pytest with all of them set, as inside GitHub Actions
on a Vietnamese machine.
"""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

HOSTILE = {
    "KC_LANG": "vi",
    "LANG": "vi_VN.UTF-8",
    "LC_ALL": "vi_VN.UTF-8",
    "FORCE_COLOR": "1",
    "GITHUB_ACTIONS": "true",
    "CI": "true",
}


def test_suite_ignores_language_colour_and_ci_variables(tmp_path):
    summary = tmp_path / "step-summary.md"
    env = {**os.environ, **HOSTILE, "GITHUB_STEP_SUMMARY": str(summary)}
    sample = ["tests/test_cli.py", "tests/test_formats.py", "tests/test_i18n.py"]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *sample],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert not summary.exists()  # nothing leaked into the CI's step summary
