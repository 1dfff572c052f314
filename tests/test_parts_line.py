"""The line under a finding that names the figures behind the computed one joins them as the
rule combined them: "+" only for a sum, never a ratio's part and whole or a figure and a
number of years; the JSON says how (``combine``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from khuyencong_cli.cli import app

CASES = Path(__file__).resolve().parent / "cases"


def _validate(tmp_path: Path, case: str, *args: str) -> str:
    plan = yaml.safe_load((CASES / case).read_text("utf-8"))["plan"]
    path = tmp_path / "plan.yaml"
    path.write_text(plan, "utf-8")
    result = CliRunner().invoke(app, ["validate", str(path), *args], env={"GITHUB_ACTIONS": "", "NO_COLOR": "1"})
    assert result.exit_code == 1, result.output
    return result.output


@pytest.mark.parametrize(
    ("case", "lang", "line"),
    [
        ("KC307/ratio.yaml", "en", "divided: numerator 13.546,6 of denominator 7.968,6"),
        ("KC307/ratio.yaml", "vi", "đã chia: tử số 13.546,6 trên mẫu số 7.968,6"),
        ("KC304/per-year.yaml", "en", "divided: the whole period 150 ÷ years 5"),
        ("KC304/per-year.yaml", "vi", "đã chia: cả giai đoạn 150 ÷ số năm 5"),
        ("KC306/growth.yaml", "en", "grown from 2009 1.202,433 to 2015 2.400"),
        ("KC306/growth.yaml", "vi", "tăng từ 2009 1.202,433 đến 2015 2.400"),
    ],
)
def test_parts_not_summed_are_not_joined_with_plus(tmp_path: Path, case: str, lang: str, line: str) -> None:
    lines = [text.strip() for text in _validate(tmp_path, case, "--lang", lang).splitlines()]
    assert line in lines
    assert not any(text.startswith(("summed:", "đã cộng:")) for text in lines)


def test_json_says_how_the_parts_combine(tmp_path: Path) -> None:
    found = json.loads(_validate(tmp_path, "KC307/ratio.yaml", "--format", "json", "--lang", "en"))["findings"]
    ratio = next(f for f in found if f["rule"] == "KC307")
    assert ratio["combine"] == "ratio"
    assert [p["value"] for p in ratio["parts"]] == ["13546.6", "7968.6"]
    # a ratio's whole is not a part left out: no gap reading from its parts
    assert ratio["diagnosis"] == "swap"


def test_english_findings_carry_no_vietnamese_of_kcs_own() -> None:
    """The English text of every finding message and hint is English: Vietnamese appears only
    as a quoted document text ('…', "…"), a value the user types (đồng, triệu, tỷ) or a
    placeholder filled from the plan ({unit}, {label})."""
    import re

    from khuyencong_cli import diagnosis, engine, same_gap  # noqa: F401  (their messages)
    from khuyencong_cli.i18n import catalog
    from khuyencong_cli.reporters import text  # noqa: F401
    from khuyencong_cli.rules import load_all

    load_all()
    letters = re.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]")
    typed = re.compile(r"\b(đồng|triệu|tỷ|nghìn)\b")
    left = {}
    for key, words in catalog().items():
        if not re.match(r"(KC\d+|diagnosis|same-gap|text|part|engine)\.", key) or not isinstance(words, dict):
            continue
        english = re.sub(r"'[^']*'|\"[^\"]*\"|“[^”]*”|\{[^}]*\}", " ", words.get("en", ""))
        if letters.search(typed.sub(" ", english.lower())):
            left[key] = words["en"]
    assert left == {}
