"""Rows that are the rest ("Còn lại", remainder: true) or outside the total ("Ngoài ra",
outside: true): what kc summary shows of them, and what a table's whole is when the rest
states no figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from khuyencong_cli.cli import app

CASE = Path(__file__).parent / "cases" / "KC313" / "table-rows.yaml"


@pytest.fixture
def plan(write_plan) -> Path:
    """The plan of the KC313 case on table rows (its tables dung, sai, am, v)."""
    return write_plan(yaml.safe_load(CASE.read_text(encoding="utf-8"))["plan"])


@pytest.mark.parametrize(
    ("lang", "rest", "outside", "sub_rest"),
    [
        ("en", "2 Vốn đối ứng còn lại · the rest, computed", "3 Ngoài ra: chi phí quản lý · outside the whole",
         "· b Còn lại · the rest, computed"),
        ("vi", "2 Vốn đối ứng còn lại · phần còn lại, tính ra", "3 Ngoài ra: chi phí quản lý · ngoài tổng",
         "· b Còn lại · phần còn lại, tính ra"),
    ],
)
def test_summary_shows_the_rest_and_rows_outside_as_such(
    runner: CliRunner, plan: Path, lang: str, rest: str, outside: str, sub_rest: str
) -> None:
    result = runner.invoke(app, ["summary", str(plan), "--table", "dung", "--by-item", "--lang", lang])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    # Cộng 6.500 − 5.700 − 500 = 300; Đào tạo 500 − 320 = 180.
    assert f"{rest} 300 4,6%" in lines
    assert f"{sub_rest} 180 2,8%" in lines
    # A row outside the total: its figure, no share of a total it is not in.
    assert f"{outside} 73 73" in lines
    total = "Total" if lang == "en" else "Tổng cộng"
    assert f"{total} 6.500 6.500 100,0%" in lines


def test_the_rest_counts_for_its_source(runner: CliRunner, plan: Path) -> None:
    result = runner.invoke(app, ["summary", str(plan), "--table", "dung", "--by-source", "-f", "json"])
    assert result.exit_code == 0, result.output
    (view,) = json.loads(result.output)["summaries"]
    rows = {row["label"]: row["values"][0] for row in view["rows"]}
    assert rows["DU (Vốn đối ứng)"] == "300"
    assert view["computed_total"] == "6500" and view["stated_total"] == "6500"


def test_a_claim_on_a_table_with_an_unstated_rest_reads_its_whole(write_plan, runner: CliRunner) -> None:
    # The rows give 5.700 + 500 = 6.200; with the rest, the table's whole is its Cộng, 6.500.
    spec = yaml.safe_load(CASE.read_text(encoding="utf-8"))["plan"]
    spec += (
        "claims:\n"
        "  - id: tong\n"
        "    quote: \"Tổng kinh phí 6,5 tỷ đồng.\"\n"
        "    value: \"6,5\"\n"
        "    unit: tỷ đồng\n"
        "    of: {table: dung}\n"
    )
    path = write_plan(spec, "with-claim.yaml")
    result = runner.invoke(app, ["validate", str(path), "--select", "KC301,KC313", "-f", "json"])
    assert result.exit_code == 1, result.output  # the two KC313 findings of the case, no KC301
    rules = sorted(f["rule"] for f in json.loads(result.output)["findings"])
    assert rules == ["KC313", "KC313"]
