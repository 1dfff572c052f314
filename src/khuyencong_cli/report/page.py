"""The report page: one self-contained HTML file (inline CSS and SVG, no network).

Per plan: what the document is, the findings of ``kc validate`` with their places, the
summary tables, and charts (funding by year stacked by source, shares by source, planned
against spent) each beside the table of its figures. Across plans: a plan and a results
report of the same province with years in common are reconciled year by year. Every piece of
text from a plan goes through ``html.escape``.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import TextIO, cast

from ..atomic import scratch
from ..config import Config
from ..engine import CheckOptions
from ..findings import Finding, Severity, severity_label
from ..i18n import register, translate
from ..loader import LoadedPlan
from ..model import Plan
from ..numbers import format_number
from ..reconcile import RESTATEMENT  # noqa: F401  (registers the reconcile.* column names)
from ..runner import FileResult, RuleCache, check_loaded, compare_across
from ..summary.facts import PlanMoney, collect
from ..summary.render import cell_text, column_label, format_percent, row_label
from ..summary.views import FROM_TEXT, SummaryOptions, SummaryView, build_views
from .charts import TOTAL_COLOUR, Colours, paired_bars, share_bar, stacked_bars

__all__ = ["FULL_SECTIONS", "build_report", "write_report"]

ZERO = Decimal(0)

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:24px auto;max-width:1260px;color:#222;padding:0 16px;overflow-wrap:break-word}
h1{font-size:26px;margin-bottom:4px}h2{font-size:21px;border-bottom:2px solid #1f77b4;padding-bottom:4px;margin-top:40px}
h3{font-size:17px;margin-top:24px}.meta{color:#555;font-size:14px}.meta dt{font-weight:600;float:left;clear:left;width:140px}
.meta dd{margin:0 0 2px 150px}table{border-collapse:collapse;font-size:12.5px;margin:0}
th,td{border:1px solid #ccc;padding:3px 8px;vertical-align:top}th{background:#f0f4f8;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr.total td{font-weight:700;background:#fafafa}
tr.stated td{color:#555;font-style:italic}.mark{color:#c00;font-weight:700;text-align:center}
.figure{display:flex;flex-wrap:wrap;gap:20px;align-items:flex-start;margin:12px 0}
.figure>*{min-width:0}.scroll{max-width:100%;overflow-x:auto}
.chart{background:#fff;border:1px solid #ddd;display:block;max-width:100%;height:auto}
.chart .tick{font-size:11px;fill:#444}.chart .value{font-size:11px;fill:#222}
.chart .legend{font-size:12px;fill:#222}.chart .legend-value{font-weight:600}.chart .chart-title{font-size:13px;font-weight:600;fill:#222}
.chart .axis{stroke:#444}.chart .grid{stroke:#e5e5e5}.chart .inbar{font-size:11px;fill:#fff;font-weight:600}
table.findings{width:100%}td.place{overflow-wrap:anywhere;max-width:22em}td.message{min-width:18em}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00;font-weight:600}.sev-info{color:#1f5fa0}
.ok{color:#2a7a2a}.note{color:#555;font-size:13px}footer{margin-top:40px;color:#777;font-size:12px}
nav ul{padding-left:20px}
@media (max-width:640px){
body{margin:12px auto;padding:0 10px}h1{font-size:21px}h2{font-size:18px}
.meta dt{float:none;width:auto}.meta dd{margin:0 0 6px 0}
table.findings,table.findings tbody,table.findings tr,table.findings td{display:block;width:100%}
table.findings thead{display:none}table.findings tr{border:1px solid #ccc;margin:0 0 10px;padding:4px 0}
table.findings td{border:0;padding:2px 8px;max-width:none;min-width:0}
table.findings td::before{content:attr(data-label);display:block;font-size:11px;color:#666;text-transform:uppercase}
}
"""

# Printing: A4, each document from a new page with its name in the page header (a named page
# per document, see build_report), rows and charts never split across pages.
_PRINT_CSS = """
@page{size:A4;margin:18mm 12mm 14mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:11pt}nav,script{display:none}
h2,h3{break-after:avoid}tr,.chart,.meta,td{break-inside:avoid}thead{display:table-header-group}
.scroll{overflow:visible}.figure{display:block}.figure>*{margin-bottom:8px}
.chart{border:0}a{color:inherit;text-decoration:none}
}
"""

_SCRIPT = "document.addEventListener('DOMContentLoaded',function(){document.body.dataset.ok='1';});"


def _t(key: str, lang: str, **params: object) -> str:
    return escape(translate(key, lang, **params))


FULL_SECTIONS = 50
"""Up to this many documents, every one gets its full section; beyond it, the page is an
index table of every document (its totals and findings) and full sections only for the
documents with findings: a page of 10.000 full sections could not be read, nor opened."""


@dataclass(frozen=True, slots=True)
class _YearMoney:
    """What the closing plan-against-results comparison needs of one plan's money: its
    sums by year, not its facts (a report on many plans keeps one of these per plan)."""

    file: str
    province: str
    kind: str
    unit: str
    years: tuple[int, ...]
    by_year: dict[int, Decimal]


def build_report(
    loaded: Iterable[LoadedPlan], *, lang: str, plain_numbers: bool = False, title: str | None = None,
    full_sections: int = FULL_SECTIONS, config: Config | None = None,
) -> str:
    """The whole page for the given plans (broken plans show their load problems), as text;
    :func:`write_report` writes the same page to a file as it goes."""
    buffer = io.StringIO()
    write_report(
        loaded, buffer, lang=lang, plain_numbers=plain_numbers, title=title, full_sections=full_sections, config=config,
    )
    return buffer.getvalue()


def write_report(
    loaded: Iterable[LoadedPlan], out: TextIO, *, lang: str, plain_numbers: bool = False, title: str | None = None,
    full_sections: int = FULL_SECTIONS, config: Config | None = None,
) -> None:
    """Write the page to ``out``, in memory flat in the number of plans.

    ``loaded`` is read once, one plan at a time (a :class:`~khuyencong_cli.plans.PlanStream`
    loads each as it is asked for). Each plan's section is written to a temporary file as it
    comes, and so are its index entry and its named page; only its sums by year are kept,
    for the closing comparison. Nothing is written to ``out`` before every plan has been
    read, so a plan that cannot be loaded (raised at the end of a stream) leaves ``out``
    untouched. More than ``full_sections`` plans: the index becomes a table of every plan
    and only the plans with findings get a full section (docs/reports.md).

    The findings are those ``kc validate`` gives with the same ``config`` (the plans'
    ``kc.toml``): its rule choices and severities per path and its rounding, and the plans'
    suppression comments."""
    plans = loaded if isinstance(loaded, Sized) else list(loaded)
    large = len(plans) > full_sections
    heading = title or translate("report.title", lang)
    config = config or Config()
    options = CheckOptions(lang=lang, plain_numbers=plain_numbers, rounding=config.rounding)
    year_money: list[_YearMoney] = []
    colours = Colours()
    count = shown = 0
    with _spool() as page_rules, _spool() as index, _spool() as sections:
        for number, (plan, monies, findings) in enumerate(_checked(plans, options, config)):
            count += 1
            name = plan.plan.document.title if plan.plan else plan.file
            year_money.extend(_by_year(m) for m in monies if m.kind in ("budget", "results"))
            full = not large or bool(findings) or plan.plan is None
            if large:
                index.write(_index_row(number, name, plan, monies, findings, full, lang, plain_numbers))
            else:
                index.write(f'<li><a href="#plan-{number}">{escape(name)}</a></li>')
            if not full:
                continue
            shown += 1
            # A named page per document: its printed pages carry its name in their header.
            page_rules.write(f"@page plan-{number}{{@top-left{{content:{_css_string(name)}}}}}#plan-{number}{{page:plan-{number}}}")
            sections.write(f'<section id="plan-{number}" class="plan">')
            sections.write("".join(_plan_section(plan, monies, findings, lang, plain_numbers, colours)))
            sections.write("</section>")
        out.write(
            f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(heading)}</title><style>{_CSS}{_PRINT_CSS}"
            f"@page{{@top-left{{content:{_css_string(heading)};font:9pt system-ui,sans-serif;color:#555}}}}"
        )
        _copy(page_rules, out)
        out.write(f"}}</style></head><body><h1>{escape(heading)}</h1>")
        out.write(f'<p class="note">{_t("report.intro", lang, count=count)}</p>')
        if large:
            out.write(f'<p class="note">{_t("report.large", lang, count=count, limit=full_sections, shown=shown)}</p>')
            out.write(_index_head(lang))
            _copy(index, out)
            out.write("</tbody></table></div></nav>")
        else:
            out.write("<nav><ul>")
            _copy(index, out)
            out.write("</ul></nav>")
        _copy(sections, out)
    out.write("".join(_plan_against_results(year_money, lang, plain_numbers)))
    out.write(f"<footer>{_t('report.footer', lang)}</footer><script>{_SCRIPT}</script></body></html>\n")


def _checked(
    plans: Iterable[LoadedPlan], options: CheckOptions, config: Config
) -> Iterator[tuple[LoadedPlan, list[PlanMoney], list[Finding]]]:
    """Each plan with its charted money and its findings as ``kc validate`` gives them
    (:func:`~khuyencong_cli.runner.check_loaded`: the configuration's choices for its path,
    its suppression comments), the rules over several plans included (against the plans
    before it, through the same :func:`~khuyencong_cli.runner.compare_across`); one plan at
    a time."""
    current: list[tuple[LoadedPlan, list[PlanMoney]]] = []
    cache: RuleCache = {}  # rules chosen once for each selection, as kc validate does

    def results() -> Iterator[FileResult]:
        for plan in plans:
            # Claims with no source are not charted; the money first, then the rules (which
            # forget the tables' shared reading when they are done).
            monies = [m for m in collect([(plan.file, plan.plan)]) if m.facts] if plan.plan else []
            current.append((plan, monies))
            yield check_loaded(plan, config, options, cache)

    for result in compare_across(results(), config, options):  # one result for each plan, in step
        plan, monies = current.pop()
        yield plan, monies, list(result.findings)


@contextlib.contextmanager
def _spool() -> Iterator[TextIO]:
    """A temporary text file for a part of the page that is written before it is placed."""
    with scratch("w+") as handle:
        yield cast(TextIO, handle)


def _copy(spool: TextIO, out: TextIO) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)


def _by_year(money: PlanMoney) -> _YearMoney:
    by_year: dict[int, Decimal] = {}
    for fact in money.year_facts:
        if fact.year is not None:
            by_year[fact.year] = by_year.get(fact.year, ZERO) + fact.value
    return _YearMoney(money.file, money.province, money.kind, money.unit, tuple(money.years), by_year)


def _index_head(lang: str) -> str:
    heads = [
        _t("report.index.title", lang), _t("report.province", lang), _t("report.index.kind", lang),
        _t("report.planned-total", lang), _t("report.spent-total", lang),
        *(escape(severity_label(severity, lang)) for severity in Severity),
    ]
    cells = "".join(f"<th>{head}</th>" for head in heads)
    return f'<nav><div class="scroll"><table class="figures index"><thead><tr>{cells}</tr></thead><tbody>'


def _index_row(
    number: int, name: str, loaded: LoadedPlan, monies: Sequence[PlanMoney], findings: Sequence[Finding], full: bool,
    lang: str, plain: bool,
) -> str:
    """One document in the index of a large page: its name (a link when it has a section),
    province, kind, computed totals of planned money and money spent, and its findings per
    severity."""
    plan = loaded.plan
    link = f'<a href="#plan-{number}">{escape(name)}</a>' if full else escape(name)
    province = escape(plan.document.province) if plan else ""
    kind = _t(f"report.doc-kind.{plan.document.kind.value}", lang) if plan else ""
    totals = []
    for kind_of_money in ("budget", "results"):
        mine = [m for m in monies if m.kind == kind_of_money]
        totals.append("<br>".join(
            f"{escape(format_number(sum((f.value for f in m.facts), ZERO), plain))} {escape(m.unit)}" for m in mine
        ))
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    cells = "".join(
        f'<td class="num sev-{severity.value}">{counts[severity]}</td>' if counts[severity] else '<td class="num">0</td>'
        for severity in Severity
    )
    return (
        f'<tr><td title="{escape(loaded.file)}">{link}</td><td>{province}</td><td>{kind}</td>'
        f'<td class="num">{totals[0]}</td><td class="num">{totals[1]}</td>{cells}</tr>'
    )


def _css_string(text: str) -> str:
    """Text as a CSS string literal, safe inside a <style> element."""
    escaped = "".join(c if c.isalnum() or c in " .,;:()-–_/" else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def _scroll(table: str) -> str:
    """A wide table scrolls inside its own box; the page itself never gets wider than the screen."""
    return f'<div class="scroll">{table}</div>'


def _document_meta(file: str, plan: Plan, lang: str) -> list[str]:
    """The document's file, province, kind, date, period and origin, as a definition list."""
    doc = plan.document
    meta = [
        ("report.file", file),
        ("report.province", doc.province),
        ("report.kind", translate(f"report.doc-kind.{doc.kind.value}", lang)),
        ("report.date", doc.date or ""),
        ("report.period", doc.period or ""),
        ("report.origin", (doc.origin.url or doc.origin.seed or "") if doc.origin else ""),
    ]
    return ['<dl class="meta">', *(f"<dt>{_t(key, lang)}</dt><dd>{escape(value)}</dd>" for key, value in meta if value), "</dl>"]


def _plan_section(
    loaded: LoadedPlan, monies: Sequence[PlanMoney], findings: Sequence[Finding], lang: str, plain: bool, colours: Colours
) -> list[str]:
    plan = loaded.plan
    out = [f"<h2>{escape(plan.document.title if plan else loaded.file)}</h2>"]
    if plan is None:
        out.extend(_findings(findings, lang))
        return out
    out.extend(_document_meta(loaded.file, plan, lang))
    for money in monies:
        out.append(f"<h3>{_t('summary.kind.' + money.kind, lang)} ({escape(money.unit)})</h3>")
        (by_source,) = build_views([money], SummaryOptions(by_source=True), money.unit)
        out.append('<div class="figure">')
        shares = [(_short(row_label(r, lang)), r.values[0]) for r in by_source.rows if r.role == "row" and isinstance(r.values[0], Decimal)]
        out.append(share_bar(translate("report.chart.shares", lang, unit=money.unit), shares, colours, plain=plain))
        out.append(_scroll(_table(by_source, lang, plain)))
        out.append("</div>")
        if money.years:
            (grid,) = build_views([money], SummaryOptions(by_source=True, by_year=True), money.unit)
            years = [f"{y}*" if y in money.plan_years else str(y) for y in money.years]
            series = []
            for row in grid.rows:
                if row.role == "row":
                    values = [v if isinstance(v, Decimal) else None for v in row.values[: len(years)]]
                    series.append((_short(row_label(row, lang)), values))
            whole: str | None = None
            if not any(v for _, values in series for v in values):
                # Years stated only for the whole: one series, the Cộng row, in the grey of a whole.
                total_row = next(r for r in grid.rows if r.role == "total")
                series = [(translate("summary.total", lang), [v if isinstance(v, Decimal) else None for v in total_row.values[: len(years)]])]
                whole = TOTAL_COLOUR
            out.append('<div class="figure">')
            out.append(stacked_bars(translate("report.chart.by-year", lang, unit=money.unit), years, series, colours,
                                    plain=plain, series_colour=whole))
            out.append(_scroll(_table(grid, lang, plain, drop=("share", "average"))))
            out.append("</div>")
        names = [f"{source} = {name}" for source, name in money.source_names.items()
                 if any(f.source == source for f in money.facts)]
        if names:
            out.append(f'<p class="note">{escape("; ".join(names))}</p>')
        for note in by_source.notes:
            out.append(f'<p class="note">{_t(note, lang)}</p>')
    if len(monies) == 2:
        out.extend(_planned_and_spent(monies[0], monies[1], lang, plain))
    out.extend(_findings(findings, lang))
    return out


def _span(years: Sequence[int]) -> str:
    return "—" if not years else str(years[0]) if len(years) == 1 else f"{min(years)}–{max(years)}"


def _short(label: str) -> str:
    """A source's id without its name, for chart legends (the table beside has the name);
    money from the text keeps its †."""
    short = label.split(" (", 1)[0]
    mark = f" {FROM_TEXT}"
    return short + mark if label.endswith(mark) and not short.endswith(mark) else short


def _findings(findings: Sequence[Finding], lang: str) -> list[str]:
    out = [f"<h3>{_t('report.findings', lang, count=len(findings))}</h3>"]
    if not findings:
        out.append(f'<p class="ok">{_t("report.no-findings", lang)}</p>')
        return out
    place, severity_head, rule, message = (
        _t(key, lang) for key in ("report.place", "report.severity", "report.rule", "report.message")
    )
    out.append(
        f"<table class=\"findings\"><thead><tr><th>{place}</th><th>{severity_head}</th>"
        f"<th>{rule}</th><th>{message}</th></tr></thead><tbody>"
    )
    for finding in findings:
        severity = finding.severity.value
        # data-label: the column's name, shown before each value when the row becomes a card.
        out.append(
            f'<tr><td data-label="{place}" class="place">{escape(finding.file)}:{finding.line}:{finding.column}</td>'
            f'<td data-label="{severity_head}" class="sev-{escape(severity)}">{escape(severity_label(finding.severity, lang))}</td>'
            f'<td data-label="{rule}">{escape(finding.rule)} {escape(finding.name)}</td>'
            f'<td data-label="{message}" class="message">{escape(finding.message)}'
            + (f'<br><span class="note">{escape(finding.hint)}</span>' if finding.hint else "")
            + "</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _table(view: SummaryView, lang: str, plain: bool, drop: tuple[str, ...] = ()) -> str:
    first = translate(f"summary.view.{view.view}", lang) if view.kind != "all" else ""
    keep = [i for i, c in enumerate(view.columns) if c.key not in drop]
    head = "".join(f"<th>{escape(column_label(view.columns[i], lang))}</th>" for i in keep)
    rows = []
    for row in view.rows:
        cells = []
        for i in keep:
            value, column = (row.values[i] if i < len(row.values) else None), view.columns[i]
            css = "mark" if column.kind == "mark" else "num"
            cells.append(f'<td class="{css}">{escape(cell_text(value, column, plain))}</td>')
        label = row_label(row, lang)
        rows.append(
            f'<tr class="{escape(row.role)}"><td title="{escape(label)}">{escape(_short(label))}</td>{"".join(cells)}</tr>'
        )
    return f'<table class="figures"><thead><tr><th>{escape(first)}</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _pair_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="{"num" if i else ""}">{escape(v)}</td>' for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table class="figures"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _planned_and_spent(planned: PlanMoney, spent: PlanMoney, lang: str, plain: bool) -> list[str]:
    """One plan holding both planned money and money spent: their totals per source."""
    if planned.unit != spent.unit:
        return []
    sources = list(dict.fromkeys([f.source or "—" for f in [*planned.facts, *spent.facts]]))
    a = [sum((f.value for f in planned.facts if (f.source or "—") == s), ZERO) for s in sources]
    b = [sum((f.value for f in spent.facts if (f.source or "—") == s), ZERO) for s in sources]
    labels = (translate("report.planned", lang), translate("report.spent", lang))
    title = translate("report.chart.planned-spent", lang, unit=planned.unit,
                      planned=_span(planned.years), spent=_span(spent.years))
    rows = [[s, format_number(x, plain), format_number(y, plain)] for s, x, y in zip(sources, a, b, strict=True)]
    return [
        f"<h3>{escape(title)}</h3>",
        f'<p class="note">{_t("report.planned-spent-note", lang, planned=", ".join(map(str, planned.years)) or "—", spent=", ".join(map(str, spent.years)) or "—")}</p>',
        '<div class="figure">',
        paired_bars(title, sources, a, b, labels, plain=plain),
        _scroll(_pair_table([translate("reconcile.col.source", lang), *labels], rows)),
        "</div>",
    ]


def _plan_against_results(monies: Sequence[_YearMoney], lang: str, plain: bool) -> list[str]:
    """A plan and a results report of the same province with years in common: year by year."""
    out: list[str] = []
    budgets = [m for m in monies if m.kind == "budget"]
    results = [m for m in monies if m.kind == "results"]
    for plan in budgets:
        for done in results:
            if done.file == plan.file or done.province != plan.province or plan.unit != done.unit:
                continue
            years = sorted(set(plan.years) & set(done.years))
            if not years:
                continue
            a = [plan.by_year.get(y, ZERO) for y in years]
            b = [done.by_year.get(y, ZERO) for y in years]
            labels = (translate("report.planned", lang), translate("report.spent", lang))
            title = translate("report.chart.plan-results", lang, province=plan.province, unit=plan.unit)
            rows = []
            for y, x, z in zip(years, a, b, strict=True):
                rate = "" if x == 0 else f"{format_percent(z * 100 / x, plain)}%"
                rows.append([str(y), format_number(x, plain), format_number(z, plain), rate])
            out.append('<section class="plan-results">')
            out.append(f"<h2>{escape(title)}</h2>")
            out.append(f'<p class="note">{escape(plan.file)} ↔ {escape(done.file)}</p>')
            out.append('<div class="figure">')
            out.append(paired_bars(title, [str(y) for y in years], a, b, labels, plain=plain))
            out.append(_scroll(_pair_table([translate("reconcile.col.year", lang), *labels, translate("reconcile.col.rate", lang)], rows)))
            out.append("</div></section>")
    return out


register(
    {
        "report.title": {"en": "Khuyến công plans: findings and funding", "vi": "Kế hoạch khuyến công: kết quả kiểm tra và kinh phí"},
        "report.intro": {
            "en": "{count} document(s). Every figure is computed from the plan files; every chart has the table of its figures beside it.",
            "vi": "{count} văn bản. Mọi số liệu được tính từ các tệp kế hoạch; mỗi biểu đồ có bảng số liệu của nó bên cạnh.",
        },
        "report.file": {"en": "File", "vi": "Tệp"},
        "report.province": {"en": "Province", "vi": "Tỉnh"},
        "report.kind": {"en": "Document", "vi": "Loại văn bản"},
        "report.date": {"en": "Date", "vi": "Ngày"},
        "report.period": {"en": "Period", "vi": "Giai đoạn"},
        "report.origin": {"en": "Source", "vi": "Nguồn văn bản"},
        "report.large": {
            "en": "{count} documents, more than {limit}: the table lists every one with its computed totals and its findings; "
            "the {shown} with findings have a full section below.",
            "vi": "{count} văn bản, nhiều hơn {limit}: bảng dưới đây liệt kê từng văn bản với tổng kinh phí tính ra và số phát hiện; "
            "{shown} văn bản có phát hiện được trình bày đầy đủ ở phần sau.",
        },
        "report.index.title": {"en": "Document", "vi": "Văn bản"},
        "report.index.kind": {"en": "Kind", "vi": "Loại"},
        "report.planned-total": {"en": "Planned (computed)", "vi": "Kế hoạch (tính ra)"},
        "report.spent-total": {"en": "Spent (computed)", "vi": "Thực hiện (tính ra)"},
        "report.findings": {"en": "Findings ({count})", "vi": "Kết quả kiểm tra ({count})"},
        "report.no-findings": {"en": "No findings: the figures are consistent.", "vi": "Không phát hiện sai sót: các số liệu nhất quán."},
        "report.place": {"en": "Place", "vi": "Vị trí"},
        "report.severity": {"en": "Severity", "vi": "Mức"},
        "report.rule": {"en": "Rule", "vi": "Quy tắc"},
        "report.message": {"en": "Message", "vi": "Nội dung"},
        "report.chart.shares": {"en": "Shares by source ({unit})", "vi": "Tỷ trọng theo nguồn ({unit})"},
        "report.chart.by-year": {"en": "Funding by year, by source ({unit})", "vi": "Kinh phí theo năm, theo nguồn ({unit})"},
        "report.chart.planned-spent": {
            "en": "Planned {planned} and spent {spent}, by source ({unit})",
            "vi": "Kế hoạch {planned} và thực hiện {spent} theo nguồn ({unit})",
        },
        "report.planned-spent-note": {
            "en": "Planned money covers {planned}; money spent covers {spent}.",
            "vi": "Kinh phí kế hoạch cho các năm {planned}; kinh phí đã thực hiện cho các năm {spent}.",
        },
        "report.chart.plan-results": {
            "en": "{province}: plan against results by year ({unit})",
            "vi": "{province}: kế hoạch so với thực hiện theo năm ({unit})",
        },
        "report.planned": {"en": "planned", "vi": "kế hoạch"},
        "report.doc-kind.programme": {"en": "programme", "vi": "chương trình"},
        "report.doc-kind.plan": {"en": "plan", "vi": "kế hoạch"},
        "report.doc-kind.annual-plan": {"en": "annual plan", "vi": "kế hoạch năm"},
        "report.doc-kind.project": {"en": "project", "vi": "đề án"},
        "report.doc-kind.results-report": {"en": "results report", "vi": "báo cáo kết quả"},
        "report.doc-kind.news-article": {"en": "news article", "vi": "bài báo"},
        "report.doc-kind.regulation": {"en": "regulation", "vi": "quy chế"},
        "report.spent": {"en": "spent", "vi": "thực hiện"},
        "report.footer": {
            "en": "Made by kc from the plan files. Open offline: the page loads nothing from the network.",
            "vi": "Tạo bởi kc từ các tệp kế hoạch. Mở được khi không có mạng: trang không tải gì từ Internet.",
        },
    }
)
