"""Inline suppression: ``# kc: ignore[KC101] reason`` on the line of the figure, and
``# kc: ignore-file[KC203] reason`` anywhere in the file.

Comments are not in the YAML data, so they are read from the file's text lines. A comment
names rules by id, name or id prefix (comma-separated). The reason is required; a comment
without one, naming an unknown rule, or suppressing nothing becomes a finding itself
(KC007, KC009, KC008), which cannot be suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache

from .findings import Finding, Severity
from .i18n import register, translate
from .records import Record, replace
from .rules import Rule, all_rules, matches
from .rules.suppression import SUPPRESSION_RULES

__all__ = ["Suppression", "find_suppressions", "apply_suppressions"]



@cache
def _comment() -> re.Pattern[str]:
    """A suppression comment; compiled for the first line with a '#' and "kc:", not at import.
    A '#' that starts a YAML comment: at the start of the line or after whitespace."""
    return re.compile(r"(?:^|\s)#\s*kc:\s*(ignore-file|ignore)\b(?:\[([^\]]*)\])?[ \t]*(.*)$")

_UNSUPPRESSIBLE = {"KC000", "KC001", "KC002", "KC003", "KC004", "KC005", "KC006", *SUPPRESSION_RULES}


class Suppression(Record):
    """One comment: where, for which rules, whether file-wide, and why."""

    line: int
    column: int
    file_wide: bool
    patterns: tuple[str, ...]
    reason: str
    used: bool

    def __init__(
        self, line: int, column: int, file_wide: bool, patterns: tuple[str, ...], reason: str, used: bool = False
    ) -> None:
        self.line, self.column, self.file_wide, self.patterns, self.reason, self.used = (
            line, column, file_wide, patterns, reason, used
        )


def find_suppressions(lines: Sequence[str]) -> list[Suppression]:
    found = []
    for number, text in enumerate(lines, start=1):
        if "kc:" not in text or "#" not in text:  # every plan's "kc: 1" line has no comment
            continue
        match = _comment().search(text)
        if match is None:
            continue
        column = text.index("#", match.start()) + 1
        patterns = tuple(p.strip() for p in (match.group(2) or "").split(",") if p.strip())
        found.append(
            Suppression(number, column, match.group(1) == "ignore-file", patterns, match.group(3).strip())
        )
    return found


def _matches(rule_id: str, rule: Rule | None, pattern: str) -> bool:
    """A suppression's pattern names the rule (never ``ALL``: a comment names what it hides)."""
    return rule is not None and matches(rule, [pattern], everything=None)


def apply_suppressions(
    findings: Sequence[Finding],
    lines: Sequence[str],
    file: str,
    lang: str,
    active: Collection[str] | None = None,
    severity: Mapping[str, Severity] | None = None,
) -> list[Finding]:
    """The findings left after the file's suppressions, plus findings about the comments.

    ``active`` are the ids of the rules that ran and may report here (select/ignore applied):
    a suppression is unused only if a rule it names ran, and KC007-KC009 themselves obey
    select/ignore and the severity overrides.
    """
    suppressions = find_suppressions(lines)
    if not suppressions:
        return list(findings)
    rules = {r.id: r for r in all_rules()}
    ran = set(rules) if active is None else set(active)

    def known(pattern: str) -> bool:
        return any(_matches(i, r, pattern) for i, r in rules.items())

    kept: list[Finding] = []
    extra: list[Finding] = []
    valid = []
    for item in suppressions:
        unknown = [p for p in item.patterns if not known(p)]
        if not item.patterns or unknown:
            key = "suppress.unknown" if unknown else "suppress.no-rules"
            extra.append(_finding(file, item, "KC009", lang, key, rule=", ".join(unknown)))
            continue
        valid.append(item)
        if not item.reason:
            extra.append(_finding(file, item, "KC007", lang, "suppress.no-reason"))
    for finding in findings:
        hit = None
        if finding.rule not in _UNSUPPRESSIBLE:
            for item in valid:
                if (item.file_wide or item.line == finding.line) and any(
                    _matches(finding.rule, rules.get(finding.rule), p) for p in item.patterns
                ):
                    hit = item
                    break
        if hit is None:
            kept.append(finding)
        else:
            hit.used = True
    for item in valid:
        named = {i for i in ran if any(_matches(i, rules.get(i), p) for p in item.patterns)}
        if not item.used and named:
            extra.append(
                _finding(file, item, "KC008", lang, "suppress.unused", rules=", ".join(item.patterns))
            )
    overrides = severity or {}
    extra = [
        replace(f, severity=overrides.get(f.rule, f.severity)) for f in extra if f.rule in ran
    ]
    return sorted(kept + extra)


def _finding(file: str, item: Suppression, rule_id: str, lang: str, key: str, **params: str) -> Finding:
    meta = SUPPRESSION_RULES[rule_id]
    return Finding.at(
        (file, item.line, item.column),
        (meta.id, meta.name),
        meta.severity,
        translate(key, lang, **params),
        translate(f"{key}.hint", lang),
    )


register(
    {
        "suppress.no-reason": {
            "en": "this suppression gives no reason",
            "vi": "chú thích bỏ qua này không nêu lý do",
        },
        "suppress.no-reason.hint": {
            "en": "say why after the brackets: # kc: ignore[KC101] kept as published in the decision",
            "vi": "ghi lý do sau dấu ngoặc: # kc: ignore[KC101] giữ nguyên như văn bản đã ban hành",
        },
        "suppress.unused": {
            "en": "this suppression of {rules} suppresses nothing",
            "vi": "chú thích bỏ qua {rules} không bỏ qua phát hiện nào",
        },
        "suppress.unused.hint": {
            "en": "remove it, or move it to the line the finding points at",
            "vi": "xóa chú thích, hoặc chuyển nó đến đúng dòng của phát hiện",
        },
        "suppress.no-rules": {
            "en": "this suppression names no rule",
            "vi": "chú thích bỏ qua này không nêu quy tắc nào",
        },
        "suppress.no-rules.hint": {
            "en": "name the rules in brackets: # kc: ignore[KC101] reason",
            "vi": "ghi quy tắc trong ngoặc vuông: # kc: ignore[KC101] lý do",
        },
        "suppress.unknown": {
            "en": "this suppression names unknown rule(s): {rule}",
            "vi": "chú thích bỏ qua nêu quy tắc không tồn tại: {rule}",
        },
        "suppress.unknown.hint": {
            "en": "see kc rules for the ids and names",
            "vi": "xem kc rules để biết mã và tên quy tắc",
        },
    }
)

