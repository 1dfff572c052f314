"""The one record every rule produces and every reporter reads.

A rule yields a :class:`Problem`: what is wrong, where in the plan's data (a path), and the
figures it compared. The engine stamps the rule id, name and severity on it, turns the path
into file:line:col and renders the message in the user's language, giving a :class:`Finding`.
Findings are immutable and sort by (file, line, column, rule), so every format lists them in
the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from .i18n import Msg, catalog, register, translate
from .source import Path

__all__ = [
    "Combine", "COMBINES", "Severity", "Place", "Problem", "Finding", "Part", "figure_range", "severity_label", "part_label",
]

Place = tuple[str, int, int]
"""(file, line, column), 1-based: where a finding stands, or another place it names."""


Combine = Literal["sum", "ratio", "per-year", "growth", "each"]
"""How a problem's parts make its computed figure. Only ``sum`` adds them: a ratio divides
its first part (the part) by the second (the whole), ``per-year`` divides a period's figure
by a number of years, ``growth`` goes from the first year's figure to the last's, and
``each`` compares the stated figure with every part in turn (a per-year figure against the
cells of each year). Reporters join the parts accordingly, never with "+" unless summed."""

COMBINES: tuple[Combine, ...] = ("sum", "ratio", "per-year", "growth", "each")


class Severity(StrEnum):
    """How serious a finding is; errors make ``kc validate`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Part:
    """One figure that went into a computed value: a label and the amount.

    The label is what the plan calls the figure (a row, a cell, an item of a list), or a
    ``part.*`` catalog key for a figure kc derives (the whole period, a number of years),
    rendered in the reader's language by :func:`part_label`.
    """

    label: str
    value: Decimal


def part_label(label: str, lang: str) -> str:
    """A part's label as the reader sees it: kc's own words translated, the plan's as written."""
    return translate(label, lang) if label.startswith("part.") and label in catalog() else label


@dataclass(frozen=True)
class Problem:
    """What a rule reports: a message key with its parameters, a place, the numbers compared.

    ``params`` hold numbers as Decimals (never formatted text), a figure range as
    :func:`figure_range`, and lists of labelled figures as tuples of :class:`Part`: the engine
    formats them all for the reader (``--plain-numbers`` included). ``blank_cells`` names the
    cells left blank in a summed row, and ``diagnose=False`` tells the engine not to look for
    a typing slip (the rule knows the cause, e.g. a list left short). ``combine`` says how
    the parts make the computed figure (see :data:`Combine`). ``beside`` are figures next to
    the comparison but outside it (the row's other sources, the table's other sources): when
    the gap equals one of them, the stated figure likely includes it or leaves it out.
    ``related`` are other places the finding names: the same figure stated in another plan.
    """

    path: Path
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    hint: str | None = None
    stated: Decimal | None = None
    computed: Decimal | None = None
    parts: tuple[Part, ...] = ()
    unit: str | None = None
    severity: Severity | None = None  # overrides the rule's default (e.g. within rounding)
    diagnosis: str | None = None
    suggested: Decimal | None = None
    blank_cells: tuple[str, ...] = ()
    diagnose: bool = True
    combine: Combine = "sum"
    beside: tuple[Part, ...] = ()
    related: tuple[Place, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        if self.stated is None or self.computed is None:
            return None
        return self.stated - self.computed


@dataclass(frozen=True, order=True)
class Finding:
    """A problem placed in a file: what a user reads, in any output format."""

    file: str
    line: int
    column: int
    rule: str
    name: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    hint: str | None = field(default=None, compare=False)
    stated: Decimal | None = field(default=None, compare=False)
    computed: Decimal | None = field(default=None, compare=False)
    difference: Decimal | None = field(default=None, compare=False)
    parts: tuple[Part, ...] = field(default=(), compare=False)
    unit: str | None = field(default=None, compare=False)
    path: Path = field(default=(), compare=False)
    diagnosis: str | None = field(default=None, compare=False)
    suggested: Decimal | None = field(default=None, compare=False)
    combine: Combine = field(default="sum", compare=False)
    same_gap_as: tuple[int, str] | None = field(default=None, compare=False)  # (line, rule) of the finding whose gap this repeats
    related: tuple[Place, ...] = field(default=(), compare=False)  # other places it names (another plan's figure)

    @classmethod
    def at(
        cls,
        place: tuple[str, int, int],
        rule: tuple[str, str],
        severity: Severity,
        message: str,
        hint: str | None = None,
        problem: Problem | None = None,
    ) -> Finding:
        """The one way a finding is made: (file, line, column), the rule's (id, name), the
        words already rendered, and the figures of the rule's problem when there is one."""
        file, line, column = place
        if problem is None:
            return cls(file, line, column, rule[0], rule[1], severity, message, hint)
        return cls(
            file, line, column, rule[0], rule[1], severity, message, hint,
            stated=problem.stated, computed=problem.computed, difference=problem.difference, parts=problem.parts,
            unit=problem.unit, path=problem.path, diagnosis=problem.diagnosis, suggested=problem.suggested,
            combine=problem.combine, related=problem.related,
        )


def figure_range(high: Decimal | None) -> Msg | str:
    """The " - high" after a stated figure that is a range ("từ 01 đến 02"), or nothing."""
    return Msg("figure.range", {"high": high}) if high is not None else ""


def severity_label(severity: Severity, lang: str) -> str:
    """The severity as a reader of ``lang`` says it (lỗi, cảnh báo, thông tin)."""
    return translate(f"severity.{severity.value}", lang)


register(
    {
        "part.period": {"en": "the whole period", "vi": "cả giai đoạn"},
        "part.years": {"en": "years", "vi": "số năm"},
        "part.part": {"en": "part", "vi": "phần"},
        "part.whole": {"en": "whole", "vi": "tổng"},
        "part.numerator": {"en": "numerator", "vi": "tử số"},
        "part.denominator": {"en": "denominator", "vi": "mẫu số"},
        "severity.error": {"en": "error", "vi": "lỗi"},
        "severity.warning": {"en": "warning", "vi": "cảnh báo"},
        "severity.info": {"en": "info", "vi": "thông tin"},
        "figure.range": {"en": " - {high}", "vi": " - {high}"},
    }
)
