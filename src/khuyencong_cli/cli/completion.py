"""What the Tab key offers (bash, zsh, fish): plan files, rule ids and names, table ids.

Each function is a typer ``autocompletion`` callback returning ``(value, help)`` pairs; typer
keeps those that start with what was typed. Plan files are listed here rather than left to the
shell so that every shell offers the same thing: directories (to descend) and ``*.yaml`` /
``*.yml`` files. Table ids come from the plan files already on the line, read as plain YAML
(no model, no checks: completion must answer at once and never fail). The rules are imported
only when a rule is completed, never for ``--help``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import typer

from .language import current_language

__all__ = ["files", "languages", "plan_or_table", "plan_paths", "rule_keys", "table_ids", "tables_of"]

Candidates = list[tuple[str, str]]
PLAN_SUFFIXES = (".yaml", ".yml")  # as khuyencong_cli.paths, which is not imported for --help (it loads pathspec)


def _entries(incomplete: str, keep_file: bool | None = None) -> Iterator[tuple[str, bool]]:
    """Names in the directory ``incomplete`` points into: (text to offer, is a directory)."""
    head, slash, tail = incomplete.rpartition("/")
    prefix = head + slash
    folder = Path(prefix or ".")
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        if not name.startswith(tail) or (name.startswith(".") and not tail.startswith(".")):
            continue
        is_dir = (folder / name).is_dir()
        yield f"{prefix}{name}/" if is_dir else f"{prefix}{name}", is_dir


def plan_paths(incomplete: str) -> Candidates:
    """Directories and ``*.yaml`` / ``*.yml`` files."""
    return [(text, "") for text, is_dir in _entries(incomplete) if is_dir or text.endswith(PLAN_SUFFIXES)]


def files(incomplete: str) -> Candidates:
    """Any file or directory (a configuration, an output, a source to import)."""
    return [(text, "") for text, _ in _entries(incomplete)]


def languages(incomplete: str) -> Candidates:
    return [("vi", "Tiếng Việt"), ("en", "English")]


def rule_keys(incomplete: str) -> Candidates:
    """Rule ids and names with their summaries, after any comma-separated ones already typed."""
    from ..rules import all_rules, load_all

    load_all()
    done, _, _ = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    lang = current_language()
    found: Candidates = []
    for rule in all_rules():
        summary = rule.summary.get(lang) or rule.summary.get("en", "")
        found += [(f"{prefix}{rule.id}", f"{rule.name}: {summary}"), (f"{prefix}{rule.name}", f"{rule.id}: {summary}")]
    return found


def tables_of(path: str) -> Candidates:
    """The ids and titles of the tables of one plan file, read as plain YAML; nothing if unreadable."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    tables = data.get("tables") if isinstance(data, dict) else None
    return [
        (str(table["id"]), str(table.get("title") or ""))
        for table in tables or []
        if isinstance(table, dict) and isinstance(table.get("id"), str)
    ]


def table_ids(ctx: typer.Context, incomplete: str) -> Candidates:
    """The tables of the plans already named on the line (``kc summary PLAN --table <Tab>``)."""
    from ..paths import STDIN, expand_paths
    from .localized import RAW_ARGS

    given = [p for p in ctx.params.get("paths") or [] if p != STDIN]
    if not given:  # the parse stopped at the option waiting for its value: the plans as typed
        typed = ctx.meta.get(RAW_ARGS, [])
        given = [w for w in typed if not w.startswith("-") and (w.endswith(PLAN_SUFFIXES) or Path(w).is_dir())]
    found: Candidates = []
    for path in expand_paths(given):
        found += [item for item in tables_of(path) if item not in found]
    return found


def plan_or_table(incomplete: str) -> Candidates:
    """A plan file, or after ``FILE#`` that file's tables (``kc reconcile plan.yaml#<Tab>``)."""
    if "#" in incomplete:
        path, _, _ = incomplete.partition("#")
        return [(f"{path}#{table}", title) for table, title in tables_of(path)]
    return plan_paths(incomplete)


SHELLS = ("bash", "zsh", "fish")


def _chosen_shell(value: object) -> str:
    """The shell named on the line (``--install-completion bash``), else the one kc runs under."""
    from typer._completion_shared import _get_shell_name

    shell = value if isinstance(value, str) else (_get_shell_name() or "")
    if shell not in SHELLS:
        typer.echo(f"kc: {_t('cli.completion.unsupported', shell=shell or '?', shells=', '.join(SHELLS))}", err=True)
        raise typer.Exit(2)
    return shell


def _t(key: str, /, **params: object) -> str:
    from ..i18n import translate

    return translate(key, current_language(), **params)


def install_completion(ctx: typer.Context, param: object, value: object) -> object:
    """``kc --install-completion [SHELL]``: write the script where the shell reads it, say where."""
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_shared import install

    shell, path = install(shell=_chosen_shell(value), prog_name="kc")
    typer.echo(_t("cli.completion.installed", shell=shell, path=path))
    raise typer.Exit(0)


def show_completion(ctx: typer.Context, param: object, value: object) -> object:
    """``kc --show-completion [SHELL]``: print the script, to copy it by hand."""
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    completion_init()
    typer.echo(get_completion_script(prog_name="kc", complete_var="_KC_COMPLETE", shell=_chosen_shell(value)))
    raise typer.Exit(0)


def localize_completion_options(params: Sequence[Any]) -> None:
    """typer's --install-completion and --show-completion, with kc's messages and shells."""
    for param in params:
        if param.name == "install_completion":
            param.callback = install_completion
        elif param.name == "show_completion":
            param.callback = show_completion
