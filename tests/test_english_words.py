"""English output carries no bare Vietnamese: kc's own words are English, and the document's
words are translated (units, hedges) or quoted as citations. A Vietnamese letter outside
quotes, outside the source excerpt and outside a file name is a label left untranslated.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.config import Config
from khuyencong_cli.document_words import has_vietnamese, shown_hedge, shown_text, shown_unit
from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.rules import get_rule
from khuyencong_cli.rules.base import split_example
from khuyencong_cli.runner import check_loaded, compare_across

ROOT = Path(__file__).resolve().parents[1]
PLANS = ["cao-bang-2016-2020-qd-270.yaml", "cao-bang-2021-2025-qd-470.yaml", "kien-giang-2014-2018-ket-qua.yaml", "phu-tho-2015-qd-1648.yaml"]
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|\'[^\'\n]*\'')
_EXCERPT = re.compile(r"^\s*\d*\s*\|")  # "  375 |     value: …" and the caret line under it


def bare_vietnamese(text: str) -> list[str]:
    """The lines of ``text`` with a Vietnamese letter outside quotes, excerpts and file names."""
    found = []
    for line in text.splitlines():
        if _EXCERPT.match(line) or line.startswith(("plans/", "tests/", "/")):
            continue
        if has_vietnamese(_QUOTED.sub("", line)):
            found.append(line)
    return found


def test_the_detector_sees_a_bare_word_and_passes_a_quoted_one():
    assert bare_vietnamese('stated 5 hội nghị, computed 3 hội nghị') != []
    assert bare_vietnamese('summed: "Ngân sách tỉnh" 5,7 + “Vốn đối ứng” 3,4') == []
    assert bare_vietnamese("  375 |     value: \"7.763,445\" # khuyến công") == []
    assert bare_vietnamese("stated 10 ×1.000 ÷ 5 ≠ 2") == []  # × and ÷ are not Vietnamese letters


def test_document_words_are_translated_or_quoted_in_english_only():
    assert shown_unit("triệu đồng", "en") == "million VND" and shown_unit("Tỷ  đồng", "en") == "billion VND"
    assert shown_unit("lượt cơ sở", "en") == '"lượt cơ sở"' and shown_unit("ha", "en") == "ha"
    assert shown_hedge("dự kiến lên đến khoảng ", "en") == "planned up to about "
    assert shown_text("Nguồn khác", "en") == '"Nguồn khác"' and shown_text("KCQG", "en") == "KCQG"
    assert shown_unit("triệu đồng", "vi") == "triệu đồng" and shown_text("Nguồn khác", "vi") == "Nguồn khác"


@pytest.mark.parametrize("plan", PLANS)
def test_english_output_of_real_plans_has_no_bare_vietnamese(plan):
    runner = CliRunner()
    text = runner.invoke(app, ["validate", f"plans/{plan}", "--lang", "en"], catch_exceptions=False)
    assert text.exit_code == 1 and "error" in text.stdout
    assert bare_vietnamese(text.stdout) == []
    machine = runner.invoke(app, ["validate", f"plans/{plan}", "--lang", "en", "-f", "json"], catch_exceptions=False)
    records = json.loads(machine.stdout)
    findings = records["findings"]
    assert findings
    for finding in findings:
        assert bare_vietnamese(finding["message"]) == [], finding["message"]
        assert bare_vietnamese(finding.get("hint") or "") == [], finding["hint"]


def test_english_findings_of_every_rule_case_have_no_bare_vietnamese():
    bare = []
    for case in sorted((ROOT / "tests" / "cases").glob("*/*.yaml")):
        for finding in _english_findings(case):
            for said in (finding.message, finding.hint or ""):
                bare += [f"{case.parent.name}/{case.name}: {line}" for line in bare_vietnamese(said)]
    assert bare == []


def _english_findings(case: Path) -> list:
    """The case's findings in English: its plan alone, or its plans validated together."""
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    rule = get_rule(case.parent.name)
    options = CheckOptions(lang="en")
    if "plans" in spec or (rule is not None and rule.across is not None):
        files = sorted(spec["plans"].items()) if "plans" in spec else split_example(rule.examples[spec["example"]])  # type: ignore[union-attr]
        loaded = [load_bytes(text.encode(), name) for name, text in files]
        results = compare_across((check_loaded(plan, Config(), options) for plan in loaded), Config(), options)
        return [f for result in results for f in result.findings]
    text = spec.get("plan") or rule.examples[spec["example"]]  # type: ignore[union-attr]
    return check(load_bytes(text.encode(), case.name), options)
