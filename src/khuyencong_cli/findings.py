"""The one record every rule produces and every reporter reads.

A rule yields a :class:`Problem`: what is wrong, where in the plan's data (a path), and the
figures it compared. The engine stamps the rule id, name and severity on it, turns the path
into file:line:col and renders the message in the user's language, giving a :class:`Finding`.
Findings are immutable and sort by (file, line, column, rule), so every format lists them in
the same order.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from .i18n import Msg, catalog, register, translate
from .records import Frozen, Ordered
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


class Part(Frozen):
    """One figure that went into a computed value: a label and the amount.

    The label is what the plan calls the figure (a row, a cell, an item of a list), or a
    ``part.*`` catalog key for a figure kc derives (the whole period, a number of years),
    rendered in the reader's language by :func:`part_label`.
    """

    label: str
    value: Decimal

    def __init__(self, label: str, value: Decimal) -> None:
        self.__dict__.update(label=label, value=value)


def part_label(label: str, lang: str) -> str:
    """A part's label as the reader sees it: kc's own words translated, the plan's as written."""
    return translate(label, lang) if label.startswith("part.") and label in catalog() else label


class Problem(Frozen):
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
    params: dict[str, Any]
    hint: str | None
    stated: Decimal | None
    computed: Decimal | None
    parts: tuple[Part, ...]
    unit: str | None
    severity: Severity | None  # overrides the rule's default (e.g. within rounding)
    diagnosis: str | None
    suggested: Decimal | None
    blank_cells: tuple[str, ...]
    diagnose: bool
    combine: Combine
    beside: tuple[Part, ...]
    related: tuple[Place, ...]

    def __init__(
        self, path: Path, message: str, params: dict[str, Any] | None = None, hint: str | None = None,
        stated: Decimal | None = None, computed: Decimal | None = None, parts: tuple[Part, ...] = (),
        unit: str | None = None, severity: Severity | None = None, diagnosis: str | None = None,
        suggested: Decimal | None = None, blank_cells: tuple[str, ...] = (), diagnose: bool = True,
        combine: Combine = "sum", beside: tuple[Part, ...] = (), related: tuple[Place, ...] = (),
    ) -> None:
        self.__dict__.update(
            path=path, message=message, params={} if params is None else params, hint=hint, stated=stated,
            computed=computed, parts=parts, unit=unit, severity=severity, diagnosis=diagnosis, suggested=suggested,
            blank_cells=blank_cells, diagnose=diagnose, combine=combine, beside=beside, related=related,
        )

    @property
    def difference(self) -> Decimal | None:
        if self.stated is None or self.computed is None:
            return None
        return self.stated - self.computed


class Finding(Ordered):
    """A problem placed in a file: what a user reads, in any output format. Findings are
    equal and sort by place and rule only."""

    COMPARED = ("file", "line", "column", "rule")
    file: str
    line: int
    column: int
    rule: str
    name: str
    severity: Severity
    message: str
    hint: str | None
    stated: Decimal | None
    computed: Decimal | None
    difference: Decimal | None
    parts: tuple[Part, ...]
    unit: str | None
    path: Path
    diagnosis: str | None
    suggested: Decimal | None
    combine: Combine
    same_gap_as: tuple[int, str] | None  # (line, rule) of the finding whose gap this repeats
    related: tuple[Place, ...]  # other places it names (another plan's figure)

    def __init__(
        self, file: str, line: int, column: int, rule: str, name: str, severity: Severity, message: str,
        hint: str | None = None, stated: Decimal | None = None, computed: Decimal | None = None,
        difference: Decimal | None = None, parts: tuple[Part, ...] = (), unit: str | None = None, path: Path = (),
        diagnosis: str | None = None, suggested: Decimal | None = None, combine: Combine = "sum",
        same_gap_as: tuple[int, str] | None = None, related: tuple[Place, ...] = (),
    ) -> None:
        self.__dict__.update(
            file=file, line=line, column=column, rule=rule, name=name, severity=severity, message=message, hint=hint,
            stated=stated, computed=computed, difference=difference, parts=parts, unit=unit, path=path,
            diagnosis=diagnosis, suggested=suggested, combine=combine, same_gap_as=same_gap_as, related=related,
        )

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
