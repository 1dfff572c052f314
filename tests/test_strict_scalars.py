"""Strict scalars: a boolean is only true or false, a figure only ASCII digits."""

from __future__ import annotations

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.numbers import NumberError, parse_amount

from conftest import PLANS

PLAN = PLANS / "cao-bang-2021-2025-qd-470.yaml"
AVERAGE = "per_year: {value: 20, average: true, years: 5}"


@pytest.mark.parametrize("written", ["no", "off", "n", "0", '"no"', '"false"', "yes", "1"])
def test_a_boolean_field_accepts_only_true_or_false(runner, write_plan, written):
    text = PLAN.read_text("utf-8")
    assert AVERAGE in text
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if AVERAGE in text_line)
    path = write_plan(text.replace(AVERAGE, AVERAGE.replace("average: true", f"average: {written}")))
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2, result.stdout
    assert f"{line}:" in result.stdout and "KC005" in result.stdout
    assert "expected true or false, found" in result.stdout


@pytest.mark.parametrize("written", ["true", "false"])
def test_true_and_false_still_load(runner, write_plan, written):
    path = write_plan(PLAN.read_text("utf-8").replace("average: true", f"average: {written}"))
    result = runner.invoke(app, ["validate", "--lang", "en", "-f", "json", str(path)])
    assert result.exit_code in (0, 1)
    assert "KC005" not in result.stdout


@pytest.mark.parametrize(
    ("figure", "digit"),
    [("９.７１４", "９"), ("٩٫٧", "٩"), ("1.2٣4", "٣"), ("१२", "१")],
)
def test_non_ascii_digits_are_refused(figure, digit):
    with pytest.raises(NumberError) as caught:
        parse_amount(figure)
    assert caught.value.key == "number.foreign-digit"
    assert caught.value.params["digit"] == digit


def test_fullwidth_figure_in_a_plan_is_refused_with_its_place(runner, write_plan):
    text = PLAN.read_text("utf-8")
    assert 'value: "13,800"' in text
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if 'value: "13,800"' in text_line)
    path = write_plan(text.replace('value: "13,800"', 'value: "１３,８００"'))
    for lang, words in (("en", "holds the digit '１' (U+FF11), not one of 0-9"),
                        ("vi", "có chữ số '１' (U+FF11) không thuộc 0-9")):
        result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2
        assert f"{line}:" in result.stdout and "KC005" in result.stdout
        assert words in result.stdout
