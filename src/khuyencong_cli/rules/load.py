"""Load rules: a plan that cannot be read, parsed or typed is not checked at all.

The loader reports these (a YAML error, a duplicate key, a float, a schema error, an unknown
reference) with their place in the file; no checking rule runs on such a plan, and kc exits
with code 2. They are declared here like every other rule, for ``kc rules`` and ``kc explain``.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule, declare

__all__ = ["LOAD_RULES"]

_CANNOT_CHECK = "A plan with this problem cannot be checked: kc exits with code 2."
_CANNOT_CHECK_VI = "Không thể kiểm tra một kế hoạch gặp lỗi này: kc kết thúc với mã thoát 2."

LOAD_RULES: dict[str, Rule] = {
    declared.id: declared
    for declared in (
        declare(
            "KC001", "unreadable-file", Severity.ERROR,
            "The file cannot be read (missing, a directory, not UTF-8).",
            "Không đọc được tệp (không có, là thư mục, không phải UTF-8).",
            doc="The file cannot be read (missing, a directory, not UTF-8)." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Không đọc được tệp (không tồn tại, là một thư mục, hoặc không phải văn bản UTF-8)." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
        declare(
            "KC002", "yaml-syntax", Severity.ERROR,
            "The file is not valid YAML.",
            "Tệp không phải YAML hợp lệ.",
            doc="The file is not valid YAML." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Tệp không phải YAML hợp lệ." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
        declare(
            "KC003", "duplicate-key", Severity.ERROR,
            "A key appears twice in the same mapping.",
            "Một khóa xuất hiện hai lần trong cùng một ánh xạ.",
            doc="A key appears twice in the same mapping." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Một khóa xuất hiện hai lần trong cùng một ánh xạ (mapping)." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
        declare(
            "KC004", "float-literal", Severity.ERROR,
            "An unquoted figure YAML would read as a float (1.200 → 1.2).",
            "Số không đặt trong ngoặc kép bị YAML đọc thành số thực (1.200 → 1,2).",
            doc="An unquoted figure YAML would read as a float (1.200 → 1.2)." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Một số liệu không đặt trong dấu ngoặc kép sẽ bị YAML đọc thành số thực (1.200 → 1,2)." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
        declare(
            "KC005", "schema", Severity.ERROR,
            "A value has the wrong type or a required field is missing.",
            "Giá trị sai kiểu hoặc thiếu trường bắt buộc.",
            doc="A value has the wrong type or a required field is missing." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Một giá trị sai kiểu dữ liệu, hoặc thiếu một trường bắt buộc." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
        declare(
            "KC006", "unknown-reference", Severity.ERROR,
            "A source, table or row id used but never defined.",
            "Dùng mã nguồn, bảng hoặc dòng chưa được khai báo.",
            doc="A source, table or row id used but never defined." + "\n\n" + _CANNOT_CHECK,
            doc_vi="Dùng một mã nguồn kinh phí, mã bảng hoặc mã dòng chưa được khai báo." + "\n\n" + _CANNOT_CHECK_VI,
            family="load",
        ),
    )
}
