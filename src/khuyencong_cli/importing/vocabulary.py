"""The words of Vietnamese budget tables that :mod:`.layout` reads: years, sources, totals.

Source names map to the ids of docs/format.md (KCQG, KCDP, NST, HD, NK, NSNN); the printed
name is kept beside the id in the draft.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "SOURCE_NAMES",
    "fold",
    "is_name_label",
    "is_total_label",
    "is_tt_label",
    "is_unit_label",
    "source_of",
    "unit_from_line",
    "year_of",
]

SOURCE_NAMES = {
    "KCQG": "Kinh phí khuyến công quốc gia",
    "KCDP": "Kinh phí khuyến công địa phương",
    "NSNN": "Ngân sách nhà nước",
    "NST": "Ngân sách tỉnh",
    "HD": "Vốn huy động, đối ứng của các cơ sở",
    "NK": "Nguồn khác",
}
_SOURCE_WORDS = [  # folded text (see fold) → id; the first match wins, longest phrases first
    ("khuyen cong quoc gia", "KCQG"),
    ("kcqg", "KCQG"),
    ("kc quoc gia", "KCQG"),
    ("khuyen cong dia phuong", "KCDP"),
    ("kcdp", "KCDP"),
    ("kc dia phuong", "KCDP"),
    ("ngan sach nha nuoc", "NSNN"),
    ("nsnn", "NSNN"),
    ("ngan sach tinh", "NST"),
    ("ngan sach dia phuong", "NST"),
    ("huy dong", "HD"),
    ("doi ung", "HD"),
    ("von tu co", "HD"),
    ("nguon khac", "NK"),
    ("von khac", "NK"),
]
_EXACT_SOURCES = {"quoc gia": "KCQG", "trung uong": "KCQG", "dia phuong": "KCDP", "khac": "NK", "nk": "NK"}

_YEAR = re.compile(
    r"^(?P<plan>kh|ke hoach|uoc th|uoc thuc hien|uoc)?\s*(?:nam\s*)?(?P<year>(?:19|20)\d\d)\s*$"
)
_UNIT_LINE = re.compile(r"^\(?\s*(?:dvt|don vi tinh|don vi)\s*[:.]\s*(?P<unit>.+?)\s*\)?\s*$")
_TOTAL = re.compile(r"^(?:tổng cộng|tổng số|tổng chung|tổng kinh phí|tổng vốn|tổng|cộng)(?:$|[\s:(,.\d])(?!hợp)")
_NAME_WORDS = ("noi dung", "nguon", "ten", "chi tieu", "hang muc", "nhiem vu", "danh muc", "chuong trinh", "de an")


def fold(text: str) -> str:
    """Lower case without diacritics and with single spaces: 'Năm  2016' → 'nam 2016'."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


def year_of(label: str) -> tuple[int, bool] | None:
    """``Năm 2016`` → (2016, False); ``KH năm 2015`` → (2015, True); anything else → None."""
    match = _YEAR.match(fold(label).replace(".", " ").strip())
    if match is None:
        return None
    return int(match["year"]), bool(match["plan"])


def source_of(label: str) -> str | None:
    """The source id a header or row name speaks of (``KCĐP`` → KCDP), else None."""
    folded = fold(label)
    if folded in _EXACT_SOURCES:
        return _EXACT_SOURCES[folded]
    for words, source in _SOURCE_WORDS:
        if re.search(rf"\b{words}\b", folded):
            return source
    return None


def is_total_label(label: str) -> bool:
    """'Tổng cộng', 'Cộng', 'Tổng số', 'Tổng chung', 'Tổng kinh phí' … (a stated total).

    Read with its diacritics: "Công tác …" is a line item, "Cộng" a total; "Tổng hợp …" is not
    a total either. Unaccented text is accepted only for the unambiguous "tong cong", "tong so".
    """
    text = " ".join(unicodedata.normalize("NFC", label).lower().split())
    if _TOTAL.match(text):
        return True
    return fold(label).startswith(("tong cong", "tong so"))


def is_tt_label(label: str) -> bool:
    return fold(label).rstrip(".") in ("tt", "stt", "so tt", "so thu tu", "thu tu")


def is_unit_label(label: str) -> bool:
    return fold(label).rstrip(".") in ("dvt", "don vi tinh", "don vi", "dv tinh")


def is_name_label(label: str) -> bool:
    folded = fold(label)
    return any(folded.startswith(word) for word in _NAME_WORDS)


def unit_from_line(line: str) -> str | None:
    """``ĐVT: Triệu đồng`` → ``triệu đồng``; a line that states no unit → None."""
    match = _UNIT_LINE.match(fold(line))
    if match is None:
        return None
    # Keep the diacritics: take the unit from the original line.
    original = line.strip().strip("()").strip()
    unit = original.split(":", 1)[1] if ":" in original else original.split(".", 1)[-1]
    unit = unit.strip().rstrip(".;)").strip()
    return unit.lower() if unit else None
