"""One base for every error a user can cause: a catalog key and its parameters.

Core modules raise a :class:`KcError` subclass (a bad configuration, baseline, tolerance,
unit, unreadable output...); the command line turns any of them into one translated line on
stderr and exit code 2, in one place. ``where`` prefixes the message with a file and line.
"""

from __future__ import annotations

from typing import Any

from . import cli_messages  # noqa: F401  (the usage messages a KcError may name)
from .i18n import translate

__all__ = ["KcError", "UsageError"]


class KcError(Exception):
    """Input kc cannot work with: rendered in the reader's language, never a traceback."""

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    @property
    def where(self) -> str:
        """A place to put before the message (``file:line: ``), when the error has one."""
        return ""

    def render(self, lang: str) -> str:
        """The message as the user reads it (without the ``kc:`` prefix)."""
        return self.where + translate(self.key, lang, **self.params)

    def report(self, lang: str) -> str:
        """What stderr shows before kc exits 2."""
        return f"kc: {self.render(lang)}\n"


class UsageError(KcError):
    """An option value kc cannot use (an unknown unit or rule, an unwritable output...)."""
