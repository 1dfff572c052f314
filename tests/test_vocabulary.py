"""One Vietnamese vocabulary in every message, severities and document kinds translated in
every output, English output free of Vietnamese but quoted text, OS errors in the reader's
language (see the vocabulary in khuyencong_cli.i18n's docstring)."""

from __future__ import annotations

import errno
import html
import re
from pathlib import Path

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.findings import Part, part_label
from khuyencong_cli.i18n import catalog, translate
from khuyencong_cli.os_errors import os_reason
from test_cli_language import english_words, vietnamese_words

from conftest import PLANS

# Keys whose Vietnamese says "bảng": tables kc prints itself, never a table of the document.
KC_OWN_TABLES = {
    "help.rules.markdown", "help.summary.by_province", "help.summary.by_kind", "help.summary.output_format", "help.report",
    "report.intro", "report.large", "help.report.full_sections",  # the report's own index table
}


@pytest.fixture(scope="module")
def every_message():
    from khuyencong_cli import cli_messages, os_errors  # noqa: F401
    from khuyencong_cli.report import page  # noqa: F401
    from khuyencong_cli.rules import load_all

    load_all()
    import khuyencong_cli.diff
    import khuyencong_cli.importing.messages
    import khuyencong_cli.reconcile
    import khuyencong_cli.summary.views  # noqa: F401

    return catalog()


def test_a_table_of_the_document_is_a_bieu_and_bang_is_kc_own(every_message):
    says_bang = {key for key, texts in every_message.items() if re.search(r"\bbảng\b(?! tính)", texts.get("vi", ""), re.I)}
    assert says_bang <= KC_OWN_TABLES, sorted(says_bang - KC_OWN_TABLES)
    assert translate("what.table", "vi") == "biểu"


def test_severity_has_one_name_in_vietnamese(every_message):
    assert not [key for key, texts in every_message.items() if "mức độ" in texts.get("vi", "")]
    assert [translate(f"severity.{s}", "vi") for s in ("error", "warning", "info")] == ["lỗi", "cảnh báo", "thông tin"]


def test_no_message_is_bilingual_in_one_language(every_message):
    """A label such as "cả giai đoạn / period" is one language or the other, never both."""
    mixed = [key for key, texts in every_message.items() if vietnamese_words(texts["en"]) and " / " in texts["en"]]
    assert mixed == []


def test_a_derived_part_is_labelled_in_the_readers_language():
    assert part_label("part.period", "vi") == "cả giai đoạn" and part_label("part.period", "en") == "the whole period"
    assert part_label("1 2016 KCQG", "en") == "1 2016 KCQG"
    assert Part("part.years", 5).label == "part.years"


@pytest.mark.parametrize(
    ("error", "english", "vietnamese"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "no such file or directory", "không có tệp hay thư mục này"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied", "không có quyền truy cập"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "it is a directory, not a file", "đây là thư mục, không phải tệp"),
        (OSError(errno.ENOSPC, "No space left on device"), "no space left on the disk", "ổ đĩa đã hết chỗ trống"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only", "ổ đĩa chỉ cho phép đọc"),
        (OSError(errno.ENOTCONN, "Transport endpoint is not connected"), "system error ENOTCONN", "lỗi hệ thống ENOTCONN"),
    ],
)
def test_os_errors_are_said_again_from_their_number(error, english, vietnamese):
    reason = os_reason(error)
    assert translate("cli.cannot-write", "en", path="x", reason=reason) == f"cannot write x: {english}"
    assert translate("cli.cannot-write", "vi", path="x", reason=reason) == f"không ghi được x: {vietnamese}"


def test_os_errors_reach_the_reader_in_vietnamese(runner, tmp_path, monkeypatch):
    env = {"KC_LANG": "vi"}
    missing = runner.invoke(app, ["validate", str(tmp_path / "missing.yaml")], env=env)
    assert "không đọc được tệp: không có tệp hay thư mục này" in missing.stdout
    directory = runner.invoke(app, ["summary", str(PLANS), "-o", str(tmp_path)], env=env)
    assert directory.exit_code == 2 and directory.stderr.endswith(f"\nkc: không ghi được {tmp_path}: đây là thư mục, không phải tệp\n")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("khuyencong_cli.atomic.os.fsync", full)  # the disk fills while the output is written
    disk_full = runner.invoke(app, ["summary", str(PLANS), "-o", str(tmp_path / "s.md")], env={"KC_LANG": "en"})
    assert disk_full.exit_code == 2 and disk_full.stderr.endswith(": no space left on the disk\n")
    assert "No space left on device" not in disk_full.stderr


def _page_text(path: Path) -> str:
    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<style.*?</style>|<script.*?</script>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _outputs(runner, tmp_path: Path, lang: str) -> dict[str, str]:
    """What kc prints or writes for the bundled plans, command by command, in one language."""
    plans, cao_bang = str(PLANS), str(PLANS / "cao-bang-2016-2020-qd-270.yaml")
    revised = tmp_path / "revised.yaml"
    revised.write_text(Path(cao_bang).read_text(encoding="utf-8").replace('"7.763,445"', '"7.763,455"'), encoding="utf-8")
    env = {"KC_LANG": lang}
    runs = {
        "validate": ["validate", plans],
        "summary": ["summary", plans, "--by-source", "--by-year", "--by-item"],
        "summary-province": ["summary", plans, "--by-province"],
        "summary-kind": ["summary", plans, "--by-kind"],
        "reconcile": ["reconcile", f"{cao_bang}#cb-kinh-phi-2016-2020", f"{cao_bang}#cb-bieu-02"],
        "diff": ["diff", cao_bang, str(revised)],
        "rules": ["rules"],
    }
    shown = {name: runner.invoke(app, args, env=env).stdout for name, args in runs.items()}
    shown["statistics"] = runner.invoke(app, ["validate", plans, "--statistics", "-q"], env=env).stdout
    baseline = ["validate", plans, "--update-baseline", "--baseline", str(tmp_path / f"baseline-{lang}.json")]
    shown["baseline"] = runner.invoke(app, baseline, env=env).stderr
    report = tmp_path / f"report-{lang}.html"
    runner.invoke(app, ["report", plans, "-o", str(report)], env=env)
    shown["report"] = _page_text(report)
    workbook = tmp_path / f"summary-{lang}.xlsx"
    runner.invoke(app, ["summary", plans, "--by-source", "--by-year", "-o", str(workbook)], env=env)
    shown["workbook"] = _workbook_text(workbook)
    return shown


def _workbook_text(path: Path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path)
    cells = [ws.title for ws in book.worksheets]
    for sheet in book.worksheets:
        cells += [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str) and not v.startswith("=")]
    return "\n".join(cells)


def _without_literals(text: str) -> str:
    """Rule names (KC101 row-total), YAML keys quoted from the plan (value:, per_year:) and paths."""
    text = re.sub(r"\bKC\d+ +[a-z-]+", " ", text)
    text = re.sub(r"\b[a-z_]+: ", " ", text)
    text = re.sub(r"\b[a-z_]+(?= +[\d.,]+ →)", " ", text)  # kc diff names the YAML key that changed
    return re.sub(r"\S*/\S*", " ", text)


@pytest.fixture(scope="module")
def vi_outputs(tmp_path_factory):
    from typer.testing import CliRunner

    return _outputs(CliRunner(), tmp_path_factory.mktemp("vi"), "vi")


def test_every_output_in_vietnamese_has_no_english(vi_outputs):
    for name, text in vi_outputs.items():
        assert text.strip(), name
        assert english_words(_without_literals(text)) == [], (name, english_words(_without_literals(text)))
        for english in ("error", "warning", "news-article", "plan-results", "results-report"):
            assert not re.search(rf"(?<![\w-]){english}(?![\w-])", _without_literals(text)), (name, english)


def test_severities_and_document_kinds_are_translated_in_the_report(vi_outputs):
    outputs = vi_outputs
    assert "cảnh báo" in outputs["report"] and "lỗi" in outputs["report"]
    from khuyencong_cli.model import DocumentKind

    names = {translate(f"report.doc-kind.{kind.value}", "vi") for kind in DocumentKind}
    shown = re.findall(r"Loại văn bản +(.+?)(?: {2}|$)", outputs["report"], re.M)
    assert shown and {"bài báo", "kế hoạch"} <= set(shown) <= names, set(shown) - names


def test_english_outputs_carry_no_vietnamese_of_kc_own(runner, tmp_path, every_message):
    own = {w for texts in every_message.values() for w in vietnamese_words(texts["vi"])}
    quoted = {w for plan in PLANS.glob("*.yaml") for w in vietnamese_words(plan.read_text(encoding="utf-8"))}
    for name, text in _outputs(runner, tmp_path, "en").items():
        text = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”", " ", text)  # quoted words of a document
        leaked = sorted({w for w in vietnamese_words(text) if w in own and w not in quoted})
        assert leaked == [], (name, leaked)


@pytest.mark.parametrize(
    ("text", "english", "vietnamese"),
    [
        ("kc: 1\ndocument: {title: x\n", "is not closed with '}'", "chưa được đóng bằng '}'"),
        ("kc: 1\ntables: [a, b\n", "is not closed with ']'", "chưa được đóng bằng ']'"),
        ("kc: 1\nnote: a: b\n", "a 'key: value' cannot start here", "không thể bắt đầu một cặp 'khóa: giá trị' ở đây"),
        ("kc: 1\nnote:\n\tx: 1\n", "indent with spaces, not tabs", "thụt lề bằng dấu cách, không dùng tab"),
        ("kc: 1\nnote: |\n b\nc\n", "a key without its ':'", "khóa thiếu dấu ':'"),
        ("kc: 1\nnote: 'open\n", "the file ends inside a value", "tệp kết thúc giữa chừng một giá trị"),
        ('kc: 1\nnote: "\\q"\n', "an unknown escape", "ký tự thoát"),
        ("kc: 1\n--- \nkc: 1\n", "more than one YAML document", "nhiều hơn một tài liệu YAML"),
    ],
)
def test_yaml_syntax_errors_in_the_readers_language(runner, write_plan, text, english, vietnamese):
    path = str(write_plan(text))
    en = runner.invoke(app, ["validate", path, "--lang", "en"])
    vi = runner.invoke(app, ["validate", path, "--lang", "vi"])
    assert "KC002" in en.stdout and english in en.stdout, en.stdout
    assert vietnamese in vi.stdout and english_words(_without_literals(vi.stdout)) == [], vi.stdout


def test_a_broken_baseline_or_configuration_is_said_in_the_readers_language(runner, tmp_path):
    plan = str(PLANS / "cao-bang-2021-2025-qd-470.yaml")
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{oops", encoding="utf-8")
    result = runner.invoke(app, ["validate", plan, "--baseline", str(baseline), "--lang", "vi"])
    assert result.exit_code == 2 and result.stderr.endswith("tệp không phải JSON (dòng 1, cột 2)\n")
    config = tmp_path / "kc.toml"
    config.write_bytes("select = ['KC1']\n# \xff".encode("latin-1"))
    result = runner.invoke(app, ["validate", plan, "--config", str(config), "--lang", "vi"])
    assert result.exit_code == 2 and result.stderr.endswith("tệp không phải văn bản UTF-8\n"), result.stderr


@pytest.mark.parametrize(
    ("rule", "english", "vietnamese"),
    [("KC304", "divided: the whole period 650 ÷ years 5", "đã chia: cả giai đoạn 650 ÷ số năm 5")],
)
def test_derived_parts_are_shown_in_one_language(runner, write_plan, rule, english, vietnamese):
    from khuyencong_cli.rules import get_rule, load_all

    load_all()
    plan = str(write_plan(get_rule(rule).examples["Bad"]))
    en = runner.invoke(app, ["validate", plan, "--lang", "en"]).stdout
    vi = runner.invoke(app, ["validate", plan, "--lang", "vi"]).stdout
    assert english in en and vietnamese in vi, (en, vi)
    assert "summed:" not in en and "đã cộng:" not in vi  # a period and its years are divided, never added
    assert vietnamese_words(en.split("divided:")[1].splitlines()[0]) == []
