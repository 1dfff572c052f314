"""Inline and file-level suppression comments; a reason is required; unused ones are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.rules import get_rule
from khuyencong_cli.suppress import find_suppressions

ROOT = Path(__file__).resolve().parent.parent
PLAN = (ROOT / "tests" / "golden" / "plan.yaml").read_text("utf-8")
ROW_1 = "        total: 310  # kc: ignore[KC101] printed as 310 in the decision; kept as published\n"
FILE_WIDE = "# kc: ignore-file[KC203] no year columns are missing in this sample\n"


def _check(runner, write_plan, text, *args):
    path = write_plan(text)
    result = runner.invoke(app, ["validate", str(path), "--format", "json", "--lang", "en", *args])
    assert result.exit_code in (0, 1), result.output
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]], result


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no configuration from the repository


def test_the_inline_comment_suppresses_the_finding_on_its_line(runner, write_plan):
    found, _ = _check(runner, write_plan, PLAN.replace(FILE_WIDE, ""))
    assert (27, "KC101") not in found and (36, "KC101") in found
    unsuppressed, _ = _check(runner, write_plan, PLAN.replace(FILE_WIDE, "").replace(ROW_1, "        total: 310\n"))
    assert (27, "KC101") in unsuppressed


def test_by_name_and_prefix_and_several_rules(runner, write_plan):
    text = PLAN.replace(FILE_WIDE, "").replace(
        "      total: 410\n", "      total: 410  # kc: ignore[row-total, KC10] the decision prints 410\n"
    )
    found, _ = _check(runner, write_plan, text)
    assert [rule for _, rule in found] == ["KC201"]


def test_file_level_suppression(runner, write_plan):
    text = PLAN.replace(FILE_WIDE, "# kc: ignore-file[KC201] the period is printed reversed in the decision\n")
    found, _ = _check(runner, write_plan, text)
    assert "KC201" not in [rule for _, rule in found]


def test_a_missing_reason_is_a_finding(runner, write_plan):
    text = PLAN.replace(FILE_WIDE, "").replace(ROW_1, "        total: 310  # kc: ignore[KC101]\n")
    found, result = _check(runner, write_plan, text)
    assert (27, "KC007") in found and (27, "KC101") not in found
    assert result.exit_code == 1


def test_an_unused_suppression_is_reported(runner, write_plan):
    found, _ = _check(runner, write_plan, PLAN)
    assert (8, "KC008") in found
    text = PLAN.replace(FILE_WIDE, "").replace("  province: Tỉnh Mẫu\n", "  province: Tỉnh Mẫu  # kc: ignore[KC101] wrong line\n")
    found, _ = _check(runner, write_plan, text)
    assert any(rule == "KC008" for _, rule in found)


def test_unused_is_not_reported_for_a_rule_that_did_not_run(runner, write_plan):
    found, _ = _check(runner, write_plan, PLAN, "--select", "KC1,KC008")
    assert "KC008" not in [rule for _, rule in found]


def test_a_bare_or_unknown_suppression_is_an_error(runner, write_plan):
    bare = PLAN.replace(FILE_WIDE, "# kc: ignore because\n")
    found, _ = _check(runner, write_plan, bare)
    assert (8, "KC009") in found
    unknown = PLAN.replace(FILE_WIDE, "# kc: ignore-file[KC999] no such rule\n")
    found, _ = _check(runner, write_plan, unknown)
    assert (8, "KC009") in found


def test_suppression_findings_obey_ignore_and_severity(runner, write_plan):
    found, _ = _check(runner, write_plan, PLAN, "--ignore", "unused-suppression")
    assert "KC008" not in [rule for _, rule in found]


def test_comments_inside_quoted_text_are_not_suppressions():
    lines = ['quote: "a#kc: ignore[KC101] x"', "total: 1 # kc: ignore[KC101] fine", "# kc: ignore-file[KC2] ok"]
    found = find_suppressions(lines)
    assert [(s.line, s.file_wide, s.patterns, s.reason) for s in found] == [
        (2, False, ("KC101",), "fine"),
        (3, True, ("KC2",), "ok"),
    ]


def test_the_suppression_rules_are_documented_in_both_languages(runner):
    for rule_id in ("KC007", "KC008", "KC009"):
        rule = get_rule(rule_id)
        assert rule is not None and rule.summary["vi"] and rule.summary["en"] and rule.doc
        assert "Bad" in rule.examples and "Good" in rule.examples
    result = runner.invoke(app, ["explain", "KC008", "--lang", "vi"])
    assert result.exit_code == 0 and "không bỏ qua phát hiện nào" in result.stdout
    assert "KC007" in runner.invoke(app, ["rules"]).stdout
