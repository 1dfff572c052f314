"""Golden outputs of kc reconcile and kc diff, kept beside their inputs.

Regenerate with ``KC_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_outputs.py`` and
review the diff: a changed golden is a changed user-facing output.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("KC_UPDATE_GOLDEN") == "1"

CASES = [
    ("reconcile/plan-results", ["reconcile", "plan.yaml", "results.yaml"], 1),
    ("reconcile/totals", ["reconcile", "a.yaml", "b.yaml"], 1),
    ("diff/revision", ["diff", "old.yaml", "new.yaml"], 0),
]


@pytest.mark.parametrize(("case", "args", "code"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize(("fmt", "lang", "suffix"), [("text", "vi", "vi.txt"), ("text", "en", "en.txt"), ("json", "en", "json")])
def test_golden(runner: CliRunner, case: str, args: list[str], code: int, fmt: str, lang: str, suffix: str) -> None:
    folder = GOLDEN / case
    cwd = os.getcwd()
    os.chdir(folder)  # file names in the output are relative, as a user would type them
    try:
        result = runner.invoke(app, [*args, "-f", fmt, "--lang", lang])
    finally:
        os.chdir(cwd)
    assert result.exit_code == code, result.output
    expected = folder / f"expected.{suffix}"
    if UPDATE:
        expected.write_text(result.output, encoding="utf-8")
    assert result.output == expected.read_text(encoding="utf-8")
