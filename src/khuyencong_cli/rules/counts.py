"""Counts of listed items: "12 sản phẩm đạt giải … gồm: A, B, …" must list twelve names.

Counts against targets tables are KC308 (claims family); this family checks a count against
the list the same sentence gives, which writers edit without updating the number.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..model import Plan
from .base import rule


@rule(
    "KC309",
    "list-count",
    Severity.ERROR,
    "A count differs from the number of items the text lists after it.",
    "Số lượng nêu ra khác số mục được liệt kê ngay sau.",
    doc_vi=(
        "Một nhận định có ``items`` (các tên được liệt kê sau \"gồm:\") phải nêu số lượng đúng\n"
        "bằng số tên đã liệt kê."
    ),
    messages={
        "message": {
            "en": "claim {claim}: the text counts {stated} {unit} but lists {computed} (difference {difference})",
            "vi": "nhận định {claim}: văn bản ghi {stated} {unit} nhưng chỉ liệt kê {computed} (chênh lệch {difference})",
        },
        "hint": {
            "en": "an item was left out of the list, or the count was not updated",
            "vi": "một mục bị bỏ sót khỏi danh sách, hoặc số lượng chưa được sửa lại",
        },
    },
)
def list_count(plan: Plan) -> Iterator[Problem]:
    """A claim with ``items`` (the names listed after "gồm:") must count exactly that many.

    Bad:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: san-pham
            quote: "có 3 sản phẩm đạt giải cấp tỉnh gồm: lạp sườn, jăm bông"
            value: 3
            unit: sản phẩm
            items: [lạp sườn, jăm bông]

    Good:
        kc: 1
        document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
        claims:
          - id: san-pham
            quote: "có 2 sản phẩm đạt giải cấp tỉnh gồm: lạp sườn, jăm bông"
            value: 2
            unit: sản phẩm
            items: [lạp sườn, jăm bông]
    """
    for index, claim in enumerate(plan.claims):
        if not claim.items or claim.value is None:
            continue
        counted = Decimal(len(claim.items))
        if claim.value == counted:
            continue
        yield Problem(
            path=("claims", index, "value"),
            message="KC309.message",
            params={"claim": claim.id, "stated": claim.value, "computed": counted,
                    "difference": claim.value - counted, "unit": claim.unit or ""},
            hint="KC309.hint",
            stated=claim.value,
            computed=counted,
            parts=tuple(Part(item, Decimal(1)) for item in claim.items),
            unit=claim.unit,
            diagnose=False,
        )

