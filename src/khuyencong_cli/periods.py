"""Reading periods and dates as Vietnamese documents write them.

``giai đoạn 2021-2025``, ``2016 – 2020``, ``7 năm (2009-2015)``; dates ``26/02/2015``,
``26-02-2015``, ``2015-02-26`` or ``ngày 26 tháng 02 năm 2015``. A period covers both end
years, so 2021-2025 is five years.

Reports made during a year give part of it: ``6 tháng đầu năm 2017``, ``9 tháng năm 2022``,
``đến tháng 8/2017`` (or ``2016-2018, đến tháng 8/2018`` for a stretch that began earlier). Such
a period ends with the month named (``end_month``), so it lies inside the whole of its last year.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .records import Frozen

__all__ = ["Period", "parse_period", "parse_date", "impossible_date", "stated_length"]

_PERIOD = re.compile(r"(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)")
_LENGTH = re.compile(r"(?<!\d)0?(\d{1,2})\s*năm", re.IGNORECASE)
# The patterns below are compiled the first time they are asked for, not at import (re keeps
# them): many plans state no date in full nor a part of a year, and one plan's check is
# short enough for compiling them to show.
_dmy = functools.partial(re.compile, r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_iso = functools.partial(re.compile, r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_words = functools.partial(re.compile, r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE)


class Period(Frozen):
    """A span of calendar years, both ends included, as read from a label."""

    start: int
    end: int
    text: str
    end_month: int | None
    """The last month covered of the end year, when the text gives only part of it (6 in
    "6 tháng đầu năm 2017"); None for the whole year."""

    def __init__(self, start: int, end: int, text: str, end_month: int | None = None) -> None:
        self.__dict__.update(start=start, end=end, text=text, end_month=end_month)

    @property
    def reversed(self) -> bool:
        return self.end < self.start

    @property
    def years(self) -> list[int]:
        return list(range(self.start, self.end + 1))

    @property
    def length(self) -> int:
        return self.end - self.start + 1

    @property
    def label(self) -> str:
        """The period in figures, in any language: ``2017``, ``2016-2020``, and for part of a
        year ``1-6/2017`` (January to June) or ``2016-8/2018``."""
        if self.end_month is not None:
            return f"1-{self.end_month}/{self.end}" if self.start == self.end else f"{self.start}-{self.end_month}/{self.end}"
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    @property
    def last(self) -> tuple[int, int]:
        """(year, month) of the period's end: December unless the text stops at a month."""
        return self.end, self.end_month or 12

    def contains(self, other: Period) -> bool:
        """``other`` lies within this period and is shorter: 2016-2018 in 2016-2020, "6 tháng
        đầu năm 2017" in 2017."""
        inside = self.start <= other.start and other.last <= self.last
        return inside and (other.start, other.last) != (self.start, self.last)


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_first_months = functools.partial(
    re.compile, r"(?<!\d)0?(\d{1,2})\s*tháng\s*(?:đầu\s*)?(?:năm\s*)?(\d{4})(?!\d)", re.IGNORECASE
)
"""``6 tháng đầu năm 2017``, ``9 tháng năm 2022``: the first N months of the year."""
_until_month = functools.partial(
    re.compile, r"đến\s*(?:hết\s*)?tháng\s*0?(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})(?!\d)", re.IGNORECASE
)
"""``đến tháng 8/2017``, ``đến hết tháng 6 năm 2020``: up to and including that month."""


# Rules read the same few labels and dates of a plan again and again (16 periods and 10
# dates per plan on the bundled ones); the answers are immutable, so each text is read once.
@functools.lru_cache(maxsize=4096)
def parse_period(text: str | None) -> Period | None:
    """The first ``YYYY-YYYY`` in a label, a lone year (``năm 2022``) as a one-year period,
    or None when the label names no year at all. A label that stops at a month of its last
    year ("6 tháng đầu năm 2017", "2016-2018, đến tháng 8/2018") keeps that month."""
    if not text:
        return None
    # Both month patterns hold "tháng" (matched ignoring case: no other character lowers to
    # one of its letters), so a label without it needs neither compiled.
    months = (_first_months().search(text) or _until_month().search(text)) if "tháng" in text.lower() else None
    match = _PERIOD.search(text)
    if match:
        period = Period(int(match.group(1)), int(match.group(2)), match.group(0))
    else:
        years = _YEAR.findall(text)
        if len(years) != 1:
            return None
        year = years[0]
        period = Period(int(year), int(year), year)
    if months is not None and 1 <= int(months.group(1)) < 12 and int(months.group(2)) == period.end:
        return Period(period.start, period.end, " ".join(text.split()), int(months.group(1)))
    return period


def impossible_date(text: str | None) -> bool:
    """True for a date written in full whose day or month cannot exist (31/02/2015)."""
    if not text:
        return False
    if any(pattern().search(text) for pattern in (_dmy, _iso, _words)):
        return parse_date(text) is None
    return False


def stated_length(text: str | None) -> int | None:
    """The number of years a label states in words (``7 năm (2009-2015)`` → 7)."""
    if not text:
        return None
    match = _LENGTH.search(text)
    return int(match.group(1)) if match else None


@functools.lru_cache(maxsize=4096)
def parse_date(text: str | None) -> dt.date | None:
    """A complete date as written, or None (blank placeholders give None)."""
    if not text:
        return None
    for pattern, order in ((_dmy, "dmy"), (_iso, "ymd"), (_words, "dmy")):
        match = pattern().search(text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None
