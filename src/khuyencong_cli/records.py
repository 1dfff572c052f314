"""Plain records: equality, hashing, a readable repr and immutability without ``dataclasses``.

``@dataclass`` writes each class's methods as source text and compiles it every time kc
starts (about half a millisecond a class, ten compiled functions for an ordered frozen one),
which the short-lived ``kc validate`` of one plan pays for every record it imports. A record
here writes its own ``__init__`` (compiled once into the ``.pyc``) and inherits the rest,
which reads the fields from the class's annotations: the same behaviour as the frozen or
plain dataclass it replaces (``==`` and ``hash`` over the compared fields, ``<`` for an
:class:`Ordered` one, assignment refused on a :class:`Frozen` one), at no cost at import.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, TypeVar

__all__ = ["Frozen", "Ordered", "Record", "replace"]

R = TypeVar("R", bound="Record")


class Record:
    """A mutable record (a plain ``@dataclass``): equal when of one class with equal fields;
    unhashable. The fields are the annotated names of the class and its record bases, in order;
    ``COMPARED`` (default: every field) are those ``==`` looks at."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    COMPARED: ClassVar[tuple[str, ...] | None] = None
    _compared: ClassVar[Any]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063  (inspect costs more to import than records save)
        inherited = getattr(cls, "FIELDS", ())
        cls.FIELDS = (*inherited, *(name for name, kind in own.items() if not _class_level(kind)))
        compared = cls.__dict__.get("COMPARED") or cls.FIELDS
        cls.COMPARED = compared
        getter = attrgetter(*compared) if compared else (lambda _record: ())
        # attrgetter of one name gives the value itself; a record compares tuples
        cls._compared = (lambda record: (getter(record),)) if len(compared) == 1 else getter

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) == self._compared(other))
        return NotImplemented

    __hash__: ClassVar[None] = None  # type: ignore[assignment]  # mutable: not hashable, as a dataclass


class Frozen(Record):
    """An immutable record (``@dataclass(frozen=True)``): hashable over its compared fields;
    its ``__init__`` sets the fields through ``self.__dict__``."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._compared(self))

    def __setattr__(self, name: str, value: Any) -> None:
        from dataclasses import FrozenInstanceError  # the error a frozen dataclass raises

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")


class Ordered(Frozen):
    """A frozen record that sorts by its compared fields, in order (``order=True``)."""

    __slots__ = ()

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) < self._compared(other))
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) <= self._compared(other))
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) > self._compared(other))
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._compared(self) >= self._compared(other))
        return NotImplemented


def _class_level(annotation: object) -> bool:
    """Whether an annotation declares a class attribute, not a field."""
    text = str(annotation).removeprefix("typing.")
    return text.startswith(("ClassVar", "Final"))


def replace(record: R, /, **changes: Any) -> R:
    """A copy of ``record`` with some fields changed (as ``dataclasses.replace``)."""
    values = {name: getattr(record, name) for name in record.FIELDS}
    values.update(changes)
    return type(record)(**values)
