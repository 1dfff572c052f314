"""The reader's language, decided before the command line is parsed.

Help and usage errors are printed while parsing, before any option has a value, so the language
cannot come from the parsed ``--lang``: it is read from the raw arguments (``--lang vi`` or
``--lang=vi`` anywhere on the line, before a ``--``), then ``KC_LANG``, then the locale
(:func:`~khuyencong_cli.i18n.resolve_language`). The parsed ``--lang`` can only agree with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from ..i18n import LANGUAGES, resolve_language

__all__ = ["language_from_argv", "current_language", "speaking"]

_CURRENT: ContextVar[str | None] = ContextVar("kc_language", default=None)


def _lang_values(argv: Sequence[str]) -> Iterator[str]:
    """Every value given to ``--lang`` on the line, in order."""
    for index, word in enumerate(argv):
        if word == "--":
            return
        if word == "--lang" and index + 1 < len(argv):
            yield argv[index + 1]
        elif word.startswith("--lang="):
            yield word.partition("=")[2]


def language_from_argv(argv: Sequence[str]) -> str:
    """The language of this run: the last valid ``--lang`` on the line, else KC_LANG, else the locale."""
    chosen = [value.strip().lower() for value in _lang_values(argv) if value.strip().lower() in LANGUAGES]
    return resolve_language(chosen[-1] if chosen else None)


def current_language(option: str | None = None) -> str:
    """A command's language: its own ``--lang`` when given, else the one decided for this run."""
    if option:
        return resolve_language(option)
    return _CURRENT.get() or resolve_language(None)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Run the command line in ``lang`` (help, usage errors and the command's own output)."""
    token = _CURRENT.set(lang)
    try:
        yield
    finally:
        _CURRENT.reset(token)
