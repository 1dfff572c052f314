"""Parts outside the whole, and the rest: "ngoài khoản trên, còn …", "còn lại là …".

Two ways of writing a part are not "trong đó". "Ngoài khoản trên, còn 73 triệu đồng chi phí
quản lý" names money that is *not* in the whole just stated (``outside: true``): it must not be
added into it. "… còn lại là vốn đối ứng của doanh nghiệp" names the remainder
(``remainder: true``): the whole minus the other parts, whether or not the text states it. A
remainder cannot be negative, and a stated remainder must be the gap the other parts leave.

Tables print the same two kinds of line: "Ngoài ra: …" (a row ``outside: true``, never summed)
and "Còn lại" / "Vốn đối ứng còn lại" (a row ``remainder: true``): its parent's stated total, or
the Cộng row's for a top-level row, minus the rows beside it. Such a row is checked here, once,
where it stands; the rules that sum rows (KC102, KC103, KC105) leave its group to this rule, so
one slip is not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import band_for, interval, overlaps, written_step
from ..model import Claim, ClaimPart, Plan, TableKind
from ..tables import children, iter_rows, remainder_gap, row_entries, table_path
from .base import rule
from .common import compare, rounding_of, tolerance
from .figures import outside_parts, part_in_unit


def _bounds(plan: Plan, claim: Claim, part: ClaimPart) -> tuple[Decimal | None, Decimal | None] | None:
    """The interval a part's words allow, in the claim's unit (None: not summable)."""
    if part.value is None:
        return None
    value = part_in_unit(claim, part, part.value)
    if value is None:
        return None
    high = part_in_unit(claim, part, part.high) if part.high is not None else None
    step = part_in_unit(claim, part, written_step(part.value))
    low_end, high_end, _, _ = interval(value, part.hedge, Decimal(0), band_for(plan, part.hedge, claim), high, step)
    return low_end, high_end


def _span(plan: Plan, claim: Claim, parts: list[ClaimPart]) -> tuple[Decimal, Decimal] | None:
    """The least and the most the parts' words allow together (None: one is not summable or
    open-ended, so the rest cannot be bounded)."""
    low = high = Decimal(0)
    for part in parts:
        bounds = _bounds(plan, claim, part)
        if bounds is None or bounds[0] is None or bounds[1] is None:
            return None
        low, high = low + bounds[0], high + bounds[1]
    return low, high


@rule(
    "KC313",
    "claim-remainder",
    Severity.ERROR,
    "The rest of a whole ('còn lại'), in a claim or a table, is negative, or differs from the gap the other parts leave.",
    "Phần còn lại ('còn lại'), trong lời văn hay trong biểu, bị âm, hoặc khác khoảng chênh lệch mà các phần khác để lại.",
    doc_vi=(
        "\"… còn lại là vốn đối ứng của doanh nghiệp\" gọi tên phần còn lại (``remainder: true``):\n"
        "tổng trừ đi các phần đã nêu, dù văn bản có ghi số của nó hay không. Phần còn lại không\n"
        "thể âm (các phần đã nêu không được vượt quá tổng), và nếu văn bản ghi số của nó thì số\n"
        "đó phải đúng bằng khoảng chênh lệch, trong phạm vi các từ rào đón (gần, khoảng, trên…)\n"
        "cho phép. Phần nằm ngoài tổng (\"Ngoài khoản trên, còn 73 triệu đồng…\",\n"
        "``outside: true``) không được cộng vào tổng.\n"
        "\n"
        "Trong biểu cũng vậy: dòng \"Còn lại\" / \"Vốn đối ứng còn lại\" (``remainder: true``) là tổng\n"
        "của dòng mẹ (hoặc dòng Cộng) trừ các dòng bên cạnh, có ghi số hay không; dòng \"Ngoài ra\"\n"
        "(``outside: true``) không cộng vào tổng.\n"
        "\n"
        "Khi phần còn lại ghi lệch đúng bằng một phần nằm ngoài tổng, chẩn đoán là ``scope``:\n"
        "số ghi của phần còn lại nhiều khả năng đã gộp cả phần đó."
    ),
    messages={
        "negative": {
            "en": "claim {claim}: the parts named add up to more than the whole {whole} {unit}, so the rest ({label}) would be {gap}",
            "vi": "nhận định {claim}: các phần đã nêu cộng lại vượt tổng {whole} {unit}, nên phần còn lại ({label}) sẽ là {gap}",
        },
        "message": {
            "en": "claim {claim}: the rest ({label}) is stated as {stated} {unit} but the whole minus the other parts is {gap}",
            "vi": "nhận định {claim}: phần còn lại ({label}) ghi {stated} {unit} nhưng tổng trừ các phần khác là {gap}",
        },
        "row-negative": {
            "en": "table {table}, row {row}: the rows beside it add up to more than the total of row {whole_row} ({whole}), so this rest would be {gap}",
            "vi": "biểu {table}, dòng {row}: các dòng bên cạnh cộng lại vượt tổng của dòng {whole_row} ({whole}), nên phần còn lại này sẽ là {gap}",
        },
        "row-message": {
            "en": "table {table}, row {row}: the rest is stated as {stated} but the total of row {whole_row} ({whole}) minus the rows beside it is {computed} (difference {difference})",
            "vi": "biểu {table}, dòng {row}: phần còn lại ghi {stated} nhưng tổng của dòng {whole_row} ({whole}) trừ các dòng bên cạnh là {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "one of the figures was mistyped; a part that is not in the whole (\"ngoài khoản trên\") is marked outside: true",
            "vi": "một trong các số bị gõ sai; phần không nằm trong tổng (\"ngoài khoản trên\") được ghi outside: true",
        },
    },
)
def claim_remainder(plan: Plan) -> Iterator[Problem]:
    """A part marked ``remainder: true`` ("còn lại là vốn đối ứng") is the whole minus the
    other parts (parts ``outside: true``, "ngoài khoản trên, còn …", are not in the whole):
    that gap cannot be negative, and a remainder the text states must equal it, within the
    words of each figure. A table row marked ``remainder: true`` ("Vốn đối ứng còn lại") is
    its parent's total, or the Cộng row's, minus the rows beside it, and is checked the same
    way (a row ``outside: true``, "Ngoài ra: …", is not in the total).

    When a stated remainder is off by exactly a part outside the whole, the diagnosis is
    ``scope``: the remainder's figure likely takes that part in.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Bà Rịa - Vũng Tàu, kind: news-article, period: "2023"}
        claims:
          - id: tong
            quote: "Tổng kinh phí 9 tỷ đồng, trong đó ngân sách tỉnh 5,7 tỷ, còn lại là vốn đối ứng của doanh nghiệp 3,5 tỷ đồng. Ngoài khoản trên, còn 73 triệu đồng chi phí quản lý."
            value: 9
            unit: tỷ đồng
            parts:
              - {label: Ngân sách tỉnh, value: "5,7"}
              - {label: Vốn đối ứng của doanh nghiệp, value: "3,5", remainder: true}
              - {label: Chi phí quản lý, value: 73, unit: triệu đồng, outside: true}
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            rows:
              - {id: "1", name: Ngân sách tỉnh, total: "5.700"}
              - {id: "2", name: Vốn đối ứng còn lại, total: "3.500", remainder: true}
              - {id: "3", name: "Ngoài ra: chi phí quản lý", total: 73, outside: true}
            total: {id: cong, name: Cộng, total: "9.000"}

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Bà Rịa - Vũng Tàu, kind: news-article, period: "2023"}
        claims:
          - id: tong
            quote: "Tổng kinh phí 9 tỷ đồng, trong đó ngân sách tỉnh 5,7 tỷ, còn lại là vốn đối ứng của doanh nghiệp 3,3 tỷ đồng. Ngoài khoản trên, còn 73 triệu đồng chi phí quản lý."
            value: 9
            unit: tỷ đồng
            parts:
              - {label: Ngân sách tỉnh, value: "5,7"}
              - {label: Vốn đối ứng của doanh nghiệp, value: "3,3", remainder: true}
              - {label: Chi phí quản lý, value: 73, unit: triệu đồng, outside: true}
        tables:
          - id: t
            kind: budget
            title: Kinh phí
            unit: triệu đồng
            rows:
              - {id: "1", name: Ngân sách tỉnh, total: "5.700"}
              - {id: "2", name: Vốn đối ứng còn lại, remainder: true}
              - {id: "3", name: "Ngoài ra: chi phí quản lý", total: 73, outside: true}
            total: {id: cong, name: Cộng, total: "9.000"}
    """
    for index, claim in enumerate(plan.claims):
        rests = [(i, p) for i, p in enumerate(claim.parts) if p.remainder]
        if claim.value is None or len(rests) != 1:
            continue
        rest_index, rest = rests[0]
        others = [p for p in claim.parts if not p.remainder and not p.outside]
        span = _span(plan, claim, others)
        if span is None:
            continue
        low, high = span
        allowed = tolerance(rounding_of(plan), len(others) + 1)
        whole_low, whole_high, _, _ = interval(
            claim.value, claim.hedge, allowed, band_for(plan, claim.hedge, claim), claim.high
        )
        if whole_low is None or whole_high is None:
            continue
        gap_low, gap_high = whole_low - high, whole_high - low
        parts = tuple(Part(p.label, part_in_unit(claim, p, p.value) or Decimal(0)) for p in others if p.value is not None)
        nominal = claim.value - sum((part.value for part in parts), Decimal(0))
        path = ("claims", index, "parts", rest_index)
        if gap_high < 0:
            yield Problem(
                path=("claims", index, "value"),
                message="KC313.negative",
                params={"claim": claim.id, "label": rest.label, "whole": claim.value, "gap": nominal, "unit": claim.unit or ""},
                hint="KC313.hint",
                stated=claim.value,
                computed=claim.value - nominal,
                parts=parts,
                unit=claim.unit,
            )
            continue
        rest_bounds = _bounds(plan, claim, rest)
        if rest_bounds is None or overlaps((gap_low, gap_high), rest_bounds):
            continue
        stated = part_in_unit(claim, rest, rest.value) if rest.value is not None else None
        if stated is None:
            continue
        yield Problem(
            path=path + ("value",),
            message="KC313.message",
            params={"claim": claim.id, "label": rest.label, "stated": stated, "gap": nominal, "unit": claim.unit or ""},
            hint="KC313.hint",
            stated=stated,
            computed=nominal,
            unit=claim.unit,
            beside=outside_parts(claim),
        )
    yield from _row_remainders(plan)


def _row_remainders(plan: Plan) -> Iterator[Problem]:
    """A table row marked ``remainder``: the whole (its parent's total, or the Cộng row's)
    minus the rows beside it cannot be negative, and equals the rest's own figure, if any."""
    for table in plan.tables:
        base = table_path(plan, table)
        step = rounding_of(plan, table)
        for ref in iter_rows(table, base, include_total=False):
            if not ref.row.remainder or ref.row.outside:
                continue
            gap = remainder_gap(table, base, ref)
            if gap is None:
                continue
            unit = ref.row.unit if table.kind is TableKind.TARGETS else table.unit
            params = {"table": table.id, "row": ref.key, "whole_row": gap.whole_label, "whole": gap.whole, "unit": unit or ""}
            others = sum((value for _, value in gap.siblings), Decimal(0))
            if gap.value < 0 and -gap.value > tolerance(step, len(gap.siblings) + 1):
                yield Problem(
                    path=gap.whole_path,
                    message="KC313.row-negative",
                    params={**params, "gap": gap.value},
                    hint="KC313.hint",
                    stated=gap.whole,
                    computed=others,
                    parts=tuple(Part(key, value) for key, value in gap.siblings),
                    unit=unit,
                )
                continue
            entries = row_entries(ref, children(ref))
            if not entries:
                continue  # the rest states no figure: it is the gap, whatever it is
            stated = ref.row.total if ref.row.total is not None else sum((e.value for e in entries), Decimal(0))
            problem = compare(
                path=ref.path + ("total",) if ref.row.total is not None else entries[0].path,
                message="KC313.row-message",
                params=params,
                stated=stated,
                computed=gap.value,
                parts=(),
                step=step,
                hint="KC313.hint",
                unit=unit,
            )
            if problem:
                yield problem
