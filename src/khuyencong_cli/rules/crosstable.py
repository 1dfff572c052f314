"""Two tables of one document stating the same money, reconciled line by line.

A plan often gives a summary table (by source and year) and a detailed annex (by item, year
and source) of the same budget: ``restates:`` on the annex names the summary. Every
(year, source) total must then agree, and a row that says which rows of the other table it
restates (``Row.restates``) must agree with them cell by cell. The annex is usually typed
later, from the summary, so a disagreement is a retyping error in one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..model import Figure, Plan, Table
from ..numbers import convert, unit_factor
from ..source import Path
from ..tables import Entry, figure_entries, iter_rows, row_entries, table_path
from .base import rule

Key = tuple[int | None, str | None]


def _grouped(entries: Iterable[Entry], with_years: bool, with_sources: bool) -> dict[Key, Decimal]:
    found: dict[Key, Decimal] = {}
    for entry in entries:
        key = (entry.year if with_years else None, entry.source if with_sources else None)
        found[key] = found.get(key, Decimal(0)) + entry.value
    return found


def _reconcile(
    plan: Plan, table: Table, other: Table, mine: list[Entry], theirs: list[Entry], path: Path, label: str, their_label: str
) -> Iterator[Problem]:
    if unit_factor(table.unit) and unit_factor(other.unit):
        theirs = [Entry(e.year, e.source, convert(e.value, other.unit, table.unit), e.path, e.row) for e in theirs]
    with_years = any(e.year is not None for e in mine) and any(e.year is not None for e in theirs)
    with_sources = any(e.source is not None for e in mine) and any(e.source is not None for e in theirs)
    a = _grouped(mine, with_years, with_sources)
    b = _grouped(theirs, with_years, with_sources)
    for key in sorted(set(a) | set(b), key=lambda k: (k[0] or 0, k[1] or "")):
        stated, computed = a.get(key, Decimal(0)), b.get(key, Decimal(0))
        if stated == computed:
            continue
        year, source = key
        cell = " ".join(str(bit) for bit in (year, source) if bit is not None) or "—"
        where = next((e.path for e in mine if (e.year if with_years else None, e.source if with_sources else None) == key), path)
        yield Problem(
            path=where,
            message="KC310.message",
            params={"table": table.id, "row": label, "other": other.id, "other_row": their_label,
                    "cell": cell, "stated": stated, "computed": computed, "difference": stated - computed},
            hint="KC310.hint",
            stated=stated,
            computed=computed,
            parts=tuple(Part(e.label, e.value) for e in theirs
                        if (e.year if with_years else None, e.source if with_sources else None) == key),
            unit=table.unit,
        )


@rule(
    "KC310",
    "restated-table",
    Severity.ERROR,
    "Two tables that state the same money disagree on a year, a source or a line.",
    "Hai biểu cùng thể hiện một khoản kinh phí nhưng lệch nhau ở một năm, một nguồn hoặc một dòng.",
    doc_vi=(
        "Một bảng có ``restates: other`` (nhắc lại bảng ``other``) phải ghi ở dòng Cộng cùng\n"
        "tổng cho từng năm và từng nguồn như bảng ``other``; một dòng có\n"
        "``restates: [các dòng của other]`` phải khớp với các dòng đó ở từng ô."
    ),
    messages={
        "message": {
            "en": "table {table}, row {row}, {cell}: {stated} here but {computed} in table {other} (rows {other_row}) (difference {difference})",
            "vi": "bảng {table}, dòng {row}, {cell}: ghi {stated} nhưng bảng {other} (dòng {other_row}) ghi {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "the two tables state the same money; correct the one that differs from the approved figures",
            "vi": "hai biểu thể hiện cùng một khoản kinh phí; sửa biểu sai khác với số được duyệt",
        },
    },
)
def restated_table(plan: Plan) -> Iterator[Problem]:
    """A table with ``restates: other`` must give, in its Cộng row, the same total for every
    year and source as ``other``; a row with ``restates: [rows of other]`` must match those rows cell by cell.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: tong-hop
            kind: budget
            title: Biểu tổng hợp kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.600"}}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}}
          - id: bieu-02
            kind: budget
            title: Biểu 02
            unit: triệu đồng
            years: [2016, 2017]
            restates: tong-hop
            rows:
              - {id: "1", name: Đào tạo nghề, cells: {2016: {KCQG: 700, KCDP: 300}, 2017: {KCQG: 800, KCDP: 300}}}
              - {id: "2", name: Mô hình, cells: {2016: {KCQG: 500, KCDP: 300}, 2017: {KCQG: 900, KCDP: 300}}}
            total: {id: cong, name: Cộng, cells: {2016: {KCQG: "1.200", KCDP: 600}, 2017: {KCQG: "1.700", KCDP: 600}}}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: tong-hop
            kind: budget
            title: Biểu tổng hợp kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.600"}}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}}
          - id: bieu-02
            kind: budget
            title: Biểu 02
            unit: triệu đồng
            years: [2016, 2017]
            restates: tong-hop
            rows:
              - {id: "1", name: Đào tạo nghề, cells: {2016: {KCQG: 700, KCDP: 300}, 2017: {KCQG: 800, KCDP: 300}}}
              - {id: "2", name: Mô hình, cells: {2016: {KCQG: 500, KCDP: 300}, 2017: {KCQG: 800, KCDP: 300}}}
            total: {id: cong, name: Cộng, cells: {2016: {KCQG: "1.200", KCDP: 600}, 2017: {KCQG: "1.600", KCDP: 600}}}
    """
    tables = {t.id: t for t in plan.tables}
    for table in plan.tables:
        other = tables.get(table.restates or "")
        if other is None:
            continue
        base = table_path(plan, table)
        if table.total is not None:
            # The whole is reconciled through the stated Cộng row: an excerpt without one
            # (a few lines of an annex) is reconciled only line by line.
            total_ref = next(ref for ref in iter_rows(table, base) if ref.is_total)
            mine = row_entries(total_ref, [])
            theirs = figure_entries(plan, Figure(table=other.id))
            yield from _reconcile(plan, table, other, mine, theirs, total_ref.path, total_ref.key, "—")
        for ref in iter_rows(table, base, include_total=False):
            if not ref.row.restates:
                continue
            own = figure_entries(plan, Figure(table=table.id, rows=[ref.key]))
            their_rows = figure_entries(plan, Figure(table=other.id, rows=list(ref.row.restates)))
            yield from _reconcile(plan, table, other, own, their_rows, ref.path, ref.key, " + ".join(ref.row.restates))

