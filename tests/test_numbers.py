"""Vietnamese numbers read and shown exactly."""

from decimal import Decimal

import pytest

from khuyencong_cli.numbers import NumberError, convert, format_plain, format_vn, normalise_unit, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.763,445", "7763.445"),
        ("1.200", "1200"),
        ("18,246", "18.246"),
        ("3.666.984.000", "3666984000"),
        ("541,125", "541.125"),
        ("700", "700"),
        ("-90", "-90"),
        ("1 200", "1200"),
        (700, "700"),
    ],
)
def test_parse_amount_reads_vietnamese_figures_exactly(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("blank", ["", "-", "–", None])
def test_blank_cells_are_none(blank):
    assert parse_amount(blank) is None


@pytest.mark.parametrize("bad", ["7763.445", "1.2", "12.34.567", "abc", "1,2,3", True])
def test_unreadable_figures_are_refused(bad):
    with pytest.raises(NumberError):
        parse_amount(bad)


def test_floats_are_refused_with_advice_to_quote():
    with pytest.raises(NumberError, match="quoted"):
        parse_amount(1.2)


@pytest.mark.parametrize(
    ("value", "vn", "plain"),
    [
        ("7763.455", "7.763,455", "7763.455"),
        ("1200", "1.200", "1200"),
        ("-0.01", "-0,01", "-0.01"),
        ("1200.500", "1.200,5", "1200.5"),
        ("0", "0", "0"),
        ("1E+3", "1.000", "1000"),
    ],
)
def test_formatting(value, vn, plain):
    assert format_vn(Decimal(value)) == vn
    assert format_plain(Decimal(value)) == plain


def test_units_convert_exactly_and_accept_ti_spelling():
    assert convert(Decimal("18.246"), "tỷ đồng", "triệu đồng") == Decimal("18246")
    assert convert(Decimal("3666984000"), "đồng", "triệu đồng") == Decimal("3666.984")
    assert normalise_unit("Tỉ đồng") == "tỷ đồng"
    assert normalise_unit("triệu") == "triệu đồng"
