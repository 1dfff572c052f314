"""The README's rule list is the registry's, so the documentation cannot drift."""

from __future__ import annotations

from khuyencong_cli.rules import all_rules

from conftest import ROOT


def test_readme_lists_every_rule_with_its_name_and_severity():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"| {rule.id} | `{rule.name}` | {rule.severity.value} |" in readme, rule.id


def test_readme_shows_the_two_setup_commands_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = 'python -m pip install -e ".[test]" && python -m ruff check . && python -m mypy && python -m pytest'
    assert test_command in readme and test_command in ci
    assert "python -m pip install . && kc validate plans/" in readme


def test_readme_rule_table_is_kc_rules_markdown():
    """The table between the markers is exactly ``kc rules --markdown``: regenerate, never edit."""
    from typer.testing import CliRunner

    from khuyencong_cli.cli import app
    from khuyencong_cli.rule_table import README_END, README_START, readme_with_rules

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(README_START) + len(README_START)
    table = readme[start : readme.index(README_END)]
    result = CliRunner().invoke(app, ["rules", "--markdown", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert table == result.stdout, "README rule table is stale: run python -m khuyencong_cli.rule_table README.md"
    assert readme_with_rules(readme) == readme


def test_readme_counts_the_findings_kc_validate_plans_gives():
    """The tour's "reports N errors and M warnings over K plans" is what kc says of plans/."""
    import json
    import re

    from typer.testing import CliRunner

    from khuyencong_cli.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(r"`kc validate plans/` reports (\d+) errors and (\d+) warnings over the (\d+) bundled plans", readme)
    assert said, "the tour no longer counts the findings of kc validate plans/"
    result = CliRunner().invoke(app, ["validate", str(ROOT / "plans"), "-f", "json", "--lang", "en"])
    summary = json.loads(result.stdout)
    assert (int(said[1]), int(said[2]), int(said[3])) == (summary["summary"]["error"], summary["summary"]["warning"], len(summary["files"]))


def test_readme_hedges_are_bounded_by_the_digits_written():
    """The README's one-paragraph account of hedges agrees with hedges.py: no 5 % band for gần."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`gần` up to 5 % under" not in readme
    assert "[X − s; X)" in readme
