"""Which files a command looks at: the paths given, directories searched for plans."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["PLAN_SUFFIXES", "expand_paths", "STDIN"]

PLAN_SUFFIXES = (".yaml", ".yml")
STDIN = "-"


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given (even if missing, so the loader can say so), directories searched
    recursively for ``*.yaml``/``*.yml`` in a stable order, ``-`` for standard input."""
    seen: set[str] = set()
    for given in paths:
        candidate = Path(given)
        if given != STDIN and candidate.is_dir():
            found = sorted(
                str(p) for p in candidate.rglob("*") if p.suffix in PLAN_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(candidate).parts)
            )
            items: Iterable[str] = found
        else:
            items = (given,)
        for item in items:
            if item not in seen:
                seen.add(item)
                yield item
