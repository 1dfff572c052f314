"""Money a document states only in its prose: the claims' parts read per funding source.

One reading, shared by ``kc reconcile`` (a news article set against the decision it reports)
and ``kc summary`` / ``kc report`` (a plan with no table of money, or a source its tables do
not hold), so the commands never disagree on what the text says.

Per source, the first claim part naming that source counts: by the source its ``of`` selects,
else by the source's name (the whole name, else the words that set it apart from the others,
e.g. "… khuyến công địa phương" in "8 đề án, nhiệm vụ khuyến công địa phương"). Parts naming
no source are left out. A group (NSNN = KCQG + NST) stated beside its members is not counted
twice: the members are kept when all of them are stated, else the group.

Asked ``by_scope`` (``kc summary``), the first part per source is kept for each kind of money
the claims state (:mod:`khuyencong_cli.claim_scope`): an article that gives the year's plan
and the year's spending by source keeps both, to be shown apart, never added. Within a kind,
only one period is read (the document's when the claims give money of it, else the first
they give), since a plan's own views do not split its money by period; a figure of another
period ("Năm 2017, …" in a plan for 2018) is left to ``kc validate``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .claim_scope import claim_period, money_kind, period_text
from .model import Plan, TableKind
from .numbers import convert, unit_factor
from .tables import source_members

__all__ = ["ProseFigure", "prose_money", "normalise_name", "source_named"]


@dataclass(frozen=True)
class ProseFigure:
    """One figure stated in the prose: the claim part, its source, value and unit."""

    item_id: str
    """``claim-id.N``: the claim and the number of its part."""
    label: str
    source: str
    value: Decimal
    unit: str
    kind: TableKind = TableKind.BUDGET
    """The kind of money the claim speaks of (:func:`money_kind`: planned money unless the
    claim or a results report says spent)."""
    period: str = ""
    """The claim's period (:func:`claim_period`), "" when neither it nor the document says."""

    @property
    def item(self) -> str:
        return f"{self.item_id} {self.label}"

    def value_in(self, unit: str) -> Decimal:
        return convert(self.value, self.unit, unit)


_NUMBERING = re.compile(
    r"^\s*(?:(?:nội dung|nhiệm vụ|chương trình|đề án|mục|phần)\s+)?"
    r"(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[:.)/-]\s*",
    re.IGNORECASE,
)
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_BRACKETS = re.compile(r"\([^)]*\)")
_GENERIC = ("nguồn", "kinh", "phí", "vốn", "từ", "của")


@lru_cache(maxsize=4096)
def normalise_name(name: str, strip_diacritics: bool = False) -> str:
    """A name for matching: NFC, casefolded, numbering ("Nội dung 1:", "2.", "a)") and
    punctuation dropped, spaces collapsed; optionally without diacritics (đ → d).

    Kept for the run (bounded): a plan's source names are matched against every label of
    its claims, and its rules and its report ask for the same names again."""
    text = unicodedata.normalize("NFC", name).casefold().strip()
    text = text.lstrip("-–—•* ")
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text, count=1)
    text = " ".join(_PUNCT.sub(" ", text).split())
    if strip_diacritics:
        text = "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d")) if not unicodedata.combining(c))
    return text


@lru_cache(maxsize=1024)
def _core(name: str) -> str:
    """The words of a source's name that set it apart: no bracket, no leading "nguồn kinh phí"."""
    words = normalise_name(_BRACKETS.sub(" ", name)).split()
    while words and words[0] in _GENERIC:
        words.pop(0)
    return " ".join(words)


def source_named(label: str, plan: Plan) -> str | None:
    """The source a part's label names: its whole name, else the one source whose distinctive
    words (two at least) the label holds, the longest when several do."""
    text = normalise_name(label)
    for source in plan.sources:
        if normalise_name(source.name) == text:
            return source.id
    padded = f" {normalise_name(_BRACKETS.sub(' ', label))} "
    found: list[tuple[int, str]] = []
    for source in plan.sources:
        core = _core(source.name)
        if len(core.split()) >= 2 and f" {core} " in padded:
            found.append((len(core), source.id))
    found.sort(reverse=True)
    if not found or (len(found) > 1 and found[0][0] == found[1][0]):
        return None
    return found[0][1]


def prose_money(plan: Plan, by_scope: bool = False) -> list[ProseFigure]:
    """The money of the claims, one figure per source, or per source, kind and period when
    ``by_scope`` (see the module's docstring)."""
    figures: list[ProseFigure] = []
    seen: set[tuple[str, TableKind | None, str]] = set()
    for claim in plan.claims:
        kind, period = money_kind(plan, claim), claim_period(plan, claim)
        scoped = (kind, period) if by_scope else (None, "")
        for index, part in enumerate(claim.parts, start=1):
            part_unit = part.unit or claim.unit
            if part.value is None or part_unit is None or unit_factor(part_unit) is None:
                continue
            if part.of is not None and len(part.of.sources) == 1:
                source: str | None = part.of.sources[0]
            else:
                source = source_named(part.label, plan)
            if source is None or (key := (source, *scoped)) in seen:
                continue
            seen.add(key)
            figures.append(ProseFigure(f"{claim.id}.{index}", part.label, source, part.value, part_unit, kind, period))
    if not by_scope:
        return _without_double_counting(plan, figures)

    def scope(figure: ProseFigure) -> tuple[TableKind, str]:
        return figure.kind, figure.period

    # One period per kind, so that no view of one plan adds a year to another: the document's
    # when the claims state money of that kind for it, else the first they state.
    document = period_text(plan.document.period)
    periods: dict[TableKind, str] = {}
    for kind, period in map(scope, figures):
        if periods.get(kind) != document:
            periods[kind] = document if period == document else periods.get(kind, period)
    kept = {
        id(f)
        for group in periods.items()
        for f in _without_double_counting(plan, [f for f in figures if scope(f) == group])
    }
    return [f for f in figures if id(f) in kept]


def _without_double_counting(plan: Plan, figures: list[ProseFigure]) -> list[ProseFigure]:
    stated = {f.source for f in figures}
    dropped: set[str] = set()
    for source in plan.sources:
        if not source.members or source.id not in stated:
            continue
        members = source_members(plan, source.id) - {source.id}
        leaves = {m for m in members if not any(s.id == m and s.members for s in plan.sources)}
        if leaves and leaves <= stated:
            dropped.add(source.id)
        else:
            dropped |= members & stated
    return [f for f in figures if f.source not in dropped]
