"""Hedge semantics: each hedge word turns a stated figure into an interval (docs/claims.md)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.hedges import accepts
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.model import Hedge


@pytest.mark.parametrize(
    ("stated", "computed", "hedge", "high", "ok"),
    [
        # exact and dự kiến (planned is not approximate)
        ("100", "100", None, None, True),
        ("100", "101", None, None, False),
        ("100", "101", Hedge.PLANNED, None, False),
        # khoảng: ± half a step of the digits written, or 5 %, whichever is wider
        ("2,5", "2,375", Hedge.ABOUT, None, True),  # 0,05 step / 2 < 5 % of 2,5 = 0,125
        ("2,5", "2,625", Hedge.ABOUT, None, True),
        ("2,5", "2,37", Hedge.ABOUT, None, False),
        ("2,5", "2,63", Hedge.ABOUT, None, False),
        ("100", "150", Hedge.ABOUT, None, True),  # a round 100: step 100, so ± 50
        ("100", "151", Hedge.ABOUT, None, False),
        ("1.400", "1.350", Hedge.ABOUT, None, True),  # step 100: ± 70 (5 %) is wider than ± 50
        ("1.400", "1.329", Hedge.ABOUT, None, False),
        # ước (an estimate) reads as khoảng: "ước thực hiện 4,2 tỷ" is 3,99 … 4,41 (5 % > half a step)
        ("4,2", "3,99", Hedge.ESTIMATED, None, True),
        ("4,2", "4,41", Hedge.ESTIMATED, None, True),
        ("4,2", "3,98", Hedge.ESTIMATED, None, False),
        ("4,2", "4,42", Hedge.ESTIMATED, None, False),
        ("100", "150", Hedge.ESTIMATED, None, True),  # a round 100: half a step, ± 50, is wider
        ("100", "151", Hedge.ESTIMATED, None, False),
        # gần: just under, by at most one step; X itself excluded
        ("1,96", "1,95", Hedge.ALMOST, None, True),
        ("1,96", "1,959", Hedge.ALMOST, None, True),
        ("1,96", "1,96", Hedge.ALMOST, None, False),
        ("1,96", "1,949", Hedge.ALMOST, None, False),
        ("71,2", "71,2", Hedge.ALMOST, None, False),
        ("7000", "6000", Hedge.ALMOST, None, True),  # step 1.000
        ("7000", "5999", Hedge.ALMOST, None, False),
        # hơn / trên: just over, by at most one step
        ("1,63", "1,635", Hedge.OVER, None, True),
        ("1,63", "1,64", Hedge.OVER, None, True),
        ("1,63", "1,63", Hedge.OVER, None, False),
        ("1,63", "1,70", Hedge.OVER, None, False),  # one who had 1,70 writes "hơn 1,7"
        ("1,70", "1,705", Hedge.ABOVE, None, True),  # a trailing decimal zero is written on purpose
        ("1,70", "1,75", Hedge.ABOVE, None, False),
        ("1,7", "1,75", Hedge.ABOVE, None, True),
        ("1600", "1650", Hedge.ABOVE, None, True),
        ("100", "100", Hedge.ABOVE, None, False),
        ("100", "99", Hedge.OVER, None, False),
        # dưới: just under; a round figure with one significant digit steps by that digit
        ("300", "250", Hedge.UNDER, None, True),
        ("300", "200", Hedge.UNDER, None, True),
        ("300", "199", Hedge.UNDER, None, False),
        ("300", "300", Hedge.UNDER, None, False),
        # ít nhất: that much or more
        ("8", "8", Hedge.AT_LEAST, None, True),
        ("8", "7", Hedge.AT_LEAST, None, False),
        ("1.100", "1.300", Hedge.AT_LEAST, None, True),
        # ranges: từ 10 - 15, 30-40 người/lớp
        ("10", "12", None, "15", True),
        ("10", "15", None, "15", True),
        ("10", "16", None, "15", False),
        ("10", "9", None, "15", False),
        ("6", "8,5", Hedge.ABOUT, "8", True),  # khoảng 06 - 08: ± half a step (0,5) at each end
        ("6", "8,6", Hedge.ABOUT, "8", False),
        ("6", "5,5", Hedge.ABOUT, "8", True),
    ],
)
def test_hedge_intervals(stated, computed, hedge, high, ok):
    parse = lambda text: D(text.replace(".", "").replace(",", "."))  # noqa: E731
    assert accepts(parse(stated), parse(computed), hedge, high=parse(high) if high else None) is ok


def test_band_widens_and_narrows():
    assert accepts(D(100), D(109), Hedge.ABOUT, band=D("0.1"))
    assert not accepts(D(100), D(103), Hedge.ABOUT, band=D("0.02"))
    assert accepts(D(100), D(140), Hedge.OVER, band=D("0.5"))
    assert not accepts(D(100), D(160), Hedge.OVER, band=D("0.5"))


def test_rounding_tolerance_applies_to_exact_figures():
    assert accepts(D("7763.45"), D("7763.455"), None, tolerance=D("0.005"))
    assert not accepts(D("7763.44"), D("7763.455"), None, tolerance=D("0.005"))


PLAN = """
kc: 1
document:
  title: Kế hoạch
  province: Cao Bằng
  kind: plan
  period: "2016-2020"
{bands}
tables:
  - id: b1
    kind: targets
    title: Biểu 01
    unit: ĐVT
    years: [2016]
    rows:
      - {{id: a, name: Hội nghị, unit: Hội nghị, cells: {{2016: 11}}, total: 11}}
claims:
  - id: c
    quote: "tham gia khoảng 12 hội nghị"
    value: 12
    hedge: khoảng
    of: {{table: b1, rows: [a]}}
{claim_band}
"""


@pytest.mark.parametrize(
    ("bands", "claim_band", "found"),
    [
        ("", "", True),  # 11 is 8 % under "khoảng 12": outside ± 5 % (and ± half a step)
        ('  hedge_bands: {khoảng: "0,1"}', "", False),  # the plan widens khoảng to 10 %: a band set in the plan wins over the digits
        ('  hedge_bands: {khoảng: "0,1"}', '    band: "0,05"', True),  # the claim narrows it again
        ("", '    band: "0,1"', False),
    ],
)
def test_a_plan_or_a_claim_overrides_the_band(bands, claim_band, found):
    loaded = load_bytes(PLAN.format(bands=bands, claim_band=claim_band).encode(), "hedge.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = [f.rule for f in check(loaded, CheckOptions())]
    assert ("KC308" in rules) is found


def test_hedge_words_load_as_the_schema_writes_them():
    """Spaces around or between the words are allowed; another case is refused, as the
    schema's pattern refuses it."""
    from khuyencong_cli.model import Hedge

    assert Hedge(" khoảng ") is Hedge.ABOUT
    assert Hedge("dự kiến  lên đến\tkhoảng") is Hedge.ABOUT
    with pytest.raises(ValueError):
        Hedge("Khoảng")


def test_an_estimate_is_read_as_khoang():
    """"ước thực hiện 4,2 tỷ đồng": 4,2 ± 5 %, the interval of "khoảng 4,2"."""
    from khuyencong_cli.hedges import interval

    assert interval(D("4.2"), Hedge.ESTIMATED) == (D("3.990"), D("4.410"), False, False)
    assert interval(D("4.2"), Hedge.ESTIMATED) == interval(D("4.2"), Hedge.ABOUT)


@pytest.mark.parametrize(
    ("written", "governs"),
    [
        ("ước", Hedge.ESTIMATED),
        ("ước đạt", Hedge.ESTIMATED),
        ("ước thực hiện", Hedge.ESTIMATED),
        ("ước tính", Hedge.ESTIMATED),
        ("dự kiến ước đạt", Hedge.ESTIMATED),  # dự kiến bounds nothing
        ("dự kiến ước đạt khoảng", Hedge.ABOUT),
        ("ước thực hiện trên", Hedge.ABOVE),  # the word that bounds the figure governs
        ("ước đạt gần", Hedge.ALMOST),
        ("ít nhất ước", Hedge.AT_LEAST),
    ],
)
def test_estimate_words_combine_with_others(written, governs):
    assert Hedge(written) is governs


def test_estimate_words_are_in_the_schema_pattern():
    import re

    from khuyencong_cli.schema import plan_schema

    pattern = re.compile(plan_schema()["$defs"]["Hedge"]["pattern"])
    for written in ("ước thực hiện", "dự kiến ước đạt khoảng", "ước tính trên"):
        assert pattern.match(written)
    assert not pattern.match("ước lượng")
    with pytest.raises(ValueError):
        Hedge("ước lượng")


@pytest.mark.parametrize(
    ("bands", "found"),
    [
        ("", True),  # 11 is 8 % under "ước 12": outside ± 5 %
        ('  hedge_bands: {khoảng: "0,1"}', False),  # the band set for khoảng applies to an estimate
        ('  hedge_bands: {khoảng: "0,1", ước: "0,05"}', True),  # unless one is set for ước
    ],
)
def test_an_estimate_takes_the_band_of_khoang_unless_its_own_is_set(bands, found):
    text = PLAN.format(bands=bands, claim_band="").replace("hedge: khoảng", "hedge: ước đạt")
    loaded = load_bytes(text.encode(), "hedge.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = [f.rule for f in check(loaded, CheckOptions())]
    assert ("KC308" in rules) is found
