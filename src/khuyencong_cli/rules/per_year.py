"""Per-year figures: "mỗi năm đào tạo 130 lao động", "bình quân mỗi năm 20 người",
"mỗi năm từ 01 đến 02 mô hình".

A per-year figure times the number of years must give the period figure the same sentence
states (or the table figure it names). That is an error when it fails: one of the two
figures was mistyped.

Against a table's year cells the text is weaker evidence. Plans spread their targets unevenly
(Biểu 01 of QĐ 270 trains 60, 110, 110, 210 and 160 workers while the prose says "mỗi năm 130"),
and the prose's per-year figure is then the period figure divided by five: an average. So a
year cell outside "mỗi năm N" is a warning (KC305), and "bình quân" (``average: true``)
silences it, because the text itself says it is an average.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity, figure_range
from ..hedges import accepts, band_for
from ..model import Plan
from ..periods import parse_period
from ..tables import figure_entries, known_table
from .base import rule
from .figures import claim_whole, claim_years, places, to_places


@rule(
    "KC304",
    "per-year-total",
    Severity.ERROR,
    "A per-year figure times the number of years does not give the period figure.",
    "Số mỗi năm nhân với số năm không bằng số của cả giai đoạn.",
    doc_vi=(
        "``per_year`` (\"mỗi năm N\") nhân với số năm của giai đoạn (``period`` của nhận định,\n"
        "nếu không có thì giai đoạn của văn bản, nếu không nữa thì ``per_year.years``) phải\n"
        "bằng số liệu cả giai đoạn của nhận định; với một khoảng (\"mỗi năm từ 01 đến 02\") thì\n"
        "số liệu cả giai đoạn phải nằm trong khoảng đó; \"bình quân\" cho phép làm tròn theo số\n"
        "chữ số đã ghi."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text states {stated}{range} {unit} per year, but {whole} over {years} years is {computed} per year (difference {difference})",
            "vi": "nhận định {claim}: văn bản ghi mỗi năm {stated}{range} {unit}, nhưng {whole} chia cho {years} năm là {computed} mỗi năm (chênh lệch {difference})",
        },
        "hint": {
            "en": "the per-year figure times the years must give the period figure; one of them was mistyped",
            "vi": "số mỗi năm nhân số năm phải bằng số cả giai đoạn; một trong hai số bị gõ sai",
        },
    },
)
def per_year_total(plan: Plan) -> Iterator[Problem]:
    """``per_year`` ("mỗi năm N") times the years of the period (the claim's ``period``, else
    the document's, else ``per_year.years``) must equal the claim's period figure; a range
    ("mỗi năm từ 01 đến 02") must contain it; "bình quân" allows rounding to the digits written.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: dao-tao
            quote: "tổ chức các khóa đào tạo nghề cho 650 lao động, mỗi năm đào tạo 120 lao động"
            value: 650
            unit: lao động
            per_year: {value: 120}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: dao-tao
            quote: "tổ chức các khóa đào tạo nghề cho 650 lao động, mỗi năm đào tạo 130 lao động"
            value: 650
            unit: lao động
            per_year: {value: 130}
    """
    for index, claim in enumerate(plan.claims):
        per = claim.per_year
        if per is None or per.value is None:
            continue
        years = claim_years(plan, claim)
        whole = claim_whole(plan, claim)
        if not years or whole is None:
            continue
        exact = whole / years
        computed = to_places(exact, places(per.value)) if per.average else exact
        band = band_for(plan, per.hedge, claim)
        if accepts(per.value, computed, per.hedge, Decimal(0), band, per.high):
            continue
        shown = computed if computed == computed.to_integral_value() or per.average else to_places(exact, 2)
        yield Problem(
            path=("claims", index, "per_year", "value"),
            message="KC304.message",
            params={
                "claim": claim.id,
                "stated": per.value,
                "range": figure_range(per.high),
                "years": years,
                "whole": whole,
                "computed": shown,
                "difference": per.value - shown,
                "unit": claim.unit or "",
            },
            hint="KC304.hint",
            stated=per.value,
            computed=shown,
            parts=(Part("part.period", whole), Part("part.years", Decimal(years))),
            combine="per-year",
            unit=claim.unit,
        )


@rule(
    "KC305",
    "per-year-cells",
    Severity.WARNING,
    "A year's cell differs from the per-year figure the text states.",
    "Số của một năm trong biểu khác số mỗi năm nêu trong văn bản.",
    doc_vi=(
        "Khi một nhận định có ``per_year`` dẫn chiếu tới các dòng của biểu có ô theo năm\n"
        "(``of``), thì mỗi năm của giai đoạn nên có đúng số liệu mỗi năm đó (hoặc nằm trong\n"
        "khoảng đã nêu). Đây chỉ là cảnh báo, vì \"mỗi năm N\" trong kế hoạch thường là số liệu\n"
        "cả giai đoạn chia cho năm, trong khi biểu lại phân bổ không đều giữa các năm; hãy đánh\n"
        "dấu nhận định ``average: true`` khi văn bản ghi \"bình quân\"."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text states {stated}{range} {unit} per year, but table {table} gives by year {cells}",
            "vi": "nhận định {claim}: văn bản ghi mỗi năm {stated}{range} {unit}, nhưng biểu {table} theo năm là {cells}",
        },
        "hint": {
            "en": "if the text's figure is an average, write it so (\"bình quân mỗi năm\") or mark the claim average: true; otherwise correct the year cells",
            "vi": "nếu số trong văn bản là số bình quân, hãy ghi rõ (\"bình quân mỗi năm\") hoặc đánh dấu average: true; nếu không, sửa các ô theo năm",
        },
    },
)
def per_year_cells(plan: Plan) -> Iterator[Problem]:
    """When a claim with ``per_year`` names table rows with year cells (``of``), each year of
    the period should hold the per-year figure (or fall in its range). A warning, because a
    plan's "mỗi năm N" is often the period figure over five while the table spreads it
    unevenly; mark the claim ``average: true`` when the text says "bình quân".

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - id: b1
            kind: targets
            title: Biểu 01
            unit: ĐVT
            years: [2016, 2017, 2018, 2019, 2020]
            rows:
              - {id: II.1, name: Khởi sự doanh nghiệp, unit: Học viên, cells: {2018: 50, 2020: 50}, total: 100}
        claims:
          - id: khoi-su
            quote: "đào tạo khởi sự doanh nghiệp cho 100 người (mỗi năm 20 học viên)"
            value: 100
            unit: học viên
            of: {table: b1, rows: [II.1]}
            per_year: {value: 20}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        tables:
          - id: b1
            kind: targets
            title: Biểu 01
            unit: ĐVT
            years: [2016, 2017, 2018, 2019, 2020]
            rows:
              - {id: IV.3, name: Thương hiệu, unit: Cơ sở, cells: {2016: 1, 2017: 1, 2018: 1, 2019: 1, 2020: 1}, total: 5}
        claims:
          - id: thuong-hieu
            quote: "hỗ trợ cho 05 doanh nghiệp đăng ký thương hiệu (mỗi năm 01 cơ sở)"
            value: 5
            unit: cơ sở
            of: {table: b1, rows: [IV.3]}
            per_year: {value: 1}
    """
    for index, claim in enumerate(plan.claims):
        per = claim.per_year
        if per is None or per.value is None or per.average or claim.of is None:
            continue
        table = known_table(plan, claim.of.table)
        years = claim.of.years or table.years
        if not years:
            continue
        entries = figure_entries(plan, claim.of)
        if not any(e.year is not None for e in entries):
            continue
        by_year = {year: sum((e.value for e in entries if e.year == year), Decimal(0)) for year in years}
        band = band_for(plan, per.hedge, claim)
        if all(accepts(per.value, v, per.hedge, Decimal(0), band, per.high) for v in by_year.values()):
            continue
        cells = tuple(Part(str(y), v) for y, v in by_year.items())
        yield Problem(
            path=("claims", index, "per_year", "value"),
            message="KC305.message",
            params={
                "claim": claim.id,
                "stated": per.value,
                "range": figure_range(per.high),
                "table": table.id,
                "cells": cells,
                "unit": claim.unit or "",
            },
            hint="KC305.hint",
            parts=cells,
            combine="each",
            unit=claim.unit,
        )



def _occurrences(years: list[int], every: int, parity: str | None) -> tuple[int, int]:
    """Fewest and most occurrences "once every N years" allows within ``years``."""
    if parity is not None:
        count = sum(1 for y in years if (y % 2 == 1) == (parity == "odd"))
        return count, count
    return len(years) // every, -(-len(years) // every)


@rule(
    "KC311",
    "frequency-count",
    Severity.ERROR,
    "A count of occurrences contradicts how often the text says they happen.",
    "Số lần tổ chức mâu thuẫn với tần suất mà văn bản nêu.",
    doc_vi=(
        "``every`` (\"02 năm/một lần\", \"vào mỗi năm lẻ\") xác định một việc diễn ra bao nhiêu lần\n"
        "trong giai đoạn: ``value`` của nhận định phải bằng số lần đó, và các ô năm có số liệu\n"
        "của những dòng mà ``every.of`` dẫn chiếu phải rơi vào các năm được phép (năm lẻ hoặc\n"
        "năm chẵn, hoặc cách nhau N năm)."
    ),
    messages={
        "count": {
            "en": "claim {claim}: the text counts {stated} {unit}, but once every {every} years in {period} gives {computed} (difference {difference})",
            "vi": "nhận định {claim}: văn bản ghi {stated} {unit}, nhưng {every} năm một lần trong giai đoạn {period} là {computed} (chênh lệch {difference})",
        },
        "cells": {
            "en": "claim {claim}: once every {every} years, but table {table} has it in {years}",
            "vi": "nhận định {claim}: {every} năm một lần, nhưng biểu {table} ghi vào các năm {years}",
        },
        "hint": {
            "en": "the count, the frequency and the years of the table must agree; correct the one that differs",
            "vi": "số lần, tần suất và các năm trong biểu phải khớp nhau; sửa chỗ sai",
        },
    },
)
def frequency_count(plan: Plan) -> Iterator[Problem]:
    """``every`` ("02 năm/một lần", "vào mỗi năm lẻ") fixes how many times something happens in
    the period: a claim's ``value`` must be that count, and the filled year cells of the rows
    ``every.of`` names must fall in the years it allows (odd or even years, or N years apart).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: binh-chon
            quote: "Vào mỗi năm lẻ, 02 năm/một lần tổ chức bình chọn … Dự kiến tổ chức 03 đợt bình chọn"
            value: 3
            unit: đợt
            every: {years: 2, parity: odd}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: binh-chon
            quote: "Vào mỗi năm lẻ, 02 năm/một lần tổ chức bình chọn … Dự kiến tổ chức 02 đợt bình chọn"
            value: 2
            unit: đợt
            every: {years: 2, parity: odd}
    """
    for index, claim in enumerate(plan.claims):
        every = claim.every
        if every is None:
            continue
        period = parse_period(claim.period or plan.document.period)
        if period is None or period.reversed:
            continue
        low, high = _occurrences(period.years, every.years, every.parity)
        if claim.value is not None and not low <= claim.value <= high:
            computed = Decimal(low) if claim.value < low else Decimal(high)
            yield Problem(
                path=("claims", index, "value"),
                message="KC311.count",
                params={"claim": claim.id, "stated": claim.value, "computed": computed,
                        "difference": claim.value - computed, "every": every.years,
                        "period": period.text, "unit": claim.unit or ""},
                hint="KC311.hint",
                stated=claim.value,
                computed=computed,
                unit=claim.unit,
            )
        if every.of is None:
            continue
        filled = sorted({e.year for e in figure_entries(plan, every.of) if e.year is not None and e.value})
        wrong = [y for y in filled if every.parity is not None and (y % 2 == 1) != (every.parity == "odd")]
        gaps = [b - a for a, b in itertools.pairwise(filled)]
        if wrong or (every.parity is None and any(gap < every.years for gap in gaps)):
            yield Problem(
                path=("claims", index, "every"),
                message="KC311.cells",
                params={"claim": claim.id, "every": every.years, "table": every.of.table,
                        "years": ", ".join(map(str, filled))},
                hint="KC311.hint",
            )

