"""One catalog of user-facing messages, each in Vietnamese and English.

Modules register their messages next to the code that uses them (a rule's messages live in
the rule's module); a test fails when any message lacks a language. The language comes from
``--lang``, else ``KC_LANG``, else the locale (``vi_VN`` → Vietnamese), else English.

One Vietnamese vocabulary, the same in every message (a test holds the catalog to it):

- **biểu**: a table of the document, whatever the document calls it (an annex "Biểu 01", a
  table in the text): what a plan's ``tables:`` holds. Never "bảng" for it.
- **bảng**: a table kc itself prints or writes (bảng tổng hợp, bảng đối chiếu, a sheet).
- **kế hoạch**: a plan file and the plan it records; **văn bản**: the published document
  (quyết định, kế hoạch, báo cáo, bài báo); **lời văn**: its prose, as opposed to its tables.
- **nhận định**: a claim, a figure the prose states (``claims:``).
- **nguồn** (nguồn kinh phí): a funding source; **nội dung**: a line item of a budget table.
- **giai đoạn**: a period; **năm**: a year; **dòng** / **cột** / **ô**: row, column, cell.
- **số ghi** / **ghi**: a stated figure; **số tính được** / **tính**: a computed one;
  **chênh lệch**: a difference; **tỷ trọng**: a share of a total; **tỷ lệ**: a ratio of two
  figures (reconcile); **dung sai**: a tolerance; **vế**: a side (A, B) of a reconciliation.
- **tệp mốc**: a baseline file (the findings accepted so far).
- **quy tắc**: a rule; **phát hiện**: a finding; **mức nghiêm trọng**: a severity, whose
  values are **lỗi**, **cảnh báo**, **thông tin** (error, warning, info) in every output.
- **tệp**: a file; **thư mục**: a directory; **tùy chọn**: an option; **đối số**: an argument;
  **lệnh**: a command; **trình lệnh**: a shell.

English messages carry no Vietnamese but what they quote from a document (titles, units such
as triệu đồng, the words a rule matches such as "Cộng" or "mỗi năm").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .records import Frozen

__all__ = ["LANGUAGES", "Msg", "register", "translate", "resolve_language", "catalog"]

LANGUAGES = ("vi", "en")

_CATALOG: dict[str, dict[str, str]] = {}


class Msg(Frozen):
    """A message not yet rendered: a catalog key and its parameters (which may be Msgs)."""

    key: str
    params: dict[str, Any]

    def __init__(self, key: str, params: dict[str, Any] | None = None) -> None:
        self.__dict__.update(key=key, params={} if params is None else params)


def register(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add messages ``{key: {"vi": ..., "en": ...}}`` to the catalog."""
    for key, texts in messages.items():
        if key in _CATALOG and _CATALOG[key] != dict(texts):
            raise ValueError(f"message {key!r} registered twice with different texts")
        _CATALOG[key] = dict(texts)


def catalog() -> Mapping[str, Mapping[str, str]]:
    """Every registered message (for tests and documentation)."""
    return _CATALOG


def translate(key: str, lang: str, /, **params: Any) -> str:
    """The message ``key`` in ``lang``, with its ``{placeholders}`` filled."""
    texts = _CATALOG.get(key)
    if texts is None:
        raise KeyError(f"no message {key!r} in the catalog")
    template = texts.get(lang) or texts["en"]
    rendered = {
        name: translate(value.key, lang, **value.params) if isinstance(value, Msg) else value
        for name, value in params.items()
    }
    return template.format(**rendered) if rendered else template


def resolve_language(option: str | None = None) -> str:
    """``--lang`` wins, then ``KC_LANG``, then the locale, then English."""
    for candidate in (option, os.environ.get("KC_LANG")):
        if candidate:
            code = candidate.strip().lower()[:2]
            if code in LANGUAGES:
                return code
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    import locale  # only when no variable names a language: most runs never need it

    try:
        current = locale.getlocale(locale.LC_MESSAGES)[0] or ""
    except (AttributeError, ValueError):  # pragma: no cover - platform dependent
        current = ""
    return "vi" if current.lower().startswith("vi") else "en"


register(
    {
        "load.unreadable": {
            "en": "cannot read the file: {reason}",
            "vi": "không đọc được tệp: {reason}",
        },
        "load.encoding": {
            "en": "the file is not UTF-8 text",
            "vi": "tệp không phải văn bản UTF-8",
        },
        "load.syntax": {
            "en": "YAML syntax error: {problem}",
            "vi": "lỗi cú pháp YAML: {problem}",
        },
        "load.empty": {
            "en": "the file holds no YAML document",
            "vi": "tệp không chứa tài liệu YAML nào",
        },
        "load.duplicate-key": {
            "en": "duplicate key '{key}' (first at line {first_line}, column {first_column})",
            "vi": "khóa '{key}' bị lặp (lần đầu ở dòng {first_line}, cột {first_column})",
        },
        "load.float": {
            "en": "{value} would be read as a decimal fraction, not as written; quote it",
            "vi": "{value} sẽ bị đọc thành số thập phân, sai với văn bản; hãy đặt trong ngoặc kép",
        },
        "load.tag": {
            "en": "YAML tags are not allowed in a plan",
            "vi": "không được dùng thẻ (tag) YAML trong kế hoạch",
        },
        "load.merge-key": {
            "en": "merge keys (<<) are not allowed in a plan",
            "vi": "không được dùng khóa gộp (<<) trong kế hoạch",
        },
        "load.complex-key": {
            "en": "a mapping key must be plain text",
            "vi": "khóa phải là văn bản thường",
        },
        "load.alias": {
            "en": "aliases (*{name}) are not allowed in a plan: write the value out",
            "vi": "không được dùng bí danh (*{name}) trong kế hoạch: hãy ghi đầy đủ giá trị",
        },
        "load.anchor": {
            "en": "anchors (&{name}) are not allowed in a plan: write each value out",
            "vi": "không được dùng neo (&{name}) trong kế hoạch: hãy ghi đầy đủ từng giá trị",
        },
        "load.too-deep": {
            "en": "the file nests lists and mappings deeper than {limit} levels; a plan never does",
            "vi": "tệp lồng danh sách và ánh xạ sâu quá {limit} cấp; kế hoạch không bao giờ như vậy",
        },
        "load.control-character": {
            "en": "the control character {character} is not allowed in a plan: delete it",
            "vi": "không được có ký tự điều khiển {character} trong kế hoạch: hãy xóa nó",
        },
        "load.not-a-plan": {
            "en": "the file is not a kc plan: its top level must be a mapping with 'kc: 1'",
            "vi": "tệp không phải kế hoạch kc: cấp ngoài cùng phải là ánh xạ có 'kc: 1'",
        },
        "load.version": {
            "en": "unsupported format version kc: {found}; this kc reads version {supported}, written as the number: kc: {supported}",
            "vi": "phiên bản định dạng kc: {found} không được hỗ trợ; kc này đọc phiên bản {supported}, ghi dạng số: kc: {supported}",
        },
        "load.schema": {
            "en": "{field}: {problem}",
            "vi": "{field}: {problem}",
        },
        "load.unknown-id": {
            "en": "{what} '{id}' is not defined in this plan",
            "vi": "{what} '{id}' chưa được khai báo trong kế hoạch này",
        },
        "load.duplicate-id": {
            "en": "{what} '{id}' is defined twice",
            "vi": "{what} '{id}' được khai báo hai lần",
        },
        "load.group-cycle": {
            "en": "the source group '{id}' contains itself through its members",
            "vi": "nhóm nguồn '{id}' tự chứa chính nó qua các thành phần",
        },
        "load.unit": {
            "en": "'{unit}' is not a money unit (\"đồng\", \"nghìn đồng\", \"triệu đồng\", \"tỷ đồng\")",
            "vi": "'{unit}' không phải đơn vị tiền (đồng, nghìn đồng, triệu đồng, tỷ đồng)",
        },
        "load.hint": {
            "en": "fix the file and run kc again",
            "vi": "sửa tệp rồi chạy lại kc",
        },
        "load.float.hint": {
            "en": 'write money as a quoted Vietnamese figure, e.g. "7.763,445" or "1.200"',
            "vi": 'ghi số tiền dạng chuỗi theo cách viết Việt Nam, ví dụ "7.763,445" hoặc "1.200"',
        },
        "what.source": {"en": "source", "vi": "nguồn"},
        "what.table": {"en": "table", "vi": "biểu"},
        "what.row": {"en": "row", "vi": "dòng"},
        "what.claim": {"en": "claim", "vi": "nhận định"},
        "what.year": {"en": "year", "vi": "năm"},
    }
)
