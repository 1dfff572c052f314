"""The engine: positions from data paths, severities, and a crashing rule kept contained."""

from __future__ import annotations

from khuyencong_cli.cli import app
from khuyencong_cli.engine import CheckOptions, check, select_rules
from khuyencong_cli.findings import Severity
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.records import replace
from khuyencong_cli.rules import get_rule

PLAN = """\
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2021-2015"}
tables:
  - id: t
    kind: targets
    title: Biểu 01
    unit: ĐVT
    rows:
      - {id: "1", name: Học viên, unit: Học viên, cells: {2021: 35, 2022: 30}, total: 100}
"""


def _check(options: CheckOptions | None = None):
    return check(load_bytes(PLAN.encode(), "p.yaml"), options or CheckOptions())


def test_findings_are_sorted_by_place_and_carry_rule_metadata():
    findings = _check(CheckOptions(select=("KC101", "KC201")))
    lines = PLAN.splitlines()
    assert [(f.line, f.column, f.rule, f.name) for f in findings] == [
        (2, lines[1].index('"2021-2015"') + 1, "KC201", "period-reversed"),
        (9, lines[8].index("100") + 1, "KC101", "row-total"),
    ]
    assert findings == sorted(findings)


def test_severity_override():
    findings = _check(CheckOptions(select=("KC101",), severity={"KC101": Severity.WARNING}))
    assert [f.severity for f in findings] == [Severity.WARNING]


def test_select_by_prefix_name_and_ignore():
    assert {r.id for r in select_rules(CheckOptions(select=("KC2",)))} >= {"KC201", "KC202"}
    assert [r.id for r in select_rules(CheckOptions(select=("row-total",)))] == ["KC101"]
    assert "KC101" not in {r.id for r in select_rules(CheckOptions(ignore=("KC1",)))}


def test_a_crashing_rule_is_reported_as_internal_error_and_exits_2(runner, write_plan, monkeypatch):
    original = get_rule("KC101")

    def explode(plan):
        raise RuntimeError("boom")

    import khuyencong_cli.rules.base as base

    monkeypatch.setitem(base._REGISTRY, "KC101", replace(original, check=explode))
    findings = _check()
    crashed = [f for f in findings if f.rule == "KC000"]
    assert len(crashed) == 1 and "KC101" in crashed[0].message and "boom" in crashed[0].message
    assert any(f.rule == "KC201" for f in findings), "the other rules still ran"
    result = runner.invoke(app, ["validate", str(write_plan(PLAN))])
    assert result.exit_code == 2
    assert "internal error" in result.output
