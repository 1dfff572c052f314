"""A command line of ``kc validate``, ``kc summary`` or ``kc report`` read without typer.

typer builds every command's parameters before it reads one word, and its adapters import
pydantic: most of a short run's start-up. These three commands are what the pre-commit hook, a
CI job and a nightly page run, so the launcher reads their lines itself, from the parameters
kept in :mod:`.help_table` (which a test holds equal to typer's), as click reads them: an
option's value after a space or ``=``, flags anywhere, a repeated option's last value (or all
values, for the options that collect them). Only a line with nothing unusual is read here: an
unknown option, a value outside its choices, a ``--lang`` or a number click would refuse,
combined short flags (``-qq``), ``-`` (standard input), ``--``, or shell completion leaves the
line to typer, which reads it, or explains what is wrong with it, as before.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kc --version reads this module: typing is not loaded for it
    from typing import Any

__all__ = ["COMMANDS", "read_line"]

COMMANDS = ("validate", "summary", "report")
COMPLETION_VARIABLE = "_KC_COMPLETE"

# Options that collect every value given (typer: ``list[str]``) and whole numbers (``min=0``);
# every other option takes one text. A test compares these with the typer declarations.
COLLECTING = {"select", "ignore", "exclude", "table"}
WHOLE_NUMBERS = {"jobs", "full_sections"}
LANGUAGES = ("vi", "en")


def read_line(argv: list[str]) -> tuple[str, dict[str, Any]] | None:
    """The command and its values (``paths`` and every option given, by parameter name), or
    None when the line is left to typer."""
    if not argv or argv[0] not in COMMANDS or COMPLETION_VARIABLE in os.environ:
        return None
    from .help_table import PAGES

    options = {
        spelling: param
        for param in PAGES[argv[0]].params
        if param.kind == "option" and not param.help_option
        for spelling in param.opts.split(", ")
    }
    values: dict[str, Any] = {}
    paths: list[str] = []
    words = iter(argv[1:])
    for word in words:
        if not word.startswith("-"):
            paths.append(word)
            continue
        name, equals, attached = word.partition("=") if word.startswith("--") else (word, "", "")
        param = options.get(name)
        if param is None:
            return None  # unknown, -, --, -qq, -fjson: typer's to read or refuse
        if param.flag:
            if equals:
                return None
            values[param.name] = True
            continue
        value = attached if equals else next(words, None)
        read = _value(param.name, value, param.choices)
        if read is None:
            return None
        if param.name in COLLECTING:
            values.setdefault(param.name, []).append(read)
        else:
            values[param.name] = read
    if not paths:
        return None
    values["paths"] = paths
    return argv[0], values


def _value(name: str, value: str | None, choices: tuple[str, ...]) -> Any:
    """The value as the command receives it, or None when click would refuse it (or might)."""
    if value is None or value.startswith("-"):
        return None  # click may read the next option as this one's value, or refuse the line
    if choices:
        return value if value in choices else None
    if name in WHOLE_NUMBERS:
        return int(value) if value.isascii() and value.isdigit() else None
    if name == "lang":
        return value if value.strip().lower() in LANGUAGES else None
    return value
