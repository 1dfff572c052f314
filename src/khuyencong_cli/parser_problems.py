"""The machinery shared by the catalogs of parser sentences (YAML and TOML).

A parser words each error in one of a fixed set of English sentences; a catalog pairs a regular
expression for each sentence a kc user can meet with the message kc says instead. Matching,
compiling and registering the messages is the same for every parser, so it lives here once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .i18n import register

__all__ = ["Problem", "ProblemCatalog"]


@dataclass(frozen=True)
class Problem:
    """One user-level problem: the parser sentences that mean it, and what kc says instead."""

    key: str
    pattern: str
    en: str
    vi: str


class ProblemCatalog:
    """Problems compiled once, their messages registered with the catalog's own extras."""

    def __init__(self, problems: tuple[Problem, ...], extra: Mapping[str, Mapping[str, str]]) -> None:
        self._compiled = tuple((re.compile(problem.pattern), problem.key) for problem in problems)
        register({**{problem.key: {"en": problem.en, "vi": problem.vi} for problem in problems}, **extra})

    def find(self, text: str) -> tuple[str, dict[str, str]] | None:
        """The key of the first problem whose sentence ``text`` holds, and its named groups."""
        for pattern, key in self._compiled:
            match = pattern.search(text)
            if match:
                return key, {name: value for name, value in match.groupdict().items() if value is not None}
        return None
