"""The rules, found by walking this package: every module here declares its own rules.

A new rule is one function with its ``@rule(...)`` declaration in a module of this package
(an existing family, or a new module: nothing else to list). Modules that only help rules
(``base``, ``common``, ``figures``) say so with ``HELPER_MODULE = True``; a test checks that
every other module declares at least one rule and that every declared rule is registered.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

from .base import Rule, across_rule, all_rules, declare, get_rule, matches, rule, rule_named

__all__ = [
    "LOAD_RULES", "Rule", "across_rule", "all_rules", "declare", "get_rule", "load_all", "matches", "rule",
    "rule_modules", "rule_named",
]

_loaded: list[ModuleType] = []


def load_all() -> list[ModuleType]:
    """Import every module of the package once (declaring its rules); return them."""
    if not _loaded:
        _loaded.extend(
            importlib.import_module(f"{__name__}.{name}") for name in _module_names()
        )
    return list(_loaded)


def _module_names() -> list[str]:
    """The names of the package's modules, in order: its ``.py`` files, as
    ``pkgutil.iter_modules`` lists them (pkgutil takes longer to import than this to run)."""
    names = set()
    for directory in __path__:
        for entry in os.listdir(directory):
            stem, _, suffix = entry.partition(".")
            if suffix == "py" and stem != "__init__" and stem.isidentifier():
                names.add(stem)
    return sorted(names)


def rule_modules() -> list[ModuleType]:
    """The modules that declare rules (every module not marked ``HELPER_MODULE``)."""
    return [m for m in load_all() if not getattr(m, "HELPER_MODULE", False)]


from .load import LOAD_RULES  # noqa: E402  (after load_all: the load rules are a rule module too)
