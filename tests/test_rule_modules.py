"""Rule modules are found by walking the package: a module that declares rules cannot be
left out, and a module that is not a helper must declare some."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

from khuyencong_cli import rules as rules_package
from khuyencong_cli.rules import all_rules, load_all, rule_modules

RULES_DIR = Path(rules_package.__file__).parent


def _declared_ids(module_file: Path) -> set[str]:
    """Ids passed to ``@rule(...)``, ``@across_rule(...)`` or ``declare(...)`` in a module's source."""
    found = set()
    for node in ast.walk(ast.parse(module_file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("rule", "across_rule", "declare") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.startswith("KC"):
                found.add(first.value)
    return found


def test_every_module_under_rules_is_loaded():
    names = {info.name for info in pkgutil.iter_modules([str(RULES_DIR)])}
    assert {m.__name__.rsplit(".", 1)[-1] for m in load_all()} == names


def test_every_declared_rule_is_registered_under_its_module():
    registered = {r.id: r.family for r in all_rules()}
    for path in RULES_DIR.glob("*.py"):
        for rule_id in _declared_ids(path):
            assert rule_id in registered, f"{rule_id} in {path.name} is not registered"


def test_every_rule_module_declares_rules_and_helpers_declare_none():
    by_module: dict[str, set[str]] = {}
    for rule in all_rules():
        by_module.setdefault(rule.family, set()).add(rule.id)
    for module in load_all():
        name = module.__name__.rsplit(".", 1)[-1]
        declared = _declared_ids(Path(module.__file__))
        if module in rule_modules():
            assert declared, f"rules/{name}.py declares no rule: mark it HELPER_MODULE = True if it only helps"
            assert by_module.get(name) == declared, name
        else:
            assert not declared, f"rules/{name}.py is a helper module but declares {sorted(declared)}"


def test_every_rule_owns_the_messages_it_declares():
    from khuyencong_cli.i18n import translate

    for rule in all_rules():
        for key in rule.messages:
            assert key.startswith(rule.id + ".")
            assert translate(key, "vi") != translate(key, "en"), key


def test_the_rule_modules_are_those_pkgutil_finds():
    found = sorted(info.name for info in pkgutil.iter_modules(rules_package.__path__))
    assert rules_package._module_names() == found and "totals" in found
