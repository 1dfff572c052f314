"""The loader checks the ids the claim kinds name, and JSON carries each diagnosis."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_bytes

from conftest import PLANS

BASE = """
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
sources: [{id: KCQG, name: KCQG}]
tables:
  - id: a
    kind: budget
    title: Tổng hợp
    unit: triệu đồng
    years: [2016]
    rows: [{id: I, name: KCQG, source: KCQG, cells: {2016: 500}}]
  - id: b
    kind: budget
    title: Biểu 02
    unit: triệu đồng
    years: [2016]
    restates: a
    rows: [{id: "1", name: Nội dung 1, cells: {2016: {KCQG: 500}}, restates: [%s]}]
claims:
  - id: r
    quote: "một đồng … thu hút 1,7 đồng"
    ratio: {value: "1,7", numerator: {of: {table: %s}}, denominator: {value: 1}}
  - id: g
    quote: "bình quân tăng"
    growth: {rate: 5, first: {year: 2016, of: {table: a, rows: [%s]}}, last: {year: 2017, value: 600}}
"""


def _codes(text: str) -> list[tuple[str, str]]:
    loaded = load_bytes(text.encode(), "plan.yaml")
    return [(p.rule, p.params.get("id")) for p in loaded.problems]


def test_known_ids_load():
    assert _codes(BASE % ("I", "a", "I")) == []


def test_unknown_ids_in_restates_ratio_and_growth_are_load_errors():
    assert _codes(BASE % ("IX", "a", "I")) == [("KC006", "IX")]
    assert _codes(BASE % ("I", "zz", "I")) == [("KC006", "zz")]
    assert _codes(BASE % ("I", "a", "II")) == [("KC006", "II")]


def test_json_carries_diagnosis_and_suggested():
    result = CliRunner().invoke(app, ["validate", str(PLANS / "cao-bang-2016-2020-qd-270.yaml"), "-f", "json"])
    findings = json.loads(result.output)["findings"]
    claim = next(f for f in findings if f["rule"] == "KC301")
    assert claim["diagnosis"] == "digit" and claim["suggested"] == "7763.455"
    row = next(f for f in findings if f["rule"] == "KC101")
    assert row["diagnosis"] == "blank-cells" and row["suggested"] == "65"
    count = next(f for f in findings if f["rule"] == "KC308")
    assert "diagnosis" not in count or count["diagnosis"] is None
