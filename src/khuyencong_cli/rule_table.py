"""The rule list as ``kc rules`` prints it: a plain table, or the Markdown table of the README.

The README's table is this function's output (``kc rules --format markdown``), pasted between
two markers and checked by a test, so the registry is the only copy to keep.
"""

from __future__ import annotations

from .findings import severity_label
from .rules import Rule, all_rules

__all__ = ["rule_rows", "rules_markdown"]


def rule_rows(lang: str, rules: list[Rule] | None = None) -> list[tuple[str, str, str, str]]:
    """(id, name, severity, summary) of every rule, in the reader's language."""
    return [(r.id, r.name, severity_label(r.severity, lang), r.summary[lang]) for r in rules or all_rules()]


def rules_markdown(lang: str = "en") -> str:
    """The README's rule table: one row per rule, names as code."""
    header = "| id | name | severity | what it checks |" if lang == "en" else "| mã | tên | mức | kiểm tra gì |"
    lines = [header, "|---|---|---|---|"]
    lines += [f"| {id_} | `{name}` | {severity} | {summary} |" for id_, name, severity, summary in rule_rows(lang)]
    return "\n".join(lines) + "\n"
