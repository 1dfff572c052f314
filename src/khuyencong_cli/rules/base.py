"""What a rule is, and the registry that ``kc rules``, ``kc explain`` and the engine read.

A rule is a plain function over a whole plan that yields problems (beancount's checks work the
same way). Its id (KC101) is public and never reused; its kebab-case name is the readable
alias; its docstring is its documentation, and the ``Bad:`` and ``Good:`` YAML examples in it
are run by a test, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..findings import Problem, Severity
from ..model import Plan

__all__ = ["Rule", "RuleCheck", "rule", "all_rules", "get_rule", "LOAD_RULES"]

RuleCheck = Callable[[Plan], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    """A check with a stable public identity."""

    id: str
    name: str
    severity: Severity
    check: RuleCheck | None
    summary: dict[str, str]
    doc: str = ""
    family: str = ""
    aliases: tuple[str, ...] = field(default=())

    @property
    def examples(self) -> dict[str, str]:
        """The ``Bad:``/``Good:`` YAML blocks of the docstring, keyed by their label."""
        return _examples(self.doc)

    def documentation(self, lang: str = "en") -> str:
        """The rule's documentation in ``lang``: the docstring for English; for Vietnamese,
        the prose of ``docs_vi.DOCS_VI`` followed by the docstring's examples under
        "Sai (Bad):" / "Đúng (Good):" headers (English prose if no translation exists)."""
        if lang != "vi":
            return self.doc
        from .docs_vi import DOCS_VI

        prose = DOCS_VI.get(self.id) or self.doc.split("\nBad", 1)[0].strip()
        parts = [prose]
        for label, block in self.examples.items():
            word = "Sai" if label.startswith("Bad") else "Đúng"
            indented = "\n".join(f"    {line}" if line.strip() else "" for line in block.splitlines())
            parts.append(f"{word} ({label}):\n{indented}")
        return "\n\n".join(parts)


_REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    name: str,
    severity: Severity,
    summary_en: str,
    summary_vi: str,
    aliases: tuple[str, ...] = (),
) -> Callable[[RuleCheck], RuleCheck]:
    """Register a check function as a rule; its docstring becomes the rule's documentation."""

    def register(check: RuleCheck) -> RuleCheck:
        if id in _REGISTRY:
            raise ValueError(f"rule id {id} registered twice")
        module = inspect.getmodule(check)
        family = module.__name__.rsplit(".", 1)[-1] if module else ""
        _REGISTRY[id] = Rule(
            id=id,
            name=name,
            severity=severity,
            check=check,
            summary={"en": summary_en, "vi": summary_vi},
            doc=inspect.cleandoc(check.__doc__ or ""),
            family=family,
            aliases=aliases,
        )
        return check

    return register


def _register_static(rule_: Rule) -> None:
    _REGISTRY[rule_.id] = rule_


def all_rules() -> list[Rule]:
    """Every rule, in id order (importing the rule modules registers them)."""
    from . import load_all

    load_all()
    return sorted(_REGISTRY.values(), key=lambda r: r.id)


def get_rule(key: str) -> Rule | None:
    """A rule by id (``KC101``), name (``row-total``) or alias."""
    wanted = key.strip()
    for candidate in all_rules():
        if wanted.upper() == candidate.id or wanted.lower() in (candidate.name, *candidate.aliases):
            return candidate
    return None


def _examples(doc: str) -> dict[str, str]:
    """Collect indented blocks that follow a line ``Bad:`` or ``Good:`` (or ``Bad (x):``)."""
    found: dict[str, str] = {}
    lines = doc.splitlines()
    index = 0
    while index < len(lines):
        header = lines[index].strip()
        if header.endswith(":") and header.split(" ")[0].rstrip(":") in ("Bad", "Good"):
            block: list[str] = []
            index += 1
            while index < len(lines) and (not lines[index].strip() or lines[index].startswith("    ")):
                block.append(lines[index][4:])
                index += 1
            found[header.rstrip(":")] = "\n".join(block).strip("\n") + "\n"
            continue
        index += 1
    return found


def _iter_load_rules() -> Iterator[Rule]:
    specs = [
        ("KC001", "unreadable-file", "The file cannot be read (missing, a directory, not UTF-8).",
         "Không đọc được tệp (không có, là thư mục, không phải UTF-8)."),
        ("KC002", "yaml-syntax", "The file is not valid YAML.", "Tệp không phải YAML hợp lệ."),
        ("KC003", "duplicate-key", "A key appears twice in the same mapping.",
         "Một khóa xuất hiện hai lần trong cùng một ánh xạ."),
        ("KC004", "float-literal", "An unquoted figure YAML would read as a float (1.200 → 1.2).",
         "Số không đặt trong ngoặc kép bị YAML đọc thành số thực (1.200 → 1,2)."),
        ("KC005", "schema", "A value has the wrong type or a required field is missing.",
         "Giá trị sai kiểu hoặc thiếu trường bắt buộc."),
        ("KC006", "unknown-reference", "A source, table or row id used but never defined.",
         "Dùng mã nguồn, bảng hoặc dòng chưa được khai báo."),
    ]
    for id_, name, en, vi in specs:
        yield Rule(
            id=id_,
            name=name,
            severity=Severity.ERROR,
            check=None,
            summary={"en": en, "vi": vi},
            doc=f"{en}\n\nA plan with this problem cannot be checked: kc exits with code 2.",
            family="load",
        )


LOAD_RULES: dict[str, Rule] = {r.id: r for r in _iter_load_rules()}
for _load_rule in LOAD_RULES.values():
    _register_static(_load_rule)
