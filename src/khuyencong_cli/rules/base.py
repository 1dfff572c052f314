"""What a rule is, and the registry that ``kc rules``, ``kc explain`` and the engine read.

A rule is a plain function over a whole plan that yields problems (beancount's checks work the
same way). Its id (KC101) is public and never reused; its kebab-case name is the readable
alias; its docstring is its documentation, and the ``Bad:`` and ``Good:`` YAML examples in it
are run by a test, so the documentation cannot drift from the behaviour.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ..findings import Problem, Severity
from ..i18n import register
from ..model import Plan
from ..records import Frozen

if TYPE_CHECKING:
    from ..shared_figures import SharedFigure

__all__ = [
    "AcrossCheck", "Messages", "Rule", "RuleCheck", "across_rule", "all_rules", "declare", "get_rule", "matches",
    "rule", "rule_named", "split_example",
]

HELPER_MODULE = True  # defines what a rule is; declares none

RuleCheck = Callable[[Plan], Iterable[Problem]]

AcrossCheck = Callable[["SharedFigure", Sequence["SharedFigure"]], Iterable[Problem]]
"""A rule over several plans: one figure of the file just checked, and the figures of the same
programme and name stated in the files checked before it; problems are placed at the figure."""


Messages = dict[str, dict[str, str]]


class Rule(Frozen):
    """A check with a stable public identity: everything ``kc rules``, ``kc explain``, the
    engine and the message catalog know about it, declared once beside its function."""

    id: str
    name: str
    severity: Severity
    check: RuleCheck | None
    summary: dict[str, str]
    doc: str
    family: str
    aliases: tuple[str, ...]
    doc_vi: str
    messages: tuple[str, ...]  # catalog keys the rule owns (KC101.message, ...)
    across: AcrossCheck | None  # a rule over several plans validated together (no ``check``)

    def __init__(
        self, id: str, name: str, severity: Severity, check: RuleCheck | None, summary: dict[str, str],
        doc: str = "", family: str = "", aliases: tuple[str, ...] = (), doc_vi: str = "",
        messages: tuple[str, ...] = (), across: AcrossCheck | None = None,
    ) -> None:
        self.__dict__.update(
            id=id, name=name, severity=severity, check=check, summary=summary, doc=doc, family=family,
            aliases=aliases, doc_vi=doc_vi, messages=messages, across=across,
        )

    @property
    def examples(self) -> dict[str, str]:
        """The ``Bad:``/``Good:`` YAML blocks of the docstring, keyed by their label."""
        return _examples(self.doc)

    def documentation(self, lang: str = "en") -> str:
        """The rule's documentation in ``lang``: the docstring for English; for Vietnamese,
        ``doc_vi`` followed by the docstring's examples under "Sai (Bad):" / "Đúng (Good):"
        headers (English prose if no translation exists)."""
        if lang != "vi":
            return self.doc
        prose = self.doc_vi or self.doc.split("\nBad", 1)[0].strip()
        parts = [prose]
        for label, block in self.examples.items():
            word = "Sai" if label.startswith("Bad") else "Đúng"
            indented = "\n".join(f"    {line}" if line.strip() else "" for line in block.splitlines())
            parts.append(f"{word} ({label}):\n{indented}")
        return "\n\n".join(parts)


_REGISTRY: dict[str, Rule] = {}


def declare(
    id: str,
    name: str,
    severity: Severity,
    summary_en: str,
    summary_vi: str,
    *,
    doc: str,
    doc_vi: str,
    messages: Messages | None = None,
    aliases: tuple[str, ...] = (),
    check: RuleCheck | None = None,
    family: str | None = None,
    across: AcrossCheck | None = None,
) -> Rule:
    """Register a rule and its messages (keys ``<id>.<suffix>``) in one call.

    ``doc`` is the English documentation with its ``Bad:``/``Good:`` examples; ``doc_vi`` is
    the same prose in Vietnamese (the examples are shown as they are). A rule without
    ``check`` is reported by the loader or the suppression pass, or is a rule ``across``
    several plans, run once every plan has been checked on its own.
    """
    if id in _REGISTRY:
        raise ValueError(f"rule id {id} registered twice")
    catalog = {f"{id}.{suffix}": texts for suffix, texts in (messages or {}).items()}
    register(catalog)
    if family is None:
        function = check if check is not None else across
        module = sys.modules.get(function.__module__) if function is not None else None  # as inspect.getmodule
        family = module.__name__.rsplit(".", 1)[-1] if module else ""
    declared = Rule(
        id=id,
        name=name,
        severity=severity,
        check=check,
        summary={"en": summary_en, "vi": summary_vi},
        doc=cleandoc(doc),
        family=family,
        aliases=aliases,
        doc_vi=cleandoc(doc_vi),
        messages=tuple(catalog),
        across=across,
    )
    _REGISTRY[id] = declared
    return declared


def cleandoc(doc: str) -> str:
    """A docstring without its indentation and its blank first and last lines, exactly as
    ``inspect.cleandoc`` gives it (inspect itself takes longer to import than every rule to declare)."""
    lines = doc.expandtabs().split("\n")
    margin = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()), default=None)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def rule(
    id: str,
    name: str,
    severity: Severity,
    summary_en: str,
    summary_vi: str,
    *,
    doc_vi: str,
    messages: Messages | None = None,
    aliases: tuple[str, ...] = (),
) -> Callable[[RuleCheck], RuleCheck]:
    """Declare the decorated function as a rule; its docstring is the English documentation."""

    def register_check(check: RuleCheck) -> RuleCheck:
        declare(id, name, severity, summary_en, summary_vi, doc=check.__doc__ or "", doc_vi=doc_vi,
                messages=messages, aliases=aliases, check=check)
        return check

    return register_check


def across_rule(
    id: str,
    name: str,
    severity: Severity,
    summary_en: str,
    summary_vi: str,
    *,
    doc_vi: str,
    messages: Messages | None = None,
    aliases: tuple[str, ...] = (),
) -> Callable[[AcrossCheck], AcrossCheck]:
    """Like :func:`rule`, for a rule that compares the figures several plans share."""

    def register_check(check: AcrossCheck) -> AcrossCheck:
        declare(id, name, severity, summary_en, summary_vi, doc=check.__doc__ or "", doc_vi=doc_vi,
                messages=messages, aliases=aliases, across=check)
        return check

    return register_check


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


def split_example(block: str) -> list[tuple[str, str]]:
    """(file name, text) of each plan in an example: ``---`` separates them and a first line
    ``# name.yaml`` names each (``example-N.yaml`` when it does not)."""
    files = []
    for number, chunk in enumerate(block.split("\n---\n"), start=1):
        text = chunk.strip("\n") + "\n"
        first = text.splitlines()[0].strip()
        name = first.lstrip("#").strip() if first.startswith("#") and first.endswith(".yaml") else f"example-{number}.yaml"
        files.append((name, text))
    return files


def matches(rule: Rule, patterns: Iterable[str], everything: str | None = "ALL") -> bool:
    """The one reading of a rule pattern (``--select``, ``--ignore``, configuration,
    suppression comments): an id or id prefix (``KC1``), a name, an alias, or ``ALL``
    (which suppression comments do not accept: they pass ``everything=None``)."""
    for pattern in patterns:
        text = pattern.strip()
        if not text:
            continue
        if everything is not None and text.upper() == everything:
            return True
        if rule.id.startswith(text.upper()) or text.lower() == rule.name or text.lower() in rule.aliases:
            return True
    return False


def rule_named(pattern: str, exact: bool = False) -> str | None:
    """The id of a rule the pattern names (exact: id, name or alias only; else also a prefix
    or ``ALL``), or None when it names nothing: how kc refuses a misspelt rule."""
    if exact:
        found = get_rule(pattern)
        return found.id if found is not None else None
    if pattern.strip().upper() == "ALL":
        return "ALL"
    return next((r.id for r in all_rules() if matches(r, [pattern], everything=None)), None)
