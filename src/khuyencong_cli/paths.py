"""Which files a command looks at: the paths given, directories searched for plans.

A walk must never skip silently, or CI passes without checking: a directory link is
followed (each real directory once, so a link loop ends), a dangling ``*.yaml`` link or an
unreadable directory is handed on to the loader, which reports it (exit 2). Other YAML in a
repository (workflows, ``mkdocs.yml``, ``.pre-commit-config.yaml``) is not a plan: when
walking, only files whose top level has a ``kc:`` key are judged, and the walk counts the
others it passed over. A file named on the command line is always judged. ``--exclude``
patterns, the ``exclude`` configuration key and ``.gitignore`` files (from the repository
root down) use git's pattern rules, through pathspec.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a directory or --exclude needs it: a file named alone does not
    import pathspec

from .i18n import register
from .records import Record

__all__ = ["PLAN_SUFFIXES", "STDIN", "Walk", "expand_paths", "looks_like_plan", "walk"]

PLAN_SUFFIXES = (".yaml", ".yml")
STDIN = "-"


@cache
def _plan_key() -> re.Pattern[bytes]:
    """A top-level ``kc:`` key: at column 0, optionally quoted, after an optional BOM.
    Compiled when a directory is first walked (a plan named on the command line needs none)."""
    return re.compile(rb"(?m)^(?:\xef\xbb\xbf)?[\"']?kc[\"']?[ \t]*:")


class Walk(Record):
    """The files to judge, in order, and the YAML files passed over as not plans."""

    files: list[str]
    passed_over: list[str]

    def __init__(self, files: list[str] | None = None, passed_over: list[str] | None = None) -> None:
        self.files = [] if files is None else files
        self.passed_over = [] if passed_over is None else passed_over


def looks_like_plan(raw: bytes) -> bool:
    """True when the text has a top-level ``kc:`` key (what every plan starts from)."""
    return _plan_key().search(raw) is not None


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """The files to judge under ``paths`` (see :func:`walk`), without exclusions."""
    return iter(walk(paths).files)


def walk(
    paths: Iterable[str], exclude: Sequence[str] = (), gitignore: bool = True, plans_only: bool = False
) -> Walk:
    """Files as given (even if missing, so the loader can say so), directories searched
    recursively for plans in a stable order, ``-`` for standard input. ``plans_only`` passes
    over named files that are not plans too (for a pre-commit hook, which names every YAML
    file it was given)."""
    result = Walk()
    seen: set[str] = set()
    excluded = _spec(exclude) if exclude else None
    for given in paths:
        if given != STDIN and os.path.isdir(given):
            items = _walk_directory(Path(given), excluded, gitignore, result)
        elif plans_only and given != STDIN and not _is_plan(Path(given)):
            result.passed_over.append(given)
            continue
        else:
            items = iter((given,))
        for item in items:
            if item not in seen:
                seen.add(item)
                result.files.append(item)
    return result


def _walk_directory(
    root: Path, excluded: pathspec.GitIgnoreSpec | None, gitignore: bool, result: Walk
) -> Iterator[str]:
    """Depth-first, sorted, iterative; yields plan files and paths the loader must report.

    Paths are joined as text, as ``Path`` would write them, and a directory's real path is
    resolved only below a link: a corpus has a directory or more per file, and building
    path objects and resolving every directory again from the root cost a tenth of the time
    of checking the files.
    """
    specs = _ancestor_ignores(root) if gitignore else []
    visited: set[str] = set()
    # Each entry: a directory (as Path writes it), its real path when known, its path
    # relative to the root, the .gitignore specs above it.
    stack: list[tuple[str, str | None, str, list[tuple[Path, pathspec.GitIgnoreSpec]]]] = [(str(root), None, "", specs)]
    while stack:
        directory, real, relative, ignores = stack.pop()
        if real is None:
            real = os.path.realpath(directory)
        if real in visited:  # a link back to a directory already walked: a loop, or a duplicate
            continue
        visited.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            yield directory  # the loader reports why it cannot be read
            continue
        absolute = Path(os.path.abspath(directory)) if gitignore or excluded is not None or ignores else None
        if gitignore and absolute is not None:
            ignores = ignores + _own_ignore(absolute, entries)
        subdirectories = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = _join(directory, name)
            inner = f"{relative}{name}"
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if (excluded is not None or ignores) and absolute is not None and _ignored(
                absolute / name, inner, is_dir, excluded, ignores
            ):
                continue
            if is_dir:
                # Below a real directory, a directory that is not a link is real too.
                inner_real = None if entry.is_symlink() else _join(real, name)
                subdirectories.append((path, inner_real, inner + "/", ignores))
            elif name.endswith(PLAN_SUFFIXES):
                if _is_plan(path):
                    yield path
                else:
                    result.passed_over.append(path)
        stack.extend(reversed(subdirectories))


def _join(directory: str, name: str) -> str:
    """``str(Path(directory) / name)`` for a directory written as Path writes it."""
    if directory == ".":
        return name
    return directory + name if directory.endswith("/") else f"{directory}/{name}"


def _is_plan(path: Path | str) -> bool:
    """Judge it if it says it is a plan, or if it cannot be read (so the loader says why)."""
    try:
        with open(path, "rb") as file:
            return looks_like_plan(file.read())
    except OSError:
        return True


def _ignored(
    path: Path,
    inner: str,
    is_dir: bool,
    excluded: pathspec.GitIgnoreSpec | None,
    ignores: list[tuple[Path, pathspec.GitIgnoreSpec]],
) -> bool:
    suffix = "/" if is_dir else ""
    if excluded is not None and excluded.match_file(inner + suffix):
        return True
    for base, spec in ignores:
        try:
            below = path.relative_to(base).as_posix()
        except ValueError:
            continue
        if spec.match_file(below + suffix):
            return True
    return False


def _own_ignore(directory: Path, entries: list[os.DirEntry[str]]) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
    if not any(entry.name == ".gitignore" for entry in entries):
        return []
    spec = _read_ignore(directory / ".gitignore")
    return [(directory, spec)] if spec is not None else []


def _ancestor_ignores(root: Path) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
    """The .gitignore files above ``root`` up to its repository's top (none outside git)."""
    found: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
    current = Path(os.path.abspath(root))
    chain = [current, *current.parents]
    top = next((p for p in chain if (p / ".git").exists()), None)
    if top is None:
        return []
    for directory in chain[1 : chain.index(top) + 1]:
        spec = _read_ignore(directory / ".gitignore")
        if spec is not None:
            found.append((directory, spec))
    found.reverse()
    return found


def _spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    """Git's pattern rules for these lines."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _read_ignore(path: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


register(
    {
        "walk.passed-over": {
            "en": "kc: passed over {count} YAML file(s) that are not kc plans (no top-level kc: key)",
            "vi": "kc: bỏ qua {count} tệp YAML không phải kế hoạch kc (không có khóa kc: ở cấp ngoài cùng)",
        },
    }
)
