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
