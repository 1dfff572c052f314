"""The help pages and usage errors speak the reader's language, chosen before the line is parsed
(--lang anywhere, then KC_LANG, then the locale), with no typer internals in them."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command

from khuyencong_cli.cli import app
from khuyencong_cli.cli.language import language_from_argv
from khuyencong_cli.cli.localized import KcCommand, help_key
from khuyencong_cli.i18n import catalog

# "in" is not listed: it is Vietnamese too ("in" = print).
# Words that are kc's own literals in any language: option values a reader types, names of
# programs and formats. Everything else English in Vietnamese output is a missed translation.
LITERALS = {
    "text", "json", "sarif", "github", "junit", "gitlab", "error", "warning", "info", "table", "markdown",
    "csv", "xlsx", "auto", "plan-results", "restatement", "vi", "en", "bash", "zsh", "fish", "kc",
    *get_command(app).commands,  # type: ignore[attr-defined]
}
ENGLISH = {
    "the", "and", "or", "of", "to", "for", "is", "not", "no", "with", "this", "these", "that", "show",
    "file", "files", "option", "options", "usage", "arguments", "argument", "commands", "command", "help",
    "missing", "invalid", "value", "required", "default", "try", "such", "exit", "plan", "plans", "tables",
    "rule", "rules", "format", "output", "write", "print", "only", "got", "unexpected", "extra", "choose",
    "from", "must", "be", "list", "str", "int", "range", "paths", "path", "language", "each", "one", "when",
    "where", "what", "its", "every", "per", "by", "as", "on", "at", "into", "than", "source", "year", "years",
    "baseline", "summed", "stated", "computed", "difference", "hint", "total", "found", "wrote", "cannot", "could",
}
VIETNAMESE_LETTERS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
# Vietnamese that English output may carry: units of money and the programme's own name.
QUOTED_VIETNAMESE = {"đồng", "nghìn", "triệu", "tỷ", "khuyến", "công"}


def english_words(text: str) -> list[str]:
    """Common English words left in a text, once option names, rule ids, quoted text, file
    patterns, the names of programs and formats and kc's typed values are taken out."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)
    text = re.sub(r"(?<![\w-])--?[\w-]+|\bKC\d+\b|KC_LANG|\*\.\w+|\.\w+\b|\$schema", " ", text)
    text = re.sub(r"GitHub Actions|JSON Schema|kc\.toml|pyproject\.toml|README|Markdown|HTML|YAML|PDF|Word|Excel|CPU", " ", text)
    tokens = [t for t in re.findall(r"[A-Za-z][\w-]*", text) if t.lower() not in LITERALS]
    words = [w for token in tokens for w in re.findall(r"[A-Za-z]+", token)]
    return [w for w in words if w.lower() in ENGLISH]


def vietnamese_words(text: str) -> list[str]:
    words = re.findall(r"\w+", text)
    return [w for w in words if VIETNAMESE_LETTERS.search(w) and w.lower() not in QUOTED_VIETNAMESE]


COMMANDS = [[], *[[name] for name in get_command(app).commands]]  # type: ignore[attr-defined]
VI_WAYS = [
    (["--lang", "vi"], {}),
    ([], {"KC_LANG": "vi"}),
    ([], {"LANG": "vi_VN.UTF-8"}),
]
CLEAN_ENV = {"KC_LANG": None, "LC_ALL": None, "LC_MESSAGES": None, "LANG": "C.UTF-8"}


def test_the_checks_catch_what_they_look_for():
    assert english_words("Lỗi: Missing argument 'paths'. Try kc --help") == ["Missing", "argument", "Try"]
    assert english_words("Tùy chọn: --fail-on error|warning KC101 'the file'") == []
    assert vietnamese_words("Options: cả giai đoạn, 5 triệu đồng") == ["cả", "đoạn"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "kc")
@pytest.mark.parametrize(("extra", "env"), VI_WAYS, ids=["--lang", "KC_LANG", "LANG"])
def test_every_help_page_is_vietnamese(runner, command, extra, env):
    result = runner.invoke(app, [*command, "--help", *extra], env={**CLEAN_ENV, **env})
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Cách dùng: kc {' '.join(command)}".rstrip() + " [TÙY_CHỌN]")
    assert "Tùy chọn:" in result.stdout and "Hiện hướng dẫn này rồi thoát." in result.stdout
    assert english_words(result.stdout) == [], result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "kc")
def test_every_help_page_is_english_without_vietnamese_or_typer_internals(runner, command):
    result = runner.invoke(app, [*command, "--help"], env={**CLEAN_ENV, "KC_LANG": "en"})
    assert result.exit_code == 0 and result.stdout.startswith("Usage: kc")
    assert "Show this help and exit." in result.stdout
    assert vietnamese_words(result.stdout) == [], result.stdout
    for internal in ("{", "<list", "<str>", "<int", "range>", "Value error", "x>="):
        assert internal not in result.stdout


def test_the_root_lists_the_commands_in_the_readers_language(runner):
    vi = runner.invoke(app, ["--help"], env={**CLEAN_ENV, "KC_LANG": "vi"}).stdout
    assert "Lệnh:" in vi and re.search(r"validate +Kiểm tra kế hoạch", vi)
    en = runner.invoke(app, ["--help", "--lang", "en"], env={**CLEAN_ENV, "KC_LANG": "vi"}).stdout
    assert "Commands:" in en and re.search(r"validate +Check plans", en)


def test_no_arguments_prints_the_help_and_exits_2(runner):
    result = runner.invoke(app, [], env={**CLEAN_ENV, "KC_LANG": "vi"})
    assert result.exit_code == 2 and "Cách dùng: kc [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]..." in result.output


USAGE_ERRORS = [
    (["validate"], "missing argument PATH", "thiếu đối số ĐƯỜNG_DẪN"),
    (["validate", "x", "--format", "xml"], "invalid value for '--format' / '-f': 'xml' is not one of text, json, sarif, github, junit, gitlab",
     "giá trị không hợp lệ cho '--format' / '-f': 'xml' không thuộc các giá trị text, json, sarif, github, junit, gitlab"),
    (["validate", "x", "--jobs", "-1"], "'-j': -1 is below the smallest value allowed, 0", "'-j': -1 nhỏ hơn giá trị nhỏ nhất cho phép là 0"),
    (["validate", "x", "--jobs", "many"], "'many' is not a whole number", "'many' không phải số nguyên"),
    (["summary", "x", "--bogus"], "no such option: --bogus", "không có tùy chọn --bogus"),
    (["summary", "x", "--by-sorce"], "(did you mean --by-province, --by-source, --by-year?)", "(có phải ý bạn là --by-province, --by-source, --by-year?)"),
    (["--plain"], "no such option: --plain", "không có tùy chọn --plain"),
    (["vaildate"], "no such command 'vaildate' (did you mean validate?)", "không có lệnh 'vaildate' (có phải ý bạn là validate?)"),
    (["diff", "a", "b", "c"], "unexpected extra argument(s): c", "thừa đối số: c"),
    (["summary", "x", "--unit"], "option --unit needs a value", "tùy chọn --unit cần một giá trị"),
    (["validate", "x", "--strict=yes"], "option --strict does not take a value", "tùy chọn --strict không nhận giá trị"),
    (["reconcile", "a", "--mode", "both"], "'both' is not one of auto, plan-results, restatement", "'both' không thuộc các giá trị auto, plan-results, restatement"),
    (["validate", "x", "--lang", "fr"], "'fr' is not a language kc speaks: use vi or en", None),
    (["import", "x.xlsx", "--table", "0"], "0 is below the smallest value allowed, 1", "0 nhỏ hơn giá trị nhỏ nhất cho phép là 1"),
]


@pytest.mark.parametrize(("args", "english", "vietnamese"), USAGE_ERRORS, ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_usage_errors_in_both_languages(runner, args, english, vietnamese):
    en = runner.invoke(app, args, env={**CLEAN_ENV, "KC_LANG": "en"})
    assert en.exit_code == 2 and english in en.stderr, en.stderr
    assert en.stderr.startswith("Usage: kc") and "Error: " in en.stderr and "for help." in en.stderr
    assert vietnamese_words(en.stderr) == [], en.stderr
    if vietnamese is None:  # --lang fr: the language falls back to KC_LANG, the error says so in it
        vi = runner.invoke(app, args, env={**CLEAN_ENV, "KC_LANG": "vi"})
        assert "kc không có ngôn ngữ 'fr': dùng vi hoặc en" in vi.stderr
        return
    for extra, env in VI_WAYS:
        vi = runner.invoke(app, [*extra, *args], env={**CLEAN_ENV, **env})
        assert vi.exit_code == 2 and vietnamese in vi.stderr, vi.stderr
        assert vi.stderr.startswith("Cách dùng: kc") and "\nLỗi: " in vi.stderr and "Xem hướng dẫn: 'kc" in vi.stderr
        assert english_words(vi.stderr) == [], vi.stderr


def test_lang_anywhere_on_the_line_wins_over_kc_lang_and_the_locale():
    assert language_from_argv(["validate", "x", "--lang", "vi"]) == "vi"
    assert language_from_argv(["--lang=vi", "summary"]) == "vi"
    assert language_from_argv(["summary", "--", "--lang", "vi"]) in ("vi", "en")  # after --: a file name
    assert language_from_argv(["--lang", "vi", "--lang", "en"]) == "en"


def test_lang_before_the_command_reaches_the_command(runner, tmp_path):
    result = runner.invoke(app, ["--lang", "vi", "summary", str(tmp_path / "missing.yaml")], env=CLEAN_ENV)
    assert result.exit_code == 2 and "không" in result.stderr


def test_every_command_and_parameter_has_its_help_and_metavar_in_the_catalog():
    group = get_command(app)
    assert help_key("kc", "version") == "help.version"
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        assert isinstance(cmd, KcCommand), f"{name} is not declared with cli.command()"
        assert f"help.{name}" in catalog()
        for param in cmd.params:
            assert help_key(name, param.name) is not None, f"no help.{name}.{param.name} in the catalog"
            typed_value = param.param_type_name == "argument" or not getattr(param, "is_flag", False)
            has_choices = getattr(param.type_descriptor, "is_choice", False)
            if typed_value and not has_choices and param.type_descriptor.annotation is not int:
                assert f"metavar.{name}.{param.name}" in catalog() or f"metavar.{param.name}" in catalog(), (name, param.name)
    for param in group.params:
        assert help_key("kc", param.name) is not None, param.name


def test_the_readme_shows_a_usage_error_as_kc_prints_it(runner):
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ kc validate --lang vi\n", 1)[1].split("```", 1)[0]
    result = runner.invoke(app, ["validate", "--lang", "vi"], env=CLEAN_ENV)
    assert result.stderr == block


def test_a_real_kc_process_follows_the_locale():
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("KC_LANG", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "vi_VN.UTF-8"
    done = subprocess.run([sys.executable, "-m", "khuyencong_cli.cli", "diff", "--help"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("Cách dùng: kc diff [TÙY_CHỌN] BẢN_CŨ BẢN_MỚI")
    bad = subprocess.run([sys.executable, "-m", "khuyencong_cli.cli", "diff", "old.yaml"], env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and bad.stderr.endswith("Lỗi: thiếu đối số BẢN_MỚI\n")


def test_a_line_without_a_command_says_so(runner):
    result = runner.invoke(app, ["--lang", "vi"], env=CLEAN_ENV)
    assert result.exit_code == 2 and result.stderr.endswith("\nLỗi: thiếu lệnh\n")
