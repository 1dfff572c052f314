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
