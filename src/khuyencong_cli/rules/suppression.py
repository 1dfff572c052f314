"""Suppression comments: the rules that keep ``# kc: ignore[...]`` honest.

These rules have no check over the plan's data: comments are not part of YAML data, so
``suppress.py`` reads them from the file's lines after the other rules have run, and reports
these findings itself. A suppression must say why, must name rules that exist, and must
still suppress something; otherwise it is itself a finding.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule, _register_static

__all__ = ["SUPPRESSION_RULES"]

_SPECS = [
    (
        "KC007", "suppression-without-reason", Severity.ERROR,
        "A '# kc: ignore[...]' comment gives no reason.",
        "Chú thích '# kc: ignore[...]' không nêu lý do.",
        """A suppression comment must say why the finding is accepted, so that a reviewer can
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
    ),
    (
        "KC008", "unused-suppression", Severity.WARNING,
        "A '# kc: ignore[...]' comment suppresses nothing.",
        "Chú thích '# kc: ignore[...]' không bỏ qua phát hiện nào.",
        """A suppression that no longer matches a finding (the figure was corrected, or the
comment is on the wrong line) would silently hide a future problem: remove it.
An inline comment applies to findings on its own line; ``ignore-file`` to the whole file.

Bad:
    document:
      period: "2021-2025"  # kc: ignore[KC201] typo in the decision

Good:
    document:
      period: "2021-2015"  # kc: ignore[KC201] typo in the decision, kept as published
""",
    ),
    (
        "KC009", "bad-suppression", Severity.ERROR,
        "A '# kc: ignore' comment names no rule, or a rule that does not exist.",
        "Chú thích '# kc: ignore' không nêu quy tắc, hoặc nêu quy tắc không tồn tại.",
        """A suppression names the rules it silences, by id, name or id prefix, in brackets:
``# kc: ignore[KC101] reason`` or ``# kc: ignore-file[KC203,KC204] reason``. A bare
``# kc: ignore`` or an unknown rule is refused, so that a typo never hides everything.

Bad:
    total: 310  # kc: ignore reason

Good:
    total: 310  # kc: ignore[KC101] reason
""",
    ),
]

SUPPRESSION_RULES: dict[str, Rule] = {}
for _id, _name, _severity, _en, _vi, _doc in _SPECS:
    SUPPRESSION_RULES[_id] = Rule(
        id=_id,
        name=_name,
        severity=_severity,
        check=None,
        summary={"en": _en, "vi": _vi},
        doc=_doc.strip(),
        family="suppression",
    )
    _register_static(SUPPRESSION_RULES[_id])
