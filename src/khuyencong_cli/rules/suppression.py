"""Suppression comments: the rules that keep ``# kc: ignore[...]`` honest.

These rules have no check over the plan's data: comments are not part of YAML data, so
``suppress.py`` reads them from the file's lines after the other rules have run, and reports
these findings itself. A suppression must say why, must name rules that exist, and must
still suppress something; otherwise it is itself a finding.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule, declare

__all__ = ["SUPPRESSION_RULES"]

SUPPRESSION_RULES: dict[str, Rule] = {
    declared.id: declared
    for declared in (
        declare(
            "KC007", "suppression-without-reason", Severity.ERROR,
            "A '# kc: ignore[...]' comment gives no reason.",
            "Chú thích '# kc: ignore[...]' không nêu lý do.",
            doc="""A suppression comment must say why the finding is accepted, so that a reviewer can
judge it later. The finding is still suppressed; this one takes its place.

Bad:
    tables:
      - id: t
        rows:
          - id: "1"
            total: 310  # kc: ignore[KC101]

Good:
    tables:
      - id: t
        rows:
          - id: "1"
            total: 310  # kc: ignore[KC101] the decision prints 310; kept as published
""",
            doc_vi=(
                "Chú thích bỏ qua phải nêu lý do chấp nhận phát hiện, để người rà soát có thể đánh giá\n"
                "về sau. Phát hiện đó vẫn được bỏ qua; lỗi này được báo thay cho nó."
            ),
            family="suppression",
        ),
        declare(
            "KC008", "unused-suppression", Severity.WARNING,
            "A '# kc: ignore[...]' comment suppresses nothing.",
            "Chú thích '# kc: ignore[...]' không bỏ qua phát hiện nào.",
            doc="""A suppression that no longer matches a finding (the figure was corrected, or the
comment is on the wrong line) would silently hide a future problem: remove it.
An inline comment applies to findings on its own line; ``ignore-file`` to the whole file.

Bad:
    document:
      period: "2021-2025"  # kc: ignore[KC201] typo in the decision

Good:
    document:
      period: "2021-2015"  # kc: ignore[KC201] typo in the decision, kept as published
""",
            doc_vi=(
                "Một chú thích bỏ qua không còn khớp với phát hiện nào (số liệu đã được sửa, hoặc chú\n"
                "thích đặt sai dòng) sẽ âm thầm che giấu một lỗi phát sinh sau này: hãy xóa chú thích đó.\n"
                "Chú thích cuối dòng chỉ áp dụng cho các phát hiện trên chính dòng đó; ``ignore-file``\n"
                "áp dụng cho cả tệp."
            ),
            family="suppression",
        ),
        declare(
            "KC009", "bad-suppression", Severity.ERROR,
            "A '# kc: ignore' comment names no rule, or a rule that does not exist.",
            "Chú thích '# kc: ignore' không nêu quy tắc, hoặc nêu quy tắc không tồn tại.",
            doc="""A suppression names the rules it silences, by id, name or id prefix, in brackets:
``# kc: ignore[KC101] reason`` or ``# kc: ignore-file[KC203,KC204] reason``. A bare
``# kc: ignore`` or an unknown rule is refused, so that a typo never hides everything.

Bad:
    total: 310  # kc: ignore reason

Good:
    total: 310  # kc: ignore[KC101] reason
""",
            doc_vi=(
                "Chú thích bỏ qua phải ghi trong ngoặc vuông các quy tắc được bỏ qua, theo mã, theo tên\n"
                "hoặc theo phần đầu của mã: ``# kc: ignore[KC101] lý do`` hoặc\n"
                "``# kc: ignore-file[KC203,KC204] lý do``. Chú thích ``# kc: ignore`` không ghi quy tắc,\n"
                "hoặc ghi một quy tắc không tồn tại, đều bị từ chối, để một lỗi gõ nhầm không bao giờ\n"
                "che giấu mọi phát hiện."
            ),
            family="suppression",
        ),
    )
}
