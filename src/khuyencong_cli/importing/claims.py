"""Figures in the prose around the tables, offered as claim candidates (commented out).

A sentence becomes a candidate when it states money with a unit, a percentage, a count of
something (lao động, cơ sở …), "mỗi năm" or "trong đó". The draft quotes the sentence and the
first figure; a person decides what the claim speaks of (``of:``) and uncomments it. Every
figure is read by kc's Vietnamese number parser; one it cannot read is not offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..numbers import NumberError, parse_amount

__all__ = ["MAX_CANDIDATES", "Candidate", "find_candidates"]

MAX_CANDIDATES = 200
_NUMBER = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_MONEY = re.compile(_NUMBER + r"\s*(triệu đồng|tỷ đồng|tỉ đồng|nghìn đồng|ngàn đồng|đồng|tỷ|tỉ)(?!\w)", re.IGNORECASE)
_PERCENT = re.compile(_NUMBER + r"\s*%")
_COUNT = re.compile(
    _NUMBER
    + r"\s+(lao động|cơ sở|học viên|mô hình|sản phẩm|doanh nghiệp|người|lượt người|lượt cơ sở|đoàn|"
    r"hội nghị|hội chợ|đợt|đề án|lớp|cụm|làng nghề|chương trình|trung tâm)(?!\w)",
    re.IGNORECASE,
)
_HEDGES = ("ước", "ước đạt", "ước thực hiện", "ước tính", "gần", "hơn", "trên", "khoảng", "dưới", "dự kiến", "ít nhất")
_SENTENCE = re.compile(r"(?<=;)\s+|(?<=[.:])\s+(?=[-–•A-ZĐÀ-Ỹ])")


@dataclass
class Candidate:
    sentence: str
    origin: str
    value: str | None = None
    unit: str | None = None
    hedge: str | None = None
    hints: list[str] = field(default_factory=list)


def _readable(text: str) -> bool:
    try:
        return parse_amount(text) is not None
    except NumberError:
        return False


def find_candidates(prose: list[tuple[str, str]]) -> list[Candidate]:
    """Claim candidates from prose lines (text, origin), in document order."""
    found: list[Candidate] = []
    for line, origin in prose:
        for sentence in _SENTENCE.split(line):
            candidate = _candidate(sentence.strip(), origin)
            if candidate is not None:
                found.append(candidate)
                if len(found) >= MAX_CANDIDATES:
                    return found
    return found


def _candidate(sentence: str, origin: str) -> Candidate | None:
    lowered = sentence.lower()
    match = _MONEY.search(sentence) or _PERCENT.search(sentence) or _COUNT.search(sentence)
    if match is None or not _readable(match.group(1)):
        return None
    candidate = Candidate(sentence, origin, match.group(1))
    if match.re is _PERCENT:
        candidate.unit = "%"
    else:
        candidate.unit = match.group(2).lower()
    before = lowered[: match.start()].split()
    for hedge in _HEDGES:
        words = hedge.split()
        if before[-len(words):] == words:
            candidate.hedge = hedge
    if "trong đó" in lowered or "bao gồm" in lowered:
        candidate.hints.append("import.claim.parts")
    if "mỗi năm" in lowered or "hàng năm" in lowered or "/năm" in lowered:
        candidate.hints.append("import.claim.per-year")
    if "bình quân tăng" in lowered:
        candidate.hints.append("import.claim.growth")
    elif "%" in sentence:
        candidate.hints.append("import.claim.share")
    candidate.hints.append("import.claim.of")
    return candidate
