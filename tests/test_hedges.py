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
        # khoảng: ±5 %
        ("100", "95", Hedge.ABOUT, None, True),
        ("100", "105", Hedge.ABOUT, None, True),
        ("100", "94", Hedge.ABOUT, None, False),
        ("100", "106", Hedge.ABOUT, None, False),
        # gần: just under, up to 5 % below
        ("7000", "6800", Hedge.ALMOST, None, True),
        ("7000", "7000", Hedge.ALMOST, None, True),
        ("7000", "7001", Hedge.ALMOST, None, False),
        ("7000", "6600", Hedge.ALMOST, None, False),
        # hơn / trên: strictly over, no upper bound by default
        ("100", "124", Hedge.OVER, None, True),
        ("1600", "1650", Hedge.ABOVE, None, True),
        ("100", "100", Hedge.ABOVE, None, False),
        ("100", "99", Hedge.OVER, None, False),
        # dưới: strictly under
        ("100", "99", Hedge.UNDER, None, True),
        ("100", "100", Hedge.UNDER, None, False),
        # ít nhất: that much or more
        ("8", "8", Hedge.AT_LEAST, None, True),
        ("8", "7", Hedge.AT_LEAST, None, False),
        # ranges: từ 10 - 15, 30-40 người/lớp
        ("10", "12", None, "15", True),
        ("10", "15", None, "15", True),
        ("10", "16", None, "15", False),
        ("10", "9", None, "15", False),
        ("6", "8,4", Hedge.ABOUT, "8", True),
        ("6", "8,5", Hedge.ABOUT, "8", False),
    ],
)
def test_hedge_intervals(stated, computed, hedge, high, ok):
    parse = lambda text: D(text.replace(",", "."))  # noqa: E731
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
      - {{id: a, name: Hội nghị, unit: Hội nghị, cells: {{2016: 9}}, total: 9}}
claims:
  - id: c
    quote: "tham gia khoảng 10 hội nghị"
    value: 10
    hedge: khoảng
    of: {{table: b1, rows: [a]}}
{claim_band}
"""


@pytest.mark.parametrize(
    ("bands", "claim_band", "found"),
    [
        ("", "", True),  # 9 is 10 % under "khoảng 10": outside the default 5 %
        ('  hedge_bands: {khoảng: "0,1"}', "", False),  # the plan widens khoảng to 10 %
        ('  hedge_bands: {khoảng: "0,1"}', '    band: "0,05"', True),  # the claim narrows it again
        ("", '    band: "0,1"', False),
    ],
)
def test_a_plan_or_a_claim_overrides_the_band(bands, claim_band, found):
    loaded = load_bytes(PLAN.format(bands=bands, claim_band=claim_band).encode(), "hedge.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    rules = [f.rule for f in check(loaded, CheckOptions())]
    assert ("KC308" in rules) is found
