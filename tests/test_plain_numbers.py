"""``--plain-numbers`` reaches every figure of a message: rules hand numbers over as Decimals
and only the engine formats them, so no Vietnamese-formatted figure slips through."""

from __future__ import annotations

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes

RANGE_PLAN = """\
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
tables:
  - id: b1
    kind: targets
    title: Biểu 01
    unit: ĐVT
    years: [2016, 2017, 2018, 2019, 2020]
    rows:
      - {id: II.1, name: Học viên, unit: Học viên, cells: {2016: "1.200", 2018: "3.800"}, total: "5.000"}
claims:
  - id: hoc-vien
    quote: "đào tạo 20.000 học viên, mỗi năm từ 1.000 - 1.500 học viên"
    value: "20.000"
    unit: học viên
    of: {table: b1, rows: [II.1]}
    per_year: {value: "1.000", high: "1.500"}
"""


def _messages(plain: bool, lang: str = "en") -> dict[str, str]:
    loaded = load_bytes(RANGE_PLAN.encode(), "range.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    found = check(loaded, CheckOptions(select=["KC304", "KC305"], plain_numbers=plain, lang=lang))
    return {f.rule: f.message for f in found}


def test_plain_numbers_format_the_range_and_the_cells():
    messages = _messages(plain=True)
    assert "1000 - 1500" in messages["KC304"]
    assert "4000 per year" in messages["KC304"]
    assert "1000 - 1500" in messages["KC305"]
    assert "2016: 1200, 2017: 0, 2018: 3800" in messages["KC305"]
    for text in messages.values():
        assert "1.000" not in text and "1.500" not in text and "1.200" not in text, text


def test_vietnamese_numbers_by_default():
    messages = _messages(plain=False, lang="vi")
    assert "1.000 - 1.500" in messages["KC304"]
    assert "2016: 1.200, 2017: 0, 2018: 3.800" in messages["KC305"]
