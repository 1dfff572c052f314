"""Every rule is documented in Vietnamese, and ``kc explain --lang vi`` shows that documentation."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.rules import all_rules, get_rule

RULES = all_rules()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_has_a_vietnamese_doc(rule):
    assert rule.doc_vi.strip(), f"{rule.id} declares no Vietnamese documentation (doc_vi)"
    documentation = rule.documentation("vi")
    assert documentation.startswith(rule.doc_vi)
    if rule.examples:
        assert "Sai (Bad):" in documentation and "Đúng (Good):" in documentation


def test_the_vietnamese_prose_is_not_the_english_one():
    for rule in RULES:
        english_prose = rule.doc.split("\nBad", 1)[0].strip()
        assert rule.doc_vi.strip() != english_prose, rule.id


def test_english_documentation_is_the_docstring():
    for rule in RULES:
        assert rule.documentation("en") == rule.doc


def test_explain_in_vietnamese_shows_the_translated_prose_and_the_examples(runner):
    result = runner.invoke(app, ["explain", "KC101", "--lang", "vi"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Ô để trống được tính là 0" in out
    assert "Blank cells count as zero" not in out
    assert "Sai (Bad):" in out and "Đúng (Good):" in out
    rule = get_rule("KC101")
    assert rule is not None
    for block in rule.examples.values():
        for line in block.splitlines():
            if line.strip():
                assert f"    {line}" in out
    assert out.index("Sai (Bad):") < out.index("total: 100") < out.index("Đúng (Good):") < out.index("total: 65")


def test_explain_in_english_is_unchanged(runner):
    result = runner.invoke(app, ["explain", "KC101", "--lang", "en"])
    assert result.exit_code == 0
    rule = get_rule("KC101")
    assert rule is not None
    expected = (
        f"KC101 row-total (error)\n{rule.summary['en']}\n\n{rule.doc}\n\n"
        "The Bad and Good examples above are checked by kc's own tests.\n"
    )
    assert result.stdout == expected
    assert "Sai (Bad):" not in result.stdout
