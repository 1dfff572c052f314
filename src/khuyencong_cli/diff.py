"""``kc diff OLD NEW``: what changed between two versions of a plan, figure by figure.

Every figure as written is keyed by its table, its row (ids from the top, joined by "/"),
and its year and source (or the row's stated total, or a stated total per source); a claim's
value and its parts are keyed by the claim id. Figures only in NEW are added, only in OLD
removed, in both with another value changed. A row whose id changed shows as removed and
added: ids are what ties two versions together. For each table the effect on the computed
totals (whole, per source, per year) and on the stated grand total is shown.

Differences are not errors: ``kc diff`` exits 0 whatever it finds (2 on unreadable input),
like ``git diff`` without ``--exit-code``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .i18n import register
from .model import Plan, Row, Table
from .numbers import convert, format_plain, unit_factor
from .tables import iter_rows, table_entries, table_path

__all__ = ["Change", "TotalChange", "TableDiff", "PlanDiff", "diff_plans", "render_json", "JSON_VERSION"]

JSON_VERSION = 1
ZERO = Decimal(0)


@dataclass(frozen=True)
class Change:
    """One figure added, removed or changed: where it is and its old and new values."""

    kind: str  # added | removed | changed
    row: str
    field: str
    old: Decimal | None
    new: Decimal | None

    @property
    def delta(self) -> Decimal:
        return (self.new or ZERO) - (self.old or ZERO)


@dataclass(frozen=True)
class TotalChange:
    label: str
    old: Decimal
    new: Decimal

    @property
    def delta(self) -> Decimal:
        return self.new - self.old


@dataclass
class TableDiff:
    table: str
    unit: str
    status: str = "changed"  # added | removed | changed | same
    old_unit: str | None = None
    changes: list[Change] = field(default_factory=list)
    totals: list[TotalChange] = field(default_factory=list)


@dataclass
class PlanDiff:
    old: str
    new: str
    tables: list[TableDiff] = field(default_factory=list)
    claims: list[Change] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(t.changes) for t in self.tables) + len(self.claims)


def _row_figures(row: Row, key: str) -> Iterable[tuple[str, str, Decimal]]:
    for year, value in row.cells.items():
        if isinstance(value, dict):
            for source, amount in value.items():
                if amount is not None:
                    yield key, f"{year} {source}", amount
        elif value is not None:
            yield key, str(year), value
    for source, amount in row.by_source.items():
        if amount is not None:
            yield key, f"Σ {source}", amount
    if row.total is not None:
        yield key, "Σ", row.total


def table_figures(table: Table) -> dict[tuple[str, str], Decimal]:
    """Every figure of a table as written, keyed by (row key, field)."""
    found: dict[tuple[str, str], Decimal] = {}
    for ref in iter_rows(table, (), include_total=True):
        key = f"[{ref.key}]" if ref.is_total else ref.key
        for row_key, name, value in _row_figures(ref.row, key):
            found[(row_key, name)] = value
    return found


def _claim_figures(plan: Plan) -> dict[tuple[str, str], Decimal]:
    found: dict[tuple[str, str], Decimal] = {}
    for claim in plan.claims:
        if claim.value is not None:
            found[(claim.id, "value")] = claim.value
        for index, part in enumerate(claim.parts, start=1):
            if part.value is not None:
                found[(claim.id, f"part {index}: {part.label}")] = part.value
    return found


def _compare(old: dict[tuple[str, str], Decimal], new: dict[tuple[str, str], Decimal]) -> list[Change]:
    changes: list[Change] = []
    for key in [*old, *(k for k in new if k not in old)]:
        before, after = old.get(key), new.get(key)
        if before is None:
            changes.append(Change("added", key[0], key[1], None, after))
        elif after is None:
            changes.append(Change("removed", key[0], key[1], before, None))
        elif before != after:
            changes.append(Change("changed", key[0], key[1], before, after))
    return changes


def _computed(plan: Plan, table: Table, unit: str) -> dict[str, Decimal]:
    """Computed totals of a table: whole, per source and per year (in ``unit``)."""
    entries = table_entries(table, table_path(plan, table))
    totals: dict[str, Decimal] = {"total": ZERO}
    for entry in entries:
        value = convert(entry.value, table.unit, unit)
        totals["total"] += value
        if entry.source is not None:
            totals[entry.source] = totals.get(entry.source, ZERO) + value
        if entry.year is not None:
            totals[str(entry.year)] = totals.get(str(entry.year), ZERO) + value
    if table.total is not None and table.total.total is not None:
        totals["stated"] = convert(table.total.total, table.unit, unit)
    return totals


def diff_plans(old_label: str, old: Plan, new_label: str, new: Plan) -> PlanDiff:
    result = PlanDiff(old_label, new_label)
    old_tables = {t.id: t for t in old.tables}
    new_tables = {t.id: t for t in new.tables}
    for table_id in [*old_tables, *(t for t in new_tables if t not in old_tables)]:
        before, after = old_tables.get(table_id), new_tables.get(table_id)
        shown = after or before
        assert shown is not None
        entry = TableDiff(table_id, shown.unit)
        if before is None or after is None:
            entry.status = "added" if before is None else "removed"
            entry.changes = _compare({} if before is None else table_figures(before),
                                     {} if after is None else table_figures(after))
        else:
            old_figures = table_figures(before)
            if before.unit != after.unit:
                entry.old_unit = before.unit
                if unit_factor(before.unit) and unit_factor(after.unit):
                    old_figures = {k: convert(v, before.unit, after.unit) for k, v in old_figures.items()}
            entry.changes = _compare(old_figures, table_figures(after))
            entry.status = "changed" if entry.changes or entry.old_unit else "same"
        money = unit_factor(shown.unit) is not None
        if money and entry.status != "same":
            old_totals = _computed(old, before, shown.unit) if before is not None else {}
            new_totals = _computed(new, after, shown.unit) if after is not None else {}
            labels = [*old_totals, *(k for k in new_totals if k not in old_totals)]
            # The whole first, then sources as the table orders them, then years, then stated.
            labels.sort(key=lambda x: (x == "stated", x != "total", x.isdigit(), x if x.isdigit() else ""))
            for label in labels:
                a, b = old_totals.get(label, ZERO), new_totals.get(label, ZERO)
                if a != b:
                    entry.totals.append(TotalChange(label, a, b))
        result.tables.append(entry)
    result.claims = _compare(_claim_figures(old), _claim_figures(new))
    return result


def render_text(result: PlanDiff, *, lang: str, plain_numbers: bool) -> str:
    from .i18n import translate
    from .numbers import format_number

    def number(value: Decimal | None) -> str:
        return "" if value is None else format_number(value, plain_numbers)

    def signed(value: Decimal) -> str:
        return ("+" if value > 0 else "") + number(value)

    out = [translate("diff.heading", lang, old=result.old, new=result.new)]
    changed = [t for t in result.tables if t.status != "same"]
    if not changed and not result.claims:
        out.append(translate("diff.none", lang))
        return "\n".join(out) + "\n"
    for table in changed:
        out.append("")
        out.append(translate(f"diff.table.{table.status}", lang, table=table.table, unit=table.unit))
        if table.old_unit:
            out.append("  " + translate("diff.unit", lang, old=table.old_unit, new=table.unit))
        width = max((len(f"{c.row} {c.field}") for c in table.changes), default=0)
        for change in table.changes:
            where = f"{change.row} {change.field}".ljust(width)
            word = translate(f"diff.{change.kind}", lang)
            if change.kind == "changed":
                out.append(f"  {word:<8} {where}  {number(change.old)} → {number(change.new)}  ({signed(change.delta)})")
            else:
                out.append(f"  {word:<8} {where}  {number(change.old if change.kind == 'removed' else change.new)}")
        if table.totals:
            out.append("  " + translate("diff.effect", lang))
            for total in table.totals:
                label = translate(f"diff.total.{total.label}", lang) if total.label in ("total", "stated") else total.label
                out.append(f"    {label:<14} {number(total.old)} → {number(total.new)}  ({signed(total.delta)})")
    if result.claims:
        out.append("")
        out.append(translate("diff.claims", lang))
        for change in result.claims:
            word = translate(f"diff.{change.kind}", lang)
            values = (f"{number(change.old)} → {number(change.new)}" if change.kind == "changed"
                      else number(change.old if change.kind == "removed" else change.new))
            out.append(f"  {word:<8} {change.row} {change.field}  {values}")
    out.append("")
    out.append(translate("diff.count", lang, count=result.count))
    return "\n".join(out) + "\n"


def render_json(result: PlanDiff) -> str:
    def value(v: Decimal | None) -> str | None:
        return None if v is None else format_plain(v)

    def change(c: Change) -> dict[str, object]:
        return {"kind": c.kind, "row": c.row, "field": c.field, "old": value(c.old), "new": value(c.new),
                "delta": format_plain(c.delta)}

    document = {
        "version": JSON_VERSION,
        "old": result.old,
        "new": result.new,
        "changes": result.count,
        "tables": [
            {
                "table": t.table,
                "status": t.status,
                "unit": t.unit,
                "old_unit": t.old_unit,
                "changes": [change(c) for c in t.changes],
                "totals": [{"label": x.label, "old": value(x.old), "new": value(x.new), "delta": format_plain(x.delta)}
                           for x in t.totals],
            }
            for t in result.tables
        ],
        "claims": [change(c) for c in result.claims],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


register(
    {
        "diff.heading": {"en": "Changes from {old} to {new}", "vi": "Thay đổi từ {old} sang {new}"},
        "diff.none": {"en": "no figure changed", "vi": "không có số liệu nào thay đổi"},
        "diff.table.changed": {"en": "Table {table} ({unit})", "vi": "Biểu {table} ({unit})"},
        "diff.table.added": {"en": "Table {table} ({unit}): new", "vi": "Biểu {table} ({unit}): mới thêm"},
        "diff.table.removed": {"en": "Table {table} ({unit}): removed", "vi": "Biểu {table} ({unit}): đã bỏ"},
        "diff.unit": {
            "en": "unit changed from {old} to {new}; old figures converted exactly",
            "vi": "đơn vị đổi từ {old} sang {new}; số cũ đã được quy đổi chính xác",
        },
        "diff.added": {"en": "added", "vi": "thêm"},
        "diff.removed": {"en": "removed", "vi": "bỏ"},
        "diff.changed": {"en": "changed", "vi": "sửa"},
        "diff.effect": {"en": "effect on the totals:", "vi": "ảnh hưởng đến các tổng:"},
        "diff.total.total": {"en": "computed", "vi": "tổng tính lại"},
        "diff.total.stated": {"en": "stated", "vi": "tổng ghi"},
        "diff.claims": {"en": "Figures in the prose", "vi": "Số liệu trong lời văn"},
        "diff.count": {"en": "{count} figure(s) differ", "vi": "{count} số liệu khác nhau"},
    }
)
