"""Part of a year as a claim's period: "6 tháng đầu năm 2017" lies inside 2017 (docs/claims.md)."""

from __future__ import annotations

import pytest

from khuyencong_cli.periods import parse_period


@pytest.mark.parametrize(
    ("label", "start", "end", "end_month"),
    [
        ("6 tháng đầu năm 2017", 2017, 2017, 6),
        ("06 tháng đầu năm 2017", 2017, 2017, 6),
        ("9 tháng năm 2022", 2022, 2022, 9),
        ("đến tháng 8/2017", 2017, 2017, 8),
        ("đến hết tháng 6 năm 2020", 2020, 2020, 6),
        ("2016-2018, đến tháng 8/2018", 2016, 2018, 8),
        ("12 tháng năm 2017", 2017, 2017, None),  # twelve months are the year
        ("2016-2020, đến tháng 8/2018", 2016, 2020, None),  # a month of another year is not the end
        ("giai đoạn 2016-2020", 2016, 2020, None),
        ("năm 2017", 2017, 2017, None),
    ],
)
def test_a_label_that_stops_at_a_month_keeps_it(label, start, end, end_month):
    period = parse_period(label)
    assert period is not None
    assert (period.start, period.end, period.end_month) == (start, end, end_month)


@pytest.mark.parametrize(
    ("whole", "part", "inside"),
    [
        ("2017", "6 tháng đầu năm 2017", True),
        ("2016-2020", "9 tháng năm 2017", True),
        ("9 tháng năm 2017", "đến tháng 8/2017", True),
        ("6 tháng đầu năm 2017", "2017", False),
        ("2017", "6 tháng đầu năm 2018", False),
        ("6 tháng đầu năm 2017", "06 tháng đầu năm 2017", False),  # the same stretch is not a part of itself
        ("2016-2018", "2016-2018, đến tháng 8/2018", True),
        ("2016-2020", "2016-2018", True),
        ("2016-2020", "2016-2020", False),
    ],
)
def test_part_of_a_year_lies_inside_it(whole, part, inside):
    outer, inner = parse_period(whole), parse_period(part)
    assert outer is not None and inner is not None
    assert outer.contains(inner) is inside
