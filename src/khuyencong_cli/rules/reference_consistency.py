"""References consistent with themselves: one number, one date; a kind that fits its symbol.

A decision cites a dozen documents by kind, number and date, typed by hand and often copied
from an older decision. Three slips show without opening any of them: the same number cited
twice with two dates ("Thông tư 46/…/TT-BCT ngày 28/12/…" and, two lines later, "ngày
28/2/…"); a number whose year is earlier than its date (a number is given when the document is
signed, so both carry the same year); a kind word that contradicts the number's symbol ("Thông
tư liên tịch" with a single-ministry ``TT-BTC`` number, "Quyết định" with a ``/KH-`` number);
and a document said to detail or implement another (``implements``) dated before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..findings import Problem, Severity
from ..model import LegalReference, Plan
from ..periods import parse_date
from ..source import Path
from .base import rule
from .references import cited, numbered_and_dated

# The type code a number's symbol starts with, for each kind of document that has one. Kinds
# without a code of their own (Văn bản, Công văn: the symbol is the issuer's) are not checked.
KIND_CODES: dict[str, str] = {
    "quyết định": "QĐ",
    "nghị định": "NĐ",
    "thông tư": "TT",
    "thông tư liên tịch": "TTLT",
    "nghị quyết": "NQ",
    "chỉ thị": "CT",
    "kế hoạch": "KH",
    "tờ trình": "TTr",
    "thông báo": "TB",
    "báo cáo": "BC",
}


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).lower()


def _number_key(number: str) -> str:
    """A number compared across citations: spaces and case do not matter ("NĐ- CP" = "NĐ-CP")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", number)).upper()


def _symbol(number: str) -> str | None:
    """The symbol after the number (and year): ``46/2012/TT-BCT`` → ``TT-BCT``."""
    pieces = [p.strip() for p in number.split("/") if p.strip()]
    if len(pieces) < 2:
        return None
    return pieces[-1]


def _type_code(symbol: str) -> str:
    """The symbol's first segment: ``TTLT-BTC-BCT`` → ``TTLT``; ``QĐ .UBND`` → ``QĐ``."""
    return re.split(r"[-.\s]+", symbol.strip(), maxsplit=1)[0]


def _place(path: Path) -> str:
    """``("references", 3)`` → ``references[3]``, for a message that names another citation."""
    return "document.decision" if path[0] == "document" else f"{path[0]}[{path[1]}]"


@rule(
    "KC406",
    "number-year-before-date",
    Severity.ERROR,
    "A cited document's number carries a year earlier than its own date.",
    "Số hiệu văn bản được dẫn mang năm sớm hơn ngày ban hành của chính nó.",
    doc_vi=(
        "Số hiệu văn bản như ``46/2012/TT-BCT`` mang năm văn bản được ký; ngày ban hành của nó\n"
        "vì thế thuộc cùng năm đó. Một số hiệu mang năm sớm hơn ngày (\"46/2012/TT-BCT ngày\n"
        "28/12/2013\") cho thấy một trong hai đã bị gõ nhầm, thường là năm trong ngày, chép lại từ\n"
        "một văn bản khác. (Năm trong số hiệu muộn hơn ngày là KC401.)"
    ),
    messages={
        "message": {
            "en": "reference {number} is numbered in {year} but dated {date} ({date_year}): a number carries the year its document was signed",
            "vi": "văn bản {number} mang số năm {year} nhưng ghi ngày {date} ({date_year}): số hiệu mang năm văn bản được ký",
        },
        "hint": {
            "en": "one of the two years was mistyped, usually the date's (it should likely fall in {year}); check the cited document",
            "vi": "một trong hai năm bị gõ sai, thường là năm trong ngày (nhiều khả năng phải thuộc năm {year}); đối chiếu văn bản được dẫn",
        },
    },
)
def number_year_before_date(plan: Plan) -> Iterator[Problem]:
    """A number is given when the document is signed, so ``46/2012/TT-BCT`` is dated in 2012;
    a date in a later year ("ngày 28/12/2013") means one of the two was mistyped (usually the
    date, copied from another citation). KC401 reports the opposite slip.

    Bad:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/12/2013"}

    Good:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/12/2012"}
    """
    for path, reference, year, date_year in numbered_and_dated(plan):
        if year < date_year:
            yield Problem(
                path=path + ("date",),
                message="KC406.message",
                params={"number": reference.number, "date": reference.date, "year": year, "date_year": date_year},
                hint="KC406.hint",
            )


@rule(
    "KC407",
    "reference-dates-differ",
    Severity.ERROR,
    "The same document number is cited twice with two different dates.",
    "Cùng một số hiệu văn bản được dẫn hai lần với hai ngày khác nhau.",
    doc_vi=(
        "Cùng một số hiệu được dẫn hai lần trong văn bản thì phải mang cùng một ngày ban hành:\n"
        "một văn bản chỉ có một ngày. Khi hai lần dẫn ghi hai ngày khác nhau (\"Thông tư 46/…\n"
        "ngày 28/12/…\" rồi \"ngày 28/2/…\"), ít nhất một lần đã bị gõ nhầm. Phát hiện được báo ở\n"
        "lần dẫn sau và nêu dòng của lần dẫn trước. Số hiệu được so sánh không phân biệt dấu cách\n"
        "và chữ hoa, chữ thường."
    ),
    messages={
        "message": {
            "en": "reference {number} is dated {date} here but {first} where it was first cited ({where})",
            "vi": "văn bản {number} ở đây ghi ngày {date} nhưng ở lần dẫn đầu tiên ({where}) ghi ngày {first}",
        },
        "hint": {
            "en": "a document has one date: correct whichever citation differs from the document itself",
            "vi": "một văn bản chỉ có một ngày ban hành: sửa lần dẫn ghi khác với văn bản gốc",
        },
    },
)
def reference_dates_differ(plan: Plan) -> Iterator[Problem]:
    """A document has one date: the same number cited twice ("Thông tư 46/2012/TT-BCT ngày
    28/12/2012" in the preamble, "ngày 28/2/2012" in an article) with two dates is a slip in
    one of them. Reported at the later citation, naming the earlier one.

    Bad:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/12/2012"}
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/2/2012"}

    Good:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/12/2012"}
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "ngày 28 tháng 12 năm 2012"}
    """
    seen: dict[str, tuple[Path, LegalReference]] = {}
    for path, reference in cited(plan):
        if not reference.number or _symbol(reference.number) is None:
            continue
        date = parse_date(reference.date)
        if date is None:
            continue
        key = _number_key(reference.number)
        if key not in seen:
            seen[key] = (path, reference)
            continue
        first_path, first = seen[key]
        if parse_date(first.date) != date:
            yield Problem(
                path=path + ("date",),
                message="KC407.message",
                params={
                    "number": reference.number,
                    "date": reference.date,
                    "first": first.date,
                    "where": first.section or _place(first_path),
                },
                hint="KC407.hint",
            )


@rule(
    "KC408",
    "reference-kind-symbol",
    Severity.ERROR,
    "A cited document's kind does not match the type code of its number's symbol.",
    "Tên loại văn bản được dẫn không khớp với mã loại trong ký hiệu số hiệu của nó.",
    doc_vi=(
        "Ký hiệu của số hiệu văn bản bắt đầu bằng mã loại văn bản: ``QĐ`` cho quyết định, ``NĐ``\n"
        "cho nghị định, ``TT`` cho thông tư, ``TTLT`` cho thông tư liên tịch (và sau đó là ít nhất\n"
        "hai cơ quan ban hành), ``NQ``, ``CT``, ``KH``, ``TTr``, ``TB``, ``BC``. Tên loại văn bản\n"
        "ghi trong câu phải khớp với mã đó: \"Thông tư liên tịch\" với số ``…/TT-BTC`` của một bộ,\n"
        "hay \"Quyết định\" với số ``…/KH-UBND``, cho thấy hoặc tên loại, hoặc số hiệu đã bị ghi\n"
        "nhầm. Văn bản, công văn (ký hiệu chỉ ghi cơ quan) và các loại khác không được kiểm tra."
    ),
    messages={
        "message": {
            "en": "reference {number} is called a {kind}, but its symbol's code {code} is that of another kind (a {kind} is numbered …/{expected}-…)",
            "vi": "văn bản {number} được gọi là {kind}, nhưng mã {code} trong ký hiệu là của loại văn bản khác ({kind} có số hiệu …/{expected}-…)",
        },
        "joint": {
            "en": "reference {number} is called a {kind}, but its symbol names a single issuer (a joint document names at least two: {expected}-BTC-BCT)",
            "vi": "văn bản {number} được gọi là {kind}, nhưng ký hiệu chỉ ghi một cơ quan ban hành (văn bản liên tịch ghi ít nhất hai: {expected}-BTC-BCT)",
        },
        "hint": {
            "en": "either the kind or the number was written wrongly; check the cited document",
            "vi": "hoặc tên loại, hoặc số hiệu đã bị ghi sai; đối chiếu văn bản được dẫn",
        },
    },
)
def reference_kind_symbol(plan: Plan) -> Iterator[Problem]:
    """A number's symbol starts with the code of its kind (``QĐ``, ``NĐ``, ``TT``, ``TTLT``,
    ``NQ``, ``CT``, ``KH``, ``TTr``, ``TB``, ``BC``): "Thông tư liên tịch" with a
    single-ministry ``TT-BTC`` number, or "Quyết định" with a ``/KH-`` number, names one of the
    two wrongly. A joint circular's symbol names at least two issuers (``TTLT-BTC-BCT``). Kinds
    without a code of their own (Văn bản, Công văn) are not checked.

    Bad:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư liên tịch, number: "26/2014/TT-BTC", date: "18/02/2014"}

    Good:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {kind: Thông tư liên tịch, number: "26/2014/TTLT-BTC-BCT", date: "18/02/2014"}
    """
    for path, reference in cited(plan):
        if not reference.kind or not reference.number:
            continue
        expected = KIND_CODES.get(_normal(reference.kind))
        symbol = _symbol(reference.number)
        if expected is None or symbol is None:
            continue
        code = _type_code(symbol)
        issuers = [p for p in re.split(r"[-.\s]+", symbol.strip()) if p][1:]
        joint_ok = expected != "TTLT" or len(issuers) >= 2
        if code.upper() == expected.upper() and joint_ok:
            continue
        yield Problem(
            path=path + ("kind",),
            message="KC408.message" if code.upper() != expected.upper() else "KC408.joint",
            params={"kind": reference.kind, "number": reference.number, "code": code, "expected": expected},
            hint="KC408.hint",
        )


@rule(
    "KC409",
    "implements-earlier",
    Severity.ERROR,
    "A cited document said to guide or implement another is dated before it.",
    "Văn bản được dẫn là hướng dẫn hoặc thực hiện một văn bản khác lại có ngày sớm hơn văn bản đó.",
    doc_vi=(
        "Một văn bản được nói là quy định chi tiết, hướng dẫn hoặc thực hiện một văn bản khác\n"
        "(``implements``: mã của văn bản đó) chỉ có thể ra đời sau văn bản ấy, hoặc cùng ngày. Khi\n"
        "cả hai được dẫn kèm ngày mà văn bản hướng dẫn lại có ngày sớm hơn, một trong hai ngày đã\n"
        "bị gõ nhầm."
    ),
    messages={
        "message": {
            "en": "reference {number} ({date}) is said to guide or implement {target}, which is dated later ({target_date})",
            "vi": "văn bản {number} ({date}) được nói là hướng dẫn hoặc thực hiện {target}, nhưng {target} lại ban hành muộn hơn ({target_date})",
        },
        "hint": {
            "en": "a guide comes after what it guides: one of the two dates was mistyped",
            "vi": "văn bản hướng dẫn ra đời sau văn bản được hướng dẫn: một trong hai ngày bị gõ sai",
        },
    },
)
def implements_earlier(plan: Plan) -> Iterator[Problem]:
    """A circular that details a decree ("quy định chi tiết … Nghị định số 45/2012/NĐ-CP") or
    a guide that implements a decision comes after it: with ``implements: <id>`` naming the
    reference it guides, its date cannot be earlier than that reference's.

    Bad:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {id: nd-45, kind: Nghị định, number: "45/2012/NĐ-CP", date: "21/5/2012"}
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/02/2012", implements: nd-45}

    Good:
        kc: 1
        document: {title: Quy chế, province: Phú Thọ, kind: regulation, date: "22/07/2015"}
        references:
          - {id: nd-45, kind: Nghị định, number: "45/2012/NĐ-CP", date: "21/5/2012"}
          - {kind: Thông tư, number: "46/2012/TT-BCT", date: "28/12/2012", implements: nd-45}
    """
    by_id = {ref.id: (path, ref) for path, ref in cited(plan) if ref.id}
    for path, reference in cited(plan):
        if not reference.implements or reference.implements not in by_id:
            continue
        _, target = by_id[reference.implements]
        own, theirs = parse_date(reference.date), parse_date(target.date)
        if own is None or theirs is None or own >= theirs:
            continue
        yield Problem(
            path=path + ("date",),
            message="KC409.message",
            params={
                "number": reference.number or reference.kind or "",
                "date": reference.date,
                "target": target.number or target.kind or reference.implements,
                "target_date": target.date,
            },
            hint="KC409.hint",
        )
