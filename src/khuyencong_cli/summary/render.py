"""Rendering summary grids: terminal table, markdown, csv, json, and bars in the terminal.

Every renderer reads the same :class:`SummaryView` records. Money is formatted from
``Decimal`` (Vietnamese by default, plain with ``--plain-numbers``); machine formats (csv,
json) carry a version so their consumers can rely on them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TextIO

from ..i18n import translate
from ..numbers import format_number, format_plain
from ..reporters.base import ITEMS, dump_with_items
from .views import AVERAGE_STEP, FROM_TEXT, SHARE_STEP, Column, GridRow, SummaryView

__all__ = ["render", "write", "column_label", "row_label", "heading", "cell_text", "bars", "format_percent"]

JSON_VERSION = 2
BAR_WIDTH = 40
_EIGHTHS = " ▏▎▍▌▋▊▉█"


def format_percent(value: Decimal, plain: bool = False) -> str:
    """A share or rate with one decimal always, rounded half-up: ``21,0`` beside ``64,3``
    (``21.0`` with plain numbers and in machine formats)."""
    rounded = value.quantize(SHARE_STEP, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    whole, _, tenth = format(abs(rounded), "f").partition(".")
    if plain:
        return f"{sign}{whole}.{tenth}"
    return f"{sign}{format_number(Decimal(whole))},{tenth}"


def column_label(column: Column, lang: str) -> str:
    """A year column keeps its year (``2015*`` for a plan year); others are messages."""
    return column.key if column.key.rstrip("*").isdigit() else translate(f"summary.col.{column.key}", lang)


def row_label(row: GridRow, lang: str) -> str:
    parts = [translate(p, lang) if p.startswith("summary.") else p for p in row.label.split(" · ")]
    mark = f" {FROM_TEXT}" if row.from_text else ""
    return "· " * row.depth + " · ".join(parts) + mark


def heading(view: SummaryView, lang: str) -> str:
    if view.kind == "all":
        dims = " × ".join(translate(f"summary.view.{d}", lang) for d in view.view.split("×"))
        if view.group is not None:
            kind, period = view.group
            return translate(
                "summary.heading-group", lang, kind=translate(f"summary.kind.{kind}", lang),
                period=period or translate("summary.period-unknown", lang), view=dims, unit=view.unit,
            )
        return translate("summary.heading-all", lang, view=dims, unit=view.unit)
    kind = translate(f"summary.kind.{view.kind}", lang)
    return translate("summary.heading", lang, title=view.plan_title, kind=kind, unit=view.unit)


def cell_text(value: Decimal | str | None, column: Column, plain: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if column.kind == "percent":
        return f"{format_percent(value, plain)}%"
    return format_number(value, plain)


def render(views: Sequence[SummaryView], fmt: str, *, lang: str, plain_numbers: bool, chart: bool = False) -> str:
    """Render grids as a terminal table, markdown, csv or json."""
    buffer = io.StringIO()
    write(views, fmt, buffer, lang=lang, plain_numbers=plain_numbers, chart=chart)
    return buffer.getvalue()


def write(
    views: Iterable[SummaryView], fmt: str, out: TextIO, *, lang: str, plain_numbers: bool, chart: bool = False
) -> None:
    """Write grids to ``out`` one at a time, as :func:`render` renders them (``views`` is read once)."""
    if fmt == "json":
        _json(views, lang, out)
        return
    if fmt == "csv":
        _csv(views, plain_numbers, lang, out)
        return
    for view in views:
        out.write("\n".join(_view_lines(view, fmt, lang, plain_numbers, chart)) + "\n")


def _view_lines(view: SummaryView, fmt: str, lang: str, plain_numbers: bool, chart: bool) -> list[str]:
    from tabulate import tabulate

    out: list[str] = []
    title = heading(view, lang)
    out.append(f"## {title}" if fmt == "markdown" else title)
    if view.file:
        out.append(f"`{view.file}`" if fmt == "markdown" else view.file)
    if fmt == "markdown":
        out.append("")
    first = translate(f"summary.view.{view.view}", lang) if view.kind != "all" else ""
    headers = [first, *[column_label(c, lang) for c in view.columns]]
    rows = [
        [_fit(row_label(r, lang), fmt), *[cell_text(v, c, plain_numbers) for v, c in zip(r.values, view.columns, strict=False)]]
        for r in view.rows
    ]
    aligns = ("left", *["center" if c.kind == "mark" else "right" for c in view.columns])
    out.append(
        tabulate(rows, headers=headers, tablefmt="pipe" if fmt == "markdown" else "simple",
                 disable_numparse=True, colalign=aligns)
    )
    if fmt == "markdown":
        out.append("")
    total_line = _total_line(view, lang, plain_numbers)
    if total_line:
        out.append(total_line)
    for note in view.notes:
        out.append(translate(note, lang))
    if chart:
        drawn = bars(view, lang, plain_numbers)
        if drawn:
            out.append("")
            out.extend(["```text", *drawn, "```"] if fmt == "markdown" else drawn)
    out.append("")
    return out


LABEL_WIDTH = 64


def _fit(label: str, fmt: str) -> str:
    """On a terminal a long item name is cut (…) so the figures stay on screen; markdown,
    csv, json and xlsx keep it whole."""
    return label if fmt != "table" or len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"


def _total_line(view: SummaryView, lang: str, plain: bool) -> str:
    def number(value: Decimal) -> str:
        return format_number(value, plain)

    if view.differs:
        assert view.stated_total is not None
        return translate("summary.stated-differs", lang, stated=number(view.stated_total), computed=number(view.computed_total))
    if view.stated_total is not None:
        return translate("summary.stated-agrees", lang, stated=number(view.stated_total))
    return ""


def bars(view: SummaryView, lang: str, plain: bool, width: int = BAR_WIDTH) -> list[str]:
    """Horizontal bars of each row's total, in eighths of a character, scaled to the largest.

    The scaling is integer arithmetic on Decimals: no float is involved.
    """
    index = next((i for i, c in enumerate(view.columns) if c.key == "total"), None)
    if index is None:
        return []
    pairs = [
        (row_label(r, lang), r.values[index])
        for r in view.rows
        if r.role == "row" and isinstance(r.values[index], Decimal)
    ]
    values = [v for _, v in pairs if isinstance(v, Decimal)]
    biggest = max(values, default=Decimal(0))
    if biggest <= 0:
        return []
    label_width = min(max(len(label) for label, _ in pairs), 48)
    lines = []
    for label, value in pairs:
        assert isinstance(value, Decimal)
        eighths = int(max(value, Decimal(0)) * width * 8 / biggest)
        bar = "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")
        short = label if len(label) <= label_width else label[: label_width - 1] + "…"
        lines.append(f"{short:<{label_width}} │{bar} {format_number(value, plain)}")
    return lines


def _csv(views: Iterable[SummaryView], plain_numbers: bool, lang: str, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "kind", "view", "unit", "label", "column", "value"])
    for view in views:
        for row in view.rows:
            for column, value in zip(view.columns, row.values, strict=False):
                if value is None:
                    continue
                if isinstance(value, str):
                    text = value
                elif column.kind == "percent":
                    text = format_percent(value, plain_numbers)
                else:
                    text = format_plain(value) if plain_numbers else format_number(value)
                writer.writerow([view.file, _csv_kind(view), view.view, view.unit, row_label(row, lang).strip(), column.key, text])


def _csv_kind(view: SummaryView) -> str:
    """``all``, or for a grid across plans of one kind and period ``budget 2016-2020``."""
    if view.group is None:
        return view.kind
    return " ".join(part for part in view.group if part)


def _json(views: Iterable[SummaryView], lang: str, out: TextIO) -> None:
    def value(v: Decimal | str | None, column: Column | None = None) -> str | None:
        if v is None or isinstance(v, str):
            return v
        return format_percent(v, True) if column is not None and column.kind == "percent" else format_plain(v)

    def record(v: SummaryView) -> dict[str, Any]:
        return {
            "file": v.file,
            "plan": v.plan_title,
            "kind": v.kind,
            "view": v.view,
            "unit": v.unit,
            "columns": [{"key": c.key, "kind": c.kind} for c in v.columns],
            "rows": [
                {"label": row_label(r, lang).lstrip("· "), "depth": r.depth, "role": r.role, "values": [value(x, v.columns[i] if i < len(v.columns) else None) for i, x in enumerate(r.values)],
                 **({"from_text": True} if r.from_text else {})}
                for r in v.rows
            ],
            "computed_total": format_plain(v.computed_total),
            "stated_total": value(v.stated_total),
            "differs": v.differs,
            "notes": v.notes,
            **({"group": {"kind": v.group[0], "period": v.group[1]}} if v.group is not None else {}),
        }

    document = {
        "version": JSON_VERSION,
        "rounding": {"share": format_plain(SHARE_STEP), "average": format_plain(AVERAGE_STEP)},
        "summaries": [ITEMS],
    }
    dump_with_items(out, document, (record(v) for v in views))
