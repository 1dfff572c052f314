"""What tomllib says is wrong with a configuration file, said again in the reader's language.

tomllib (Lib/tomllib/_parser.py) describes every error in one of a fixed set of English
sentences, suffixed with "(at line X, column Y)" or "(at end of document)". Each sentence is
matched here and replaced by a catalog message that names the problem in plain words and says
what to do; the place is kept apart, as a 1-based line and column. A sentence a later Python
might add is quoted as tomllib wrote it (``config.toml-says``).
"""

from __future__ import annotations

import ast
import re

from .i18n import Msg
from .parser_problems import Problem as _Problem
from .parser_problems import ProblemCatalog

__all__ = ["toml_problem"]

_PLACE = re.compile(r"\s*\(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)\s*$")


_PROBLEMS: tuple[_Problem, ...] = (
    _Problem(
        "toml.statement", r"^Invalid statement$",
        "this line is neither 'key = value', a [table] header nor a comment (a text value needs quotes)",
        "dòng này không phải 'khóa = giá trị', tiêu đề [mục] hay chú thích (giá trị văn bản cần ngoặc kép)",
    ),
    _Problem(
        "toml.line-end", r"^Expected newline or end of document after a statement$",
        "something follows a complete 'key = value' on the same line: put each setting on its own line, and start a comment with '#'",
        "có thêm chữ sau một 'khóa = giá trị' đã đủ trên cùng dòng: mỗi thiết lập viết trên một dòng, chú thích bắt đầu bằng '#'",
    ),
    _Problem(
        "toml.unterminated",
        r"^Unterminated string$|^Expected (?:'.*'|\".*\")$|^(?:Found invalid|Illegal) character '\\n'$",
        "a text in quotes is not closed (a text in single or double quotes must end on its own line)",
        "văn bản trong ngoặc chưa được đóng (văn bản trong ngoặc đơn hoặc ngoặc kép phải kết thúc trên chính dòng đó)",
    ),
    _Problem(
        "toml.control-character", r"^(?:Found invalid|Illegal) character (?P<character>'.*')$",
        "a control character ({character}) inside a text or a comment: delete it (write a tab inside double quotes as \\t)",
        "ký tự điều khiển ({character}) trong văn bản hoặc chú thích: hãy xóa nó (trong ngoặc kép, viết tab là \\t)",
    ),
    _Problem(
        "toml.table-twice", r"^Cannot declare (?P<name>.+) twice$",
        "the table [{name}] is declared twice: keep one header and put all its keys under it",
        "mục [{name}] được khai báo hai lần: chỉ giữ một tiêu đề và đặt mọi khóa của nó bên dưới",
    ),
    _Problem(
        "toml.key-twice", r"^Cannot overwrite a value$",
        "a key that already has a value is set again (or a key holds a value and is used as a [table] too): keep one",
        "một khóa đã có giá trị lại được gán lần nữa (hoặc khóa vừa có giá trị vừa được dùng làm [mục]): chỉ giữ một",
    ),
    _Problem(
        "toml.inline-closed", r"^Cannot mutate immutable namespace (?P<name>.+)$",
        "'{name}' was written whole on one line (in braces or brackets) and cannot be added to later: put the keys inside it",
        "'{name}' đã được viết trọn trên một dòng (trong ngoặc nhọn hoặc ngoặc vuông) nên không thể thêm vào sau: hãy đặt các khóa bên trong nó",
    ),
    _Problem(
        "toml.table-redefined", r"^Cannot redefine namespace (?P<name>.+)$",
        "'{name}' is already declared as a [table]: a dotted key elsewhere cannot add to it; write the key under [{name}]",
        "'{name}' đã được khai báo là [mục]: khóa có dấu chấm ở chỗ khác không thể thêm vào nó; hãy viết khóa dưới [{name}]",
    ),
    _Problem(
        "toml.table-header", r"^Expected '\]' at the end of a table declaration$",
        "a [table] header is not closed with ']' (a name with spaces or other signs needs quotes, as in [per-path.\"plans/*.yaml\"])",
        "tiêu đề [mục] chưa được đóng bằng ']' (tên có dấu cách hay ký hiệu khác cần ngoặc kép, như [per-path.\"plans/*.yaml\"])",
    ),
    _Problem(
        "toml.array-header", r"^Expected '\]\]' at the end of an array declaration$",
        "a [[list of tables]] header is not closed with ']]'",
        "tiêu đề [[danh sách mục]] chưa được đóng bằng ']]'",
    ),
    _Problem(
        "toml.equals", r"^Expected '=' after a key in a key/value pair$",
        "a key without '=' and a value (a key with spaces or signs in it needs quotes)",
        "khóa thiếu '=' và giá trị (khóa có dấu cách hay ký hiệu cần ngoặc kép)",
    ),
    _Problem(
        "toml.key-start", r"^Invalid initial character for a key part$",
        "a key cannot start with this character: quote the key (a glob such as *.yaml needs quotes), or remove the character",
        "khóa không thể bắt đầu bằng ký tự này: đặt khóa trong ngoặc kép (mẫu như *.yaml cần ngoặc kép), hoặc bỏ ký tự đó",
    ),
    _Problem(
        "toml.array-unclosed", r"^Unclosed array$",
        "a list [ … ] is not closed with ']' (or a comma is missing between its items; a text item needs quotes)",
        "danh sách [ … ] chưa được đóng bằng ']' (hoặc thiếu dấu phẩy giữa các mục; mục là văn bản cần ngoặc kép)",
    ),
    _Problem(
        "toml.inline-duplicate", r"^Duplicate inline table key (?P<name>.+)$",
        "the key '{name}' appears twice inside the same braces: keep one",
        "khóa '{name}' xuất hiện hai lần trong cùng một cặp ngoặc nhọn: chỉ giữ một",
    ),
    _Problem(
        "toml.inline-unclosed", r"^Unclosed inline table$",
        "a table in braces is not closed with a brace on the same line (or a comma is missing between its keys)",
        "mục trong ngoặc nhọn chưa được đóng bằng dấu ngoặc nhọn trên cùng dòng (hoặc thiếu dấu phẩy giữa các khóa)",
    ),
    _Problem(
        "toml.escape", r"^Unescaped '\\' in a string$",
        "a '\\' inside double quotes that is not a known escape: use single quotes, or write \\\\",
        "dấu '\\' trong ngoặc kép không phải ký tự thoát hợp lệ: dùng ngoặc đơn, hoặc viết \\\\",
    ),
    _Problem(
        "toml.escape-hex", r"^Invalid hex value$",
        "'\\u' or '\\U' inside double quotes is not followed by 4 or 8 hexadecimal digits: use single quotes, or write \\\\",
        "'\\u' hoặc '\\U' trong ngoặc kép không có đủ 4 hoặc 8 chữ số thập lục phân theo sau: dùng ngoặc đơn, hoặc viết \\\\",
    ),
    _Problem(
        "toml.escape-code", r"^Escaped character is not a Unicode scalar value$",
        "an escape inside double quotes ('\\u…' or '\\U…') names no Unicode character: write the character itself",
        "mã thoát trong ngoặc kép ('\\u…' hoặc '\\U…') không ứng với ký tự Unicode nào: hãy viết thẳng ký tự đó",
    ),
    _Problem(
        "toml.date", r"^Invalid date or datetime$",
        "a date or time that does not exist (such as 2021-02-30): correct it, or quote it",
        "ngày hoặc giờ không tồn tại (như 2021-02-30): sửa lại, hoặc đặt trong ngoặc kép",
    ),
    _Problem(
        "toml.value", r"^Invalid value$",
        "a value TOML cannot read: quote a text (\"0,001\"), write true or false in lower case",
        "giá trị TOML không đọc được: đặt văn bản trong ngoặc kép (\"0,001\"), viết true hoặc false bằng chữ thường",
    ),
)

_CATALOG = ProblemCatalog(
    _PROBLEMS, {"config.toml-says": {"en": "{problem}", "vi": "trình đọc TOML báo \"{problem}\""}}
)


def toml_problem(error: str, text: str) -> tuple[Msg, int | None, int | None]:
    """tomllib's message as a catalog message, and the 1-based line and column it names.

    ``text`` is the document that was parsed: "(at end of document)" is placed after its last
    character.
    """
    line: int | None = None
    column: int | None = None
    place = _PLACE.search(error)
    sentence = error[: place.start()] if place else error
    if place and place.group("line"):
        line, column = int(place.group("line")), int(place.group("column"))
    elif place:
        lines = text.replace("\r\n", "\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    found = _CATALOG.find(sentence)
    if found is not None:
        key, params = found
        return Msg(key, {name: _shown(value) for name, value in params.items()}), line, column
    return Msg("config.toml-says", {"problem": sentence}), line, column


def _shown(value: str) -> str:
    """``('tool', 'kc')`` (tomllib prints a key as a tuple) → ``tool.kc``; ``'a'`` → ``a``."""
    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value
    if isinstance(parsed, tuple):
        return ".".join(str(part) for part in parsed)
    if isinstance(parsed, str) and len(parsed) == 1 and not parsed.isprintable():
        return f"U+{ord(parsed):04X}"
    return str(parsed)

