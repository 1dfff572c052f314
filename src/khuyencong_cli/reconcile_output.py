"""Rendering a reconciliation: text for people, versioned json for programs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from .i18n import register, translate
from .numbers import format_number, format_plain
from .reconcile import PLAN_RESULTS, ItemLine, Line, Reconciliation
from .reconcile_totals import MONEY, Scope, StatedTotal, TotalLine
from .summary.claims import hedge_sign
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
    out.extend(_totals_text(result, lang, plain_numbers, a_name, b_name))
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
    for side in result.only_totals:
        out.append(translate("reconcile.only-totals", lang, side=a_name if side == "a" else b_name))
    for side in result.partial:
        out.append(translate("reconcile.partial", lang, side=a_name if side == "a" else b_name))
    if result.compared_years:
        out.append(translate("reconcile.years", lang, years=", ".join(map(str, result.compared_years))))
    elif result.a.years and result.b.years:
        out.append(translate("reconcile.no-common-years", lang))
    else:
        out.append(translate("reconcile.whole-period", lang))
    return out


def _verdict(result: Reconciliation, lang: str, tolerance: str) -> list[str]:
    """The closing sentence: reconciled, not, or nothing to compare."""
    unmatched = len(result.unmatched) + len(result.unmatched_totals)
    if result.total is None and not result.totals and not result.by_source:
        key = "reconcile.verdict.no-scope" if result.only_totals else "reconcile.verdict.nothing"
        out = [translate(key, lang, unmatched=unmatched)]
        if result.nothing_matched:
            out.append(translate("reconcile.verdict.unreconciled", lang))
        return out
    if result.exceeded:
        count = len(result.differences) + len(result.total_differences)
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
        "only_totals": result.only_totals,
        "partial": result.partial,
        "totals": [_total_line(x) for x in result.totals],
        "unmatched_totals": [{"side": side, **_stated(t)} for side, t in result.unmatched_totals],
        "total_differences": len(result.total_differences),
        "differences": len(result.differences),
        "exceeded": result.exceeded,
        "nothing_matched": result.nothing_matched,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _number(value: Decimal | int, plain: bool) -> str:
    return format_number(Decimal(value), plain)


def shown(total: StatedTotal, plain: bool) -> str:
    """A total as the text states it: ">1,63", "≈2,5", "<162,5", "10–15", "20"."""
    text = _number(total.value, plain)
    if total.high is not None:
        text += "–" + _number(total.high, plain)
    return hedge_sign(total.hedge) + text


def scope_label(scope: Scope, unit: str, lang: str) -> str:
    """``money (tỷ đồng) · KCDP · plan · 2017``; what the text leaves unsaid is left out."""
    bits = [translate("reconcile.scope.money", lang, unit=unit) if scope.measure == MONEY else unit]
    if scope.sources:
        bits.append("+".join(scope.sources))
    elif scope.measure == MONEY:
        bits.append(translate("reconcile.scope.whole", lang))
    if scope.kind:
        bits.append(translate(f"reconcile.scope.{scope.kind}", lang))
    if scope.period:
        bits.append(scope.period)
    return " · ".join(bits)


def _totals_text(result: Reconciliation, lang: str, plain: bool, a_name: str, b_name: str) -> list[str]:
    """The totals of one scope both sides state, then those only one side states."""
    from tabulate import tabulate

    out: list[str] = []
    if result.totals:
        rows = []
        for line in result.totals:
            status = "" if line.agrees else _total_status(line, result, lang)
            rows.append([
                _fit(scope_label(line.scope, line.a.unit, lang)), shown(line.a, plain), shown(line.b, plain),
                _number(line.difference, plain), status, f"{line.a.label} ↔ {line.b.label}",
            ])
            if line.a.rest is not None or line.b.rest is not None:
                rows.append([
                    "· " + translate("reconcile.rest", lang),
                    "" if line.a.rest is None else _number(line.a.rest, plain),
                    "" if line.b.rest is None else _number(line.b.rest, plain), "", "", "",
                ])
        headers = [translate("reconcile.col.scope", lang), a_name, b_name, translate("reconcile.col.difference", lang), "", ""]
        aligns = ["left", "right", "right", "right", "left", "left"]
        if not any(row[4] for row in rows):  # no status column when every total agrees
            rows = [row[:4] + row[5:] for row in rows]
            del headers[4], aligns[4]
        out += ["", translate("reconcile.totals", lang)]
        out.append(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True, colalign=aligns))
    listed, unlisted = _listed_totals(result)
    if listed:
        rows = [
            [a_name if side == "a" else b_name, _fit(scope_label(t.scope, t.unit, lang)), shown(t, plain), t.label]
            for side, t in listed
        ]
        out += ["", translate("reconcile.totals-unmatched", lang)]
        out.append(tabulate(rows, tablefmt="simple", disable_numparse=True, colalign=("left", "left", "right", "left")))
    if unlisted:
        out += ["", translate("reconcile.totals-unlisted", lang, count=unlisted)]
    if any(hedge_sign(t.hedge) for line in result.totals for t in (line.a, line.b)) or any(
        hedge_sign(t.hedge) for _, t in listed
    ):
        out.append(translate("reconcile.hedges-note", lang))
    return out


def _total_status(line: TotalLine, result: Reconciliation, lang: str) -> str:
    """Over or under the plan (plan against results), else "≠ differs"."""
    if result.mode == PLAN_RESULTS:
        return translate("reconcile.over" if line.difference > 0 else "reconcile.under", lang)
    return "≠ " + translate("reconcile.differs", lang)


def _listed_totals(result: Reconciliation) -> tuple[list[tuple[str, StatedTotal]], int]:
    """The unmatched totals worth a line of text: those whose measure (money, or that count
    unit) the other side states too. A decision's many counts the article never speaks of
    would bury the rest; they are counted here and listed in full in json."""
    measures = {
        "a": {t.scope.measure for t in result.a.totals} | {line.a.scope.measure for line in result.totals},
        "b": {t.scope.measure for t in result.b.totals} | {line.b.scope.measure for line in result.totals},
    }
    for side, t in result.unmatched_totals:
        measures[side].add(t.scope.measure)
    listed = [(side, t) for side, t in result.unmatched_totals if t.scope.measure in measures["b" if side == "a" else "a"]]
    return listed, len(result.unmatched_totals) - len(listed)


def _plain(value: Decimal | int | None) -> str | None:
    return None if value is None else format_plain(Decimal(value))


def _stated(total: StatedTotal) -> dict[str, object]:
    scope = total.scope
    return {
        "label": total.label,
        "scope": {"measure": scope.measure, "sources": list(scope.sources), "kind": scope.kind or None,
                  "period": scope.period or None},
        "unit": total.unit,
        "value": _plain(total.value),
        "high": _plain(total.high),
        "hedge": None if total.hedge is None else total.hedge.value,
        "shown": shown(total, True),
        "interval": [_plain(total.low_end), _plain(total.high_end)],
        "rest": _plain(total.rest),
    }


def _total_line(line: TotalLine) -> dict[str, object]:
    return {"a": _stated(line.a), "b": _stated(line.b), "difference": _plain(line.difference), "agrees": line.agrees}


register(
    {
        "reconcile.totals": {
            "en": "Totals stated, by scope (money in the unit above, counts in their own unit)",
            "vi": "Các tổng đã nêu, theo phạm vi (kinh phí theo đơn vị ở trên, số lượng theo đơn vị của nó)",
        },
        "reconcile.totals-unmatched": {
            "en": "Totals only one side states (or several of one scope, none agreeing)",
            "vi": "Các tổng chỉ một vế nêu (hoặc nhiều tổng cùng phạm vi, không tổng nào khớp)",
        },
        "reconcile.col.scope": {"en": "scope", "vi": "phạm vi"},
        "reconcile.totals-unlisted": {
            "en": "{count} more total(s) of a measure the other side never states (a count in another unit) not shown; --format json lists them",
            "vi": "{count} tổng khác thuộc đại lượng mà vế kia không nêu (số lượng theo đơn vị khác) không hiển thị; --format json liệt kê đầy đủ",
        },
        "reconcile.verdict.no-scope": {
            "en": "nothing could be compared: no total of one scope (measure, sources, kind, period) is stated by both sides; {unmatched} figure(s) listed",
            "vi": "không có gì để so sánh: không có tổng nào cùng phạm vi (đại lượng, nguồn, loại, giai đoạn) mà cả hai vế cùng nêu; đã liệt kê {unmatched} số",
        },
        "reconcile.scope.money": {"en": "money ({unit})", "vi": "kinh phí ({unit})"},
        "reconcile.scope.whole": {"en": "whole", "vi": "toàn bộ"},
        "reconcile.scope.budget": {"en": "plan", "vi": "kế hoạch"},
        "reconcile.scope.results": {"en": "results", "vi": "kết quả"},
        "reconcile.rest": {
            "en": "of which not accounted for by the parts named",
            "vi": "trong đó chưa nêu rõ (ngoài các phần đã nêu)",
        },
        "reconcile.only-totals": {
            "en": "{side} states only totals (its text names no source for its money): compared by its totals, not by source, year or item",
            "vi": "vế {side} chỉ nêu các tổng (lời văn không nêu kinh phí theo nguồn): đối chiếu theo tổng, không theo nguồn, năm hay nội dung",
        },
        "reconcile.partial": {
            "en": "{side} names its parts by source only as examples (parts_complete: false): they are compared source by source, their sum is no total (the whole is compared under the totals)",
            "vi": "vế {side} chỉ nêu một số phần theo nguồn làm ví dụ (parts_complete: false): so sánh từng nguồn, tổng các phần đó không phải là tổng (tổng được so sánh ở mục các tổng)",
        },
        "reconcile.hedges-note": {
            "en": "> hơn/trên, < gần/dưới, ≈ khoảng/ước, ≥ ít nhất: a hedged total stands for the interval its words allow; two totals agree when their intervals meet",
            "vi": "> hơn/trên, < gần/dưới, ≈ khoảng/ước, ≥ ít nhất: tổng có từ ước lượng được hiểu là khoảng giá trị mà lời văn cho phép; hai tổng khớp khi hai khoảng giao nhau",
        },
    }
)
