"""``kc validate``'s workflow as one core function: no terminal, no typer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from khuyencong_cli.errors import UsageError
from khuyencong_cli.findings import Severity
from khuyencong_cli.validation import ValidateRequest, default_format, statistics, validate

GOLDEN_PLAN = Path(__file__).parent / "golden" / "plan.yaml"


@pytest.fixture
def plan(tmp_path, monkeypatch) -> str:
    """The golden plan alone in a directory (no configuration): KC101, KC105, KC201 errors, a KC008 warning."""
    shutil.copy(GOLDEN_PLAN, tmp_path / "plan.yaml")
    monkeypatch.chdir(tmp_path)
    return "plan.yaml"


def test_errors_fail_the_run(plan):
    outcome = validate(ValidateRequest([plan]))
    assert sorted({f.rule for f in outcome.findings}) == ["KC008", "KC101", "KC105", "KC201"]
    assert sorted({f.rule for f in outcome.failed}) == ["KC101", "KC105", "KC201"]
    assert outcome.exit_code == 1 and not outcome.broken


def test_strict_and_quiet(plan):
    strict = validate(ValidateRequest([plan], strict=True))
    assert strict.failing is Severity.WARNING and "KC008" in {f.rule for f in strict.failed}
    quiet = validate(ValidateRequest([plan], quiet=True))
    assert "KC008" in {f.rule for f in quiet.findings}
    assert quiet.shown == quiet.failed and "KC008" not in {f.rule for f in quiet.shown}


def test_update_then_read_the_baseline(plan):
    written = validate(ValidateRequest([plan], baseline="base.json", update_baseline=True))
    assert written.baseline_written == ("base.json", 4) and written.exit_code == 0
    again = validate(ValidateRequest([plan], baseline="base.json"))
    assert again.findings == [] and again.exit_code == 0


def test_unknown_rule_and_no_files_are_usage_errors(plan, tmp_path):
    with pytest.raises(UsageError) as unknown:
        validate(ValidateRequest([plan], select=["KC999"]))
    assert unknown.value.key == "cli.unknown-rule"
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError) as nothing:
        validate(ValidateRequest([str(tmp_path / "empty")]))
    assert nothing.value.key == "cli.no-files"


def test_github_is_the_default_format_inside_github_actions():
    assert default_format({"GITHUB_ACTIONS": "true"}) == "github"
    assert default_format({}) == "text"


def test_statistics_count_per_rule(plan):
    text = statistics(validate(ValidateRequest([plan])).findings)
    assert "     1  KC101  row-total\n" in text
