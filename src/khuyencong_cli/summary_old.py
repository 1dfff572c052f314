"""``kc summary``: the money of each plan by source, by year, by item, computed from the cells.

Figures come from the finest data a table gives (cells, else sub-rows, else a row's stated
total), so a summary never trusts a stated total it could recompute; where a stated total
differs from the computed one it is shown beside it with a mark. Tables that restate another
table's money (``restates:``) are left out, so nothing is counted twice.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from .i18n import register, translate
from .model import Plan, Table, TableKind
from .numbers import convert, format_number, format_plain
from .tables import Entry, children, iter_rows, row_entries, table_entries, table_path, total_row_entries

__all__ = ["SummaryView", "build_summaries", "render_summaries"]

NO_SOURCE = "—"
WHOLE_PERIOD = "—"


@dataclass
class SummaryView:
    """One grid: labelled rows × columns of Decimals, with a computed total and a stated one."""

    file: str
    plan_title: str
    kind: str
    view: str
    unit: str
    columns: list[str]
    rows: list[tuple[str, list[Decimal | None]]] = field(default_factory=list)
    stated_total: Decimal | None = None
    notes: list[str] = field(default_factory=list)
    column_totals: list[Decimal] = field(default_factory=list)

    @property
    def computed_total(self) -> Decimal:
        return sum((value for _, values in self.rows for value in values[-1:] if value is not None), Decimal(0))


def _money_tables(plan: Plan, kind: TableKind) -> list[Table]:
    return [t for t in plan.tables if t.kind is kind and t.restates is None]


def _entries(plan: Plan, tables: Sequence[Table], unit: str) -> list[Entry]:
    found = []
    for table in tables:
        for entry in table_entries(table, table_path(plan, table)):
            value = convert(entry.value, table.unit, unit)
            found.append(Entry(entry.year, entry.source, value, entry.path, f"{table.id}:{entry.row}"))
    return found


def _stated_total(tables: Sequence[Table], unit: str) -> Decimal | None:
    stated = [convert(t.total.total, t.unit, unit) for t in tables if t.total is not None and t.total.total is not None]
    return sum(stated, Decimal(0)) if stated and len(stated) == len(tables) else None


def _year_entries_from_total_rows(plan: Plan, tables: Sequence[Table], unit: str) -> list[Entry]:
    """When rows give no years but the Cộng row does (a split by year stated only once)."""
    return [
        Entry(e.year, e.source, convert(e.value, table.unit, unit), e.path, e.row)
        for table in tables
        for e in total_row_entries(table, table_path(plan, table))
    ]


def _sum(entries: Sequence[Entry]) -> Decimal:
    return sum((e.value for e in entries), Decimal(0))


def build_summaries(
    plans: Sequence[tuple[str, Plan]], *, by_source: bool, by_year: bool, by_item: bool
) -> list[SummaryView]:
    """The grids asked for, per plan and per kind of money (planned, actual)."""
    views: list[SummaryView] = []
    for file, plan in plans:
        names = {s.id: s.name for s in plan.sources}
        for kind in (TableKind.BUDGET, TableKind.RESULTS):
            tables = _money_tables(plan, kind)
            if not tables:
                continue
            unit = tables[0].unit
            entries = _entries(plan, tables, unit)
            stated = _stated_total(tables, unit)
            header = dict(file=file, plan_title=plan.document.title, kind=kind.value, unit=unit)
            year_entries = entries
            notes: list[str] = []
            if (by_year) and not any(e.year is not None for e in entries):
                year_entries = _year_entries_from_total_rows(plan, tables, unit)
                if year_entries:
                    notes.append("summary.years-from-total")
            years = sorted({e.year for e in year_entries if e.year is not None})
            if by_source and by_year:
                view = SummaryView(**header, view="source×year", columns=[*map(str, years), "total"], stated_total=stated, notes=notes)
                for source in _sources(entries):
                    mine = [e for e in entries if e.source == source]
                    cells: list[Decimal | None] = [
                        _sum([e for e in mine if e.year == y]) if any(e.year == y for e in mine) else None for y in years
                    ]
                    view.rows.append((_source_label(source, names), [*cells, _sum(mine)]))
                view.column_totals = [_sum([e for e in year_entries if e.year == y]) for y in years]
                views.append(view)
            elif by_source:
                view = SummaryView(**header, view="source", columns=["total"], stated_total=stated)
                for source in _sources(entries):
                    view.rows.append((_source_label(source, names), [_sum([e for e in entries if e.source == source])]))
                views.append(view)
            elif by_year:
                view = SummaryView(**header, view="year", columns=["total"], stated_total=stated, notes=notes)
                for year in years:
                    view.rows.append((str(year), [_sum([e for e in year_entries if e.year == year])]))
                undated = [e for e in year_entries if e.year is None]
                if undated:
                    view.rows.append((WHOLE_PERIOD, [_sum(undated)]))
                views.append(view)
            if by_item:
                view = SummaryView(**header, view="item", columns=["stated", "total"], stated_total=stated)
                for table in tables:
                    for ref in iter_rows(table, table_path(plan, table), include_total=False):
                        computed = convert(_sum(row_entries(ref, children(ref))), table.unit, unit)
                        stated_row = None if ref.row.total is None else convert(ref.row.total, table.unit, unit)
                        label = "· " * ref.depth + f"{ref.row.id} {ref.row.name}"
                        if ref.depth == 0:
                            view.rows.append((label, [stated_row, computed]))
                        else:
                            view.rows.append((label, [stated_row, None]))
                views.append(view)
    return views


def _sources(entries: Sequence[Entry]) -> list[str | None]:
    ordered: list[str | None] = []
    for entry in entries:
        if entry.source not in ordered:
            ordered.append(entry.source)
    return ordered


def _source_label(source: str | None, names: dict[str, str]) -> str:
    if source is None:
        return NO_SOURCE
    return f"{source} ({names[source]})" if source in names else source


def render_summaries(views: Sequence[SummaryView], fmt: str, *, lang: str, plain_numbers: bool) -> str:
    """Render grids as a terminal table, markdown, csv or json."""
    if fmt == "json":
        return _json(views)
    if fmt == "csv":
        return _csv(views, plain_numbers)
    from tabulate import tabulate

    out = []
    number = lambda v: "" if v is None else format_number(v, plain_numbers)  # noqa: E731
    for view in views:
        heading = translate("summary.heading", lang, title=view.plan_title, kind=translate(f"summary.kind.{view.kind}", lang), unit=view.unit)
        out.append(f"## {heading}" if fmt == "markdown" else heading)
        out.append(f"{view.file}")
        headers = [translate(f"summary.view.{view.view}", lang), *[translate(f"summary.col.{c}", lang) if c in ("total", "stated") else c for c in view.columns]]
        rows = [[label, *[number(v) for v in values]] for label, values in view.rows]
        total_label = translate("summary.total", lang)
        leading = [number(v) for v in view.column_totals] or [""] * (len(view.columns) - 1)
        rows.append([total_label, *leading, number(view.computed_total)])
        table = tabulate(rows, headers=headers, tablefmt="pipe" if fmt == "markdown" else "simple", disable_numparse=True, colalign=("left", *["right"] * len(view.columns)))
        out.append(table)
        if view.stated_total is not None and view.stated_total != view.computed_total:
            out.append("≠ " + translate("summary.stated-differs", lang, stated=number(view.stated_total), computed=number(view.computed_total)))
        elif view.stated_total is not None:
            out.append(translate("summary.stated-agrees", lang, stated=number(view.stated_total)))
        for note in view.notes:
            out.append(translate(note, lang))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")


def _csv(views: Sequence[SummaryView], plain_numbers: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "view", "unit", "label", "column", "value"])
    for view in views:
        for label, values in view.rows:
            for column, value in zip(view.columns, values, strict=True):
                if value is not None:
                    writer.writerow([view.file, view.kind, view.view, view.unit, label.strip(), column, format_number(value, plain_numbers) if not plain_numbers else format_plain(value)])
        writer.writerow([view.file, view.kind, view.view, view.unit, "TOTAL", "total", format_plain(view.computed_total) if plain_numbers else format_number(view.computed_total)])
    return buffer.getvalue()


def _json(views: Sequence[SummaryView]) -> str:
    document = {
        "version": 1,
        "summaries": [
            {
                "file": v.file,
                "plan": v.plan_title,
                "kind": v.kind,
                "view": v.view,
                "unit": v.unit,
                "columns": v.columns,
                "rows": [
                    {"label": label.strip(), "values": [None if x is None else format_plain(x) for x in values]}
                    for label, values in v.rows
                ],
                "column_totals": [format_plain(x) for x in v.column_totals],
                "computed_total": format_plain(v.computed_total),
                "stated_total": None if v.stated_total is None else format_plain(v.stated_total),
            }
            for v in views
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


register(
    {
        "summary.heading": {"en": "{title}: {kind} ({unit})", "vi": "{title}: {kind} ({unit})"},
        "summary.kind.budget": {"en": "planned funding", "vi": "kinh phí kế hoạch"},
        "summary.kind.results": {"en": "funding spent", "vi": "kinh phí đã thực hiện"},
        "summary.view.source": {"en": "source", "vi": "nguồn"},
        "summary.view.year": {"en": "year", "vi": "năm"},
        "summary.view.item": {"en": "item", "vi": "nội dung"},
        "summary.view.source×year": {"en": "source \\ year", "vi": "nguồn \\ năm"},
        "summary.col.total": {"en": "total", "vi": "tổng"},
        "summary.col.stated": {"en": "stated", "vi": "ghi trong bảng"},
        "summary.total": {"en": "Total", "vi": "Tổng cộng"},
        "summary.stated-differs": {
            "en": "the table states {stated}, but its cells add up to {computed}",
            "vi": "bảng ghi {stated}, nhưng các ô cộng lại bằng {computed}",
        },
        "summary.stated-agrees": {
            "en": "agrees with the stated total {stated}",
            "vi": "khớp với tổng ghi trong bảng {stated}",
        },
        "summary.years-from-total": {
            "en": "years from the total row: the document splits by year only the whole amount",
            "vi": "số theo năm lấy từ dòng tổng: văn bản chỉ phân kỳ theo năm cho tổng kinh phí",
        },
    }
)
