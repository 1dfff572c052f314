"""What the YAML parser says is wrong, said again in the reader's language.

libyaml (scanner.c, parser.c, reader.c) and PyYAML's composer and safe constructor describe an
error in a fixed set of English sentences ("mapping values are not allowed in this context",
"did not find expected ',' or '}'"). Each sentence a kc user can meet is matched here and
replaced by a catalog message that names the problem in plain words and says what to do; any
other is quoted as the parser wrote it, inside a translated sentence (``yaml.other``).

Left out on purpose, because kc never lets them happen: libyaml's reader errors about UTF-8 or
UTF-16 (kc decodes the bytes itself and hands libyaml text), "input is too long", "did not find
expected <stream-start>", and PyYAML's Python-object constructors (kc loads with the safe
constructor). A plan is built from libyaml's events (source.py), so the composer and the
constructor only speak about the ``kc import`` mapping file.
"""

from __future__ import annotations

from typing import Any

from .i18n import Msg
from .parser_problems import Problem as _Problem
from .parser_problems import ProblemCatalog

__all__ = ["yaml_error", "yaml_problem"]


_PROBLEMS: tuple[_Problem, ...] = (
    # The scanner: characters and tokens.
    _Problem(
        "yaml.mapping-here", r"mapping values are not allowed",
        "a 'key: value' cannot start here (quote a value that contains ': ', or check the indentation)",
        "không thể bắt đầu một cặp 'khóa: giá trị' ở đây (đặt trong ngoặc kép giá trị có chứa ': ', hoặc kiểm tra thụt lề)",
    ),
    _Problem(
        "yaml.bad-character", r"cannot start any token",
        "a character that cannot start a value here (quote a value starting with @ or `; indent with spaces, not tabs)",
        "ký tự không thể mở đầu giá trị ở đây (đặt trong ngoặc kép giá trị bắt đầu bằng @ hoặc `; thụt lề bằng dấu cách, không dùng tab)",
    ),
    _Problem(
        "yaml.colon", r"could not find expected ':'",
        "a key without its ':' (add ': ' after the key, or quote a text that runs over several lines)",
        "khóa thiếu dấu ':' (thêm ': ' sau khóa, hoặc đặt trong ngoặc kép đoạn văn bản kéo dài nhiều dòng)",
    ),
    _Problem(
        "yaml.dash-here", r"block sequence entries are not allowed",
        "a list item ('- ') cannot start here: begin the list on the next line, indented under its key, or quote a value that starts with '- '",
        "không thể bắt đầu mục danh sách ('- ') ở đây: bắt đầu danh sách ở dòng sau, thụt lề dưới khóa của nó, hoặc đặt trong ngoặc kép giá trị bắt đầu bằng '- '",
    ),
    _Problem(
        "yaml.question-here", r"mapping keys are not allowed",
        "a '? ' (the mark of a complex key) cannot start here: quote a value that starts with '? '",
        "không thể bắt đầu '? ' (dấu của khóa phức) ở đây: đặt trong ngoặc kép giá trị bắt đầu bằng '? '",
    ),
    _Problem(
        "yaml.colon-in-brackets", r"found unexpected ':'",
        "a ':' directly followed by a bracket or a comma inside square or curly brackets: put a space after the ':', or quote the value",
        "dấu ':' liền ngay trước ngoặc hoặc dấu phẩy bên trong ngoặc vuông hoặc ngoặc nhọn: thêm dấu cách sau ':', hoặc đặt giá trị trong ngoặc kép",
    ),
    _Problem(
        "yaml.tab-in-text", r"found a tab character that violates indentation",
        "a tab at the start of a line that continues a value: indent with spaces, not tabs",
        "có tab ở đầu dòng viết tiếp một giá trị: thụt lề bằng dấu cách, không dùng tab",
    ),
    _Problem(
        "yaml.anchor-name", r"did not find expected alphabetic or numeric character",
        "'&' or '*' without a name after it (YAML reads them as an anchor or an alias): quote a value that starts with & or *",
        "'&' hoặc '*' không có tên theo sau (YAML hiểu là neo hoặc bí danh): đặt trong ngoặc kép giá trị bắt đầu bằng & hoặc *",
    ),
    _Problem(
        "yaml.line-end", r"did not find expected comment or line break",
        "unexpected text after '|' or '>' (or after a '%' directive) on the same line: start the text on the next line, or quote the value",
        "có chữ ngay sau '|' hoặc '>' (hoặc sau chỉ thị '%') trên cùng dòng: viết văn bản từ dòng sau, hoặc đặt giá trị trong ngoặc kép",
    ),
    # Block scalars (| and >).
    _Problem(
        "yaml.indent-zero", r"found an indentation indicator equal to 0",
        "'|0' or '>0': the indentation number of a block of text must be 1 to 9; leave it out",
        "'|0' hoặc '>0': số thụt lề của một khối văn bản phải từ 1 đến 9; hãy bỏ số đó",
    ),
    _Problem(
        "yaml.tab-in-block", r"found a tab character where an indentation space is expected",
        "a tab in the indentation of a block of text (after '|' or '>'): indent with spaces",
        "có tab trong phần thụt lề của khối văn bản (sau '|' hoặc '>'): thụt lề bằng dấu cách",
    ),
    # Quoted text.
    _Problem(
        "yaml.unclosed", r"found unexpected end of stream",
        "the file ends inside a value (a quote or a bracket is not closed)",
        "tệp kết thúc giữa chừng một giá trị (chưa đóng ngoặc kép hoặc ngoặc)",
    ),
    _Problem(
        "yaml.quote-open", r"found unexpected document indicator",
        "a quoted value is not closed before a line starting with '---' or '...': close the quote",
        "giá trị trong ngoặc kép chưa được đóng trước dòng bắt đầu bằng '---' hoặc '...': hãy đóng ngoặc kép",
    ),
    _Problem(
        "yaml.escape", r"found unknown escape character",
        "an unknown escape (\\ and a letter) inside double quotes: use single quotes, or write \\\\",
        "ký tự thoát (\\ và một chữ) không hợp lệ trong ngoặc kép: dùng ngoặc đơn, hoặc viết \\\\",
    ),
    _Problem(
        "yaml.escape-hex", r"did not find expected hexdecimal number",
        "'\\x', '\\u' or '\\U' inside double quotes is not followed by hexadecimal digits: use single quotes, or write \\\\",
        "'\\x', '\\u' hoặc '\\U' trong ngoặc kép không có chữ số thập lục phân theo sau: dùng ngoặc đơn, hoặc viết \\\\",
    ),
    _Problem(
        "yaml.escape-code", r"found invalid Unicode character escape code",
        "an escape inside double quotes ('\\u…' or '\\U…') names no Unicode character: write the character itself",
        "mã thoát trong ngoặc kép ('\\u…' hoặc '\\U…') không ứng với ký tự Unicode nào: hãy viết thẳng ký tự đó",
    ),
    # Tags (a word starting with '!'); a plan needs none.
    _Problem(
        "yaml.tag-syntax",
        r"did not find the expected '>'|did not find expected whitespace or line break|did not find expected '!'"
        r"|did not find expected tag URI|did not find URI escaped octet|found an incorrect (leading|trailing) UTF-8 octet",
        "a malformed YAML tag (a word starting with '!'; kc needs none): quote a value that starts with '!'",
        "thẻ (tag) YAML viết sai (một từ bắt đầu bằng '!'; kc không cần thẻ): đặt trong ngoặc kép giá trị bắt đầu bằng '!'",
    ),
    _Problem(
        "yaml.tag-handle", r"found undefined tag handle",
        "a tag '!name!…' whose handle no %TAG line declares: remove the tag, or quote a value that starts with '!'",
        "thẻ '!tên!…' có tiền tố chưa được khai báo bằng dòng %TAG: bỏ thẻ, hoặc đặt trong ngoặc kép giá trị bắt đầu bằng '!'",
    ),
    # Directives (a line starting with '%' before the document); a plan needs none.
    _Problem(
        "yaml.directive",
        r"found unknown directive name|could not find expected directive name|found unexpected non-alphabetical character"
        r"|did not find expected whitespace$",
        "a line starting with '%' is read as a YAML directive, and this one is not valid: delete the line, or indent or quote the text",
        "dòng bắt đầu bằng '%' bị hiểu là chỉ thị YAML, và chỉ thị này không hợp lệ: xóa dòng đó, hoặc thụt lề hay đặt văn bản trong ngoặc kép",
    ),
    _Problem(
        "yaml.directive-version",
        r"did not find expected digit or '.' character|found extremely long version number|did not find expected version number",
        "the %YAML line needs a version such as 1.1 (kc needs no %YAML line: delete it)",
        "dòng %YAML cần một số phiên bản như 1.1 (kc không cần dòng %YAML: hãy xóa nó)",
    ),
    _Problem(
        "yaml.directive-version-unknown", r"found incompatible YAML document",
        "the %YAML line names a YAML version other than 1.x: delete the line",
        "dòng %YAML ghi một phiên bản YAML khác 1.x: hãy xóa dòng đó",
    ),
    _Problem(
        "yaml.directive-twice", r"found duplicate %(?P<directive>YAML|TAG) directive",
        "the %{directive} line is written twice before the document: keep one",
        "dòng %{directive} được viết hai lần trước tài liệu: chỉ giữ một dòng",
    ),
    _Problem(
        "yaml.document-start", r"did not find expected <document start>",
        "text after the end of the document ('...'), or after a '%' line without '---' below it: delete it, or add '---' before the document",
        "có văn bản sau phần kết tài liệu ('...'), hoặc sau dòng '%' mà không có '---' ở dưới: hãy xóa, hoặc thêm '---' trước tài liệu",
    ),
    # The parser: structure.
    _Problem(
        "yaml.flow-unclosed", r"did not find expected ',' or '(?P<close>[\]}])'",
        "a list or mapping in brackets is not closed with '{close}' (or a comma is missing)",
        "danh sách hoặc ánh xạ trong ngoặc chưa được đóng bằng '{close}' (hoặc thiếu dấu phẩy)",
    ),
    _Problem(
        "yaml.list-item", r"did not find expected '-' indicator",
        "a list item ('- ') was expected at this indentation",
        "cần một mục danh sách ('- ') ở mức thụt lề này",
    ),
    _Problem(
        "yaml.key", r"did not find expected key|expected <block end>",
        "a key was expected here (check the indentation, and quote a value that continues after a closing quote or bracket)",
        "cần một khóa ở đây (kiểm tra thụt lề, và đặt trong ngoặc kép giá trị còn chữ sau dấu đóng ngoặc kép hoặc đóng ngoặc)",
    ),
    _Problem(
        "yaml.no-value", r"did not find expected node content",
        "a value is missing here (an empty item between commas, a closing bracket without its opening one, or a tag with nothing after it)",
        "thiếu giá trị ở đây (mục rỗng giữa hai dấu phẩy, dấu đóng ngoặc không có dấu mở, hoặc thẻ không có gì theo sau)",
    ),
    _Problem(
        "yaml.documents", r"but found another document|expected a single document",
        "more than one YAML document in the file (a second '---', or text after the end)",
        "tệp có nhiều hơn một tài liệu YAML (có thêm '---', hoặc văn bản sau phần kết)",
    ),
    _Problem(
        # libyaml 0.2.6 scans far ahead in a flow of brackets, so its own limit (1000 levels)
        # can speak before kc's reader refuses the 101st level (source.MAX_DEPTH).
        "yaml.too-deep", r"[Mm]aximum nesting level reached|exceeded maximum nesting depth",
        "the file nests lists and mappings deeper than 100 levels; a plan never does",
        "tệp lồng danh sách và ánh xạ sâu quá 100 cấp; kế hoạch không bao giờ như vậy",
    ),
    # The composer and the safe constructor (the kc import mapping file).
    _Problem(
        "yaml.alias", r"found undefined alias",
        "an alias (*name) whose anchor (&name) is not defined",
        "bí danh (*tên) trỏ tới một neo (&tên) chưa được định nghĩa",
    ),
    _Problem("yaml.anchor", r"found duplicate anchor", "an anchor (&name) defined twice", "một neo (&tên) được định nghĩa hai lần"),
    _Problem(
        "yaml.unhashable-key", r"found unhashable key",
        "a list or a mapping used as a key: a key must be a single value",
        "dùng danh sách hoặc ánh xạ làm khóa: khóa phải là một giá trị đơn",
    ),
    _Problem(
        "yaml.unknown-tag", r"could not determine a constructor for the tag (?P<tag>'[^']*')",
        "the tag {tag} is not one kc reads: remove it, or quote a value that starts with '!'",
        "kc không đọc được thẻ {tag}: hãy bỏ thẻ, hoặc đặt trong ngoặc kép giá trị bắt đầu bằng '!'",
    ),
    _Problem(
        "yaml.merge", r"for merging, but found",
        "'<<' merges a mapping into another, and what follows it is not a mapping: write the keys out",
        "'<<' dùng để gộp một ánh xạ vào ánh xạ khác, nhưng theo sau nó không phải ánh xạ: hãy ghi đầy đủ các khóa",
    ),
    _Problem(
        "yaml.binary", r"failed to (convert|decode) base64 data",
        "a !!binary value that is not valid base64: remove the tag",
        "giá trị !!binary không phải base64 hợp lệ: hãy bỏ thẻ",
    ),
    _Problem(
        "yaml.tag-kind",
        r"expected a (scalar|sequence|mapping) node, but found|expected a sequence, but found"
        r"|expected a mapping of length 1|expected a single mapping item",
        "a tag that does not fit its value (such as !!str on a list, or !!omap on text): remove the tag",
        "thẻ không hợp với giá trị của nó (như !!str đặt cho danh sách, hoặc !!omap cho văn bản): hãy bỏ thẻ",
    ),
    # libyaml's reader (only what kc's own checks leave to it).
    _Problem(
        "yaml.control-character", r"control characters are not allowed",
        "a control character, which YAML does not allow: delete it",
        "ký tự điều khiển, loại ký tự YAML không cho phép: hãy xóa nó",
    ),
)

_CATALOG = ProblemCatalog(
    _PROBLEMS,
    {
        "yaml.date": {
            "en": "a value written as a date (YYYY-MM-DD) is not a real date: correct it, or quote it",
            "vi": "giá trị viết dạng ngày (YYYY-MM-DD) không phải ngày có thật: hãy sửa lại, hoặc đặt trong ngoặc kép",
        },
        "yaml.other": {"en": "{problem}", "vi": "YAML không hợp lệ (trình đọc YAML báo: \"{problem}\")"},
    },
)


def yaml_problem(problem: str, context: str | None = None) -> Msg:
    """The parser's sentence as a catalog message (the parser's own words if unknown).

    ``context`` is the parser's "while …" half; it decides only where the problem half says
    too little (a duplicate anchor's problem is just "second occurrence").
    """
    for text in (problem, context):
        if not text:
            continue
        found = _CATALOG.find(text)
        if found is not None:
            return Msg(*found)
    return Msg("yaml.other", {"problem": problem})


def yaml_error(error: Exception, text: str) -> tuple[Msg, tuple[int, int] | None]:
    """A PyYAML exception as a catalog message and its 1-based (line, column), when known.

    ``text`` is what was parsed: a reader error gives a byte offset, so the place of a
    control character is found in the text instead.
    """
    import yaml

    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        place = (mark.line + 1, mark.column + 1) if mark is not None else None
        return yaml_problem(error.problem or error.context or "invalid YAML", error.context), place
    if isinstance(error, yaml.reader.ReaderError):
        reason = str(error.reason)
        character: Any = error.character
        at = text.find(chr(character)) if isinstance(character, int) and character >= 0 else -1
        place = None
        if at >= 0:
            place = (text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1)
        return yaml_problem(reason), place
    return yaml_problem(str(error).splitlines()[0] if str(error) else type(error).__name__), None

