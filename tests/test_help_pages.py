"""``kc --help`` and ``kc COMMAND --help`` answered by the launcher are typer's pages, byte for byte.

The launcher renders them from :mod:`khuyencong_cli.help_table` without loading typer; these
tests hold that table to the typer declarations and every page it gives to the page typer
writes, in both languages and at every width a help page can have (50 to 78 columns).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer import _click
from typer.core import TyperGroup

from khuyencong_cli import help_table
from khuyencong_cli.cli import app
from khuyencong_cli.cli.language import speaking
from khuyencong_cli.cli.localized import help_pages, help_table_source
from khuyencong_cli.help_page import render
from khuyencong_cli.launch import help_request

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = (
    "import sys\n"
    "sys.argv = ['kc', *sys.argv[1:]]\n"
    "from khuyencong_cli.launch import main\n"
    "try:\n    main()\n"
    "finally:\n    sys.stderr.write('TYPER %s\\n' % ('typer' in sys.modules))\n"
)
COMMANDS = ["kc", *help_table.PAGES["kc"].commands]


def _env(lang: str, columns: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "KC_", "_KC_")) and k not in ("NO_COLOR", "FORCE_COLOR")}
    return {**env, "KC_LANG": lang, "COLUMNS": columns}


def _typer_page(command: str, lang: str, width: int) -> str:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    root = _click.Context(group, info_name="kc", terminal_width=width)
    with speaking(lang):
        if command == "kc":
            return group.get_help(root)
        sub = group.commands[command]
        return sub.get_help(_click.Context(sub, info_name=command, parent=root))


def test_the_table_is_the_command_line_as_declared():
    written = Path(help_table.__file__).read_text(encoding="utf-8")
    assert written == help_table_source(), (
        "src/khuyencong_cli/help_table.py is stale: run "
        "python -c 'from khuyencong_cli.cli.localized import write_help_table; write_help_table()'"
    )
    assert help_pages() == help_table.PAGES


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_every_page_is_typers_at_every_width(command, lang):
    for width in range(50, 79):
        assert render(command, help_table.PAGES[command], lang, width) == _typer_page(command, lang, width), width


@pytest.mark.parametrize(
    ("argv", "page"),
    [
        ([], "kc"),
        (["--help"], "kc"),
        (["validate", "--help"], "validate"),
        (["import", "--help"], "import"),
        (["no-such-command", "--help"], None),
        (["--lang", "--help"], None),
        (["validate", "--help", "x"], None),
        (["--help", "validate"], None),
        (["validate"], None),
    ],
)
def test_only_a_bare_help_request_takes_the_short_path(argv, page):
    assert help_request(argv) == page


@pytest.mark.parametrize(
    ("args", "columns", "lang"),
    [(["--help"], "80", "vi"), (["--help"], "57", "en"), (["reconcile", "--help"], "66", "vi"), ([], "80", "en")],
)
def test_the_kc_program_prints_typers_page_without_typer(args, columns, lang):
    env = _env(lang, columns)
    short = subprocess.run([sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    typer_line = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli", *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert short.stderr.endswith("TYPER False\n"), short.stderr[-400:]
    assert (short.returncode, short.stdout, short.stderr.removesuffix("TYPER False\n")) == (
        typer_line.returncode, typer_line.stdout, typer_line.stderr,
    )
    assert short.returncode == (0 if args else 2)
    assert (short.stdout if args else short.stderr).startswith("Cách dùng: kc" if lang == "vi" else "Usage: kc")
