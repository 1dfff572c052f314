"""Rule cases as data: each tests/cases/<rule>/<case>.yaml holds a plan and the findings it
must produce (rule, line, severity, stated, computed, diagnosis, suggested), like sqlfluff's
rule fixtures. A case with ``findings: []`` must be clean for the rules it lists. A case with
``example: Bad`` (or ``Good``) instead of ``plan`` checks that example of its rule's
documentation, so the documented example pins its findings' places and values too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.numbers import format_plain
from khuyencong_cli.rules import all_rules, get_rule

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.yaml"))


def _record(finding, keys) -> dict:
    record = {"rule": finding.rule, "line": finding.line}
    for key in keys:
        value = getattr(finding, key, None)
        if key in ("stated", "computed", "suggested") and value is not None:
            value = format_plain(value)
        elif key == "severity":
            value = value.value
        if value is not None:
            record[key] = value
    return record


def _plan_text(spec: dict, rule_id: str) -> str:
    if "example" in spec:
        rule = get_rule(rule_id)
        assert rule is not None, rule_id
        return rule.examples[spec["example"]]
    return spec["plan"]


def test_every_checking_rule_pins_its_bad_example():
    """A rule's case folder holds at least the findings of its documented Bad example."""
    for rule in all_rules():
        if rule.check is not None:
            case = Path(__file__).parent / "cases" / rule.id / "bad-example.yaml"
            assert case.is_file(), f"{rule.id}: write {case.relative_to(Path(__file__).parent)} (example: Bad)"
            spec = yaml.safe_load(case.read_text(encoding="utf-8"))
            assert spec.get("example") == "Bad" and spec["findings"], case


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(case):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    loaded = load_bytes(_plan_text(spec, case.parent.name).encode(), case.name)
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = spec.get("rules") or [case.parent.name]
    found = [f for f in check(loaded, CheckOptions(select=rules))]
    expected = spec["findings"]
    keys = sorted({k for item in expected for k in item} - {"rule", "line"})
    assert [_record(f, keys) for f in found] == expected, [f.message for f in found]
