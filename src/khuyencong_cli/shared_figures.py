"""The figures a plan shares with other plans of one programme, kept small enough to hold for a whole run.

Several documents often describe one programme: the decision and the articles that report
it, two articles of one province and year. A plan says so with ``document.programme`` (the
same name in each, e.g. the approving decision's number) and names each figure it shares
with ``figure:`` on a claim, a claim's part or a table row (its stated total), the same name
in each plan. Nothing is
guessed from labels: two figures are the same only when the plans say so, and the province
must match too (decision numbers repeat from one province to another).

A run keeps, per plan, only these :class:`SharedFigure` records (a few numbers, a name and a
place), never the plan itself, so comparing across plans leaves memory flat. The lines they
stand on are kept in the plan's excerpt (see :mod:`.runner`) for a finding to show.
"""

from __future__ import annotations

from decimal import Decimal

from .hedges import Bounds, band_for, written_bounds
from .model import Hedge, Plan
from .numbers import convert, normalise_unit, unit_factor
from .records import Frozen
from .source import Path, SourceDocument
from .suppress import find_suppressions
from .tables import iter_rows

__all__ = ["SharedFigure", "comparable_bounds", "programme_key", "shared_figures"]


class SharedFigure(Frozen):
    """One figure a plan states and names for comparison with the other plans of its programme."""

    programme: str  # normalised "province|programme"
    figure: str
    file: str
    line: int
    column: int
    path: Path
    label: str  # the claim's id, "claim id: part label" or "table id: row name"
    value: Decimal
    high: Decimal | None
    hedge: Hedge | None
    band: Decimal | None
    unit: str | None
    suppressed: tuple[str, ...]  # rule patterns of the "# kc: ignore" comments that cover its line

    def __init__(
        self, programme: str, figure: str, file: str, line: int, column: int, path: Path, label: str, value: Decimal,
        high: Decimal | None, hedge: Hedge | None, band: Decimal | None, unit: str | None, suppressed: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            programme=programme, figure=figure, file=file, line=line, column=column, path=path, label=label,
            value=value, high=high, hedge=hedge, band=band, unit=unit, suppressed=suppressed,
        )

    @property
    def key(self) -> tuple[str, str]:
        return self.programme, self.figure

    @property
    def bounds(self) -> Bounds:
        """The figures its words allow, in its own unit."""
        return written_bounds(self.value, self.hedge, self.band, self.high)


def _squeeze(text: str) -> str:
    """Spelling-proof comparison of names: case and spaces do not count ("270/QĐ - UBND")."""
    return "".join(text.casefold().split())


def programme_key(plan: Plan) -> str | None:
    """Province and programme, normalised; None when the plan names no programme."""
    if not plan.document.programme:
        return None
    return f"{_squeeze(plan.document.province)}|{_squeeze(plan.document.programme)}"


def shared_figures(plan: Plan, source: SourceDocument, file: str) -> tuple[SharedFigure, ...]:
    """Every named figure of the plan that states a value, placed at its value in the file."""
    programme = programme_key(plan)
    if programme is None:
        return ()
    lines = source.lines
    suppressions = find_suppressions(lines) if any("kc:" in line for line in lines) else []

    def make(path: Path, figure: str, label: str, value: Decimal, high: Decimal | None,
             hedge: Hedge | None, band: Decimal | None, unit: str | None) -> SharedFigure:
        position = source.position_of(path)
        covering = tuple(
            pattern for item in suppressions if item.file_wide or item.line == position.line for pattern in item.patterns
        )
        return SharedFigure(programme, figure.strip(), file, position.line, position.column, path, label,
                            value, high, hedge, band, unit, covering)

    found: list[SharedFigure] = []
    for index, claim in enumerate(plan.claims):
        if claim.figure and claim.value is not None:
            found.append(make(("claims", index, "value"), claim.figure, claim.id, claim.value, claim.high,
                              claim.hedge, band_for(plan, claim.hedge, claim), claim.unit))
        for number, part in enumerate(claim.parts):
            if part.figure and part.value is not None:
                found.append(make(("claims", index, "parts", number, "value"), part.figure, f"{claim.id}: {part.label}",
                                  part.value, part.high, part.hedge, band_for(plan, part.hedge, claim),
                                  part.unit or claim.unit))
    for index, table in enumerate(plan.tables):
        for ref in iter_rows(table, ("tables", index)):
            row = ref.row
            if row.figure and row.total is not None:
                unit = row.unit if row.unit else table.unit
                found.append(make((*ref.path, "total"), row.figure, f"{table.id}: {row.name}", row.total, None, None, None, unit))
    return tuple(found)


def comparable_bounds(figure: SharedFigure, other: SharedFigure) -> tuple[Bounds, Bounds, Decimal] | None:
    """Both figures' bounds in ``figure``'s unit, and ``other``'s value in that unit; None
    when their units cannot be compared (money with a count, or one of them has no unit)."""
    factor = Decimal(1)
    if figure.unit is not None and other.unit is not None:
        if unit_factor(figure.unit) and unit_factor(other.unit):
            factor = convert(Decimal(1), other.unit, figure.unit)
        elif normalise_unit(figure.unit) != normalise_unit(other.unit):
            return None
    elif figure.unit is not None or other.unit is not None:
        return None
    low, high, low_open, high_open = other.bounds
    scaled: Bounds = (
        low * factor if low is not None else None,
        high * factor if high is not None else None,
        low_open,
        high_open,
    )
    return figure.bounds, scaled, other.value * factor

