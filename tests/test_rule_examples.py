"""Every rule's documentation carries a bad and a good example, and both behave as documented."""

from __future__ import annotations

import pytest

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.rules import all_rules

CHECKING_RULES = [r for r in all_rules() if r.check is not None]


def test_rule_ids_and_names_are_unique():
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)


@pytest.mark.parametrize("rule", CHECKING_RULES, ids=lambda r: r.id)
def test_rule_documents_bad_and_good_examples(rule):
    assert "Bad" in rule.examples and "Good" in rule.examples, f"{rule.id} lacks Bad/Good examples"
    assert rule.summary["vi"] and rule.summary["en"]


@pytest.mark.parametrize("rule", CHECKING_RULES, ids=lambda r: r.id)
def test_bad_example_triggers_the_rule(rule):
    loaded = load_bytes(rule.examples["Bad"].encode(), f"{rule.id}-bad.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    found = [f for f in check(loaded, CheckOptions()) if f.rule == rule.id]
    assert found, f"{rule.id}: the Bad example raised no {rule.id} finding"


@pytest.mark.parametrize("rule", CHECKING_RULES, ids=lambda r: r.id)
def test_good_example_is_clean(rule):
    loaded = load_bytes(rule.examples["Good"].encode(), f"{rule.id}-good.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    found = check(loaded, CheckOptions())
    assert [f for f in found if f.severity.value == "error"] == [], [f.message for f in found]
