"""The words of the plan format that are a closed list: kinds of documents and tables, hedges.

They are read by the pydantic models that define the format (``plan_format``) and by the plain
classes the rules read (``model``), so they live apart from both, without pydantic.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

__all__ = ["DocumentKind", "ESTIMATE_FORMS", "FORMAT_VERSION", "Hedge", "TableKind"]

FORMAT_VERSION = 1
"""The version of the plan format this kc reads (a plan's ``kc:`` field)."""


class DocumentKind(StrEnum):
    """What kind of document the plan records."""

    PROGRAMME = "programme"
    PLAN = "plan"
    ANNUAL_PLAN = "annual-plan"
    PROJECT = "project"
    RESULTS_REPORT = "results-report"
    NEWS_ARTICLE = "news-article"
    REGULATION = "regulation"  # a decision issuing rules (quy chế) on khuyến công money


class TableKind(StrEnum):
    """Budget: planned money. Results: money actually spent. Targets: counts per indicator."""

    BUDGET = "budget"
    RESULTS = "results"
    TARGETS = "targets"


ESTIMATE_FORMS = ("ước đạt", "ước thực hiện", "ước tính")
"""The longer forms of ``ước`` (an estimate) that the text writes before a figure."""


class Hedge(StrEnum):
    """Words that change what a figure claims (see the README for the tolerance of each)."""

    EXACT = "exact"
    ALMOST = "gần"  # just under
    OVER = "hơn"  # over (also "trên")
    ABOVE = "trên"
    ABOUT = "khoảng"
    UNDER = "dưới"
    PLANNED = "dự kiến"
    AT_LEAST = "ít nhất"
    EQUIVALENT = "tương đương"  # "tương đương 80%": the figure to the digits written
    UP_TO = "lên đến"  # "lên đến 120 triệu": emphasis, the figure itself
    ESTIMATED = "ước"  # "ước đạt", "ước thực hiện", "ước tính": an estimate, read as khoảng

    @classmethod
    def words(cls) -> dict[str, Hedge]:
        """Every word a plan may write, the members' own and the estimate's longer forms
        ("ước thực hiện 4,2 tỷ đồng" is one estimate, "ước" followed by what was estimated)."""
        found: dict[str, Hedge] = {member.value: member for member in cls}
        found.update({form: cls.ESTIMATED for form in ESTIMATE_FORMS})
        return found

    @classmethod
    def _missing_(cls, value: object) -> Hedge | None:
        """A figure may carry several words ("dự kiến lên đến khoảng 552,4"): the word that
        bounds the figure (khoảng, gần, hơn, trên, dưới, ít nhất) governs; "dự kiến",
        "lên đến" and "tương đương" bound nothing of their own. An estimate ("ước đạt") bounds
        the figure only when no other word does: "ước thực hiện trên 10 tỷ" is "trên 10"."""
        if not isinstance(value, str):
            return None
        rest = " ".join(value.split())  # written as the schema's pattern says: lower case, any spaces
        found: list[Hedge] = []
        words = sorted(cls.words().items(), key=lambda item: -len(item[0]))
        while rest:
            match = next((item for item in words if rest == item[0] or rest.startswith(item[0] + " ")), None)
            if match is None:
                return None
            found.append(match[1])
            rest = rest[len(match[0]):].strip()
        if not found:  # one word with spaces around it is that word, as the schema's pattern says
            return None
        bounding = [m for m in found if m not in (cls.EXACT, cls.PLANNED, cls.EQUIVALENT, cls.UP_TO, cls.ESTIMATED)]
        if bounding:
            return bounding[-1]
        return cls.ESTIMATED if cls.ESTIMATED in found else found[0]

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        words = "|".join(sorted(cls.words(), key=len, reverse=True))
        return {
            "type": "string",
            "pattern": f"^\\s*({words})(\\s+({words}))*\\s*$",
            "description": 'One hedge word or several ("dự kiến lên đến khoảng"); the one that bounds the figure governs',
        }
