"""The rule families. Importing a family module registers its rules.

Add a new family by writing ``rules/<family>.py`` and listing it in ``FAMILIES``.
"""

from __future__ import annotations

import importlib

from .base import LOAD_RULES, Rule, all_rules, get_rule, rule

__all__ = ["FAMILIES", "LOAD_RULES", "Rule", "all_rules", "get_rule", "load_all", "rule"]

FAMILIES = (
    "totals",
    "periods",
    "claims",
    "shares",
    "per_year",
    "growth",
    "counts",
    "crosstable",
    "references",
    "reference_consistency",
    "durations",
    "units",
    "remainders",
    "restatements",
    "part_periods",
    "sub_periods",
    "suppression",
)

_loaded = False


def load_all() -> None:
    """Import every family once, so that every rule is registered."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    for family in FAMILIES:
        importlib.import_module(f"{__name__}.{family}")
