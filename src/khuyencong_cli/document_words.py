"""The document's own words in kc's output: as written for a Vietnamese reader; in English,
translated when kc knows the word, else quoted.

A finding speaks kc's words (from the catalog) about the document's words (a row's name, a
part's label, a unit, a hedge, a date as written). An English reader must be able to tell the
two apart: a Vietnamese word that stands bare in an English sentence reads as kc's own
untranslated label. So, in English only, the words kc knows are translated (money units, the
common count units, the hedges) and every other piece of document text that holds Vietnamese
letters is put in double quotes, as a citation. Text already inside quotes in the template is
left as it is, and ids (ASCII) are never quoted.
"""

from __future__ import annotations

import re
from functools import cache

from .i18n import catalog, register, translate

__all__ = ["has_vietnamese", "quoted_fields", "shown_hedge", "shown_parameter", "shown_text", "shown_unit"]

_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VIETNAMESE = frozenset(_LETTERS + _LETTERS.upper())  # a set, not a pattern: nothing to compile at start-up

# The words kc translates: money units, the count units of Biểu 01 and the hedges.
_UNITS = {
    "đồng": "unit.dong",
    "nghìn đồng": "unit.nghin-dong",
    "ngàn đồng": "unit.nghin-dong",
    "triệu đồng": "unit.trieu-dong",
    "tỷ đồng": "unit.ty-dong",
    "tỉ đồng": "unit.ty-dong",
    "%/năm": "unit.percent-year",
    "lao động": "unit.lao-dong",
    "học viên": "unit.hoc-vien",
    "hội nghị": "unit.hoi-nghi",
    "mô hình": "unit.mo-hinh",
    "sản phẩm": "unit.san-pham",
    "đề án": "unit.de-an",
    "cơ sở": "unit.co-so",
    "doanh nghiệp": "unit.doanh-nghiep",
    "lớp": "unit.lop",
    "người": "unit.nguoi",
}
_HEDGES = {
    "gần": "hedge-word.gan",
    "hơn": "hedge-word.hon",
    "trên": "hedge-word.tren",
    "khoảng": "hedge-word.khoang",
    "dưới": "hedge-word.duoi",
    "dự kiến": "hedge-word.du-kien",
    "ít nhất": "hedge-word.it-nhat",
    "tương đương": "hedge-word.tuong-duong",
    "lên đến": "hedge-word.len-den",
    "ước": "hedge-word.uoc",
    "ước đạt": "hedge-word.uoc-dat",
    "ước thực hiện": "hedge-word.uoc-thuc-hien",
    "ước tính": "hedge-word.uoc-tinh",
}


def has_vietnamese(text: str) -> bool:
    """True when ``text`` holds a Vietnamese letter (a word of the document, not an id)."""
    return not _VIETNAMESE.isdisjoint(text)


def shown_text(text: str, lang: str) -> str:
    """A piece of document text: as written in Vietnamese; quoted in English when it holds
    Vietnamese letters (a name, a label, a date as written)."""
    if lang == "vi" or not has_vietnamese(text):
        return text
    return f'"{text}"'


def shown_unit(unit: str, lang: str) -> str:
    """A unit in the reader's language: "triệu đồng" reads "million VND" in English; a unit kc
    does not know is quoted."""
    if lang == "vi":
        return unit
    key = _UNITS.get(" ".join(unit.lower().split()))
    return translate(key, lang) if key else shown_text(unit, lang)


def shown_hedge(words: str, lang: str) -> str:
    """Hedge words ("dự kiến lên đến khoảng") in the reader's language, word by word; the
    spaces around them are kept, so ``"gần "`` reads ``"nearly "``."""
    if lang == "vi" or not words.strip():
        return words
    rest = " ".join(words.split())
    shown: list[str] = []
    while rest:
        word = next((w for w in sorted(_HEDGES, key=len, reverse=True) if rest == w or rest.startswith(w + " ")), None)
        if word is None:
            shown.append(shown_text(rest, lang))
            break
        shown.append(translate(_HEDGES[word], lang))
        rest = rest[len(word):].strip()
    trailing = " " if words.endswith(" ") else ""
    return " ".join(shown) + trailing


def shown_parameter(name: str, value: str, lang: str) -> str:
    """A message's text parameter, by its name: a unit (``unit``, ``*_unit``) or a hedge
    (``hedge``, ``*_hedge``) translated when kc knows it, other text as :func:`shown_text`."""
    if name == "unit" or name.endswith("_unit"):  # " tỷ đồng" after a figure keeps its space
        core = value.strip()
        return value.replace(core, shown_unit(core, lang)) if core else value
    if name == "hedge" or name.endswith("_hedge"):
        return shown_hedge(value, lang)
    return shown_text(value, lang)


def quoted_fields(key: str | None, lang: str) -> frozenset[str]:
    """The placeholders a catalog message already puts inside quotes ("'{number}'",
    "\\"{hedge}{value}{unit}\\""): their text is cited as it stands, never quoted twice."""
    texts = catalog().get(key) if key else None
    if not texts:
        return frozenset()
    template = texts.get(lang) or texts["en"]
    found: set[str] = set()
    for match in _placeholder().finditer(template):
        before = template[match.start() - 1] if match.start() else ""
        after = template[match.end()] if match.end() < len(template) else ""
        inside = template.count('"', 0, match.start()) % 2 == 1
        if inside or (before and before in "“‘") or (before == "'" and after == "'"):
            found.add(match.group(1))
    return frozenset(found)


@cache
def _placeholder() -> re.Pattern[str]:
    """A ``{name}`` of a message template; compiled when a finding is first worded."""
    return re.compile(r"\{(\w+)\}")


register(
    {
        "unit.dong": {"en": "VND", "vi": "đồng"},
        "unit.nghin-dong": {"en": "thousand VND", "vi": "nghìn đồng"},
        "unit.trieu-dong": {"en": "million VND", "vi": "triệu đồng"},
        "unit.ty-dong": {"en": "billion VND", "vi": "tỷ đồng"},
        "unit.percent-year": {"en": "%/year", "vi": "%/năm"},
        "unit.lao-dong": {"en": "workers", "vi": "lao động"},
        "unit.hoc-vien": {"en": "trainees", "vi": "học viên"},
        "unit.hoi-nghi": {"en": "conferences", "vi": "hội nghị"},
        "unit.mo-hinh": {"en": "demonstration models", "vi": "mô hình"},
        "unit.san-pham": {"en": "products", "vi": "sản phẩm"},
        "unit.de-an": {"en": "projects", "vi": "đề án"},
        "unit.co-so": {"en": "establishments", "vi": "cơ sở"},
        "unit.doanh-nghiep": {"en": "businesses", "vi": "doanh nghiệp"},
        "unit.lop": {"en": "classes", "vi": "lớp"},
        "unit.nguoi": {"en": "people", "vi": "người"},
        "hedge-word.gan": {"en": "nearly", "vi": "gần"},
        "hedge-word.hon": {"en": "over", "vi": "hơn"},
        "hedge-word.tren": {"en": "above", "vi": "trên"},
        "hedge-word.khoang": {"en": "about", "vi": "khoảng"},
        "hedge-word.duoi": {"en": "under", "vi": "dưới"},
        "hedge-word.du-kien": {"en": "planned", "vi": "dự kiến"},
        "hedge-word.it-nhat": {"en": "at least", "vi": "ít nhất"},
        "hedge-word.uoc": {"en": "estimated", "vi": "ước"},
        "hedge-word.uoc-dat": {"en": "estimated at", "vi": "ước đạt"},
        "hedge-word.uoc-thuc-hien": {"en": "estimated actual", "vi": "ước thực hiện"},
        "hedge-word.uoc-tinh": {"en": "estimated", "vi": "ước tính"},
        "hedge-word.tuong-duong": {"en": "equivalent to", "vi": "tương đương"},
        "hedge-word.len-den": {"en": "up to", "vi": "lên đến"},
    }
)
