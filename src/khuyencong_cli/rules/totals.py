"""Totals: every stated total in a table against the figures it sums.

A table states its arithmetic several times over: each row's Tổng column, the per-source
Tổng cộng columns, a parent row over its sub-rows, and the Cộng row under them all. Hand-typed
tables break one of those sums more often than any other kind of error, and each break is
reported where the stated figure stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..model import Plan, Table, TableKind
from ..records import replace
from ..tables import (
    Entry,
    RowRef,
    children,
    iter_rows,
    own_entries,
    row_entries,
    summable_children,
    table_path,
)
from .base import rule
from .common import compare, rounding_of

Key = tuple[int | None, str | None]


def _unit(table: Table, ref: RowRef) -> str | None:
    return (ref.row.unit or None) if table.kind is TableKind.TARGETS else table.unit


def _stated_or_computed(ref: RowRef) -> tuple[Decimal, str]:
    """A row's stated total when it has one, else the sum of its figures."""
    if ref.row.total is not None:
        return ref.row.total, ref.key
    entries = row_entries(ref, children(ref))
    return sum((e.value for e in entries), Decimal(0)), ref.key


def _beside_rows(plan: Plan, table: Table, ref: RowRef) -> tuple[Part, ...]:
    """The rows beside ``ref`` (its siblings under the same parent) with their totals: a row
    total that takes in a sibling's money (or leaves out part of its own) is off by exactly
    that sibling's total, the scope diagnosis. Money only: a count of 5 in a targets table
    matching a gap of 5 is too common to read anything into."""
    if table.kind is TableKind.TARGETS or ref.is_total:
        return ()
    parent = ref.key.rpartition("/")[0]
    siblings = [
        other for other in iter_rows(table, table_path(plan, table), include_total=False)
        if other.depth == ref.depth and other.key != ref.key and other.key.rpartition("/")[0] == parent
    ]
    return tuple(Part(label, value) for value, label in map(_stated_or_computed, siblings))


def _matching(entries: list[Entry], key: Key) -> list[Entry]:
    year, source = key
    return [e for e in entries if e.year == year and (source is None or e.source == source)]


def _cell_name(key: Key) -> str:
    year, source = key
    return " ".join(str(bit) for bit in (year, source) if bit is not None)


@rule(
    "KC101",
    "row-total",
    Severity.ERROR,
    "A row's stated total differs from the sum of its cells.",
    "Tổng của một dòng khác tổng các ô của dòng đó.",
    doc_vi=(
        "Tổng ghi ở một dòng (cột Tổng) phải bằng tổng các ô của dòng đó.\n"
        "\n"
        "Ô để trống được tính là 0. Quy tắc áp dụng cho mọi dòng, mọi dòng con và cả dòng Cộng."
    ),
    messages={
        "message": {
            "en": "table {table}, row {row}: stated total {stated} ≠ sum of the cells {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}: tổng ghi {stated} ≠ tổng các ô {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "one of the cells or the total of row {row} was mistyped; correct whichever differs from the source document",
            "vi": "một ô hoặc tổng của dòng {row} bị gõ sai; sửa số khác với văn bản gốc",
        },
    },
)
def row_total(plan: Plan) -> Iterator[Problem]:
    """A row's stated total (the Tổng column) must equal the sum of its cells.

    Blank cells count as zero. Applies to every row, sub-row and the Cộng row.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - id: t
            kind: targets
            title: Biểu 01
            unit: ĐVT
            years: [2016, 2017, 2018, 2019, 2020]
            rows:
              - {id: "1", name: Học viên, unit: Học viên, cells: {2016: 35, 2020: 30}, total: 100}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - id: t
            kind: targets
            title: Biểu 01
            unit: ĐVT
            years: [2016, 2017, 2018, 2019, 2020]
            rows:
              - {id: "1", name: Học viên, unit: Học viên, cells: {2016: 35, 2020: 30}, total: 65}
    """
    for table in plan.tables:
        step = rounding_of(plan, table)
        for ref in iter_rows(table, table_path(plan, table)):
            cells = own_entries(ref)
            if ref.row.total is None or not cells:
                continue
            problem = compare(
                path=ref.path + ("total",),
                message="KC101.message",
                params={"table": table.id, "row": ref.key},
                blank_cells=tuple(str(y) for y in table.years if y not in ref.row.cells),
                stated=ref.row.total,
                entries=cells,
                step=step,
                hint="KC101.hint",
                unit=_unit(table, ref),
            )
            if problem:
                yield replace(problem, beside=_beside_rows(plan, table, ref))


@rule(
    "KC102",
    "column-total",
    Severity.ERROR,
    "The stated total row (Cộng) differs from the rows above it.",
    "Dòng Cộng khác tổng các dòng phía trên.",
    doc_vi=(
        "Dòng Cộng / Tổng cộng phải bằng tổng các dòng phía trên: theo từng năm và từng nguồn,\n"
        "theo từng nguồn, và ở cột tổng.\n"
        "\n"
        "Khi chênh lệch đúng bằng một số nằm ngoài phép cộng (tiền của một nguồn khác trong cùng\n"
        "năm, hoặc một dòng ghi ngoài tổng), chẩn đoán là ``scope``: tổng KCĐP của dòng Cộng mà\n"
        "thực ra gộp cả vốn khuyến công quốc gia thì lệch đúng bằng phần KCQG."
    ),
    messages={
        "cell": {
            "en": "table {table}, row {row}, {cell}: stated {stated} ≠ sum of the rows above {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}, {cell}: ghi {stated} ≠ tổng các dòng phía trên {computed} (chênh lệch {difference})",
        },
        "source": {
            "en": "table {table}, row {row}, total for {source}: stated {stated} ≠ sum of the rows above {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}, tổng nguồn {source}: ghi {stated} ≠ tổng các dòng phía trên {computed} (chênh lệch {difference})",
        },
        "total": {
            "en": "table {table}, row {row}: stated grand total {stated} ≠ sum of the row totals {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}: tổng chung ghi {stated} ≠ tổng các dòng {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "recompute the total row from the rows above it, or find the row that was mistyped",
            "vi": "cộng lại dòng tổng từ các dòng phía trên, hoặc tìm dòng bị gõ sai",
        },
    },
)
def column_total(plan: Plan) -> Iterator[Problem]:
    """The Cộng / Tổng cộng row must equal the sum of the rows above it: per year and source,
    per source, and in the total column.

    When the gap equals a figure outside the sum (another source's money in the same year, or
    a row outside the total), the diagnosis is ``scope``: a Cộng KCĐP total that in fact holds
    the national funds too is off by exactly the KCQG money.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: Khuyến công quốc gia}, {id: KCDP, name: Khuyến công địa phương}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.600"}, total: "2.800"}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}, total: "1.200"}
            total: {id: III, name: Tổng cộng, cells: {2016: "1.800", 2017: "2.300"}, total: "4.000"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: Khuyến công quốc gia}, {id: KCDP, name: Khuyến công địa phương}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.600"}, total: "2.800"}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}, total: "1.200"}
            total: {id: III, name: Tổng cộng, cells: {2016: "1.800", 2017: "2.200"}, total: "4.000"}
    """
    for table in plan.tables:
        yield from _column_total(plan, table)


def _top_rows(table: Table, base: tuple[str | int, ...]) -> list[RowRef]:
    """The top-level rows that add up to the Cộng row (a row marked ``outside`` does not).
    When one is the rest ("Còn lại", ``remainder``), the sum is the Cộng row by definition:
    KC313 checks that rest instead."""
    return [ref for ref in iter_rows(table, base, include_total=False) if ref.depth == 0 and not ref.row.outside]


def _outside_rows(table: Table, base: tuple[str | int, ...]) -> list[RowRef]:
    """The top-level rows printed in the table but outside its total (``outside: true``)."""
    return [ref for ref in iter_rows(table, base, include_total=False) if ref.depth == 0 and ref.row.outside]


def _sum_by_key(entries: list[Entry]) -> dict[Key, Decimal]:
    """The rows' figures summed per column of the Cộng row (year and source)."""
    sums: dict[Key, Decimal] = {}
    for entry in entries:
        key: Key = (entry.year, entry.source)
        sums[key] = sums.get(key, Decimal(0)) + entry.value
    return sums


def _beside_cell(key: Key, sums: dict[Key, Decimal], outside: list[RowRef]) -> tuple[Part, ...]:
    """Beside a cell of the Cộng row: the same year's other sources (a KCĐP cell that holds
    the national funds too) and the rows outside the total in the same column."""
    year, source = key
    beside = [
        Part(_cell_name(other), value)
        for other, value in sums.items()
        if source is not None and other[0] == year and other[1] not in (None, source)
    ]
    for ref in outside:
        value = sum((e.value for e in _matching(row_entries(ref, children(ref)), key)), Decimal(0))
        if value:
            beside.append(Part(ref.key, value))
    return tuple(beside)


def _beside_source(source: str, entries: list[Entry], outside: list[RowRef]) -> tuple[Part, ...]:
    """Beside a per-source total of the Cộng row: the rows' money of every other source and
    the rows outside the total in that source."""
    others: dict[str, Decimal] = {}
    for entry in entries:
        if entry.source is not None and entry.source != source:
            others[entry.source] = others.get(entry.source, Decimal(0)) + entry.value
    beside = [Part(other, value) for other, value in others.items()]
    for ref in outside:
        value = sum((e.value for e in row_entries(ref, children(ref)) if e.source == source), Decimal(0))
        if value:
            beside.append(Part(ref.key, value))
    return tuple(beside)


def _beside_outside(outside: list[RowRef]) -> tuple[Part, ...]:
    """The rows outside the total with their totals: a grand total that takes one in is off
    by exactly that row."""
    return tuple(Part(label, value) for value, label in map(_stated_or_computed, outside))


def _column_total(plan: Plan, table: Table) -> Iterator[Problem]:
    if table.total is None:
        return
    base = table_path(plan, table)
    step = rounding_of(plan, table)
    total_ref = next(ref for ref in iter_rows(table, base) if ref.is_total)
    top = _top_rows(table, base)
    if any(ref.row.remainder for ref in top):  # the rest makes up the Cộng row: KC313 checks it
        return
    entries = [e for ref in top for e in row_entries(ref, children(ref))]
    unit = _unit(table, total_ref)
    money = table.kind is not TableKind.TARGETS  # a count matching a gap of 5 says nothing
    outside = _outside_rows(table, base) if money else []
    column_sums = _sum_by_key(entries) if money else {}
    if any(e.year is not None for e in entries):
        for cell in own_entries(total_ref):
            key: Key = (cell.year, cell.source)
            problem = compare(
                path=cell.path,
                message="KC102.cell",
                params={"table": table.id, "row": total_ref.key, "cell": _cell_name(key)},
                stated=cell.value,
                entries=_matching(entries, key),
                step=step,
                hint="KC102.hint",
                unit=unit,
                beside=_beside_cell(key, column_sums, outside) if money else (),
            )
            if problem:
                yield problem
    for source, stated in total_ref.row.by_source.items():
        matching = [e for e in entries if e.source == source]
        if stated is None or not matching:
            continue
        problem = compare(
            path=total_ref.path + ("by_source", source),
            message="KC102.source",
            params={"table": table.id, "row": total_ref.key, "source": source},
            stated=stated,
            entries=matching,
            step=step,
            hint="KC102.hint",
            unit=unit,
            beside=_beside_source(source, entries, outside) if money else (),
        )
        if problem:
            yield problem
    if total_ref.row.total is not None and top:
        problem = _grand_total(table, total_ref, top, outside, step)
        if problem:
            yield problem


def _grand_total(
    table: Table, total_ref: RowRef, top: list[RowRef], outside: list[RowRef], step: Decimal | None
) -> Problem | None:
    """The Cộng row's grand total against the rows' totals (their stated Tổng, else their sum)."""
    assert total_ref.row.total is not None
    sums = [_stated_or_computed(ref) for ref in top]
    return compare(
        path=total_ref.path + ("total",),
        message="KC102.total",
        params={"table": table.id, "row": total_ref.key},
        stated=total_ref.row.total,
        computed=sum((value for value, _ in sums), Decimal(0)),
        parts=tuple(Part(label, value) for value, label in sums),
        step=step,
        hint="KC102.hint",
        unit=_unit(table, total_ref),
        beside=_beside_outside(outside),
    )


@rule(
    "KC103",
    "subrows-total",
    Severity.ERROR,
    "A parent row differs from the sum of its sub-rows.",
    "Dòng mẹ khác tổng các dòng con.",
    doc_vi=(
        "Một dòng có các dòng con (I → 1, 2, 3) phải bằng tổng các dòng con đó, ở từng ô và ở\n"
        "cột tổng."
    ),
    messages={
        "cell": {
            "en": "table {table}, row {row}, {cell}: stated {stated} ≠ sum of its sub-rows {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}, {cell}: ghi {stated} ≠ tổng các dòng con {computed} (chênh lệch {difference})",
        },
        "total": {
            "en": "table {table}, row {row}: stated total {stated} ≠ sum of its sub-rows {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}: tổng ghi {stated} ≠ tổng các dòng con {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "the parent row must equal its sub-rows; check which of them was mistyped or left out",
            "vi": "dòng mẹ phải bằng tổng các dòng con; kiểm tra dòng bị gõ sai hoặc bị bỏ sót",
        },
    },
)
def subrows_total(plan: Plan) -> Iterator[Problem]:
    """A row with sub-rows (I → 1, 2, 3) must equal their sum, per cell and in total.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Lai Châu, kind: news-article, period: "2021-2025"}
        sources: [{id: KCQG, name: KCQG}, {id: NST, name: Ngân sách tỉnh}, {id: NSNN, name: NSNN, members: [KCQG, NST]}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí theo nguồn
            unit: triệu đồng
            rows:
              - id: "1"
                name: Ngân sách nhà nước
                source: NSNN
                total: "26.900"
                rows:
                  - {id: a, name: KCQG, source: KCQG, total: "15.820"}
                  - {id: b, name: Ngân sách tỉnh, source: NST, total: "11.800"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Lai Châu, kind: news-article, period: "2021-2025"}
        sources: [{id: KCQG, name: KCQG}, {id: NST, name: Ngân sách tỉnh}, {id: NSNN, name: NSNN, members: [KCQG, NST]}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí theo nguồn
            unit: triệu đồng
            rows:
              - id: "1"
                name: Ngân sách nhà nước
                source: NSNN
                total: "26.900"
                rows:
                  - {id: a, name: KCQG, source: KCQG, total: "15.820"}
                  - {id: b, name: Ngân sách tỉnh, source: NST, total: "11.080"}
    """
    for table in plan.tables:
        step = rounding_of(plan, table)
        for ref in iter_rows(table, table_path(plan, table), include_total=False):
            kids = summable_children(ref, counts=table.kind is TableKind.TARGETS)
            if not kids or any(kid.row.remainder for kid in kids):  # the rest (KC313) makes up the parent
                continue
            unit = _unit(table, ref)
            kid_entries = [e for kid in kids for e in row_entries(kid, children(kid))]
            if any(e.year is not None for e in kid_entries):
                for cell in own_entries(ref):
                    key: Key = (cell.year, None if cell.source == ref.source else cell.source)
                    problem = compare(
                        path=cell.path,
                        message="KC103.cell",
                        params={"table": table.id, "row": ref.key, "cell": _cell_name((cell.year, cell.source))},
                        stated=cell.value,
                        entries=_matching(kid_entries, key),
                        step=step,
                        hint="KC103.hint",
                        unit=unit,
                    )
                    if problem:
                        yield problem
            if ref.row.total is not None:
                sums = [_stated_or_computed(kid) for kid in kids]
                problem = compare(
                    path=ref.path + ("total",),
                    message="KC103.total",
                    params={"table": table.id, "row": ref.key},
                    stated=ref.row.total,
                    computed=sum((value for value, _ in sums), Decimal(0)),
                    parts=tuple(Part(label, value) for value, label in sums),
                    step=step,
                    hint="KC103.hint",
                    unit=unit,
                )
                if problem:
                    yield replace(problem, beside=_beside_rows(plan, table, ref))


@rule(
    "KC104",
    "source-total",
    Severity.ERROR,
    "A per-source total differs from its cells, or the per-source totals from the row total.",
    "Tổng theo nguồn khác các ô, hoặc các tổng theo nguồn khác tổng chung của dòng.",
    doc_vi=(
        "Cột Tổng cộng của mỗi nguồn phải bằng tổng các ô của nguồn đó, và các tổng theo từng\n"
        "nguồn cộng lại phải bằng Tổng chung của dòng."
    ),
    messages={
        "cells": {
            "en": "table {table}, row {row}, total for {source}: stated {stated} ≠ sum of its {source} cells {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}, tổng nguồn {source}: ghi {stated} ≠ tổng các ô {source} {computed} (chênh lệch {difference})",
        },
        "total": {
            "en": "table {table}, row {row}: stated total {stated} ≠ sum of the per-source totals {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}: tổng chung ghi {stated} ≠ tổng các nguồn {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "the per-source totals and the grand total of a row must agree with its cells",
            "vi": "tổng từng nguồn và tổng chung của dòng phải khớp với các ô",
        },
    },
)
def source_total(plan: Plan) -> Iterator[Problem]:
    """The Tổng cộng column of each source must equal that source's cells, and the per-source
    totals must add up to the row's Tổng chung.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: budget
            title: Biểu 02
            unit: triệu đồng
            years: [2016, 2017]
            sources: [KCQG, KCDP]
            rows:
              - id: "1"
                name: Đào tạo nghề
                cells: {2016: {KCDP: 70}, 2017: {KCQG: 100, KCDP: 70}}
                by_source: {KCQG: 100, KCDP: 140}
                total: 250

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: budget
            title: Biểu 02
            unit: triệu đồng
            years: [2016, 2017]
            sources: [KCQG, KCDP]
            rows:
              - id: "1"
                name: Đào tạo nghề
                cells: {2016: {KCDP: 70}, 2017: {KCQG: 100, KCDP: 70}}
                by_source: {KCQG: 100, KCDP: 140}
                total: 240
    """
    for table in plan.tables:
        step = rounding_of(plan, table)
        for ref in iter_rows(table, table_path(plan, table)):
            if not ref.row.by_source:
                continue
            unit = _unit(table, ref)
            cells = own_entries(ref)
            for source, stated in ref.row.by_source.items():
                if stated is None or not cells:
                    continue
                problem = compare(
                    path=ref.path + ("by_source", source),
                    message="KC104.cells",
                    params={"table": table.id, "row": ref.key, "source": source},
                    stated=stated,
                    entries=[e for e in cells if e.source == source],
                    step=step,
                    hint="KC104.hint",
                    unit=unit,
                    beside=tuple(Part(s, v) for s, v in ref.row.by_source.items() if s != source and v is not None),
                )
                if problem:
                    yield problem
            if ref.row.total is not None:
                parts = tuple(Part(s, v) for s, v in ref.row.by_source.items() if v is not None)
                problem = compare(
                    path=ref.path + ("total",),
                    message="KC104.total",
                    params={"table": table.id, "row": ref.key},
                    stated=ref.row.total,
                    computed=sum((p.value for p in parts), Decimal(0)),
                    parts=parts,
                    step=step,
                    hint="KC104.hint",
                    unit=unit,
                )
                if problem:
                    yield problem


@rule(
    "KC105",
    "cross-footing",
    Severity.ERROR,
    "The grand total reached through the row totals differs from the one through the Cộng row.",
    "Tổng chung tính theo các dòng khác tổng chung tính theo dòng Cộng.",
    doc_vi=(
        "Cộng các tổng ghi ở từng dòng và cộng các ô ghi ở dòng Cộng phải ra cùng một tổng cộng\n"
        "chung; nếu không, ít nhất một con số tổng đã ghi bị sai.\n"
        "\n"
        "Khi chênh lệch đúng bằng tiền của các dòng ở một cột mà dòng Cộng để trống (cả cột Nguồn\n"
        "khác), hoặc một dòng ghi ngoài tổng, chẩn đoán là ``scope``: hai con đường cộng khác\n"
        "nhau ở phạm vi, không phải do gõ nhầm."
    ),
    messages={
        "message": {
            "en": "table {table}: the grand total is {rows_total} through the row totals but {columns_total} through the total row (difference {difference})",
            "vi": "biểu {table}: tổng chung là {rows_total} khi cộng theo dòng nhưng {columns_total} khi cộng theo dòng Cộng (chênh lệch {difference})",
        },
        "hint": {
            "en": "a row total or a cell of the total row is wrong; the row-total and column-total findings show which",
            "vi": "có một tổng dòng hoặc một ô của dòng Cộng bị sai; các phát hiện về tổng dòng và tổng cột chỉ ra chỗ sai",
        },
    },
)
def cross_footing(plan: Plan) -> Iterator[Problem]:
    """Adding the rows' stated totals and adding the Cộng row's stated cells must reach the
    same grand total; when they do not, at least one stated total is wrong.

    When the gap equals the rows' money in a column the Cộng row leaves blank (a whole Nguồn
    khác column), or a row outside the total, the diagnosis is ``scope``: the two ways of
    adding differ in what they cover, not by a typing slip.

    Bad:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: plan, period: "2009-2010"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: results
            title: Kinh phí đã thực hiện
            unit: triệu đồng
            years: [2009, 2010]
            rows:
              - {id: "1", name: KCQG, source: KCQG, cells: {2009: 520, 2010: 90}, total: 610}
              - {id: "2", name: KCĐP, source: KCDP, cells: {2009: 225, 2010: 550}, total: 785}
            total: {id: T, name: Tổng kinh phí, cells: {2009: 745, 2010: 640}, total: "1.395"}

    Good:
        kc: 1
        document: {title: Kết quả, province: Cao Bằng, kind: plan, period: "2009-2010"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: results
            title: Kinh phí đã thực hiện
            unit: triệu đồng
            years: [2009, 2010]
            rows:
              - {id: "1", name: KCQG, source: KCQG, cells: {2009: 520, 2010: 90}, total: 610}
              - {id: "2", name: KCĐP, source: KCDP, cells: {2009: 225, 2010: 550}, total: 775}
            total: {id: T, name: Tổng kinh phí, cells: {2009: 745, 2010: 640}, total: "1.385"}
    """
    for table in plan.tables:
        if table.total is None or not table.total.cells:
            continue
        base = table_path(plan, table)
        top = _top_rows(table, base)
        if not top or any(ref.row.total is None or ref.row.remainder for ref in top):
            continue
        total_ref = next(ref for ref in iter_rows(table, base) if ref.is_total)
        through_rows = sum((ref.row.total for ref in top if ref.row.total is not None), Decimal(0))
        column_cells = own_entries(total_ref)
        through_columns = sum((e.value for e in column_cells), Decimal(0))
        if through_rows == through_columns:
            continue
        step = rounding_of(plan, table)
        beside: tuple[Part, ...] = ()
        if table.kind is not TableKind.TARGETS:
            beside = _beside_outside(_outside_rows(table, base)) + _blank_columns(top, column_cells)
        problem = compare(
            path=total_ref.path + ("total",) if total_ref.row.total is not None else total_ref.path,
            message="KC105.message",
            params={"table": table.id, "rows_total": through_rows, "columns_total": through_columns},
            stated=through_rows,
            computed=through_columns,
            parts=tuple(Part(e.label, e.value) for e in column_cells),
            step=step,
            hint="KC105.hint",
            unit=_unit(table, total_ref),
            beside=beside,
        )
        if problem:
            yield problem


def _blank_columns(top: list[RowRef], column_cells: list[Entry]) -> tuple[Part, ...]:
    """The rows' money in the columns the Cộng row leaves blank, per source and per year: a
    total row with no cell for Nguồn khác misses exactly that source's money."""
    entries = [e for ref in top for e in row_entries(ref, children(ref))]
    filled = {(e.year, e.source) for e in column_cells}
    blank = [e for e in entries if (e.year, e.source) not in filled]
    by_source: dict[str, Decimal] = {}
    by_year: dict[int, Decimal] = {}
    for entry in blank:
        if entry.source is not None:
            by_source[entry.source] = by_source.get(entry.source, Decimal(0)) + entry.value
        if entry.year is not None:
            by_year[entry.year] = by_year.get(entry.year, Decimal(0)) + entry.value
    if len(by_source) == 1 and len(by_year) == 1:
        by_year = {}  # one blank cell: one figure, named once
    return tuple(Part(s, v) for s, v in by_source.items()) + tuple(Part(str(y), v) for y, v in by_year.items())


@rule(
    "KC106",
    "crossing-cell",
    Severity.ERROR,
    "A row and a column are off by the same amount: the cell where they cross is likely wrong.",
    "Một dòng và một cột lệch cùng một lượng: ô giao nhau nhiều khả năng bị sai.",
    doc_vi=(
        "Khi tổng của một dòng và tổng của một cột cùng lệch một khoản như nhau, thì ô nằm ở chỗ\n"
        "giao nhau của dòng và cột đó giải thích được cả hai chênh lệch; kc chỉ ra ô đó và số\n"
        "liệu mà ô đó lẽ ra phải ghi.\n"
        "\n"
        "Khi chênh lệch đúng bằng ô của một nguồn khác trong cùng dòng, cùng năm, chẩn đoán là\n"
        "``scope``: ô KCĐP nhiều khả năng đã gộp cả số KCQG ghi bên cạnh."
    ),
    messages={
        "message": {
            "en": "table {table}, row {row}, {cell}: {value} makes both its row and its column off by {gap}; it should likely be {suggested}",
            "vi": "biểu {table}, dòng {row}, {cell}: số {value} làm cả dòng và cột lệch {gap}; nhiều khả năng phải là {suggested}",
        },
        "hint": {
            "en": "check this cell against the source document; correcting it fixes both totals",
            "vi": "đối chiếu ô này với văn bản gốc; sửa ô này thì cả hai tổng đều khớp",
        },
    },
)
def crossing_cell(plan: Plan) -> Iterator[Problem]:
    """When a row's total and a column's total are both off by the same amount, the one cell
    they share explains both gaps; kc names that cell and the figure it should hold.

    When the gap equals the same row's cell of another source in that year, the diagnosis is
    ``scope``: the KCĐP cell likely holds the KCQG figure beside it too.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.690"}, total: "2.800"}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}, total: "1.200"}
            total: {id: III, name: Tổng cộng, cells: {2016: "1.800", 2017: "2.200"}, total: "4.000"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2017"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            years: [2016, 2017]
            rows:
              - {id: I, name: KCQG, source: KCQG, cells: {2016: "1.200", 2017: "1.600"}, total: "2.800"}
              - {id: II, name: KCĐP, source: KCDP, cells: {2016: 600, 2017: 600}, total: "1.200"}
            total: {id: III, name: Tổng cộng, cells: {2016: "1.800", 2017: "2.200"}, total: "4.000"}
    """
    for table in plan.tables:
        if table.total is None:
            continue
        base = table_path(plan, table)
        total_ref = next(ref for ref in iter_rows(table, base) if ref.is_total)
        top = _top_rows(table, base)
        entries = [e for ref in top for e in row_entries(ref, children(ref))]
        column_gaps: dict[Key, Decimal] = {}
        for cell in own_entries(total_ref):
            key: Key = (cell.year, cell.source)
            gap = cell.value - sum((e.value for e in _matching(entries, key)), Decimal(0))
            if gap:
                column_gaps[key] = gap
        if not column_gaps:
            continue
        for ref in top:
            cells = own_entries(ref)
            if ref.row.total is None or not cells:
                continue
            row_gap = ref.row.total - sum((e.value for e in cells), Decimal(0))
            if not row_gap:
                continue
            for cell in cells:
                for key, gap in column_gaps.items():
                    if cell.value + gap < 0:  # no amount can be negative: not this cell
                        continue
                    if gap == row_gap and cell in _matching([cell], key):
                        yield Problem(
                            path=cell.path,
                            message="KC106.message",
                            params={
                                "table": table.id,
                                "row": ref.key,
                                "cell": _cell_name((cell.year, cell.source)),
                                "value": cell.value,
                                "suggested": cell.value + gap,
                                "gap": gap,
                            },
                            hint="KC106.hint",
                            stated=cell.value,
                            computed=cell.value + gap,
                            unit=_unit(table, ref),
                            diagnosis="crossing-cell",
                            suggested=cell.value + gap,
                            beside=_same_row_same_year(cell, cells) if table.kind is not TableKind.TARGETS else (),
                        )


def _same_row_same_year(cell: Entry, cells: list[Entry]) -> tuple[Part, ...]:
    """The row's cells of the other sources in the cell's year: a KCĐP cell that holds the
    national funds too is off by exactly the KCQG cell beside it (the scope diagnosis)."""
    return tuple(
        Part(_cell_name((other.year, other.source)), other.value)
        for other in cells
        if other is not cell and other.year == cell.year and other.source is not None and other.source != cell.source
    )

