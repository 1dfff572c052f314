"""Rendering a reconciliation: text for people, versioned json for programs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from .i18n import translate
from .numbers import format_number, format_plain
from .reconcile import PLAN_RESULTS, ItemLine, Line, Reconciliation
from .summary.render import format_percent

__all__ = ["render_text", "render_json", "JSON_VERSION"]

JSON_VERSION = 1


LABEL_WIDTH = 64


def _fit(label: str) -> str:
    """A long item name is cut (…) so the figures stay on screen; json keeps it whole."""
    return label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"


def _status(line: Line, result: Reconciliation, lang: str) -> str:
    if abs(line.difference) <= result.tolerance:
        return ""
    if result.mode == PLAN_RESULTS:
        return translate("reconcile.over" if line.difference > 0 else "reconcile.under", lang)
    return "≠ " + translate("reconcile.differs", lang)


def render_text(result: Reconciliation, *, lang: str, plain_numbers: bool) -> str:
    from tabulate import tabulate

    def number(value: Decimal) -> str:
        return format_number(value, plain_numbers)

    mode = result.mode
    a_name = translate(f"reconcile.side.a.{mode}", lang)
    b_name = translate(f"reconcile.side.b.{mode}", lang)
    out = _heading(result, lang, a_name, b_name)
    headers_tail = [a_name, b_name, translate("reconcile.col.difference", lang), translate("reconcile.col.rate", lang)]

    def section(title: str, lines: Sequence[Line], first: str, extra: bool = False) -> None:
        if not lines:
            return
        rows = []
        for line in lines:
            rate = "" if line.rate is None else f"{format_percent(line.rate, plain_numbers)}%"
            label = translate("reconcile.total", lang) if line is result.total else line.label
            row = [_fit(label), number(line.a), number(line.b), number(line.difference), rate, _status(line, result, lang)]
            if extra:
                b_label = getattr(line, "b_label", "")
                how = getattr(line, "matched_by", "")
                note = translate("reconcile.matched-by", lang, how=translate(f"reconcile.how.{how}", lang))
                if b_label and b_label != label:
                    note += f": {_fit(b_label)}"
                row.append(note)
            rows.append(row)
        headers = [first, *headers_tail]
        aligns: tuple[str, ...] = ("left", "right", "right", "right", "right")
        # The status column (over, under, differs) only when a line has one: no empty column.
        if any(row[5] for row in rows):
            headers.append("")
            aligns += ("left",)
        else:
            rows = [row[:5] + row[6:] for row in rows]
        if extra:
            headers.append("")
            aligns += ("left",)
        out.append("")
        out.append(translate(title, lang))
        out.append(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True, colalign=aligns))

    section("reconcile.by-source", result.by_source, translate("reconcile.col.source", lang))
    section("reconcile.by-year", result.by_year, translate("reconcile.col.year", lang))
    if len({line.label.split()[0] for line in result.by_source_year}) > 1:
        section("reconcile.by-source-year", result.by_source_year, translate("reconcile.col.source-year", lang))
    section("reconcile.by-item", result.by_item, translate("reconcile.col.item", lang), extra=True)
    if result.unmatched:
        out.append("")
        out.append(translate("reconcile.unmatched", lang))
        rows = [
            [translate(f"reconcile.only.{u.side}.{mode}.{u.what}", lang), _fit(u.label), number(u.value)]
            for u in result.unmatched
        ]
        out.append(tabulate(rows, tablefmt="simple", disable_numparse=True, colalign=("left", "left", "right")))
    if result.total is not None:
        section("reconcile.total", [result.total], "")
    out.append("")
    out.extend(_verdict(result, lang, number(result.tolerance)))
    return "\n".join(out) + "\n"


def _heading(result: Reconciliation, lang: str, a_name: str, b_name: str) -> list[str]:
    """What was compared with what, the warnings, and which years."""
    out = [translate(f"reconcile.heading.{result.mode}", lang, unit=result.a.unit)]
    out.append(f"  {a_name}: {result.a.label}")
    out.append(f"  {b_name}: {result.b.label}")
    for warning in result.warnings:
        out.append(translate(f"reconcile.warning.{warning.what}", lang, a=warning.a, b=warning.b))
    if result.compared_years:
        out.append(translate("reconcile.years", lang, years=", ".join(map(str, result.compared_years))))
    elif result.a.years and result.b.years:
        out.append(translate("reconcile.no-common-years", lang))
    else:
        out.append(translate("reconcile.whole-period", lang))
    return out


def _verdict(result: Reconciliation, lang: str, tolerance: str) -> list[str]:
    """The closing sentence: reconciled, not, or nothing to compare."""
    unmatched = len(result.unmatched)
    if result.total is None:
        out = [translate("reconcile.verdict.nothing", lang, unmatched=unmatched)]
        if result.nothing_matched:
            out.append(translate("reconcile.verdict.unreconciled", lang))
        return out
    if result.exceeded:
        count = len(result.differences)
        return [translate("reconcile.verdict.bad", lang, count=count, unmatched=unmatched, tolerance=tolerance)]
    return [translate("reconcile.verdict.ok", lang, unmatched=unmatched, tolerance=tolerance)]


def _line(line: Line) -> dict[str, object]:
    data: dict[str, object] = {
        "label": line.label,
        "a": format_plain(line.a),
        "b": format_plain(line.b),
        "difference": format_plain(line.difference),
        "rate": None if line.rate is None else format_percent(line.rate, True),
    }
    if isinstance(line, ItemLine):
        data["b_label"] = line.b_label
        data["matched_by"] = line.matched_by
    return data


def render_json(result: Reconciliation) -> str:
    document = {
        "version": JSON_VERSION,
        "mode": result.mode,
        "unit": result.a.unit,
        "a": result.a.label,
        "b": result.b.label,
        "tolerance": format_plain(result.tolerance),
        "compared_years": result.compared_years,
        "warnings": [{"what": w.what, "a": w.a, "b": w.b} for w in result.warnings],
        "by_source": [_line(x) for x in result.by_source],
        "by_year": [_line(x) for x in result.by_year],
        "by_source_year": [_line(x) for x in result.by_source_year],
        "by_item": [_line(x) for x in result.by_item],
        "unmatched": [
            {"side": u.side, "what": u.what, "label": u.label, "value": format_plain(u.value)} for u in result.unmatched
        ],
        "total": None if result.total is None else _line(result.total),
        "differences": len(result.differences),
        "exceeded": result.exceeded,
        "nothing_matched": result.nothing_matched,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
