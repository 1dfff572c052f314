"""Money without a unit: "phê duyệt kinh phí trên 2,1 thực hiện …".

A figure printed without its unit cannot be checked by a reader: 2,1 tỷ and 2,1 triệu differ a
thousandfold. The encoding records the omission (``unit_written: false``, with ``unit`` the
reading the context suggests, or left out), and this rule reports it, suggesting the unit the
rest of the document writes figures of that size in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal

from ..findings import Problem, Severity
from ..model import Plan, Row
from ..numbers import normalise_unit, unit_factor
from ..source import Path
from .base import rule


def _rows(rows: list[Row]) -> Iterator[Row]:
    for row in rows:
        yield row
        yield from _rows(row.rows)


def money_figures(plan: Plan) -> dict[str, list[Decimal]]:
    """The document's money figures written with a unit, by unit (claims, parts, tables)."""
    found: dict[str, list[Decimal]] = defaultdict(list)

    def add(value: Decimal | None, unit: str | None) -> None:
        if value is not None and value != 0 and unit and unit_factor(unit):
            found[normalise_unit(unit)].append(abs(value))

    for claim in plan.claims:
        if claim.unit_written:
            add(claim.value, claim.unit)
        for part in claim.parts:
            if part.unit_written:
                add(part.value, part.unit or claim.unit)
    for table in plan.tables:
        for row in _rows(table.rows + ([table.total] if table.total else [])):
            add(row.total, table.unit)
            for cell in row.cells.values():
                if isinstance(cell, dict):
                    for value in cell.values():
                        add(value, table.unit)
                else:
                    add(cell, table.unit)
    return found


def likely_unit(plan: Plan, value: Decimal) -> str | None:
    """The unit whose figures in this document are closest in size (as written) to ``value``."""
    best: tuple[int, int, str] | None = None
    for unit, values in money_figures(plan).items():
        sizes = sorted(v.adjusted() for v in values)
        median = sizes[len(sizes) // 2]
        key = (abs(value.adjusted() - median), -len(values), unit)
        if best is None or key < best:
            best = key
    return best[2] if best else None


@rule(
    "KC312",
    "money-without-unit",
    Severity.WARNING,
    "A sum of money is stated without a unit.",
    "Một số tiền được nêu mà không ghi đơn vị.",
    doc_vi=(
        "Một số tiền được in không kèm đơn vị (\"phê duyệt kinh phí trên 2,1 thực hiện …\") thì\n"
        "người đọc không thể kiểm tra: 2,1 tỷ và 2,1 triệu chênh nhau một nghìn lần. Bản ghi ghi\n"
        "nhận sự thiếu sót đó bằng ``unit_written: false`` (``unit`` là cách đọc mà ngữ cảnh gợi ý,\n"
        "hoặc bỏ trống), và quy tắc này báo cảnh báo, gợi ý đơn vị mà phần còn lại của văn bản\n"
        "dùng cho các số liệu cùng cỡ."
    ),
    messages={
        "message": {
            "en": "claim {label}: the text gives {value} without a unit",
            "vi": "nhận định {label}: văn bản ghi {value} mà không có đơn vị",
        },
        "hint": {
            "en": "a reader cannot tell tỷ from triệu: the document should name the unit",
            "vi": "người đọc không phân biệt được tỷ hay triệu: văn bản cần ghi rõ đơn vị",
        },
        "hint-unit": {
            "en": "the rest of the document writes figures of that size in {unit}: likely {value} {unit}",
            "vi": "phần còn lại của văn bản ghi các số liệu cỡ này bằng {unit}: nhiều khả năng là {value} {unit}",
        },
    },
)
def money_without_unit(plan: Plan) -> Iterator[Problem]:
    """A figure the text prints without a unit (``unit_written: false``) is reported, with the
    unit the rest of the document uses for figures of that size: "trên 2,1" in an article that
    writes 1,2 tỷ and 9 tỷ elsewhere was most likely 2,1 tỷ.

    Bad:
        kc: 1
        document: {title: Khuyến công, province: Bình Định, kind: news-article, period: "2017"}
        claims:
          - id: tong
            quote: "UBND tỉnh phê duyệt kinh phí trên 2,1 thực hiện 20 đề án khuyến công."
            value: "2,1"
            hedge: trên
            unit_written: false
          - id: nhom
            quote: "nhóm máy móc thiết bị 1,8 tỷ đồng"
            value: "1,8"
            unit: tỷ đồng

    Good:
        kc: 1
        document: {title: Khuyến công, province: Bình Định, kind: news-article, period: "2017"}
        claims:
          - id: tong
            quote: "UBND tỉnh phê duyệt kinh phí trên 2,1 tỷ đồng thực hiện 20 đề án khuyến công."
            value: "2,1"
            hedge: trên
            unit: tỷ đồng
    """
    for index, claim in enumerate(plan.claims):
        base: Path = ("claims", index)
        if not claim.unit_written and claim.value is not None:
            yield _problem(plan, base + ("value",), claim.id, claim.value)
        for part_index, part in enumerate(claim.parts):
            if not part.unit_written and part.value is not None:
                yield _problem(plan, base + ("parts", part_index, "value"), f"{claim.id}: {part.label}", part.value)


def _problem(plan: Plan, path: Path, label: str, value: Decimal) -> Problem:
    unit = likely_unit(plan, value)
    params: dict[str, object] = {"label": label, "value": value}
    if unit is not None:
        params["unit"] = unit
    return Problem(path=path, message="KC312.message", params=params, hint="KC312.hint-unit" if unit else "KC312.hint")
