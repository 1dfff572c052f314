"""A parser's error reaches the reader in their language, with its place and exit code 2.

The broken inputs and what kc must say of each live beside this file in tests/parser_messages/:
plans (libyaml's scanner and parser), kc.toml files (tomllib) and kc import mapping files
(libyaml, PyYAML's composer and safe constructor). sentences.yaml sorts every sentence those
parsers can write into met (a catalog message is required) and never met (with the reason).
"""

from __future__ import annotations

import ast
import inspect
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.i18n import Msg, translate
from khuyencong_cli.source import SourceError, parse_yaml
from khuyencong_cli.toml_problems import toml_problem
from khuyencong_cli.yaml_problems import yaml_problem
from test_cli_language import english_words

from conftest import ROOT

HERE = ROOT / "tests" / "parser_messages"
PLAN_CASES = yaml.safe_load((HERE / "plan-yaml.yaml").read_text(encoding="utf-8"))
TOML_CASES = yaml.safe_load((HERE / "config-toml.yaml").read_text(encoding="utf-8"))
MAP_CASES = yaml.safe_load((HERE / "import-map.yaml").read_text(encoding="utf-8"))
SENTENCES = yaml.safe_load((HERE / "sentences.yaml").read_text(encoding="utf-8"))
LANGS = ("vi", "en")


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [case["case"] for case in cases]


def _vietnamese_is_clean(text: str, quoted: dict[str, Any] | None = None) -> None:
    """No English word outside quotes, and no parser sentence, is left in a Vietnamese message
    (``quoted``: the values taken from the input, such as a key's name; keys and values of the
    file format, such as ``[per-path."*.yaml"]`` or ``kind: budget``, are literals too)."""
    for value in (quoted or {}).values():
        text = text.replace(str(value), " ")
    text = re.sub(r"\[[\w.\"*/-]+\]|!!\w+|\b(tables|kind|budget|results|targets|tt|name|unit|total|ignore|year|by_source)\b", " ", text)
    assert english_words(text) == [], text
    for sentence in SENTENCES["plan"] + SENTENCES["mapping"]:
        assert sentence not in text, text


# --- plans --------------------------------------------------------------------------------


@pytest.mark.parametrize("case", PLAN_CASES, ids=_ids(PLAN_CASES))
def test_a_broken_plan_is_explained_in_both_languages_at_its_place(case, tmp_path):
    with pytest.raises(SourceError) as raised:  # the input triggers the sentence it is kept for
        parse_yaml(case["input"].encode("utf-8"))
    assert raised.value.params.get("problem") == case["sentence"]
    plan = tmp_path / "broken.yaml"
    plan.write_text(case["input"], encoding="utf-8", newline="")
    line, column = (int(part) for part in case["at"].split(":"))
    for lang in LANGS:
        result = CliRunner().invoke(app, ["validate", str(plan), "-f", "json", "--lang", lang])
        assert result.exit_code == 2, result.output
        [finding] = json.loads(result.stdout)["findings"]
        assert (finding["rule"], finding["file"], finding["line"], finding["column"]) == ("KC002", str(plan), line, column)
        said = translate(case["message"], lang, **case.get("params", {}))
        assert finding["message"] == translate("load.syntax", lang, problem=said)
        assert case["sentence"] not in finding["message"]
        if lang == "vi":
            _vietnamese_is_clean(finding["message"])
    text = CliRunner().invoke(app, ["validate", str(plan), "--lang", "vi"]).stdout
    assert f"{plan}\n  {line}:{column}  lỗi  KC002 yaml-syntax  lỗi cú pháp YAML: " in text


def test_every_sentence_a_plan_can_meet_has_a_message_and_a_broken_plan():
    triggered = {case["sentence"] for case in PLAN_CASES}
    for sentence in SENTENCES["plan"]:
        assert yaml_problem(sentence).key != "yaml.other", sentence
        assert sentence in triggered, f"no broken plan in plan-yaml.yaml triggers {sentence!r}"
    for sentence in SENTENCES["mapping"]:
        assert yaml_problem(sentence).key != "yaml.other", sentence
    for sentence in SENTENCES["never"]:
        assert sentence not in triggered


def test_a_duplicate_anchor_is_named_by_the_parsers_context():
    """PyYAML's problem half says only "second occurrence"; the context says what is wrong."""
    assert yaml_problem("second occurrence", "found duplicate anchor; first occurrence").key == "yaml.anchor"
    assert yaml_problem("second occurrence") == Msg("yaml.other", {"problem": "second occurrence"})


def _mutations(text: str) -> list[str]:
    """A plan broken in many small ways: a YAML indicator typed in at one place after another."""
    typed = ["\t", ":", ": ", "- ", "[", "{", "}", '"', "'", "\\", "&", "*", "!", "%", "@", "|", ">", "? ", "...\n", "\n ", "|0", "!<", '"\\x']
    return [text[:at] + piece + text[at:] for at in range(0, len(text), 29) for piece in typed]


def test_every_sentence_met_in_a_corpus_of_broken_plans_has_a_message():
    fixture = (ROOT / "tests" / "fixtures" / "plan-2021-2023.yaml").read_text(encoding="utf-8")
    met: dict[str, str] = {}
    for text in _mutations(fixture):
        try:
            parse_yaml(text.encode("utf-8"))
        except SourceError as error:
            if error.code == "syntax":
                met.setdefault(error.params["problem"], text)
    assert len(met) >= 15  # the corpus does reach the parser's many sentences
    unknown = {sentence: text for sentence, text in met.items() if yaml_problem(sentence).key == "yaml.other"}
    assert unknown == {}
    assert set(met) <= set(SENTENCES["plan"]), set(met) - set(SENTENCES["plan"])


def test_an_unknown_sentence_is_quoted_inside_a_translated_one():
    said = yaml_problem("some sentence a later libyaml might write")
    assert said.key == "yaml.other"
    assert translate(said.key, "vi", **said.params) == 'YAML không hợp lệ (trình đọc YAML báo: "some sentence a later libyaml might write")'


# --- kc.toml ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", TOML_CASES, ids=_ids(TOML_CASES))
def test_a_broken_configuration_is_explained_in_both_languages_at_its_place(case, tmp_path):
    with pytest.raises(tomllib.TOMLDecodeError) as raised:
        tomllib.loads(case["input"])
    assert str(raised.value).startswith(case["sentence"] + " (at ")
    config = tmp_path / "kc.toml"
    config.write_text(case["input"], encoding="utf-8", newline="")
    plan = ROOT / "plans" / "cao-bang-2021-2025-qd-470.yaml"
    for lang in LANGS:
        result = CliRunner().invoke(app, ["validate", str(plan), "--config", str(config), "--lang", lang])
        assert result.exit_code == 2, result.output
        said = translate("config.syntax", lang, problem=translate(case["message"], lang, **case.get("params", {})))
        assert result.stderr == f"kc: {config}:{case['at']}: {said}\n"
        assert case["sentence"] not in result.stderr
        if lang == "vi":
            _vietnamese_is_clean(said, case.get("params"))


def _tomllib_sentences() -> list[str]:
    """Every sentence this Python's tomllib can raise, read from its source: f-string fields
    filled with the kind of value tomllib puts there (a key as a tuple, a character)."""
    import tomllib._parser as parser

    samples = {"key": "('tool', 'kc')", "cont_key": "('a', 'b')", "abs_key_parent": "('a',)", "key_stem": "'KC1'"}
    sentences = []
    for node in ast.walk(ast.parse(inspect.getsource(parser))):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "suffixed_err" and len(node.args) == 3):
            continue
        message = node.args[2]
        if isinstance(message, ast.Constant):
            sentences.append(str(message.value))
        elif isinstance(message, ast.JoinedStr):
            parts = []
            for value in message.values:
                if isinstance(value, ast.Constant):
                    parts.append(str(value.value))
                else:
                    source = ast.unparse(value.value)  # type: ignore[attr-defined]
                    parts.append({"expect": "\"'\"", "src[pos]": "'\\x01'", "char": "'\\x01'"}.get(source) or samples.get(source, "'x'"))
            sentences.append("".join(parts))
    return sentences


def test_every_sentence_of_this_pythons_tomllib_has_a_message():
    sentences = _tomllib_sentences()
    assert len(sentences) >= 20  # the source was read
    unknown = [s for s in sentences if toml_problem(f"{s} (at line 1, column 1)", "")[0].key == "config.toml-says"]
    assert unknown == []
    triggered = {case["sentence"] for case in TOML_CASES}
    keys = {toml_problem(f"{s} (at line 1, column 1)", "")[0].key for s in sentences}
    assert keys <= {case["message"] for case in TOML_CASES}, "a message no broken kc.toml in config-toml.yaml triggers"
    assert triggered  # and each of those cases was checked against tomllib itself above


def test_the_end_of_a_toml_document_is_its_last_line():
    said, line, column = toml_problem("Invalid value (at end of document)", "select = [\n")
    assert (said.key, line, column) == ("toml.value", 2, 1)
    said, line, column = toml_problem("A sentence a later Python might write (at line 3, column 4)", "")
    assert (said, line, column) == (Msg("config.toml-says", {"problem": "A sentence a later Python might write"}), 3, 4)


# --- kc import --map ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def annex(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("annex") / "annex.txt"
    path.write_text("TT\tNội dung\tTổng\n1\tĐào tạo nghề\t5\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", MAP_CASES, ids=_ids(MAP_CASES))
def test_a_broken_mapping_file_is_explained_in_both_languages_at_its_place(case, annex, tmp_path):
    mapping = tmp_path / "annex.kc-map.yaml"
    mapping.write_text(case["input"], encoding="utf-8", newline="")
    for lang in LANGS:
        result = CliRunner().invoke(app, ["import", str(annex), "--map", str(mapping), "--dry-run", "--lang", lang])
        assert result.exit_code == 2, result.output
        if "message" in case:
            where = f"{mapping}:{case['at']}: " if "at" in case else f"{mapping}: "
            problem = Msg(case["message"], case.get("params", {}))
            said = translate("import.map-syntax", lang, where=where, problem=problem)
            message = translate(case["message"], lang, **case.get("params", {}))
        else:
            said = message = f"{mapping}: {case[lang]}"
        assert result.stderr == f"kc: {said}\n"
        assert "Error" not in result.stderr and "Traceback" not in result.output
        if lang == "vi":
            _vietnamese_is_clean(message.replace(str(mapping), " "))


def test_every_mapping_sentence_has_a_broken_mapping_file():
    shown = {case["message"] for case in MAP_CASES if "message" in case}
    for sentence in SENTENCES["mapping"]:
        key = yaml_problem(sentence).key
        assert key in shown or key in {"yaml.too-deep"}, f"no broken mapping file in import-map.yaml says {key}"
