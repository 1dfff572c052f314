"""kc diff: figures added, removed and changed, their effect on the totals; always exit 0."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from khuyencong_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
OLD = str(FIXTURES / "plan-2021-2023.yaml")
NEW = str(FIXTURES / "plan-2021-2023-v2.yaml")
LAI_CHAU = str(ROOT / "plans" / "lai-chau-2021-2025-qd-407.yaml")


def test_changes_and_effect_on_totals(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", OLD, NEW, "-f", "json"])
    assert result.exit_code == 0  # differences are not errors
    data = json.loads(result.output)
    (table,) = data["tables"]
    changes = {(c["kind"], c["row"], c["field"]): (c["old"], c["new"]) for c in table["changes"]}
    assert changes[("changed", "2", "2022 KCQG")] == ("800", "900")
    assert changes[("removed", "1", "2023 KCDP")] == ("100", None)
    assert changes[("removed", "3", "2021 KCDP")] == ("100.5", None)
    assert changes[("added", "4", "2023 KCDP")] == (None, "80")
    assert changes[("changed", "[cong]", "Σ")] == ("4250.5", "3780")
    totals = {t["label"]: (t["old"], t["new"], t["delta"]) for t in table["totals"]}
    assert totals["total"] == ("4200.5", "3780", "-420.5")
    assert totals["KCQG"] == ("2800", "2900", "100")
    assert totals["2023"] == ("1700", "1530", "-170")
    assert totals["stated"] == ("4250.5", "3780", "-470.5")
    assert data["changes"] == 15


def test_human_output(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", OLD, NEW, "--lang", "en"])
    assert result.exit_code == 0
    assert "changed  2 2022 KCQG" in result.output and "800 → 900  (+100)" in result.output
    assert "computed       4.200,5 → 3.780  (-420,5)" in result.output
    vi = runner.invoke(app, ["diff", OLD, NEW, "--lang", "vi"])
    assert "ảnh hưởng đến các tổng" in vi.output


def test_the_old_version_can_come_from_stdin(runner: CliRunner) -> None:
    """``git show HEAD:plan.yaml | kc diff - plan.yaml``: ``-`` is standard input, as for
    validate, summary and report."""
    old = Path(OLD).read_text(encoding="utf-8")
    result = runner.invoke(app, ["diff", "-", NEW, "-f", "json"], input=old)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["changes"] == 15
    text = runner.invoke(app, ["diff", "-", NEW, "--lang", "en"], input=old)
    assert text.output.splitlines()[0] == f"Changes from <stdin> to {NEW}", text.output


def test_same_plan_has_no_changes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", LAI_CHAU, LAI_CHAU, "--lang", "en"])
    assert result.exit_code == 0
    assert "no figure changed" in result.output


def test_claim_values_are_compared(runner: CliRunner, write_plan) -> None:
    text = Path(LAI_CHAU).read_text(encoding="utf-8")
    changed = write_plan(text.replace('value: "15.820"', 'value: "15.802"', 1), "lai-chau-typo.yaml")
    result = runner.invoke(app, ["diff", LAI_CHAU, str(changed), "-f", "json"])
    assert result.exit_code == 0
    claims = json.loads(result.output)["claims"]
    assert any(c["old"] == "15820" and c["new"] == "15802" for c in claims)


def test_unreadable_input_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(app, ["diff", "missing.yaml", OLD])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_real_kc_process() -> None:
    kc = shutil.which("kc")
    command = [kc] if kc else [sys.executable, "-m", "khuyencong_cli.cli"]
    completed = subprocess.run([*command, "diff", OLD, NEW, "--plain-numbers", "--lang", "en"],
                               capture_output=True, text=True, encoding="utf-8", check=False)
    assert completed.returncode == 0
    assert "4250.5 → 3780" in completed.stdout
