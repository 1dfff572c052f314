"""Every message the command line itself prints (usage errors, what it wrote), in both
languages: the one module that owns them. Core modules register their own messages.

Kept outside the ``cli`` package so the message-catalog test sees them without importing typer.
"""

from __future__ import annotations

from .i18n import register

register(
    {
        "cli.no-files": {
            "en": "no plan files found in the given paths",
            "vi": "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho",
        },
        "cli.not-loaded": {
            "en": "a plan could not be loaded",
            "vi": "không tải được một kế hoạch",
        },
        "cli.unknown-rule": {
            "en": "unknown rule '{rule}' (see kc rules)",
            "vi": "không có quy tắc '{rule}' (xem kc rules)",
        },
        "cli.explain.examples": {
            "en": "The Bad and Good examples above are checked by kc's own tests.",
            "vi": "Các ví dụ Bad (sai) và Good (đúng) ở trên được kiểm tra trong bộ kiểm thử của kc.",
        },
        "cli.bad-unit": {
            "en": "'{unit}' is not a money unit: use đồng, nghìn, triệu or tỷ",
            "vi": "'{unit}' không phải đơn vị tiền: dùng đồng, nghìn, triệu hoặc tỷ",
        },
        "cli.xlsx-needs-output": {
            "en": "xlsx is a binary format: name the file with -o, e.g. -o summary.xlsx",
            "vi": "xlsx là định dạng nhị phân: đặt tên tệp bằng -o, ví dụ -o tong-hop.xlsx",
        },
        "cli.binary-to-terminal": {
            "en": "an xlsx workbook is binary and standard output is a terminal: name a file with -o, or redirect (-o - > summary.xlsx)",
            "vi": "bảng tính xlsx là dữ liệu nhị phân và đầu ra chuẩn là màn hình: đặt tên tệp bằng -o, hoặc chuyển hướng (-o - > tong-hop.xlsx)",
        },
        "cli.cannot-write": {
            "en": "cannot write {path}: {reason}",
            "vi": "không ghi được {path}: {reason}",
        },
        "cli.report-written": {
            "en": "wrote {path} ({count} plan(s))",
            "vi": "đã ghi {path} ({count} kế hoạch)",
        },
        "cli.bad-tolerance": {
            "en": "'{value}' is not a tolerance: write a number such as 0, 0,5 or 1",
            "vi": "'{value}' không phải dung sai hợp lệ: ghi một số như 0, 0,5 hoặc 1",
        },
    }
)
