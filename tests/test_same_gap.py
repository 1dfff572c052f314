"""One mistyped cell makes its row and its column disagree by the same amount: the findings
after the first point at it ("the same gap as line N") instead of standing alone, and say so
in JSON; rule, place, figures and severity stay as each rule found them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from khuyencong_cli.cli import app

PLAN = str(Path(__file__).resolve().parent / "data" / "same-gap.yaml")
ENV = {"GITHUB_ACTIONS": "", "NO_COLOR": "1"}


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["validate", PLAN, *args], env=ENV)
    assert result.exit_code == 1, result.output
    return result.output


def test_text_points_at_the_first_finding_of_the_gap() -> None:
    hints = [line.strip() for line in _run("--lang", "en").splitlines() if line.strip().startswith("hint:")]
    assert hints[0] == "hint: check this cell against the source document; correcting it fixes both totals"
    pointer = "hint: the same gap (10) as line 10 (KC106): likely one slip, seen from two sides; "
    assert hints[1].startswith(pointer) and hints[2].startswith(pointer)


def test_vietnamese_pointer() -> None:
    out = _run("--lang", "vi")
    assert out.count("cùng chênh lệch (10) như dòng 10 (KC106): nhiều khả năng chỉ là một chỗ sai, nhìn từ hai phía") == 2


def test_json_names_the_finding_repeated() -> None:
    found = json.loads(_run("--format", "json", "--lang", "en"))["findings"]
    assert [(f["line"], f["rule"], f["severity"], f["difference"], f.get("same_gap_as")) for f in found] == [
        (10, "KC106", "error", "10", None),
        (10, "KC101", "error", "-10", {"line": 10, "rule": "KC106"}),
        (12, "KC102", "error", "-10", {"line": 10, "rule": "KC106"}),
    ]


def test_a_row_slip_carried_into_the_total_row_points_at_the_row(tmp_path) -> None:
    # KC105's documented example: row 2's total typed 785 for 775 makes the Cộng total 1.395
    # (the rows' totals) against its cells' 1.385; both later findings name row 2's finding.
    from khuyencong_cli.rules import get_rule

    rule = get_rule("KC105")
    assert rule is not None
    plan = tmp_path / "plan.yaml"
    plan.write_text(rule.examples["Bad"], encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(plan), "--format", "json", "--lang", "en"], env=ENV)
    found = json.loads(result.output)["findings"]
    assert [(f["line"], f["rule"], f.get("same_gap_as")) for f in found] == [
        (12, "KC101", None),
        (13, "KC101", {"line": 12, "rule": "KC101"}),
        (13, "KC105", {"line": 12, "rule": "KC101"}),
    ]


def test_a_pointer_never_names_a_suppressed_finding() -> None:
    # The golden plan suppresses KC101 on row 1 (line 28, gap 10): the Cộng row's KC101 (line
    # 37, gap 10) stands first, and KC105 points at it, not at the finding nobody sees.
    golden = str(Path(__file__).resolve().parent / "golden" / "plan.yaml")
    result = CliRunner().invoke(app, ["validate", golden, "--format", "json", "--lang", "en"], env=ENV)
    found = json.loads(result.output)["findings"]
    assert all(f.get("same_gap_as", {}).get("line") != 28 for f in found)
    assert [(f["line"], f["rule"], f.get("same_gap_as")) for f in found if f["line"] == 37] == [
        (37, "KC101", None),
        (37, "KC105", {"line": 37, "rule": "KC101"}),
    ]
