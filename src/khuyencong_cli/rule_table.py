"""The rules as ``kc rules`` and ``kc explain`` print them; the README's table.

The README's table is this function's output (``kc rules --format markdown``), pasted between
two markers and checked by a test, so the registry is the only copy to keep.
"""

from __future__ import annotations

from .errors import UsageError
from .findings import severity_label
from .i18n import translate
from .rules import Rule, all_rules, get_rule

__all__ = ["README_END", "README_START", "explain", "readme_with_rules", "rule_rows", "rules_markdown", "rules_text"]

README_START, README_END = "<!-- kc rules --markdown -->\n", "<!-- end of kc rules -->"


def rule_rows(lang: str, rules: list[Rule] | None = None) -> list[tuple[str, str, str, str]]:
    """(id, name, severity, summary) of every rule, in the reader's language."""
    return [(r.id, r.name, severity_label(r.severity, lang), r.summary[lang]) for r in rules or all_rules()]


def rules_text(lang: str) -> str:
    """``kc rules``: a plain table with headers in the reader's language."""
    from tabulate import tabulate

    headers = ("id", "name", "severity", "summary") if lang == "en" else ("mã", "tên", "mức", "mô tả")
    return str(tabulate(rule_rows(lang), headers=headers, tablefmt="simple")) + "\n"


def explain(rule_key: str, lang: str) -> str:
    """``kc explain``: a rule's header, summary and documentation; an unknown rule is a usage error."""
    found = get_rule(rule_key)
    if found is None:
        raise UsageError("cli.unknown-rule", rule=rule_key)
    text = f"{found.id} {found.name} ({severity_label(found.severity, lang)})\n{found.summary[lang]}\n\n"
    text += found.documentation(lang) + "\n"
    if found.examples:
        text += "\n" + translate("cli.explain.examples", lang) + "\n"
    return text


def rules_markdown(lang: str = "en") -> str:
    """The README's rule table: one row per rule, names as code."""
    header = "| id | name | severity | what it checks |" if lang == "en" else "| mã | tên | mức | kiểm tra gì |"
    lines = [header, "|---|---|---|---|"]
    lines += [f"| {id_} | `{name}` | {severity} | {summary} |" for id_, name, severity, summary in rule_rows(lang)]
    return "\n".join(lines) + "\n"


def readme_with_rules(readme: str, lang: str = "en") -> str:
    """The README with the table between its two markers replaced by :func:`rules_markdown`."""
    start = readme.index(README_START) + len(README_START)
    return readme[:start] + rules_markdown(lang) + readme[readme.index(README_END, start) :]


if __name__ == "__main__":  # python -m khuyencong_cli.rule_table README.md: regenerate the table
    import sys
    from pathlib import Path

    for name in sys.argv[1:]:
        path = Path(name)
        path.write_text(readme_with_rules(path.read_text(encoding="utf-8")), encoding="utf-8")
