"""Reading periods and dates as Vietnamese documents write them.

``giai đoạn 2021-2025``, ``2016 – 2020``, ``7 năm (2009-2015)``; dates ``26/02/2015``,
``26-02-2015``, ``2015-02-26`` or ``ngày 26 tháng 02 năm 2015``. A period covers both end
years, so 2021-2025 is five years.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

__all__ = ["Period", "parse_period", "parse_date", "impossible_date", "stated_length"]

_PERIOD = re.compile(r"(?<!\d)(\d{4})\s*[-–—/]\s*(\d{4})(?!\d)")
_LENGTH = re.compile(r"(?<!\d)0?(\d{1,2})\s*năm", re.IGNORECASE)
_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_WORDS = re.compile(
    r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.IGNORECASE
)


@dataclass(frozen=True)
class Period:
    """A span of calendar years, both ends included, as read from a label."""

    start: int
    end: int
    text: str

    @property
    def reversed(self) -> bool:
        return self.end < self.start

    @property
    def years(self) -> list[int]:
        return list(range(self.start, self.end + 1))

    @property
    def length(self) -> int:
        return self.end - self.start + 1


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


# Rules read the same few labels and dates of a plan again and again (16 periods and 10
# dates per plan on the bundled ones); the answers are immutable, so each text is read once.
@functools.lru_cache(maxsize=4096)
def parse_period(text: str | None) -> Period | None:
    """The first ``YYYY-YYYY`` in a label, a lone year (``năm 2022``) as a one-year period,
    or None when the label names no year at all."""
    if not text:
        return None
    match = _PERIOD.search(text)
    if match:
        return Period(int(match.group(1)), int(match.group(2)), match.group(0))
    years = _YEAR.findall(text)
    if len(years) == 1:
        return Period(int(years[0]), int(years[0]), years[0])
    return None


def impossible_date(text: str | None) -> bool:
    """True for a date written in full whose day or month cannot exist (31/02/2015)."""
    if not text:
        return False
    for pattern, _order in ((_DMY, "dmy"), (_ISO, "ymd"), (_WORDS, "dmy")):
        match = pattern.search(text)
        if match:
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
    for pattern, order in ((_DMY, "dmy"), (_ISO, "ymd"), (_WORDS, "dmy")):
        match = pattern.search(text)
        if match:
            a, b, c = (int(g) for g in match.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
    return None
