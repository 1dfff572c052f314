"""``kc import`` as a user runs it: files written or not, messages, exit codes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app

from .annexes import BIEU_01, BIEU_02, write_txt, write_xlsx

ROOT = Path(__file__).parents[2]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def annex(tmp_path: Path) -> Path:
    path = tmp_path / "bieu-01.xlsx"
    write_xlsx(BIEU_01, path)
    return path


def test_import_writes_a_draft_that_validates_with_the_seed_finding(runner: CliRunner, annex: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["import", str(annex), "-o", str(draft), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Wrote the draft" in result.stderr
    assert draft.is_file() and (tmp_path / "bieu-01.kc-map.yaml").is_file()
    text = draft.read_text(encoding="utf-8")
    assert 'total: "100"  # bieu-01!I10' in text  # every figure names its cell
    checked = runner.invoke(app, ["validate", str(draft), "--lang", "en"])
    assert checked.exit_code == 1
    assert "KC101" in checked.output and "II/II.2" in checked.output


def test_an_existing_plan_is_never_overwritten(runner: CliRunner, annex: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.yaml"
    draft.write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(annex), "-o", str(draft), "--lang", "vi"])
    assert result.exit_code == 2
    assert "không ghi đè" in result.stderr and "--force" in result.stderr
    assert draft.read_text(encoding="utf-8") == "mine\n"
    forced = runner.invoke(app, ["import", str(annex), "-o", str(draft), "--force"])
    assert forced.exit_code == 0
    assert draft.read_text(encoding="utf-8").startswith("# ")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the temporary file was renamed


def test_dry_run_prints_the_draft_and_its_findings_and_writes_nothing(runner: CliRunner, annex: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, ["import", str(annex), "-o", str(tmp_path / "d.yaml"), "--dry-run", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "kind: targets" in result.stdout
    assert "what kc validate says" in result.stdout and "KC101" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_pasted_text_from_stdin_prints_the_draft(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "b02.txt"
    write_txt(BIEU_02, path)
    result = runner.invoke(app, ["import", "-"], input=path.read_bytes())
    assert result.exit_code == 0, result.output
    assert "sources: [KCQG, KCDP]" in result.stdout
    assert 'total: "11.200"' in result.stdout


def test_table_option_picks_one_table(runner: CliRunner, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    write_txt(BIEU_02, one)
    write_txt(BIEU_01, two)
    seed = tmp_path / "both.txt"
    seed.write_text(one.read_text(encoding="utf-8") + "\n" + two.read_text(encoding="utf-8"), encoding="utf-8")
    every = runner.invoke(app, ["import", str(seed), "--dry-run", "--lang", "en"])
    assert re.findall(r"(?m)^  - id: (.*?)  #", every.stdout) == ['"bieu-02"', '"bieu-01"']
    result = runner.invoke(app, ["import", str(seed), "--table", "2", "--dry-run", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert re.findall(r"(?m)^  - id: (.*?)  #", result.stdout) == ['"bieu-01"']
    missing = runner.invoke(app, ["import", str(seed), "--table", "9", "--dry-run", "--lang", "en"])
    assert missing.exit_code == 2 and "no table 9" in missing.stderr


def test_mapping_file_is_reused_and_its_edits_are_followed(runner: CliRunner, annex: Path, tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    assert runner.invoke(app, ["import", str(annex), "-o", str(first)]).exit_code == 0
    mapping = tmp_path / "bieu-01.kc-map.yaml"
    again = tmp_path / "b.yaml"
    result = runner.invoke(app, ["import", str(annex), "-o", str(again), "--map", str(mapping)])
    assert result.exit_code == 0, result.output
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    # the person decides the 2016 column is not to be read
    edited = mapping.read_text(encoding="utf-8").replace("D: {year: 2016}", "D: ignore")
    mapping.write_text(edited, encoding="utf-8")
    third = tmp_path / "c.yaml"
    assert runner.invoke(app, ["import", str(annex), "-o", str(third), "--map", str(mapping)]).exit_code == 0
    assert "years: [2017, 2018, 2019, 2020]" in third.read_text(encoding="utf-8")


def test_a_malformed_mapping_file_is_refused(runner: CliRunner, annex: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "bad.kc-map.yaml"
    mapping.write_text("kc_import_map: 1\ntables:\n  - grid: 1\n    header_rows: 1\n    columns: {A: sideways}\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(annex), "--map", str(mapping), "--dry-run", "--lang", "en"])
    assert result.exit_code == 2
    assert "mapping file is not valid" in result.stderr and "sideways" in result.stderr


def test_kc_import_as_a_real_process(tmp_path: Path) -> None:
    source = tmp_path / "bieu-02.txt"
    write_txt(BIEU_02, source)
    draft = tmp_path / "bieu-02.yaml"
    env = {k: v for k, v in os.environ.items() if k not in ("KC_LANG", "NO_COLOR", "FORCE_COLOR")}
    imported = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli", "import", str(source), "-o", str(draft), "--lang", "en"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert imported.returncode == 0, imported.stderr
    validated = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli", "validate", str(draft), "--lang", "en"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert validated.returncode == 0, validated.stdout
    assert "no problems found" in validated.stdout


def test_importing_the_cli_loads_no_reader_library() -> None:
    code = (
        "import sys, khuyencong_cli.cli\n"
        "print([m for m in ('openpyxl', 'docx', 'pdfplumber', 'pdfminer', 'lxml', 'python_calamine', 'fpdf') if m in sys.modules])"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"


def test_the_mapping_file_goes_beside_the_plan_not_beside_the_source(runner: CliRunner, tmp_path: Path) -> None:
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    out.mkdir()
    source = inbox / "bieu-01.xlsx"
    write_xlsx(BIEU_01, source)
    result = runner.invoke(app, ["import", str(source), "-o", str(out / "plan.yaml"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in inbox.iterdir()) == ["bieu-01.xlsx"]  # the source's directory is untouched
    assert sorted(p.name for p in out.iterdir()) == ["bieu-01.kc-map.yaml", "plan.yaml"]
    assert f"Wrote how the file was read to {out / 'bieu-01.kc-map.yaml'}" in result.stderr
