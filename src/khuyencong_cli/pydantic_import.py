"""pydantic, imported without loading asyncio (Python 3.11 and 3.12).

Before Python 3.13, ``typing_extensions.deprecated`` imports all of asyncio (its event loops,
ssl, sockets, concurrent.futures) the first time it marks a function as deprecated, only to
ask whether the function is a coroutine function. pydantic-core and pydantic mark plain
functions that way while they are imported, so asyncio was about a tenth of ``kc validate``'s
start-up, for a question whose answer is always no.

While pydantic is first imported, ``typing_extensions.deprecated`` is a subclass that answers
it for plain functions from the function itself (``inspect.iscoroutinefunction``; asyncio's
own marker, if a function carries one, still goes to typing_extensions) and wraps them
exactly as typing_extensions does: the same warning, category and stack level, the same
``__deprecated__``. Classes and every other callable go to typing_extensions unchanged. The
original is put back afterwards; nothing is changed when pydantic is already loaded (the
typer command line loads it first) or on Python 3.13 and later (``warnings.deprecated``).
"""

from __future__ import annotations

import sys

__all__: list[str] = []


def _import_pydantic() -> None:
    import functools
    import inspect
    import warnings
    from typing import Any

    import typing_extensions

    original = typing_extensions.deprecated

    class PlainDeprecated(original):  # type: ignore[misc, valid-type]
        def __call__(self, arg: Any) -> Any:
            if not inspect.isfunction(arg) or inspect.iscoroutinefunction(arg) or hasattr(arg, "_is_coroutine"):
                return super().__call__(arg)
            message, category, stacklevel = self.message, self.category, self.stacklevel
            if category is None:
                arg.__deprecated__ = message  # type: ignore[attr-defined]
                return arg

            @functools.wraps(arg)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = message  # type: ignore[attr-defined]
            return wrapper

    typing_extensions.deprecated = PlainDeprecated  # type: ignore[misc]
    try:
        # every name kc reads from pydantic (which imports most of them lazily, on first use)
        from pydantic import (  # noqa: F401
            BaseModel,
            BeforeValidator,
            ConfigDict,
            Field,
            PlainSerializer,
            StrictBool,
            ValidationError,
            WithJsonSchema,
        )
        from pydantic_core import PydanticCustomError  # noqa: F401
    finally:
        typing_extensions.deprecated = original  # type: ignore[misc]


if sys.version_info < (3, 13) and "pydantic" not in sys.modules:
    _import_pydantic()
