"""Vietnamese numbers and money units, exactly, as Decimal.

Vietnamese documents group thousands with ``.`` and mark decimals with ``,``:
``7.763,445`` is 7763.445 and ``1.200`` is 1200. A YAML parser would read ``1.200`` as the
float 1.2, so plans quote such figures and this module turns the text into a ``Decimal``
without ever passing through a float.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from .errors import KcError

__all__ = [
    "NumberError",
    "parse_amount",
    "format_number",
    "format_vn",
    "format_plain",
    "unit_factor",
    "normalise_unit",
    "convert",
    "MONEY_UNITS",
]


class NumberError(KcError, ValueError):
    """A figure that cannot be read as a Vietnamese number.

    ``key`` and ``params`` name the catalog message that explains it to the reader.
    """

    def __init__(self, message: str, key: str = "number.unreadable", **params: object) -> None:
        super().__init__(key, **params)
        self.args = (message,)


MAX_DIGITS = 30
"""No budget figure needs more digits; a longer one is a typing accident, refused early."""


_SPACES = "\u00a0\u202f\u2009 "
SPACES = _SPACES
"""Spaces a document may group digits with (``1 200 000``); the JSON Schema allows the same."""
# 7.763,445 | 1.200 | 3.666.984.000 — '.' groups thousands in threes, ',' marks decimals.
# ASCII digits only: ``\d`` would also take fullwidth ９ or Arabic-Indic ٩ as if typed 9.
_GROUPED = re.compile(r"^[+-]?[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$")
# 18,246 | 700 | 0,2 — no grouping at all.
_UNGROUPED = re.compile(r"^[+-]?[0-9]+(?:,[0-9]+)?$")
_BLANKS = {"", "-", "–", "—"}
_INT_LIMIT = 10**MAX_DIGITS  # an int below it in size has at most MAX_DIGITS digits


def parse_amount(value: object) -> Decimal | None:
    """Read a figure as written in a plan: an int, or a Vietnamese-formatted string.

    Returns ``None`` for a blank cell (``""`` or a dash), which sums as zero. Floats are
    refused: by the time a float exists, ``1.200`` has already become 1.2.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise NumberError(f"expected a number, got {value!r}", "number.not-a-number", value=str(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        if not -_INT_LIMIT < value < _INT_LIMIT:
            raise NumberError("too many digits", "number.too-long", digits=MAX_DIGITS)
        return Decimal(value)
    if isinstance(value, float):
        raise NumberError(
            f"{value!r} was read as a floating-point number; write it as a quoted "
            'Vietnamese figure, e.g. "7.763,445"',
            "number.float",
            value=repr(value),
        )
    if not isinstance(value, str):
        raise NumberError(f"expected a number, got {type(value).__name__}", "number.not-a-number", value=str(value))
    if len(value) <= MAX_DIGITS and (_GROUPED.fullmatch(value) or _UNGROUPED.fullmatch(value)):
        # The common case, a figure as typed ("1.200", "18,246"): ASCII digits and marks only,
        # so nothing below would change it.
        return Decimal(value.replace(".", "").replace(",", "."))
    text = unicodedata.normalize("NFC", value).strip()
    for space in _SPACES:
        text = text.replace(space, ".") if _looks_space_grouped(text, space) else text
    if text in _BLANKS:
        return None
    if sum(ch.isdigit() for ch in text) > MAX_DIGITS:
        raise NumberError("too many digits", "number.too-long", digits=MAX_DIGITS)
    foreign = next((ch for ch in text if ch.isdigit() and not "0" <= ch <= "9"), None)
    if foreign is not None:  # a document pasted from another script or an IME's fullwidth mode
        raise NumberError(
            f"{value!r} holds the digit {foreign!r} ({unicodedata.name(foreign, f'U+{ord(foreign):04X}')}), "
            "not one of 0-9; retype the figure with ASCII digits",
            "number.foreign-digit",
            value=value,
            digit=foreign,
            code=f"U+{ord(foreign):04X}",
        )
    if _GROUPED.match(text) or _UNGROUPED.match(text):
        try:
            return Decimal(text.replace(".", "").replace(",", "."))
        except InvalidOperation as exc:  # pragma: no cover - the patterns exclude this
            raise NumberError(f"cannot read {value!r} as a number") from exc
    raise NumberError(
        f"cannot read {value!r} as a Vietnamese number: use '.' between groups of three "
        "digits and ',' before decimals, e.g. \"7.763,445\" or \"1.200\"",
        "number.unreadable",
        value=value,
    )


def _looks_space_grouped(text: str, space: str) -> bool:
    """True for ``1 200 000``-style grouping, which some documents use instead of dots."""
    return space in text and "." not in text


def format_plain(value: Decimal) -> str:
    """``7763.455``: the machine form used in JSON and with ``--plain-numbers``."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_vn(value: Decimal) -> str:
    """``7.763,455``: the way Vietnamese readers expect to see a figure."""
    plain = format_plain(value)
    sign = ""
    if plain.startswith("-"):
        sign, plain = "-", plain[1:]
    whole, _, frac = plain.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return sign + (f"{text},{frac}" if frac else text)


def format_number(value: Decimal, plain: bool = False) -> str:
    """Format for display: Vietnamese unless the user asked for plain numbers."""
    return format_plain(value) if plain else format_vn(value)


# Money units and their size in đồng. Keys are normalised spellings (see normalise_unit).
MONEY_UNITS: dict[str, int] = {
    "đồng": 1,
    "nghìn đồng": 1_000,
    "triệu đồng": 1_000_000,
    "tỷ đồng": 1_000_000_000,
}
_UNIT_ALIASES: dict[str, str] = {
    "vnd": "đồng",
    "vnđ": "đồng",
    "đ": "đồng",
    "nghìn": "nghìn đồng",
    "ngàn đồng": "nghìn đồng",
    "ngàn": "nghìn đồng",
    "triệu": "triệu đồng",
    "trđ": "triệu đồng",
    "tr.đ": "triệu đồng",
    "tr đồng": "triệu đồng",
    "tỷ": "tỷ đồng",
}


@functools.lru_cache(maxsize=256)  # called for every figure; plans use a handful of units
def normalise_unit(unit: str) -> str:
    """Canonical spelling of a money unit (``tỉ`` → ``tỷ``), or the text unchanged."""
    text = " ".join(unicodedata.normalize("NFC", unit).strip().lower().split())
    text = text.replace("tỉ", "tỷ")
    return _UNIT_ALIASES.get(text, text)


def unit_factor(unit: str) -> int | None:
    """Size of a money unit in đồng, or None when the unit is not money (a count's ĐVT)."""
    return MONEY_UNITS.get(normalise_unit(unit))


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert exactly between money units: 18,246 tỷ → 18.246 triệu."""
    source, target = unit_factor(from_unit), unit_factor(to_unit)
    if source is None or target is None:
        raise NumberError(f"cannot convert between {from_unit!r} and {to_unit!r}")
    if source == target:
        return value
    return value * Decimal(source) / Decimal(target)
