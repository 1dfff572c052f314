"""Messages of the validate, rules and explain commands, in both languages.

Kept outside ``cli.py`` so the message-catalog test sees them without importing typer.
"""

from __future__ import annotations

from .i18n import register

register(
    {
        "cli.no-files": {
            "en": "no plan files found in the given paths",
            "vi": "không tìm thấy tệp kế hoạch nào trong các đường dẫn đã cho",
        },
        "cli.unknown-rule": {
            "en": "unknown rule '{rule}' (see kc rules)",
            "vi": "không có quy tắc '{rule}' (xem kc rules)",
        },
        "cli.explain.examples": {
            "en": "The Bad and Good examples above are checked by kc's own tests.",
            "vi": "Các ví dụ Bad (sai) và Good (đúng) ở trên được kiểm tra trong bộ kiểm thử của kc.",
        },
    }
)
