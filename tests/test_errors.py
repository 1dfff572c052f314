"""One error base: every input kc cannot work with is a KcError, turned into exit 2 with a
translated message by one handler of the command line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from khuyencong_cli.baseline import BaselineError
from khuyencong_cli.cli import app
from khuyencong_cli.config import ConfigError
from khuyencong_cli.errors import KcError, UsageError
from khuyencong_cli.numbers import NumberError
from khuyencong_cli.plans import PlansNotLoaded
from khuyencong_cli.reconcile import ReconcileError

CLI = Path(__file__).resolve().parent.parent / "src" / "khuyencong_cli" / "cli"


@pytest.mark.parametrize("error", [BaselineError, ConfigError, NumberError, PlansNotLoaded, ReconcileError, UsageError])
def test_every_user_error_is_a_kc_error(error):
    assert issubclass(error, KcError)


def test_the_command_line_catches_errors_in_one_place():
    handlers = []
    for path in CLI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                handlers.append((path.name, ast.unparse(node.type)))
    assert [h for h in handlers if h[1] != "OSError"] == [("__init__.py", "KcError")]


def test_a_config_error_names_its_place_in_the_readers_language():
    error = ConfigError("config.not-found", "kc.toml", 3, path="kc.toml")
    assert error.report("en").startswith("kc: kc.toml:3: ")
    assert error.report("vi") != error.report("en")


@pytest.mark.parametrize(
    ("args", "english", "vietnamese"),
    [
        (["summary", "plans/", "--unit", "lạng"], "is not a money unit", "không phải đơn vị tiền"),
        (["reconcile", "plans/x.yaml", "--tolerance", "abc"], "is not a tolerance", "không phải dung sai"),
        (["validate", "plans/", "--select", "KC999"], "unknown rule 'KC999'", "không có quy tắc 'KC999'"),
        (["explain", "KC999"], "unknown rule 'KC999'", "không có quy tắc 'KC999'"),
    ],
)
def test_usage_errors_exit_2_in_both_languages(runner, args, english, vietnamese):
    for lang, text in (("en", english), ("vi", vietnamese)):
        result = runner.invoke(app, [*args, "--lang", lang])
        assert result.exit_code == 2, result.output
        assert text in result.stderr and "Traceback" not in result.output
