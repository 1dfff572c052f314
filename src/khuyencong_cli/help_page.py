"""Help pages in the reader's language, built from plain descriptions of the commands.

Two callers share the texts: the typer command line (:mod:`.cli.localized`, which describes
click's parameter objects with :class:`Param` and writes with click's formatter) and the
``kc`` launcher, which answers ``kc --help`` and ``kc COMMAND --help`` from the descriptions
kept in :mod:`.help_table` without loading typer (building every command's parameters costs
more than the page). :func:`render` lays the page out as click's ``HelpFormatter`` does, line
for line, so both give the same bytes; a test compares them for every command, language and
terminal width.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from . import cli_messages  # noqa: F401  (the help texts)
from .i18n import catalog, translate

__all__ = ["Param", "Page", "help_key", "metavar", "help_record", "usage_pieces", "command_help", "short_help", "render", "page_width"]


class Param(NamedTuple):
    """What a help page shows of one parameter."""

    kind: str  # "argument" or "option"
    name: str
    opts: str = ""  # an option's names as shown ("-f, --format"); empty for an argument
    flag: bool = False
    choices: tuple[str, ...] = ()
    number: bool = False  # an integer value (metavar N)
    variadic: bool = False  # any number of values (PATHS...)
    required: bool = False
    default: str | int | None = None  # the default the page names, None when it names none
    low: int | None = None
    high: int | None = None
    hidden: bool = False
    help_option: bool = False
    text: str = ""  # the declaration's own help, used only when the catalog has none


class Page(NamedTuple):
    """One command's help page (``kc`` itself is the group page)."""

    group: bool
    params: tuple[Param, ...]
    commands: tuple[str, ...]  # a group's visible commands, in order


def help_key(command: str, param: str) -> str | None:
    """The catalog key of a parameter's help: the command's own, else the shared one."""
    for key in (f"help.{command}.{param}", f"help.{param}"):
        if key in catalog():
            return key
    return None


def metavar(command: str, param: Param, lang: str) -> str:
    """What stands for the value: the choices, else a catalog word (``TỆP``, ``FILE``)."""
    if param.choices:
        return "|".join(param.choices)
    for key in (f"metavar.{command}.{param.name}", f"metavar.{param.name}"):
        if key in catalog():
            return translate(key, lang)
    return translate("metavar.number" if param.number else "metavar.value", lang)


def _argument_usage(command: str, param: Param, lang: str) -> str:
    shown = metavar(command, param, lang) + ("..." if param.variadic else "")
    return shown if param.required else f"[{shown}]"


def _extras(param: Param, lang: str) -> list[str]:
    """The bracketed notes after a help text: default, range, required."""
    notes: list[str] = []
    if param.default is not None:
        notes.append(translate("cli.help.default", lang, value=param.default))
    if param.low is not None or param.high is not None:
        low = "" if param.low is None else f"{param.low} ≤ "
        high = "" if param.high is None else f" ≤ {param.high}"
        notes.append(translate("cli.help.range", lang, low=low, high=high))
    if param.required:
        notes.append(translate("cli.help.required", lang))
    return notes


def help_record(command: str, param: Param, lang: str) -> tuple[str, str] | None:
    """A parameter's line of the page (its names, its help), or None for a hidden one."""
    if param.hidden:
        return None
    if param.kind == "argument":
        first = metavar(command, param, lang) + ("..." if param.variadic else "")
    else:
        first = param.opts
        if not param.flag:
            first += f" {metavar(command, param, lang)}"
    if param.help_option:
        text = translate("help.help", lang)
    else:
        key = help_key(command, param.name)
        text = translate(key, lang) if key else param.text
    extras = _extras(param, lang)
    return first, f"{text}  [{'; '.join(extras)}]" if extras else text


def usage_pieces(command: str, page: Page, lang: str) -> list[str]:
    """What follows the program in the usage line: ``[OPTIONS] PATHS...``."""
    pieces = [translate("cli.usage.options", lang)]
    pieces += [_argument_usage(command, p, lang) for p in page.params if p.kind == "argument"]
    if page.group:
        pieces.append(translate("cli.usage.command", lang))
    return pieces


def command_help(command: str, lang: str, fallback: str = "") -> str:
    """The text under the usage line (``command`` is ``kc`` for the program itself)."""
    key = f"help.{command}"
    return translate(key, lang) if key in catalog() else fallback


def short_help(command: str, lang: str) -> str:
    """The first sentence of a command's help, for the command list and completion."""
    key = f"help.{command}"
    if key not in catalog():
        return ""
    return translate(key, lang).split("\n\n", 1)[0].strip()


def page_width() -> int:
    """The width click gives a help page: the terminal's, at most 80, less 2; at least 50."""
    import shutil

    return max(min(shutil.get_terminal_size().columns, 80) - 2, 50)


def render(command: str, page: Page, lang: str, width: int) -> str:
    """The whole page of ``kc`` (``command == "kc"``) or of ``kc COMMAND``, without its last newline."""
    out = _Formatter(width)
    path = "kc" if command == "kc" else f"kc {command}"
    out.write_usage(path, " ".join(usage_pieces(command, page, lang)), translate("cli.usage", lang) + ": ")
    text = command_help(command, lang)
    if text:
        out.write_paragraph()
        with out.indentation():
            out.write_text(text)
    records = [(p, help_record(command, p, lang)) for p in page.params]
    arguments = [r for p, r in records if r and p.kind == "argument"]
    options = [r for p, r in records if r and p.kind == "option"]
    for title, rows in (("cli.section.arguments", arguments), ("cli.section.options", options)):
        if rows:
            with out.section(translate(title, lang)):
                out.write_dl(rows)
    if page.group and page.commands:
        with out.section(translate("cli.section.commands", lang)):
            out.write_dl([(name, short_help(name, lang)) for name in page.commands])
    return "".join(out.buffer).rstrip("\n")


# -- layout: the same lines as click's HelpFormatter and wrap_text ------------------------------

_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")


def _term_len(text: str) -> int:
    return len(_ANSI.sub("", text))


class _Wrapper(textwrap.TextWrapper):
    """click's TextWrapper: a word longer than the line is cut where the line ends."""

    def _handle_long_word(self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int) -> None:
        space_left = max(width - cur_len, 1)
        last = reversed_chunks[-1]
        cur_line.append(last[:space_left])
        reversed_chunks[-1] = last[space_left:]

    def indent_only(self, text: str) -> str:
        return "\n".join(f"{self.subsequent_indent if i else self.initial_indent}{line}" for i, line in enumerate(text.splitlines()))


def _wrap(text: str, width: int, initial: str = "", subsequent: str = "", paragraphs: bool = False) -> str:
    text = text.expandtabs()
    wrapper = _Wrapper(width, initial_indent=initial, subsequent_indent=subsequent, replace_whitespace=False)
    if not paragraphs:
        return wrapper.fill(text)
    found: list[tuple[int, bool, str]] = []
    buffer: list[str] = []
    indent: int | None = None

    def flush() -> None:
        if not buffer:
            return
        if buffer[0].strip() == "\b":
            found.append((indent or 0, True, "\n".join(buffer[1:])))
        else:
            found.append((indent or 0, False, " ".join(buffer)))
        del buffer[:]

    for line in text.splitlines():
        if not line:
            flush()
            indent = None
        else:
            if indent is None:
                before = _term_len(line)
                line = line.lstrip()
                indent = before - _term_len(line)
            buffer.append(line)
    flush()
    done = []
    for extra, raw, block in found:
        wrapper.initial_indent, wrapper.subsequent_indent = initial + " " * extra, subsequent + " " * extra
        done.append(wrapper.indent_only(block) if raw else wrapper.fill(block))
    return "\n\n".join(done)


class _Formatter:
    def __init__(self, width: int) -> None:
        self.width = width
        self.indent = 0
        self.buffer: list[str] = []

    def write(self, text: str) -> None:
        self.buffer.append(text)

    def write_usage(self, prog: str, args: str, prefix: str) -> None:
        usage_prefix = f"{prefix:>{self.indent}}{prog} "
        text_width = self.width - self.indent
        if text_width >= _term_len(usage_prefix) + 20:
            self.write(_wrap(args, text_width, usage_prefix, " " * _term_len(usage_prefix)))
        else:
            self.write(usage_prefix + "\n")
            indent = " " * (max(self.indent, _term_len(prefix)) + 4)
            self.write(_wrap(args, text_width, indent, indent))
        self.write("\n")

    def write_paragraph(self) -> None:
        if self.buffer:
            self.write("\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.indent
        self.write(_wrap(text, self.width, indent, indent, paragraphs=True) + "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        first_col = min(max(_term_len(first) for first, _ in rows), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if _term_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - _term_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.indent))
            lines = _wrap(second, max(self.width - first_col - 2, 10), paragraphs=True).splitlines()
            self.write(f"{lines[0]}\n" if lines else "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.indent}}{line}\n")

    @contextmanager
    def indentation(self) -> Iterator[None]:
        self.indent += 2
        try:
            yield
        finally:
            self.indent -= 2

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        self.write_paragraph()
        self.write(f"{'':>{self.indent}}{name}:\n")
        with self.indentation():
            yield

