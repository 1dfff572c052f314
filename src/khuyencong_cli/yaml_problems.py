"""What the YAML parser says is wrong, said again in the reader's language.

libyaml and PyYAML describe a syntax error in a fixed set of English sentences ("mapping values
are not allowed here", "did not find expected ',' or '}'"). The common ones are matched here and
replaced by a catalog message that also says what to do; any other is quoted as the parser
wrote it, inside a translated sentence.
"""

from __future__ import annotations

import re

from .i18n import Msg, register

__all__ = ["yaml_problem"]

_KNOWN: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"mapping values are not allowed"), "yaml.mapping-here"),
    (re.compile(r"did not find expected ',' or '(?P<close>[\]}])'"), "yaml.flow-unclosed"),
    (re.compile(r"cannot start any token"), "yaml.bad-character"),
    (re.compile(r"found undefined alias"), "yaml.alias"),
    (re.compile(r"did not find expected '-' indicator"), "yaml.list-item"),
    (re.compile(r"found unexpected end of stream"), "yaml.unclosed"),
    (re.compile(r"found unknown escape character"), "yaml.escape"),
    (re.compile(r"could not find expected ':'"), "yaml.colon"),
    (re.compile(r"did not find expected key"), "yaml.key"),
    (re.compile(r"but found another document|did not find expected <document start>"), "yaml.documents"),
    (re.compile(r"expected <block end>"), "yaml.indentation"),
    (re.compile(r"found duplicate anchor"), "yaml.anchor"),
)


def yaml_problem(problem: str) -> Msg:
    """The parser's sentence as a catalog message (the parser's own words if unknown)."""
    for pattern, key in _KNOWN:
        match = pattern.search(problem)
        if match:
            return Msg(key, match.groupdict())
    return Msg("yaml.other", {"problem": problem})


register(
    {
        "yaml.mapping-here": {
            "en": "a 'key: value' cannot start here (quote a value that contains ': ', or check the indentation)",
            "vi": "không thể bắt đầu một cặp 'khóa: giá trị' ở đây (đặt trong ngoặc kép giá trị có chứa ': ', hoặc kiểm tra thụt lề)",
        },
        "yaml.flow-unclosed": {
            "en": "a list or mapping in brackets is not closed with '{close}' (or a comma is missing)",
            "vi": "danh sách hoặc ánh xạ trong ngoặc chưa được đóng bằng '{close}' (hoặc thiếu dấu phẩy)",
        },
        "yaml.bad-character": {
            "en": "a character that cannot start a value here (quote a value starting with @ or `; indent with spaces, not tabs)",
            "vi": "ký tự không thể mở đầu giá trị ở đây (đặt trong ngoặc kép giá trị bắt đầu bằng @ hoặc `; thụt lề bằng dấu cách, không dùng tab)",
        },
        "yaml.alias": {
            "en": "an alias (*name) whose anchor (&name) is not defined",
            "vi": "bí danh (*tên) trỏ tới một neo (&tên) chưa được định nghĩa",
        },
        "yaml.list-item": {
            "en": "a list item ('- ') was expected at this indentation",
            "vi": "cần một mục danh sách ('- ') ở mức thụt lề này",
        },
        "yaml.unclosed": {
            "en": "the file ends inside a value (a quote or a bracket is not closed)",
            "vi": "tệp kết thúc giữa chừng một giá trị (chưa đóng ngoặc kép hoặc ngoặc)",
        },
        "yaml.escape": {
            "en": "an unknown escape (\\ and a letter) inside double quotes: use single quotes, or write \\\\",
            "vi": "ký tự thoát (\\ và một chữ) không hợp lệ trong ngoặc kép: dùng ngoặc đơn, hoặc viết \\\\",
        },
        "yaml.colon": {"en": "a key without its ':'", "vi": "khóa thiếu dấu ':'"},
        "yaml.key": {
            "en": "a key was expected here (check the indentation)",
            "vi": "cần một khóa ở đây (kiểm tra thụt lề)",
        },
        "yaml.documents": {
            "en": "more than one YAML document in the file (a second '---', or text after the end)",
            "vi": "tệp có nhiều hơn một tài liệu YAML (có thêm '---', hoặc văn bản sau phần kết)",
        },
        "yaml.indentation": {
            "en": "the indentation does not match the lines above",
            "vi": "thụt lề không khớp với các dòng phía trên",
        },
        "yaml.anchor": {"en": "an anchor (&name) defined twice", "vi": "một neo (&tên) được định nghĩa hai lần"},
        "yaml.other": {"en": "{problem}", "vi": "YAML không hợp lệ (trình đọc YAML báo: \"{problem}\")"},
    }
)
