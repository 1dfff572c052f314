"""Rule cases as data: each tests/cases/<rule>/<case>.yaml holds a plan and the findings it
must produce (rule, line, severity, stated, computed, diagnosis, suggested), like sqlfluff's
rule fixtures. A case with ``findings: []`` must be clean for the rules it lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.numbers import format_plain

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


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(case):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    loaded = load_bytes(spec["plan"].encode(), case.name)
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = spec.get("rules") or [case.parent.name]
    found = [f for f in check(loaded, CheckOptions(select=rules))]
    expected = spec["findings"]
    keys = sorted({k for item in expected for k in item} - {"rule", "line"})
    assert [_record(f, keys) for f in found] == expected, [f.message for f in found]
