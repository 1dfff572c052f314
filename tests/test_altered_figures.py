"""Every figure of the seed plans that takes part in a checked relation is load-bearing.

Each claimed figure, and each table cell or total, is altered by one in its last digit, one
at a time; the altered plan must raise a finding that the unaltered plan does not have. This is
how kc is measured on the seeds, so a relation that silently stops being checked fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import yaml

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.numbers import format_vn, parse_amount

from conftest import PLANS

PLAN_FILES = sorted(PLANS.glob("*.yaml"))

# Figures that state something no rule can check, each with the reason.
_PARTIAL = "parts_complete: false: the parts need only stay within the whole"
_LAST_DIGIT = "a change in the last digit moves the growth rate less than its stated precision"
_TOUCHING = (
    "a hedged sum: one step up moves the parts' interval onto the whole's bound, and sums are "
    "compared on their closure (a gap of no positive size is not reported)"
)
_RESTATED = (
    "a headline restating a body figure (KC314): read to its digits, one step up still touches "
    "the body's interval"
)
_ALONE = "a figure stated once, with no whole, parts or table to compare it with"
_WITHIN_HEDGE = "the parts add up to 3.590 triệu; one more stays within \"gần 3,6 tỷ\" = [3.500; 3.600)"
_REST_UNSTATED = (
    'a whole with a remainder the text gives no figure for ("cùng với các đề án …", "Ngoài ra, hỗ '
    'trợ …"): the rest only has to stay non-negative, and one step keeps it so'
)
_OVER_100 = '"trên 100 sản phẩm" is (100; 200] (a trailing zero is rounding): 103 one step up stays within'
_NEAR_60 = '"gần 60%" is [50; 60): 5,065 / 8,85 = 57,2 %, and one step in either figure stays within'
_OVER_10 = '"trên 10 tỷ" is (10; 20] (a trailing zero is rounding): 8,3 + 1,8 = 10,1 one step up stays within'
_PART_WITH_SCOPE = "a part of a whole stated again as its own claim, to carry its source and kind"
_HEDGED_PARTS = (
    '"gần 2,5" + "trên 2,2" allow (4,6; 4,8), which meets "trên 4,7" = (4,7; 4,8]; one step up in '
    "either part still meets it"
)
_WHOLE_PERCENT = "a share written in whole percent of thousands of triệu: one step in a part moves it by far less than a point"
_UNWRITTEN_WHOLE = (
    "a ratio whose denominator is the sum of another claim's parts, which the text never writes: "
    "a ratio's side can name a figure or table cells only, so the ratio is not checked"
)
UNCHECKED: dict[str, str] = {
    "bac-kan-2022-ke-hoach:claims.0.parts.0.value": "496 triệu đồng: the article states no whole and no table for it",
    "cao-bang-2016-2020-qd-270:claims.2.growth.first.value": _LAST_DIGIT,
    "cao-bang-2016-2020-qd-270:claims.2.growth.last.value": _LAST_DIGIT,
    "cao-bang-2016-2020-qd-270:claims.3.growth.first.value": _LAST_DIGIT,
    "cao-bang-2016-2020-qd-270:claims.3.growth.last.value": _LAST_DIGIT,
    "cao-bang-2021-2025-qd-470:claims.1.value": "bình quân 20 a year: 101 over 5 years is still 20 to the digits written",
    "cao-bang-2021-2025-qd-470:claims.2.value": "09 mô hình: its parts count establishments, another unit; no table",
    "cao-bang-2021-2025-qd-470:claims.2.parts.0.value": "a part in another unit than its whole (lượt cơ sở vs mô hình)",
    "cao-bang-2021-2025-qd-470:claims.2.parts.1.value": "a part in another unit than its whole (cơ sở vs mô hình)",
    "kien-giang-2014-2018-ket-qua:claims.4.parts.0.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.4.parts.1.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.4.parts.2.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.4.parts.3.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.9.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.9.parts.0.value": _PARTIAL,
    "kien-giang-2014-2018-ket-qua:claims.9.parts.1.value": _PARTIAL,
    "ba-ria-vung-tau-2023-ke-hoach:claims.0.parts.0.value": _TOUCHING,
    "ba-ria-vung-tau-2023-ke-hoach:claims.0.parts.1.value": _TOUCHING,
    "ba-ria-vung-tau-2023-ke-hoach:claims.1.value": _RESTATED,
    "binh-dinh-2017-de-an-kcdp:claims.0.parts.1.value": _TOUCHING,
    "binh-dinh-2017-de-an-kcdp:claims.0.parts.3.value": _TOUCHING,
    "dak-nong-2011-de-an:claims.1.value": "trên 1,2 tỉ đồng: the article gives no parts of the money and no table",
    "dak-nong-2011-de-an:claims.2.value": _RESTATED,
    "hoa-binh-2021-de-an-kcdp:claims.1.value": _ALONE,
    "hoa-binh-2021-de-an-kcdp:claims.2.value": _ALONE,
    "quang-ninh-2018-ke-hoach:claims.2.value": "từ 10 - 15 đề án: the article gives no list or table of them",
    "quang-ninh-2018-ke-hoach:claims.3.parts.0.value": "2017: the article states no total of the year's two parts",
    "quang-ninh-2018-ke-hoach:claims.3.parts.1.value": "2017: the article states no total of the year's two parts",
    "thua-thien-hue-2015-phong-dien:claims.0.value": _PARTIAL,
    "thua-thien-hue-2015-phong-dien:claims.0.parts.0.value": _PARTIAL,
    "thua-thien-hue-2015-phong-dien:claims.1.value": _ALONE,
    "tuyen-quang-ho-tro-8-co-so:claims.1.value": _ALONE,
    "tuyen-quang-ho-tro-8-co-so:claims.2.value": _ALONE,
    "tuyen-quang-ho-tro-8-co-so:claims.3.value": _ALONE,
    "binh-thuan-2019-kcdp-dot-1:claims.0.parts.6.value": "a part outside the whole (the reserve, not in the 986 triệu)",
    "dak-lak-2020-de-an-kcdp:claims.0.value": _TOUCHING,
    "dak-lak-2020-de-an-kcdp:claims.0.parts.1.value": _TOUCHING,
    "dak-lak-2020-de-an-kcdp:claims.1.parts.1.value": _WITHIN_HEDGE,
    "dak-lak-2020-de-an-kcdp:claims.1.parts.2.value": _WITHIN_HEDGE,
    "dak-lak-2020-de-an-kcdp:claims.1.parts.3.value": _WITHIN_HEDGE,
    "dak-lak-2020-de-an-kcdp:claims.1.parts.4.value": _WITHIN_HEDGE,
    "binh-thuan-2021-kcqg-dot-1:claims.0.value": _ALONE,
    "binh-thuan-2021-kcqg-dot-1:claims.1.value": "600 triệu approved: stated alone (its use as a part of 1,680 tỷ is checked there)",
    "binh-thuan-2021-kcqg-dot-1:claims.2.value": _ALONE,
    "binh-thuan-2021-kcqg-dot-1:claims.3.value": _REST_UNSTATED,
    "binh-thuan-2021-kcqg-dot-1:claims.3.parts.0.value": _REST_UNSTATED,
    "nghe-an-gan-10-ty-khuyen-cong:claims.0.value": _REST_UNSTATED,
    "nghe-an-gan-10-ty-khuyen-cong:claims.0.parts.0.value": _REST_UNSTATED,
    "quang-nam-2014-binh-chon-cnnt:claims.1.value": "48 sản phẩm: the article relates it to no other figure (24/48 is not a stated share)",
    "tuyen-quang-2022-nghiem-thu-180-trieu:claims.0.value": (
        "a figure restated by its headline (KC314): 180 read to its digits is 175 … 185 (a trailing zero is "
        "rounding), so 181 still agrees"
    ),
    "tuyen-quang-2022-nghiem-thu-180-trieu:claims.1.value": _RESTATED,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.0.parts.0.value": _OVER_100,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.0.parts.1.value": _OVER_100,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.0.parts.2.value": _OVER_100,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.1.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.2.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.3.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.4.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.5.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.6.value": _ALONE,
    "dong-thap-2016-2020-cnnt-tieu-bieu:claims.7.value": _ALONE,
    "dong-thap-2022-cnnt-khu-vuc:claims.0.value": _PARTIAL,
    "dong-thap-2022-cnnt-khu-vuc:claims.0.parts.0.value": _PARTIAL,
    "nghe-an-4-ty-cn-tieu-thu-cong-nghiep:claims.1.value": _ALONE,
    "lam-dong-2017-65-de-an:claims.2.value": "1,4 tỷ of KCQG: stated alone; the share's whole is written again there",
    "lam-dong-2017-65-de-an:claims.3.value": _ALONE,
    "lam-dong-2017-65-de-an:claims.5.value": _NEAR_60,
    "lam-dong-2017-65-de-an:claims.5.share_of.value": _NEAR_60,
    "lam-dong-2017-65-de-an:claims.5.share": (
        '"ước thực hiện 5,065 tỷ" is an estimate, read as khoảng (4,81 … 5,32): up to 60,1 % of 8,85, '
        'which still meets "gần 61%" = [60; 61)'
    ),
    "lam-dong-2017-65-de-an:claims.7.value": _ALONE,
    "lam-dong-2017-hon-10-ty:claims.0.parts.0.value": _OVER_10,
    "lam-dong-2017-hon-10-ty:claims.0.parts.1.value": _OVER_10,
    "lam-dong-2017-hon-10-ty:claims.2.value": _PART_WITH_SCOPE,
    "lam-dong-2017-hon-10-ty:claims.3.value": _PART_WITH_SCOPE,
    "lam-dong-2017-hon-10-ty:claims.4.value": _RESTATED,
    "vinh-long-2023-tren-4-7-ty:claims.0.parts.0.value": _HEDGED_PARTS,
    "vinh-long-2023-tren-4-7-ty:claims.0.parts.1.value": _HEDGED_PARTS,
    "binh-dinh-2022-hoan-thanh-de-an:claims.0.parts.0.value": _WHOLE_PERCENT,
    "binh-dinh-2022-hoan-thanh-de-an:claims.0.parts.1.value": _WHOLE_PERCENT,
    "binh-dinh-2022-hoan-thanh-de-an:claims.0.parts.1.share": (
        "59 % is 58,76 %: the altered 58 (a 9 is moved down) is the figure truncated, which a share allows"
    ),
    "binh-dinh-2022-hoan-thanh-de-an:claims.1.value": _PART_WITH_SCOPE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.2.value": _PART_WITH_SCOPE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.3.value": _UNWRITTEN_WHOLE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.3.ratio.value": _UNWRITTEN_WHOLE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.3.ratio.numerator.value": _UNWRITTEN_WHOLE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.4.value": _ALONE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.5.value": _ALONE,
    "binh-dinh-2022-hoan-thanh-de-an:claims.6.value": _ALONE,
}

CLAIM_KEYS = {"value", "share", "rate"}


def _bump(value: Any) -> Any:
    """The figure with its last digit changed by one (9 → 8, anything else up by one)."""
    number = value if isinstance(value, int) else parse_amount(value)
    assert number is not None
    exponent = Decimal(str(number)).as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    last = int(abs(Decimal(str(number))) / step) % 10
    changed = Decimal(str(number)) + (-step if last == 9 else step)
    if isinstance(value, int):
        return int(changed)
    text = format_vn(changed)
    decimals = value.split(",")[1] if "," in value else ""
    if decimals and "," in text:
        text = text.split(",")[0] + "," + text.split(",")[1].ljust(len(decimals), "0")
    elif decimals:
        text += "," + "0" * len(decimals)
    return text


def _is_figure(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, str):
        try:
            return parse_amount(value) is not None
        except ValueError:
            return False
    return False


def _figures(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths of every checked figure: claim values, shares, rates; table cells and totals."""
    if isinstance(data, dict):
        for key, value in data.items():
            here = path + (key,)
            if _is_figure(value) and _wanted(here):
                yield here
            else:
                yield from _figures(value, here)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _figures(value, path + (index,))


def _wanted(path: tuple[Any, ...]) -> bool:
    if path[0] == "claims":
        if "items" in path or path[-1] == "target_year" or path[-1] == "years":
            return False
        return path[-1] in CLAIM_KEYS or "first" in path or "last" in path
    if path[0] == "tables":
        return "cells" in path or path[-1] in ("total",) or "by_source" in path
    return False


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _signatures(text: str) -> set[tuple[Any, ...]]:
    loaded = load_bytes(text.encode(), "altered.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    return {(f.rule, f.path, f.stated, f.computed) for f in check(loaded, CheckOptions())}


def _cases() -> Iterator[Any]:
    for plan in PLAN_FILES:
        data = yaml.safe_load(plan.read_text(encoding="utf-8"))
        for path in _figures(data):
            label = f"{plan.stem}:{'.'.join(map(str, path))}"
            yield pytest.param(plan, path, id=label)


@pytest.fixture(scope="module")
def baselines() -> dict[Any, set[tuple[Any, ...]]]:
    """Each seed plan's findings, re-dumped as the alterations are: computed once per run,
    not once per altered figure."""
    found = {}
    for plan in PLAN_FILES:
        data = yaml.safe_load(plan.read_text(encoding="utf-8"))
        found[plan] = _signatures(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    return found


@pytest.mark.parametrize(("plan", "path"), list(_cases()))
def test_altering_a_checked_figure_raises_a_finding(plan, path, baselines):
    label = f"{plan.stem}:{'.'.join(map(str, path))}"
    if label in UNCHECKED:
        pytest.skip(UNCHECKED[label])
    data = yaml.safe_load(plan.read_text(encoding="utf-8"))
    baseline = baselines[plan]
    original = _get(data, path)
    _set(data, path, _bump(original))
    altered = _signatures(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert altered - baseline, f"{label}: {original} → {_bump(original)} raised no new finding"


@pytest.mark.parametrize(
    ("first", "last", "rate"),
    [("2.202,433", "2.400", "12,2"), ("1.202,433", "3.400", "12,2"), ("7.039", "8.000", "4,18"), ("7.039", "9.000", "4,19")],
)
def test_growth_endpoints_altered_in_a_leading_digit_are_caught(first, last, rate):
    text = f"""
kc: 1
document: {{title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}}
claims:
  - id: g
    quote: "bình quân tăng"
    growth: {{rate: "{rate}", first: {{year: 2009, value: "{first}"}}, last: {{year: 2015, value: "{last}"}}}}
"""
    assert any(rule == "KC306" for rule, *_ in _signatures(text))


def test_the_unaltered_plans_keep_only_their_pinned_findings():
    """Reading and re-writing a plan changes nothing kc reports (the alterations' baseline)."""
    for plan in PLAN_FILES:
        text = plan.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        assert _signatures(yaml.safe_dump(data, allow_unicode=True, sort_keys=False)) == _signatures(text)
