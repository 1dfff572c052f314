"""Each bundled plan's findings, pinned: rule, place, severity and the figures compared.

The expectations live in tests/expected/<plan>.yaml. After a deliberate change (a new rule,
a corrected plan), regenerate them with ``KC_UPDATE_EXPECTED=1 python -m pytest
tests/test_plans.py`` and review the diff: every line added is a claim about a real document.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_plan
from khuyencong_cli.numbers import format_plain

from conftest import PLANS, ROOT

EXPECTED = Path(__file__).parent / "expected"
PLAN_FILES = sorted(PLANS.glob("*.yaml"))


def _findings(path: Path, lang: str = "en"):
    loaded = load_plan(path, str(path.relative_to(ROOT)))
    assert loaded.ok, [p.message for p in loaded.problems]
    return check(loaded, CheckOptions(lang=lang))


def _record(finding) -> dict:
    record = {
        "rule": finding.rule,
        "line": finding.line,
        "column": finding.column,
        "severity": finding.severity.value,
    }
    for key in ("stated", "computed", "suggested"):
        value = getattr(finding, key)
        if value is not None:
            record[key] = format_plain(value)
    if finding.diagnosis:
        record["diagnosis"] = finding.diagnosis
    return record


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.stem)
def test_plan_findings_are_pinned(path):
    actual = [_record(f) for f in _findings(path)]
    expected_file = EXPECTED / f"{path.stem}.yaml"
    if os.environ.get("KC_UPDATE_EXPECTED"):
        expected_file.write_text(
            yaml.safe_dump({"plan": path.name, "findings": actual}, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    assert expected["plan"] == path.name
    assert actual == expected["findings"]


def test_every_plan_has_pinned_findings():
    assert {p.stem for p in PLAN_FILES} == {p.stem for p in EXPECTED.glob("*.yaml")}


def test_the_prose_total_typo_of_the_cao_bang_decision_is_found():
    findings = _findings(PLANS / "cao-bang-2016-2020-qd-270.yaml")
    typo = [f for f in findings if f.rule == "KC301" and f.stated == Decimal("7763.445")]
    assert len(typo) == 1
    assert typo[0].computed == Decimal("7763.455")
    assert typo[0].difference == Decimal("-0.010")
    assert typo[0].severity.value == "error"


def test_the_prose_total_typo_also_names_the_grand_total_and_what_lies_between():
    # Readers know the QĐ 270 slip as "7.763,445 vs 7.928,455": the hint gives the grand total
    # and the source between the two (Nguồn khác, 165), while the comparison stays KCQG + KCĐP.
    findings = _findings(PLANS / "cao-bang-2016-2020-qd-270.yaml")
    (typo,) = [f for f in findings if f.rule == "KC301"]
    assert typo.computed == Decimal("7763.455")
    assert "7.928,455" in typo.hint and '165 more, from "Nguồn khác (CPI, TTKC khu vực 1)": 165' in typo.hint
    vietnamese = _findings(PLANS / "cao-bang-2016-2020-qd-270.yaml", lang="vi")
    (typo,) = [f for f in vietnamese if f.rule == "KC301"]
    assert "tổng cộng của biểu là 7.928,455, nhiều hơn 165, từ Nguồn khác (CPI, TTKC khu vực 1): 165" in typo.hint


def test_the_reversed_period_of_the_cao_bang_article_is_found_with_its_fix():
    findings = _findings(PLANS / "cao-bang-2021-2025-qd-470.yaml")
    reversed_ = [f for f in findings if f.rule == "KC201"]
    assert len(reversed_) == 1
    assert "2021-2025" in reversed_[0].message
    assert reversed_[0].line == 7


@pytest.mark.parametrize("stem", ["lai-chau-2021-2025-qd-407", "bac-kan-2022-ke-hoach"])
def test_consistent_seeds_have_no_errors(stem):
    findings = _findings(PLANS / f"{stem}.yaml")
    assert [f for f in findings if f.severity.value == "error"] == []


@pytest.mark.parametrize("path", PLAN_FILES, ids=lambda p: p.stem)
def test_a_plan_read_from_a_public_page_keeps_the_text_its_address_and_the_date_read(path):
    # A plan encoded from a public page names its address and the day the text was read, and
    # the text read is kept beside it (plans/sources/<plan>.txt), headed by the same address,
    # so that anyone can check the encoding against what was read.
    origin = yaml.safe_load(path.read_text(encoding="utf-8"))["document"].get("origin") or {}
    if "url" not in origin:
        assert "seed" in origin, f"{path.name}: origin names neither a seed nor an address"
        return
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", str(origin.get("read", ""))), origin.get("read")
    source = PLANS / "sources" / f"{path.stem}.txt"
    assert source.is_file(), f"{path.name}: the text read is not kept in {source.relative_to(ROOT)}"
    first, second = source.read_text(encoding="utf-8").splitlines()[:2]
    assert first == f"Address: {origin['url']}"
    assert second.startswith(f"Read: {origin['read']}")
