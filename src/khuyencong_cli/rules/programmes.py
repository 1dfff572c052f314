"""One programme described by several documents: the figures they share must agree.

The decision approving a programme and the articles that report it state the same total, the
same count of projects, the same money of a source, each with its own words ("18,246 tỷ",
"hơn 18 tỷ"). Plans that name one programme (``document.programme``, same province) and one
figure (``figure:`` on a claim, a part or a table row) are compared when ``kc validate``
checks them together, each figure with its own hedge, as a restatement within one document
is (KC314).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from ..findings import Part, Problem, Severity
from ..hedges import agree
from ..model import Hedge
from ..shared_figures import SharedFigure, comparable_bounds
from .base import across_rule


def _words(figure: SharedFigure, prefix: str = "") -> dict[str, object]:
    """The figure as its text words it (hedge, value, unit), as message parameters."""
    return {
        f"{prefix}hedge": f"{figure.hedge.value} " if figure.hedge not in (None, Hedge.EXACT) else "",
        f"{prefix}value": figure.value,
        f"{prefix}unit": f" {figure.unit}" if figure.unit else "",
    }


@across_rule(
    "KC501",
    "shared-figure",
    Severity.ERROR,
    "Two plans of one programme state a figure they share differently.",
    "Hai kế hoạch của cùng một chương trình ghi khác nhau một con số chung.",
    doc_vi=(
        "Quyết định phê duyệt một chương trình và các bài báo đưa tin về nó cùng nêu một tổng kinh\n"
        "phí, một số đề án, một khoản tiền của một nguồn, mỗi văn bản một cách viết (\"18,246 tỷ\",\n"
        "\"hơn 18 tỷ\"). Các kế hoạch cùng tỉnh ghi cùng một chương trình (``document.programme``,\n"
        "chẳng hạn số quyết định phê duyệt) và đặt cùng tên cho một con số (``figure:`` ở nhận định,\n"
        "ở thành phần của nhận định, hay ở tổng ghi của một dòng trong biểu) được so với nhau khi\n"
        "``kc validate`` kiểm tra chúng cùng lúc, mỗi bên với từ rào đón của mình, như lời nhắc lại trong một văn bản (KC314): một số\n"
        "không kèm từ rào đón được hiểu theo các chữ số đã viết (± nửa bước). Mâu thuẫn được báo một\n"
        "lần, tại tệp đứng sau theo thứ tự tên tệp, kèm tệp và dòng của con số kia. Một con số đã\n"
        "khớp với một văn bản trước thì không bị báo lại vì mâu thuẫn của văn bản khác. Hai con số\n"
        "có đơn vị không quy đổi được (tiền với số đếm, hoặc một bên không ghi đơn vị) không được so.\n"
        "Mỗi ví dụ dưới đây gồm hai tệp, ngăn cách bởi ``---``."
    ),
    messages={
        "message": {
            "en": "figure {figure} of this programme: {hedge}{value}{unit} here cannot describe the same figure as {other_hedge}{other_value}{other_unit} in {other_file}:{other_line} ({other_label})",
            "vi": "con số {figure} của chương trình: {hedge}{value}{unit} ở đây không thể cùng mô tả một con số với {other_hedge}{other_value}{other_unit} ở {other_file}:{other_line} ({other_label})",
        },
        "hint": {
            "en": "both plans say they state this figure of one programme: check both documents and correct the one mistyped, or name the figures apart if they are not the same",
            "vi": "hai kế hoạch cùng ghi đây là một con số của một chương trình: đối chiếu hai văn bản và sửa chỗ gõ sai, hoặc đặt tên khác nếu đó không phải cùng một con số",
        },
    },
)
def shared_figure(figure: SharedFigure, earlier: Sequence[SharedFigure]) -> Iterator[Problem]:
    """Plans of one province that name one programme (``document.programme``, e.g. the
    approving decision's number) and one figure (``figure:`` on a claim, a claim's part or a
    table row's stated total) must state it compatibly, each with its own hedge; a figure
    without a hedge is read to the digits written (± half a step), as a restatement within one document is (KC314). Only
    ``kc validate`` on several plans together runs this rule. A contradiction is reported
    once, in the file that comes later by name, naming the other file and line; a figure that
    agrees with one earlier statement is not reported again for another's contradiction.
    Figures whose units cannot be converted (money and a count, or one without a unit) are
    not compared. Each example below is two files, separated by ``---``.

    Bad:
        # quyet-dinh.yaml
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: 2021-2025, programme: 470/QĐ-UBND}
        claims:
          - {id: tong, quote: "Tổng kinh phí: 18.246 triệu đồng", value: "18.246", unit: triệu đồng, figure: tong-kinh-phi}
        ---
        # tin-bai.yaml
        kc: 1
        document: {title: Phê duyệt Kế hoạch khuyến công, province: Cao Bằng, kind: news-article, period: 2021-2025, programme: 470/QĐ-UBND}
        claims:
          - {id: tong, quote: "tổng kinh phí hơn 19,2 tỷ đồng", value: "19,2", unit: tỷ đồng, hedge: hơn, figure: tong-kinh-phi}

    Good:
        # quyet-dinh.yaml
        kc: 1
        document: {title: Kế hoạch khuyến công, province: Cao Bằng, kind: plan, period: 2021-2025, programme: 470/QĐ-UBND}
        claims:
          - {id: tong, quote: "Tổng kinh phí: 18.246 triệu đồng", value: "18.246", unit: triệu đồng, figure: tong-kinh-phi}
        ---
        # tin-bai.yaml
        kc: 1
        document: {title: Phê duyệt Kế hoạch khuyến công, province: Cao Bằng, kind: news-article, period: 2021-2025, programme: 470/QĐ-UBND}
        claims:
          - {id: tong, quote: "tổng kinh phí hơn 18,2 tỷ đồng", value: "18,2", unit: tỷ đồng, hedge: hơn, figure: tong-kinh-phi}
    """
    contradicted: tuple[SharedFigure, Decimal] | None = None
    for other in earlier:
        if other.file == figure.file:
            continue  # within one document, a figure stated twice is ``restates`` (KC314)
        compared = comparable_bounds(figure, other)
        if compared is None:
            continue
        mine, theirs, value = compared
        if agree(mine, theirs):
            return  # it agrees with a statement before it; any other contradiction was reported there
        if contradicted is None:
            contradicted = (other, value)
    if contradicted is None:
        return
    other, value = contradicted
    yield Problem(
        path=figure.path,
        message="KC501.message",
        params={
            "figure": figure.figure,
            **_words(figure),
            **_words(other, "other_"),
            "other_file": other.file,
            "other_line": other.line,
            "other_label": other.label,
        },
        hint="KC501.hint",
        stated=figure.value,
        computed=value,
        parts=(Part(f"{other.file}:{other.line} {other.label}", value),),
        unit=figure.unit,
        combine="each",
        related=((other.file, other.line, other.column),),
    )
