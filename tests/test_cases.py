"""Rule cases as data: each tests/cases/<rule>/<case>.yaml holds a plan and the findings it
must produce (rule, line, severity, stated, computed, diagnosis, suggested), like sqlfluff's
rule fixtures. A case with ``findings: []`` must be clean for the rules it lists. A case with
``example: Bad`` (or ``Good``) instead of ``plan`` checks that example of its rule's
documentation, so the documented example pins its findings' places and values too.

A rule over several plans (KC5xx) is checked on several plans validated together: the case
holds ``plans:`` (file name → text), or its example holds several files; its findings name
their ``file`` and the other places they point at (``related``: ``file:line:column``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from khuyencong_cli.config import Config
from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.numbers import format_plain
from khuyencong_cli.rules import all_rules, get_rule
from khuyencong_cli.rules.base import split_example
from khuyencong_cli.runner import check_loaded, compare_across

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.yaml"))


def _record(finding, keys) -> dict:
    record = {"rule": finding.rule, "line": finding.line}
    for key in keys:
        value = getattr(finding, key, None)
        if key in ("stated", "computed", "suggested") and value is not None:
            value = format_plain(value)
        elif key == "severity":
            value = value.value
        elif key == "related":
            value = [f"{file}:{line}:{column}" for file, line, column in value]
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
        if rule.check is not None or rule.across is not None:
            case = Path(__file__).parent / "cases" / rule.id / "bad-example.yaml"
            assert case.is_file(), f"{rule.id}: write {case.relative_to(Path(__file__).parent)} (example: Bad)"
            spec = yaml.safe_load(case.read_text(encoding="utf-8"))
            assert spec.get("example") == "Bad" and spec["findings"], case


def _plan_files(spec: dict, rule_id: str) -> list[tuple[str, str]]:
    """The plans of a case over several plans, by name."""
    if "plans" in spec:
        return sorted(spec["plans"].items())
    return split_example(_plan_text(spec, rule_id))


def _together(case: Path, spec: dict) -> None:
    """Validate the case's plans together, as ``kc validate a.yaml b.yaml`` does."""
    rules = spec.get("rules") or [case.parent.name]
    options = CheckOptions(select=rules)
    loaded = [load_bytes(text.encode(), name) for name, text in _plan_files(spec, case.parent.name)]
    assert all(plan.ok for plan in loaded), [p.message for plan in loaded for p in plan.problems]
    results = compare_across((check_loaded(plan, Config(), options) for plan in loaded), Config(), options)
    found = [f for result in results for f in result.findings]
    expected = spec["findings"]
    keys = sorted({k for item in expected for k in item} - {"rule", "line"})
    assert [_record(f, keys) for f in found] == expected, [f.message for f in found]


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(case):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    rule = get_rule(case.parent.name)
    if "plans" in spec or (rule is not None and rule.across is not None):
        _together(case, spec)
        return
    loaded = load_bytes(_plan_text(spec, case.parent.name).encode(), case.name)
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = spec.get("rules") or [case.parent.name]
    found = [f for f in check(loaded, CheckOptions(select=rules))]
    expected = spec["findings"]
    keys = sorted({k for item in expected for k in item} - {"rule", "line"})
    assert [_record(f, keys) for f in found] == expected, [f.message for f in found]
