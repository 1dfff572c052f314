"""The shape of the code a newcomer reads: no function in ``src/`` over 60 lines of code.

Lines of code are the lines of a function's body after its docstring, without blank lines and
comments. A long function is a sign that two jobs share one place; the one exception is named
here with its reason, so that the next one is a decision, not an accident.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

LIMIT = 60
EXCEPTIONS = {
    # The loop that runs for every YAML event of every file: it keeps the open collection in
    # local variables, the cheapest thing Python reads; split into calls it is measurably slower.
    ("source.py", "build"),
    # Generated (model_gen): a claim's constructor names each of the format's 29 claim fields.
    ("model.py", "__init__"),
}


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> int:
    first = node.body[0]
    has_docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
    start = first.end_lineno if has_docstring else node.lineno
    assert start is not None and node.end_lineno is not None
    return sum(1 for text in lines[start : node.end_lineno] if text.strip() and not text.strip().startswith("#"))


def test_no_function_over_sixty_lines_of_code():
    too_long = []
    for path in sorted((ROOT / "src" / "khuyencong_cli").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (path.name, node.name) not in EXCEPTIONS:
                count = _code_lines(node, lines)
                if count > LIMIT:
                    too_long.append(f"{Path(path).relative_to(ROOT)}:{node.lineno} {node.name} ({count} lines)")
    assert not too_long, "split these functions: " + ", ".join(too_long)
