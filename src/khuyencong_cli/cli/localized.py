"""Help pages and usage errors in the reader's language, rendered by kc rather than by typer.

typer 0.29 carries its own copy of click whose strings ("Usage:", "Options", "Missing argument",
"Invalid value for ...") are English literals, not gettext calls, so no translation can be
installed under them. kc therefore renders the two things a reader sees while the line is parsed
from the parsed objects alone: :class:`KcCommand` and :class:`KcGroup` write the help page
(usage, text, arguments, options, commands) from the message catalog, and turn click's usage
exceptions, by their class and attributes (the parameter, the option name, pydantic's error
type and input), into a translated message. This leans on click's public object model
(``Parameter.opts``, ``.required``, ``.default``, the exception classes), which is stable
across the pinned typer range, and not on the wording of any English string but two
(``Got unexpected extra argument(s)``, ``does not take a value``), kept in one table below.

Help texts are catalog keys derived from the command and parameter names
(``help.validate.format``, then the shared ``help.lang``), metavars likewise (``metavar.paths``);
a test requires one for every parameter of every command. Only :mod:`khuyencong_cli.cli_messages`
is imported to print help: no rule or core module.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Any, NoReturn

from typer import _click
from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
    UsageError,
)
from typer.core import TyperCommand, TyperGroup

from .. import cli_messages  # noqa: F401  (the help texts and usage messages)
from ..help_page import Page, Param, command_help, help_key, help_record, short_help, usage_pieces
from ..help_page import metavar as describe_metavar
from ..i18n import translate
from .language import current_language, language_from_argv, speaking

RAW_ARGS = "kc.raw_args"

__all__ = ["RAW_ARGS", "KcCommand", "KcGroup", "help_key", "metavar", "describe", "describe_page", "render_usage_error", "LocalizedUsageError"]


def _lang() -> str:
    return current_language()


def _t(key: str, /, **params: Any) -> str:
    return translate(key, _lang(), **params)


def _choices(param: _click.Parameter) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice:
        return []
    return [c.value if isinstance(c, Enum) else str(c) for c in descriptor.choices or ()]


def _command_name(ctx: _click.Context) -> str:
    return "kc" if ctx.parent is None else (ctx.info_name or ctx.command.name or "kc")


def _option_names(param: _click.Parameter) -> str:
    names = sorted([*param.opts, *param.secondary_opts], key=lambda o: (o.startswith("--"), o))
    return ", ".join(names)


def _is_flag(param: _click.Parameter) -> bool:
    return bool(getattr(param, "is_flag", False)) or getattr(param, "count", False) is True


def describe(ctx: _click.Context | None, param: _click.Parameter) -> Param:
    """What the help page shows of a click parameter (the launcher keeps the same records)."""
    default = param.default
    if isinstance(default, Enum):
        default = default.value
    shown: str | int | None = None
    if not _is_flag(param) and default not in (None, "", (), []) and not callable(default):
        shown = default if isinstance(default, int | str) else str(default)
    descriptor = getattr(param, "type_descriptor", None)
    is_option = param.param_type_name == "option"
    return Param(
        kind=param.param_type_name, name=param.name or "", opts=_option_names(param) if is_option else "",
        flag=_is_flag(param), choices=tuple(_choices(param)),
        number=descriptor is not None and descriptor.annotation is int, variadic=param.nargs == -1,
        required=param.required, default=shown, low=getattr(param, "min", None), high=getattr(param, "max", None),
        hidden=bool(getattr(param, "hidden", False)),
        help_option=param.name == "help" or (ctx is not None and param is ctx.command.get_help_option(ctx)),
        text=getattr(param, "help", None) or "",
    )


def describe_page(ctx: _click.Context) -> Page:
    """The help page of ``ctx``'s command as plain data."""
    command = ctx.command
    params = tuple(describe(ctx, p) for p in command.get_params(ctx))
    if not isinstance(command, TyperGroup):
        return Page(group=False, params=params, commands=())
    names = tuple(name for name in command.list_commands(ctx) if not command.commands[name].hidden)
    return Page(group=True, params=params, commands=names)


def metavar(command: str, param: _click.Parameter) -> str:
    """What stands for the value: the choices, else a catalog word (``TỆP``, ``FILE``)."""
    return describe_metavar(command, describe(None, param), _lang())


class _Localized:
    """What KcCommand and KcGroup share: usage line, help page, short help, usage errors."""

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        return usage_pieces(_command_name(ctx), describe_page(ctx), _lang())

    def format_usage(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_t("cli.usage") + ": ")

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        lang, command, page = _lang(), _command_name(ctx), describe_page(ctx)
        self.format_usage(ctx, formatter)
        text = command_help(command, lang, ctx.command.help or "")
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)
        records = [(p, help_record(command, p, lang)) for p in page.params]
        arguments = [r for p, r in records if r and p.kind == "argument"]
        options = [r for p, r in records if r and p.kind == "option"]
        for title, rows in (("cli.section.arguments", arguments), ("cli.section.options", options)):
            if rows:
                with formatter.section(_t(title)):
                    formatter.write_dl(rows)
        rows = [(name, short_help(name, lang)) for name in page.commands]
        if rows:
            with formatter.section(_t("cli.section.commands")):
                formatter.write_dl(rows)

    def get_short_help_str(self, limit: int = 45) -> str:
        assert isinstance(self, _click.Command)
        return short_help(self.name or "", _lang())

    def shell_complete(self, ctx: _click.Context, incomplete: str) -> list[Any]:
        """Option and command names, each with its translated help (zsh and fish show it)."""
        results: list[Any] = super().shell_complete(ctx, incomplete)  # type: ignore[misc]
        assert isinstance(self, _click.Command)
        by_name = {name: p for p in self.get_params(ctx) for name in [*p.opts, *p.secondary_opts]}
        for item in results:
            if item.value in by_name:
                record = help_record(_command_name(ctx), describe(ctx, by_name[item.value]), _lang())
                item.help = record[1] if record else None
        return results


class KcCommand(_Localized, TyperCommand):
    """A kc command whose help and usage line come from the catalog."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        """Keep the words as typed: completion reads the plans on the line even when the parse
        stops early (``kc summary plan.yaml --table <Tab>``: an option still waiting for its value)."""
        ctx.meta[RAW_ARGS] = list(args)
        try:
            return super().parse_args(ctx, args)
        except UsageError as exc:  # click's parser raises some without the command: give it, for the usage line
            if exc.ctx is None:
                exc.ctx, exc.cmd = ctx, self
            raise


class LocalizedUsageError(UsageError):
    """A click usage error shown in the reader's language (same exit code 2)."""

    def __init__(self, original: UsageError, lang: str) -> None:
        super().__init__(render_usage_error(original, lang), original.ctx)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        with speaking(self.lang):
            hint = ""
            if self.ctx is not None:
                hint = f"{self.ctx.get_usage()}\n"
                if self.ctx.command.get_help_option(self.ctx) is not None:
                    hint += _t("cli.usage.try", command=f"{self.ctx.command_path} --help") + "\n"
            _click.echo(f"{hint}{_t('cli.error')}: {self.format_message()}", file=file, err=file is None)


@contextmanager
def _translated_usage_errors() -> Iterator[None]:
    try:
        yield
    except (NoArgsIsHelpError, LocalizedUsageError):
        raise
    except UsageError as exc:
        raise LocalizedUsageError(exc, _lang()) from exc


class KcGroup(_Localized, TyperGroup):
    """The ``kc`` group: decides the language from the raw line, then parses in it."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, *rest: Any, **extra: Any) -> Any:
        import sys

        from .completion import localize_completion_options

        localize_completion_options(self.params)
        line = list(sys.argv[1:] if args is None else args)
        with speaking(language_from_argv(line)):
            return super().main(line, prog_name or "kc", *rest, **extra)

    def make_context(self, info_name: str | None, args: list[str], parent: _click.Context | None = None, **extra: Any) -> _click.Context:
        with _translated_usage_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: _click.Context) -> Any:
        with _translated_usage_errors():
            return super().invoke(ctx)

    def resolve_command(self, ctx: _click.Context, args: list[str]) -> tuple[str | None, _click.Command | None, list[str]]:
        return self._click_resolve_command(ctx, args)  # the suggestion is added in the reader's language

    def _main_shell_completion(self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None) -> None:
        """Also accept click's own instruction order (``bash_complete``) beside typer's (``complete_bash``)."""
        import os

        variable = complete_var or f"_{prog_name}_COMPLETE".replace("-", "_").upper()
        instruction = os.environ.get(variable, "")
        first, _, second = instruction.partition("_")
        if first in ("bash", "zsh", "fish") and second in ("complete", "source"):
            os.environ[variable] = f"{second}_{first}"
        super()._main_shell_completion(ctx_args, prog_name, complete_var)


# -- usage errors ---------------------------------------------------------------------------

_EXTRA_ARGUMENTS = re.compile(r"^Got unexpected extra arguments?(?:\(s\))? \((?P<words>.*)\)$", re.S)
_NO_SUCH_COMMAND = re.compile(r"^No such command '(?P<name>.*)'\.")


def _hint(exc: BadParameter) -> str:
    if exc.param is None:
        return ""
    if exc.param.param_type_name == "argument":
        ctx = exc.ctx
        return metavar(_command_name(ctx) if ctx else "kc", exc.param)
    return " / ".join(f"'{name}'" for name in [*exc.param.opts, *exc.param.secondary_opts])


def _pydantic_problem(exc: BadParameter, lang: str) -> str | None:
    """Why typer's coercion refused a value, from pydantic's error type, input and context."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if not callable(errors) or exc.param is None:
        return None
    try:
        first = errors()[0]
    except (IndexError, TypeError):  # pragma: no cover - pydantic always gives one
        return None
    value, kind, limits = first.get("input"), str(first.get("type", "")), first.get("ctx") or {}
    choices = _choices(exc.param)
    if choices:
        return translate("cli.bad.choice", lang, value=value, choices=", ".join(choices))
    for limit, key in (("ge", "cli.bad.at-least"), ("gt", "cli.bad.above"), ("le", "cli.bad.at-most"), ("lt", "cli.bad.below")):
        if limit in limits:
            return translate(key, lang, value=value, limit=limits[limit])
    if kind.startswith("int"):
        return translate("cli.bad.integer", lang, value=value)
    return translate("cli.bad.value", lang, value=value)


def render_usage_error(exc: UsageError, lang: str) -> str:
    """The message of a click usage error in ``lang`` (without the usage line and ``Error:``)."""
    if isinstance(exc, NoSuchOption):
        text = translate("cli.bad.no-such-option", lang, option=exc.option_name)
        if exc.possibilities:
            text += " " + translate("cli.bad.did-you-mean", lang, names=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, MissingParameter):
        is_argument = exc.param is not None and exc.param.param_type_name == "argument"
        text = translate("cli.bad.missing-argument" if is_argument else "cli.bad.missing-option", lang, name=_hint(exc))
        choices = _choices(exc.param) if exc.param is not None else []
        return text + (" " + translate("cli.bad.choose", lang, choices=", ".join(choices)) if choices else "")
    if isinstance(exc, BadParameter):
        problem = _pydantic_problem(exc, lang) or exc.message
        hint = _hint(exc)
        return translate("cli.bad.invalid-for", lang, name=hint, problem=problem) if hint else problem
    if isinstance(exc, BadOptionUsage):
        key = "cli.bad.no-value" if "does not take a value" in exc.message else "cli.bad.needs-value"
        return translate(key, lang, option=exc.option_name)
    extra = _EXTRA_ARGUMENTS.match(exc.message)
    if extra:
        return translate("cli.bad.extra-arguments", lang, words=extra.group("words"))
    unknown = _NO_SUCH_COMMAND.match(exc.message)
    if unknown:
        return _unknown_command(exc, unknown.group("name"), lang)
    if exc.message.startswith("Missing command"):
        return translate("cli.bad.missing-command", lang)
    return exc.message


def _unknown_command(exc: UsageError, name: str, lang: str) -> str:
    from difflib import get_close_matches

    text = translate("cli.bad.no-such-command", lang, name=name)
    group = exc.ctx.command if exc.ctx is not None else None
    if isinstance(group, TyperGroup):
        matches = get_close_matches(name, list(group.commands))
        if matches:
            text += " " + translate("cli.bad.did-you-mean", lang, names=", ".join(matches))
    return text


def fail(key: str, /, **params: Any) -> NoReturn:
    """Raise a parameter error whose text is a catalog message (for option callbacks)."""
    raise BadParameter(_t(key, **params))


# -- the launcher's copy of the help pages -------------------------------------------------------

HELP_TABLE = "help_table.py"


def help_pages() -> dict[str, Page]:
    """Every help page of the typer command line as data: ``kc`` itself, then each command."""
    import typer.main

    from . import app

    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    root = _click.Context(group, info_name="kc")
    pages = {"kc": describe_page(root)}
    for name in group.list_commands(root):
        pages[name] = describe_page(_click.Context(group.commands[name], info_name=name, parent=root))
    return pages


def help_table_source() -> str:
    """The text of :mod:`khuyencong_cli.help_table` for the command line as declared now."""
    lines = [
        '"""Every help page of the command line as data, for ``kc --help`` without typer (:mod:`.launch`).',
        "",
        "Written by :func:`khuyencong_cli.cli.localized.write_help_table` from the typer declarations;",
        "a test fails when it is stale or when a page rendered from it differs from typer's.",
        '"""',
        "",
        "from .help_page import Page, Param",
        "",
        "PAGES: dict[str, Page] = {",
    ]
    for name, page in help_pages().items():
        lines.append(f"    {_literal(name)}: Page(")
        lines.append(f"        group={page.group!r},")
        lines.append("        params=(")
        lines += [f"            {_param_literal(param)}," for param in page.params]
        lines.append("        ),")
        lines.append(f"        commands={_literal(page.commands)},")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _literal(value: object) -> str:
    """A Python literal of a table value, strings in double quotes as the code base writes them."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return "(" + ", ".join(_literal(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def _param_literal(param: Param) -> str:
    """``Param("option", "jobs", opts="-j, --jobs", …)``: the fields that differ from their default."""
    words = [_literal(param.kind), _literal(param.name)]
    for field, value in zip(Param._fields[2:], param[2:], strict=True):
        if value != Param._field_defaults[field]:
            words.append(f"{field}={_literal(value)}")
    return f"Param({', '.join(words)})"


def write_help_table() -> None:
    """Rewrite :mod:`khuyencong_cli.help_table` after a command or parameter changed."""
    from pathlib import Path

    target = Path(__file__).resolve().parent.parent / HELP_TABLE
    target.write_text(help_table_source(), encoding="utf-8")
