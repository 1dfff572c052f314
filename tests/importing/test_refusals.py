"""Inputs kc cannot import: a clear message, exit 2, never a traceback, nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.importing import core, grid

from .annexes import BIEU_02, FONT, write_txt, write_xlsx


def _refused(path: Path, *words: str, lang: str = "en") -> str:
    result = CliRunner().invoke(app, ["import", str(path), "-o", str(path.with_name("out.yaml")), "--lang", lang])
    assert result.exit_code == 2, result.output
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(result.exception, SystemExit)
    for word in words:
        assert word in result.stderr, result.stderr
    assert not path.with_name("out.yaml").exists()
    return result.stderr


def test_old_word_file_says_convert_with_libreoffice(tmp_path: Path) -> None:
    path = tmp_path / "annex.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _refused(path, "libreoffice --headless --convert-to docx")


def test_scanned_pdf_says_run_ocr_first(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # an image-like page: no text at all
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _refused(path, "no text layer", "ocrmypdf")
    _refused(path, "không có lớp chữ", lang="vi")


def test_encrypted_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="chu", user_password="mat-khau")
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.cell(0, 10, "Tổng cộng 11.200")
    path = tmp_path / "secret.pdf"
    pdf.output(str(path))
    _refused(path, "password")


def test_encrypted_office_file(tmp_path: Path) -> None:
    # An encrypted .xlsx/.docx is an OLE compound file holding the encrypted package.
    for name in ("secret.xlsx", "secret.docx"):
        path = tmp_path / name
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
        _refused(path, "password")


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods", "docx", "pdf"])
def test_broken_files(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"broken.{suffix}"
    path.write_bytes(b"PK\x03\x04 this is not what the name says " * 20)
    _refused(path, "cannot read this")


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = tmp_path / "whole.xlsx"
    write_xlsx(BIEU_02, whole)
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole.read_bytes()[:2000])
    _refused(path, "cannot read this xlsx")


@pytest.mark.parametrize("suffix", ["xlsx", "docx", "pdf", "html", "txt", "ods"])
def test_empty_files(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty.{suffix}"
    path.write_bytes(b"")
    _refused(path, "empty")


def test_text_without_any_table(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("Chỉ có lời văn, không có bảng.\n", encoding="utf-8")
    _refused(path, "no table found")


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Tổng cộng\t11.200\n".encode().replace(b"\xe1", b"\xff"))
    _refused(path, "not UTF-8")


def test_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "annex.rtf"
    path.write_text("{\\rtf1 Biểu 02}", encoding="utf-8")
    _refused(path, "cannot read .rtf files")


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    write_txt(BIEU_02, path)
    _refused(path, "over kc import's limit")


def test_too_many_cells_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grid, "MAX_CELLS", 50)
    for suffix, writer in (("txt", write_txt), ("xlsx", write_xlsx)):
        path = tmp_path / f"many.{suffix}"
        writer(BIEU_02, path)
        _refused(path, "cells, over the limit of 50")


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "nowhere.xlsx", "Cannot read")


def test_a_cell_whose_value_its_format_hides_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu 02"
    sheet.append(["TT", "Nội dung", "Năm 2016", "Tổng"])
    sheet.append(["1", "Đào tạo nghề", 541.125, 541.125])
    sheet["C2"].number_format = "#,##0"  # shows 541, holds 541,125
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    _refused(path, "Biểu 02!C2", "shows 541 but holds 541,125")


def test_float_residue_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["TT", "Nội dung", "Năm 2016", "Tổng"])
    sheet.append(["1", "Đào tạo nghề", 0.3, 1])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    # What a formula such as =0,1+0,2 leaves in the file (openpyxl itself rounds when writing).
    path = tmp_path / "residue.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<v>0.3</v>", b"<v>0.30000000000000004</v>")
            target.writestr(item, data)
    _refused(path, "!C2", "0.30000000000000004")


def test_a_plan_given_as_source_is_refused_for_its_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``kc import plan.yaml`` names the format kc cannot import, not "plan.yaml already exists"
    (the default draft name is the source's own name)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.yaml").write_text("kc: 1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", "plan.yaml", "--lang", "en"])
    assert result.exit_code == 2
    assert "kc cannot read .yaml files" in result.stderr
    assert "already exists" not in result.stderr
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == "kc: 1\n"


def test_a_missing_or_non_utf8_mapping_file_is_explained_in_vietnamese(tmp_path: Path) -> None:
    source = tmp_path / "annex.txt"
    write_txt(BIEU_02, source)
    binary = tmp_path / "binary.kc-map.yaml"
    binary.write_bytes(b"\xff\xfe")
    for mapping, reason in ((tmp_path / "khong-co.yaml", "không có tệp hay thư mục này"), (binary, "tệp không phải văn bản UTF-8")):
        result = CliRunner().invoke(app, ["import", str(source), "--map", str(mapping), "--dry-run", "--lang", "vi"])
        assert result.exit_code == 2
        assert f"Không đọc được {mapping}: {reason}" in result.stderr, result.stderr
        assert "Errno" not in result.stderr and "codec" not in result.stderr
