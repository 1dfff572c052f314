"""The likeliest slip behind a numeric mismatch, and the figure it suggests."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from khuyencong_cli.diagnosis import diagnose
from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.findings import Part
from khuyencong_cli.loader import load_bytes


@pytest.mark.parametrize(
    ("stated", "computed", "code"),
    [
        ("7763.445", "7763.455", "digit"),  # the Cao Bằng 2009-2015 total
        ("13880", "13800", "digit"),
        ("1324", "1234", "swap"),
        ("7.1", "1.7", "swap"),
        ("18.246", "18246", "scale"),  # 18,246 written for 18.246 (×1.000, tỷ/triệu)
        ("18246", "18.246", "scale"),
        ("1680", "168", "scale"),  # ×10
        ("763.455", "7763.455", "dropped"),
        ("77763.455", "7763.455", "extra"),
        ("1.200", "1.2", None),  # equal figures are no mismatch
    ],
)
def test_digit_level_slips(stated, computed, code):
    found = diagnose(D(stated), D(computed))
    if code is None:
        assert D(stated) == D(computed) and found is None
    else:
        assert found is not None and found.code == code
        assert found.suggested == D(computed)


def test_single_digit_counts_are_not_called_typos():
    assert diagnose(D(5), D(3)) is None
    assert diagnose(D(6), D(5)) is None


def test_nothing_fits_says_nothing():
    assert diagnose(D(100), D(65)) is None
    assert diagnose(D("7928.455"), D("7000.1")) is None


def test_a_gap_equal_to_a_part():
    parts = (Part("quốc gia", D(11)), Part("địa phương", D(62)), Part("khác", D(9)))
    missing = diagnose(D(73), D(82), parts)
    assert missing is not None and missing.code == "part-missing" and missing.suggested == D(82)
    twice = diagnose(D(91), D(82), parts)
    assert twice is not None and twice.code == "part-twice"


def test_blank_cells_explain_a_row_total_before_a_coincidental_part():
    parts = (Part("2016", D(35)), Part("2020", D(30)))
    found = diagnose(D(100), D(65), parts, blank_cells=("2017", "2018", "2019"))
    assert found is not None and found.code == "blank-cells" and found.suggested == D(65)


def test_one_part_off_by_a_digit_is_named_but_not_when_several_could_be():
    found = diagnose(D("18.246"), D("18.326"), (Part("địa phương", D("4.446")), Part("quốc gia", D("13.880"))))
    assert found is not None and found.code == "part-typo" and found.suggested == D("13.800")
    parts = (Part("a", D(50)), Part("b", D(60)), Part("c", D(11)))
    assert diagnose(D(130), D(121), parts) is None  # 50→59 or 60→69? both fit


def test_digit_slip_ranks_before_a_part_match():
    # 1.000 vs 1.010: one digit differs, and the gap 10 is also a part; the digits explain more.
    found = diagnose(D(1000), D(1010), (Part("a", D(10)), Part("b", D(1000))))
    assert found is not None and found.code == "digit"


PLAN = """
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: news-article, period: "2021-2025"}
claims:
  - id: c
    quote: "Tổng kinh phí là 18,246 tỷ đồng, trong đó địa phương 4,446 tỷ, quốc gia 13,880 tỷ."
    value: "18,246"
    unit: tỷ đồng
    parts:
      - {label: địa phương, value: "4,446"}
      - {label: quốc gia, value: "13,880"}
"""


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the stated figure agrees if a part is corrected to 13,8: \"quốc gia\" is written 13,88; one digit differs"),
        ("vi", "số ghi sẽ khớp nếu sửa một phần thành 13,8: quốc gia ghi 13,88; chỉ khác một chữ số"),
    ],
)
def test_a_mistyped_part_is_named_in_both_languages(lang, text):
    loaded = load_bytes(PLAN.encode(), "plan.yaml")
    (finding,) = check(loaded, CheckOptions(lang=lang))
    assert finding.diagnosis == "part-typo" and finding.suggested == D("13.800")
    assert text in finding.hint


def test_the_typo_hint_in_both_languages():
    text = PLAN.replace('value: "18,246"', 'value: "18,226"').replace('"13,880"', '"13,800"')
    loaded = load_bytes(text.encode(), "plan.yaml")
    (en,) = check(loaded, CheckOptions(lang="en"))
    (vi,) = check(loaded, CheckOptions(lang="vi"))
    assert en.diagnosis == "digit" and en.suggested == D("18.246")
    assert "likely a typo for 18,246: one digit differs (2 where 4 belongs)" in en.hint
    assert "nhiều khả năng gõ nhầm, đúng phải là 18,246: chỉ khác một chữ số" in vi.hint
