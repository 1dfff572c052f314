"""Claims: figures the prose states, checked against the tables and against each other.

Most published errors live between the prose and the tables: a total retyped by hand with a
digit wrong, parts after "trong đó" that no longer add up. A claim names the table figures it
speaks of, so kc can redo the sum, in the claim's own unit (tỷ or triệu), and compare.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity, figure_range
from ..hedges import accepts, band_for, interval, overlaps, written_step
from ..model import Claim, ClaimPart, Figure, Hedge, Plan, TableKind
from ..numbers import convert, unit_factor
from ..source import Path
from ..tables import figure_entries, known_table, row_index, source_members
from .base import rule
from .common import rounding_of, tolerance
from .figures import figure_unit, figure_value, outside_parts


def _check_against_figure(
    plan: Plan,
    path: Path,
    label: str,
    stated: Decimal,
    unit: str | None,
    hedge: Hedge | None,
    figure: Figure,
    claim: Claim | None = None,
    high: Decimal | None = None,
    message: str = "KC301",
    row_totals: bool = False,
) -> Problem | None:
    """``row_totals``: a count is checked against the rows' stated totals (KC308), a sum of
    money against their cells (KC301)."""
    if row_totals and figure.rows and not figure.years:
        computed, parts = _stated_row_totals(plan, figure)
    else:
        computed, parts, _ = figure_value(plan, figure, unit)
    step = rounding_of(plan)
    allowed = tolerance(step, len(parts))
    if accepts(stated, computed, hedge, allowed, band_for(plan, hedge, claim), high):
        return None
    scope = _scope(plan, figure, unit, computed) if message == "KC301" else None
    return Problem(
        path=path,
        message=f"{message}.message",
        params={
            "label": label,
            "stated": stated,
            "computed": computed,
            "difference": stated - computed,
            "unit": unit or figure_unit(plan, figure),
            "table": figure.table,
            "hedge": f"{hedge.value} " if hedge else "",
            "range": figure_range(high),
            **(scope or {}),
        },
        hint=f"{message}.hint-scope" if scope else f"{message}.hint",
        stated=stated,
        computed=computed,
        parts=parts,
        unit=unit or figure_unit(plan, figure),
        beside=_other_sources(plan, figure, unit) if message == "KC301" else (),
    )


def _other_sources(plan: Plan, figure: Figure, unit: str | None) -> tuple[Part, ...]:
    """The same selection in each source of the table the claim does not name: a figure
    labelled with some sources that in fact holds another (or leaves out one it names) is off
    by exactly that source's share, the scope diagnosis."""
    if not figure.sources:
        return ()
    wanted = {member for source in figure.sources for member in source_members(plan, source)}
    whole = Figure(table=figure.table, rows=figure.rows, years=figure.years)
    others = sorted({e.source for e in figure_entries(plan, whole) if e.source and e.source not in wanted})
    names = {source.id: source.name for source in plan.sources}
    beside = []
    for source in others:
        value = figure_value(plan, Figure(table=figure.table, rows=figure.rows, years=figure.years, sources=[source]), unit)[0]
        beside.append(Part(names.get(source, source), value))
    return tuple(beside)


@rule(
    "KC301",
    "claim-total",
    Severity.ERROR,
    "A total stated in the prose differs from the table figures it names.",
    "Tổng nêu trong văn bản khác số liệu của biểu mà nó dẫn chiếu.",
    doc_vi=(
        "Một số liệu trong lời văn có dẫn chiếu tới số liệu của biểu (``of:``) phải bằng tổng\n"
        "các số liệu đó, tính theo đơn vị của chính lời văn, trong phạm vi mà từ ước lượng đi\n"
        "kèm cho phép (gần, hơn, khoảng, …)."
    ),
    messages={
        "message": {
            "en": "claim {label}: the text states {hedge}{stated}{range} {unit} but table {table} gives {computed} (difference {difference})",
            "vi": "nhận định {label}: văn bản ghi {hedge}{stated}{range} {unit} nhưng biểu {table} cho {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "correct the figure in the text (or the table, if the text is right); the parts show the sum",
            "vi": "sửa số trong văn bản (hoặc trong biểu, nếu văn bản đúng); phần chi tiết cho thấy phép cộng",
        },
        "hint-scope": {
            "en": "correct the figure in the text (or the table, if the text is right); the parts show the sum; the table's grand total is {grand}, {gap} more, from {others}",
            "vi": "sửa số trong văn bản (hoặc trong biểu, nếu văn bản đúng); phần chi tiết cho thấy phép cộng; tổng cộng của biểu là {grand}, nhiều hơn {gap}, từ {others}",
        },
    },
)
def claim_total(plan: Plan) -> Iterator[Problem]:
    """A figure in the prose that names table figures (``of:``) must equal their sum, in the
    prose's own unit, within what its hedge allows (gần, hơn, khoảng, …).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2009-2010"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: kq
            kind: results
            title: Kinh phí đã thực hiện
            unit: triệu đồng
            years: [2009, 2010]
            rows:
              - {id: "1", name: KCQG, source: KCQG, cells: {2009: 520, 2010: 90}}
              - {id: "2", name: KCĐP, source: KCDP, cells: {2009: 225, 2010: "550,455"}}
        claims:
          - id: c
            quote: "Kinh phí khuyến công Quốc gia và địa phương: 1.385,445 triệu đồng."
            value: "1.385,445"
            unit: triệu đồng
            of: {table: kq, sources: [KCQG, KCDP]}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2009-2010"}
        sources: [{id: KCQG, name: KCQG}, {id: KCDP, name: KCĐP}]
        tables:
          - id: kq
            kind: results
            title: Kinh phí đã thực hiện
            unit: triệu đồng
            years: [2009, 2010]
            rows:
              - {id: "1", name: KCQG, source: KCQG, cells: {2009: 520, 2010: 90}}
              - {id: "2", name: KCĐP, source: KCDP, cells: {2009: 225, 2010: "550,455"}}
        claims:
          - id: c
            quote: "Kinh phí khuyến công Quốc gia và địa phương: 1,385455 tỷ đồng."
            value: "1,385455"
            unit: tỷ đồng
            of: {table: kq, sources: [KCQG, KCDP]}
    """
    yield from _figure_claims(plan, targets=False)


def _scope(plan: Plan, figure: Figure, unit: str | None, computed: Decimal) -> dict[str, object] | None:
    """When a claim names some sources of a table, the table's grand total and the sources
    that separate the two: a reader who knows the slip as "7.763,445 vs 7.928,455" (the prose
    against the grand total) finds it, with the 165 of "Nguồn khác" that lies between."""
    if not figure.sources or figure.rows or figure.years:
        return None
    grand = figure_value(plan, Figure(table=figure.table), unit)[0]
    if grand == computed:
        return None
    return {"grand": grand, "others": _other_sources(plan, Figure(table=figure.table, sources=figure.sources), unit) or "?", "gap": grand - computed}


def _stated_row_totals(plan: Plan, figure: Figure) -> tuple[Decimal, tuple[Part, ...]]:
    """What targets rows state for the period: their Tổng column, else the sum of their cells.

    The prose is compared with the total the table states; whether a row's cells reach its own
    total is KC101's question, so one mistyped cell is reported once, where it is.
    """
    table = known_table(plan, figure.table)
    index = row_index(table)
    parts: list[Part] = []
    for key in figure.rows:
        ref = index[key]
        if ref.row.total is not None:
            parts.append(Part(ref.key, ref.row.total))
        else:
            parts.extend(Part(e.label, e.value) for e in figure_entries(plan, Figure(table=table.id, rows=[key])))
    return sum((p.value for p in parts), Decimal(0)), tuple(parts)


def _is_targets(plan: Plan, figure: Figure) -> bool:
    table = known_table(plan, figure.table)
    return table.kind is TableKind.TARGETS


def _figure_claims(plan: Plan, targets: bool) -> Iterator[Problem]:
    """Claims and parts naming table figures: money tables for KC301, targets for KC308."""
    message = "KC308" if targets else "KC301"
    for index, claim in enumerate(plan.claims):
        base: Path = ("claims", index)
        if claim.value is not None and claim.of is not None and _is_targets(plan, claim.of) == targets:
            problem = _check_against_figure(
                plan, base + ("value",), claim.id, claim.value, claim.unit, claim.hedge, claim.of,
                claim, claim.high, message, row_totals=targets,
            )
            if problem:
                yield problem
        for part_index, part in enumerate(claim.parts):
            if part.value is None or part.of is None or _is_targets(plan, part.of) != targets:
                continue
            problem = _check_against_figure(
                plan,
                base + ("parts", part_index, "value"),
                f"{claim.id}: {part.label}",
                part.value,
                part.unit or claim.unit,
                part.hedge,
                part.of,
                claim,
                part.high,
                message,
                row_totals=targets,
            )
            if problem:
                yield problem


def _part_values(claim: Claim) -> list[tuple[str, Decimal]]:
    """The parts' values in the claim's unit (a part may be written in another unit)."""
    return [(part.label, value) for part, value, _, _ in _summed_parts(claim)]


def _summed_parts(claim: Claim) -> list[tuple[ClaimPart, Decimal, Decimal | None, tuple[Decimal, Decimal]]]:
    """Parts added into the whole, with value, range end and the steps of their digits as
    written (low end, high end), all in the claim's unit.

    A part counted in another unit ("09 mô hình, trong đó 25 lượt cơ sở") is left out.
    """
    found = []
    for part in claim.parts:
        if part.value is None or part.outside:
            continue
        value, high = part.value, part.high
        steps = (written_step(value), written_step(high) if high is not None else written_step(value))
        if part.unit and claim.unit and unit_factor(part.unit) and unit_factor(claim.unit):
            value = convert(value, part.unit, claim.unit)
            high = convert(high, part.unit, claim.unit) if high is not None else None
            steps = (convert(steps[0], part.unit, claim.unit), convert(steps[1], part.unit, claim.unit))
        elif part.unit and claim.unit and part.unit.lower() != claim.unit.lower():
            continue
        found.append((part, value, high, steps))
    return found


def _parts_interval(plan: Plan, claim: Claim) -> tuple[Decimal | None, Decimal | None]:
    """Lowest and highest sum the parts allow, given their ranges and hedges (None: unbounded)."""
    low: Decimal | None = Decimal(0)
    high: Decimal | None = Decimal(0)
    for part, value, part_high, (step, high_step) in _summed_parts(claim):
        lo, hi, _, _ = interval(
            value, part.hedge, Decimal(0), band_for(plan, part.hedge, claim), part_high, step, high_step
        )
        low = None if low is None or lo is None else low + lo
        high = None if high is None or hi is None else high + hi
    return low, high


@rule(
    "KC302",
    "claim-parts",
    Severity.ERROR,
    "The parts listed after 'trong đó' do not add up to the whole they belong to.",
    "Các phần nêu sau 'trong đó' không cộng lại bằng tổng.",
    doc_vi=(
        "Các phần nêu sau \"trong đó\" / \"bao gồm\" cộng lại phải bằng tổng; khi văn bản chỉ nêu\n"
        "một số phần (``parts_complete: false``), các phần đó cộng lại không được vượt quá tổng.\n"
        "\n"
        "Khi chênh lệch đúng bằng một phần văn bản ghi ngoài tổng (``outside: true``, \"Ngoài\n"
        "khoản trên, còn …\") hoặc số liệu của một nguồn khác trong biểu mà tổng dẫn chiếu,\n"
        "chẩn đoán là ``scope``: tổng nhiều khả năng đã gộp phần đó (hoặc bỏ sót nó)."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the whole is {stated} {unit} but its parts add up to {computed} (difference {difference})",
            "vi": "nhận định {claim}: tổng ghi {stated} {unit} nhưng các phần cộng lại bằng {computed} (chênh lệch {difference})",
        },
        "exceeds": {
            "en": "claim {claim}: the parts listed add up to {computed}, more than the whole {stated} {unit}",
            "vi": "nhận định {claim}: các phần nêu ra cộng lại bằng {computed}, lớn hơn tổng {stated} {unit}",
        },
        "hint": {
            "en": "one of the parts or the whole was mistyped; if the parts are only examples, mark parts_complete: false",
            "vi": "một phần hoặc tổng bị gõ sai; nếu các phần chỉ là ví dụ, ghi parts_complete: false",
        },
    },
)
def claim_parts(plan: Plan) -> Iterator[Problem]:
    """Parts listed after "trong đó" / "bao gồm" must add up to the whole; when the text lists
    only some of them (``parts_complete: false``), they must not exceed it.

    When the gap equals a part the text puts outside the whole (``outside: true``, "Ngoài
    khoản trên, còn …") or, for a whole that names table figures, the same figures of another
    source, the diagnosis is ``scope``: the whole likely takes that part in (or leaves it out).

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: news-article, period: "2021-2025"}
        claims:
          - id: c
            quote: "Tổng kinh phí là 18,246 tỷ đồng, trong đó địa phương 4,446 tỷ, quốc gia 13,880 tỷ."
            value: "18,246"
            unit: tỷ đồng
            parts:
              - {label: khuyến công địa phương, value: "4,446"}
              - {label: khuyến công quốc gia, value: "13,880"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: news-article, period: "2021-2025"}
        claims:
          - id: c
            quote: "Tổng kinh phí là 18,246 tỷ đồng, trong đó địa phương 4,446 tỷ, quốc gia 13,800 tỷ."
            value: "18,246"
            unit: tỷ đồng
            parts:
              - {label: khuyến công địa phương, value: "4,446"}
              - {label: khuyến công quốc gia, value: "13,800"}
    """
    for index, claim in enumerate(plan.claims):
        values = _part_values(claim)
        if claim.value is None or len(values) < 1 or any(part.remainder for part in claim.parts):
            # A remainder ("còn lại là …") is the whole minus the rest: KC313 checks that claim.
            continue
        if any(part.per_year is not None for part in claim.parts):
            # Parts given per year over sub-periods ("2002-2005 mỗi năm 2 tỷ"): KC316 adds them up.
            continue
        computed = sum((value for _, value in values), Decimal(0))
        parts = tuple(Part(label, value) for label, value in values)
        step = rounding_of(plan)
        allowed = tolerance(step, len(parts))
        if claim.parts_complete:
            if any(part.high is not None or part.hedge not in (None, Hedge.EXACT, Hedge.PLANNED, Hedge.EQUIVALENT, Hedge.UP_TO) for part in claim.parts):
                # Ranged or hedged parts ("trên 300", "từ 01 đến 02"): the whole must be a sum they allow.
                low, high = _parts_interval(plan, claim)
                whole_low, whole_high, _, _ = interval(
                    claim.value, claim.hedge, allowed, band_for(plan, claim.hedge, claim), claim.high
                )
                if overlaps((low, high), (whole_low, whole_high)):
                    continue
            elif accepts(claim.value, computed, claim.hedge, allowed, band_for(plan, claim.hedge, claim), claim.high):
                continue
            message = "KC302.message"
        else:
            if computed <= claim.value + allowed:
                continue
            message = "KC302.exceeds"
        yield Problem(
            path=("claims", index, "value"),
            message=message,
            params={
                "claim": claim.id,
                "stated": claim.value,
                "computed": computed,
                "difference": claim.value - computed,
                "unit": claim.unit or "",
            },
            hint="KC302.hint",
            stated=claim.value,
            computed=computed,
            parts=parts,
            unit=claim.unit,
            beside=_beside_whole(plan, claim),
        )


def _beside_whole(plan: Plan, claim: Claim) -> tuple[Part, ...]:
    """Figures next to a claim's parts but outside them: the parts the text puts outside the
    whole ("Ngoài khoản trên, còn 73 triệu đồng"), and, when the whole names table figures of
    some sources, the same figures in the table's other sources. A whole that takes one of
    them in (or parts that leave one out) is off by exactly that figure: the scope diagnosis."""
    beside = outside_parts(claim)
    if claim.of is not None:
        beside += _other_sources(plan, claim.of, claim.unit)
    return beside


@rule(
    "KC308",
    "claim-count",
    Severity.ERROR,
    "A count stated in the prose differs from the targets table (Biểu 01) it names.",
    "Số lượng nêu trong văn bản khác chỉ tiêu trong biểu (Biểu 01) mà nó dẫn chiếu.",
    doc_vi=(
        "Một số lượng nêu trong lời văn (\"tổ chức 05 hội nghị\", \"xây dựng 06 mô hình\") có dẫn\n"
        "chiếu tới các dòng của biểu chỉ tiêu (``of: {table: bieu-01, rows: [II.3]}``) phải\n"
        "bằng số mà các dòng đó ghi cho cả giai đoạn (cột Tổng, nếu không có thì các ô; hoặc\n"
        "các ô của những năm được nêu), trong phạm vi mà từ ước lượng đi kèm (khoảng, trên, …)\n"
        "hoặc khoảng giá trị cho phép."
    ),
    messages={
        "message": {
            "en": "claim {label}: the text states {hedge}{stated}{range} {unit} but table {table} gives {computed} (difference {difference})",
            "vi": "nhận định {label}: văn bản ghi {hedge}{stated}{range} {unit} nhưng biểu {table} cho {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "the prose and the targets table must state the same count; correct whichever differs from the approved plan",
            "vi": "văn bản và biểu chỉ tiêu phải ghi cùng một số lượng; sửa chỗ sai khác với kế hoạch được duyệt",
        },
    },
)
def claim_count(plan: Plan) -> Iterator[Problem]:
    """A count in the prose ("tổ chức 05 hội nghị", "xây dựng 06 mô hình") that names rows of a
    targets table (``of: {table: bieu-01, rows: [II.3]}``) must equal what those rows state
    for the period (their Tổng column, else their cells; or the cells of the years named),
    within its hedge (khoảng, trên, …) or range.

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
              - {id: II.3, name: Số hội nghị tập huấn, unit: Hội nghị, cells: {2016: 1, 2018: 1, 2020: 1}, total: 3}
        claims:
          - id: hoi-nghi
            quote: "Tổ chức 05 hội nghị tập huấn nghiệp vụ, với 90 đại biểu/05 năm;"
            value: 5
            unit: hội nghị
            of: {table: b1, rows: [II.3]}

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
              - {id: II.3, name: Số hội nghị tập huấn, unit: Hội nghị, cells: {2016: 1, 2018: 1, 2020: 1}, total: 3}
        claims:
          - id: hoi-nghi
            quote: "Tổ chức 03 hội nghị tập huấn nghiệp vụ;"
            value: 3
            unit: hội nghị
            of: {table: b1, rows: [II.3]}
    """
    yield from _figure_claims(plan, targets=True)

