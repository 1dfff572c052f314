"""The pieces the generated plain classes of ``model`` are made of: a read-only record and the
readers of one value each.

A plan is checked many times more often than it is wrong. Importing pydantic and building its
models is most of the start-up of ``kc validate`` on one file (the pre-commit hook's call), so
a well-formed plan is read without them: ``model`` holds plain classes with the same fields
as the pydantic models of ``plan_format`` and, for each, a reader generated from that model
(``python -m khuyencong_cli.model_gen``). A reader takes only what it is sure the model takes
and gives what the model gives; at the first value it is not sure of, it raises
:class:`Refused` and the loader asks the pydantic models, which accept the value (then the
plan is copied into the plain classes) or explain what is wrong. A test holds the two
readings equal on every plan, every rule case and generated plans.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from typing import Any, Self, TypeVar

from .numbers import NumberError, parse_amount
from .records import Frozen, replace

__all__ = [
    "MISSING",
    "ModelRecord",
    "Refused",
    "amount",
    "boolean",
    "integer",
    "listed",
    "mapping",
    "member",
    "patterned",
    "text",
    "year",
]

MISSING: Any = object()
"""A key the mapping does not have (``None`` is a value the file may write)."""

_set = object.__setattr__

# Characters Python's ``str.strip`` removes and pydantic's (Rust's ``trim``) keeps: a text
# padded with one of them is left to pydantic.
_ODD_SPACE = re.compile("[\x1c-\x1f]")


class Refused(Exception):
    """The fast reading is not sure of a value: the pydantic models decide.

    Raised new each time: an exception raised again keeps the traceback of every earlier
    raise, and with it the frames, and so the data, of every plan it refused."""


class ModelRecord(Frozen):
    """A read-only record (:class:`~khuyencong_cli.records.Frozen`: equal and hashed by its
    fields, like the frozen pydantic models it stands for) whose fields are slots: a plan is
    many small objects, read attribute by attribute by every rule."""

    # Every slot a subclass declares is a field; this one lets a run see when a plan is freed.
    __slots__ = ("__weakref__",)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), tuple(getattr(self, name) for name in self.FIELDS)))

    def replace(self, **changes: Any) -> Self:
        """A copy with some fields changed (a record is never changed in place)."""
        return replace(self, **changes)


def _rebuild(cls: type[ModelRecord], values: tuple[Any, ...]) -> ModelRecord:
    """Unpickle a record (its ``__setattr__`` refuses the default way)."""
    record = object.__new__(cls)
    for name, value in zip(cls.FIELDS, values, strict=True):
        _set(record, name, value)
    return record


def text(value: object) -> str:
    """A text field: stripped, as the models' ``str_strip_whitespace`` does."""
    if type(value) is not str:
        raise Refused
    stripped = value.strip()
    if stripped is not value and _ODD_SPACE.search(value):
        raise Refused
    return stripped


def patterned(value: object, pattern: re.Pattern[str]) -> str:
    """A text field with a pattern, matched after stripping, as pydantic does."""
    stripped = text(value)
    if pattern.search(stripped) is None:
        raise Refused
    return stripped


def amount(value: object) -> Decimal | None:
    """A figure as written (``Amount``): the same reading the models use. Only what YAML gives
    (an int or a text) is read here: a ``Decimal`` passes ``parse_amount`` as it is, and the
    models refuse one that is not finite."""
    kind = type(value)
    if kind is not int and kind is not str:
        raise Refused
    try:
        return parse_amount(value)
    except NumberError:
        raise Refused from None


def integer(value: object, ge: int | None = None, le: int | None = None) -> int:
    """An int written as one (pydantic also takes "12" and 12.0: those go to it)."""
    if type(value) is not int or (ge is not None and value < ge) or (le is not None and value > le):
        raise Refused
    return value


def year(value: object) -> int:
    """A ``Year``: an int from 1900 to 2200."""
    if type(value) is not int or not 1900 <= value <= 2200:
        raise Refused
    return value


def boolean(value: object) -> bool:
    """A bool written as one (pydantic's lax mode also takes "yes" and 1: those go to it)."""
    if type(value) is not bool:
        raise Refused
    return value


_E = TypeVar("_E", bound=Enum)


def member(cls: type[_E], value: object) -> _E:
    """A member of a closed list, found as the enum itself finds it (its ``_missing_`` too)."""
    if type(value) is not str:
        raise Refused
    try:
        return cls(value)
    except ValueError:
        raise Refused from None


def listed(value: object) -> list[Any]:
    """A list, as YAML gives it."""
    if type(value) is not list:
        raise Refused
    return value


def mapping(value: object, fields: frozenset[str] | None = None) -> dict[Any, Any]:
    """A mapping, as YAML gives it; with ``fields``, one that has no other key."""
    if type(value) is not dict or (fields is not None and not value.keys() <= fields):
        raise Refused
    return value
