"""The ``kc`` executable's short paths give exactly what the typer command line gives."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khuyencong_cli.launch import plain_validate

ROOT = Path(__file__).resolve().parents[1]

LAUNCH = (
    "import sys\n"
    "sys.argv = ['kc', *sys.argv[1:]]\n"
    "from khuyencong_cli.launch import main\n"
    "try:\n    main()\n"
    "finally:\n    sys.stderr.write('TYPER %s\\n' % ('typer' in sys.modules))\n"
)
NOT_NEEDED = (
    "typer", "rich", "pathspec", "hashlib", "tabulate", "openpyxl", "asyncio", "json", "pickle", "difflib",
    "khuyencong_cli.cli", "khuyencong_cli.importing",
    # kc's records are not dataclasses, rules are listed without pkgutil, the language is read
    # from the environment: none of these is kc's to load for one plan
    "dataclasses", "inspect", "pkgutil", "locale",
    "khuyencong_cli.diagnosis",  # needed only to explain a finding
)
# Patterns kc compiles on first use, which a plan without findings, named on the command
# line, never needs: a directory walk, a control character, a "# kc:" comment, a worded message.
LAZY_PATTERNS = (
    "source._control", "paths._plan_key", "suppress._comment", "document_words._placeholder",
    "reporters.text._opening",
)


def _env(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "KC_", "_KC_")) and k not in ("NO_COLOR", "FORCE_COLOR")}
    env["KC_LANG"] = lang
    return env


def _run(args: list[str], lang: str, *, launch: bool) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", LAUNCH, *args] if launch else [sys.executable, "-m", "khuyencong_cli.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=_env(lang), check=False)


@pytest.mark.parametrize(
    ("argv", "plain"),
    [
        (["validate", "plans/a.yaml"], True),
        (["validate", "plans/", "tests/fixtures"], True),
        (["validate"], False),
        (["validate", "-q", "plans/"], True),
        (["validate", "--plans-only", "a.yaml", "--strict", "--strict"], True),
        (["validate", "--plans-only"], False),
        (["validate", "-f", "json", "plans/"], False),
        (["validate", "-qq", "plans/"], False),
        (["validate", "plans/", "--lang", "vi"], False),
        (["validate", "--", "plans/"], False),
        (["validate", "-"], False),
        (["validate", "plans/", "--jobs", "2"], True),
        (["validate", "-j", "0", "plans/"], True),
        (["validate", "--jobs=2", "plans/"], True),
        (["validate", "plans/", "--jobs"], False),
        (["validate", "--jobs", "2"], False),
        (["validate", "plans/", "--jobs", "two"], False),
        (["validate", "plans/", "--jobs", "-1"], False),
        (["validate", "plans/", "--jobs", "\u0663"], False),
        (["validate", "plans/", "-j", "2", "--jobs", "3"], False),
        (["validate", "plans/", "-j2"], False),
        (["validate", "--plans-only", "-j", "2", "a.yaml", "-q"], True),
        (["summary", "plans/"], False),
    ],
)
def test_only_a_line_of_paths_takes_the_short_path(argv, plain):
    assert plain_validate(argv) is plain


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    "paths",
    [
        ["plans/thua-thien-hue-2015-phong-dien.yaml"],  # clean: exit 0
        ["plans/cao-bang-2016-2020-qd-270.yaml", "tests/fixtures"],  # findings and broken files: exit 1
        ["no-such-plan.yaml"],  # cannot check: exit 2
        ["--plans-only", "plans/cao-bang-2016-2020-qd-270.yaml", ".pre-commit-hooks.yaml"],  # the hook's call
        ["plans/cao-bang-2016-2020-qd-270.yaml", "--strict", "-q", "--statistics", "--plain-numbers"],
        ["--quiet", "plans/thua-thien-hue-2015-phong-dien.yaml", "--strict", "--plans-only", "--strict"],
        ["--jobs", "2", "plans/cao-bang-2016-2020-qd-270.yaml", "tests/fixtures"],
        ["plans/thua-thien-hue-2015-phong-dien.yaml", "-j", "0"],
    ],
)
def test_validate_of_paths_is_the_same_without_typer(paths, lang):
    short = _run(["validate", *paths], lang, launch=True)
    typer_line = _run(["validate", *paths], lang, launch=False)
    assert short.stderr.endswith("TYPER False\n"), short.stderr[-400:]
    assert (short.returncode, short.stdout, short.stderr.removesuffix("TYPER False\n")) == (
        typer_line.returncode, typer_line.stdout, typer_line.stderr,
    )
    named = next(p for p in paths if not p.startswith("-") and not p.isdigit())
    assert short.returncode == {"plans/thua-thien-hue-2015-phong-dien.yaml": 0, "no-such-plan.yaml": 2}.get(named, 1)


def test_validate_of_one_plan_loads_only_what_it_uses():
    code = (
        "import sys\n"
        "sys.argv = ['kc', 'validate', 'plans/thua-thien-hue-2015-phong-dien.yaml']\n"
        "from khuyencong_cli.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', [m for m in {NOT_NEEDED!r} if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_env("en"), check=False)
    assert "LOADED " in done.stdout, (done.stdout[-400:], done.stderr[-400:])
    loaded = done.stdout.rsplit("LOADED ", 1)[1].strip()
    # What the libraries kc cannot do without load themselves (pydantic 2.14 loads hashlib
    # through secrets, for one) is theirs, not kc's.
    libraries = (
        "import sys\nimport pydantic, pydantic.types, yaml\n"
        f"print([m for m in {NOT_NEEDED!r} if m in sys.modules])\n"
    )
    theirs = subprocess.run([sys.executable, "-c", libraries], capture_output=True, text=True, check=True).stdout.strip()
    assert set(ast.literal_eval(loaded)) <= set(ast.literal_eval(theirs)), (loaded, theirs)


def test_validate_of_one_plan_compiles_only_the_patterns_it_uses():
    code = (
        "import importlib, sys\n"
        "sys.argv = ['kc', 'validate', 'plans/thua-thien-hue-2015-phong-dien.yaml']\n"
        "from khuyencong_cli.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "compiled = []\n"
        f"for name in {LAZY_PATTERNS!r}:\n"
        "    module, function = name.rsplit('.', 1)\n"
        "    if getattr(importlib.import_module('khuyencong_cli.' + module), function).cache_info().currsize:\n"
        "        compiled.append(name)\n"
        "print('COMPILED', compiled)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_env("en"), check=False)
    assert "COMPILED []" in done.stdout, (done.stdout[-400:], done.stderr[-400:])


@pytest.mark.parametrize("argv", [["--help"], ["validate", "--help"], ["--version"]])
def test_help_and_version_load_no_dataclasses_inspect_or_locale(argv):
    """Nothing on these lines loads a library that would: whatever is loaded is kc's doing."""
    code = (
        "import sys\n"
        f"sys.argv = ['kc', *{argv!r}]\n"
        "from khuyencong_cli.launch import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', [m for m in ('dataclasses', 'inspect', 'locale', 'yaml', 'pydantic') if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=_env("vi"), check=False)
    assert "LOADED []" in done.stdout, (done.stdout[-400:], done.stderr[-400:])


def test_jobs_on_many_files_is_the_same_without_typer(tmp_path):
    """Enough files for the worker pool to start (more than 64)."""
    plans = sorted((ROOT / "plans").glob("*.yaml"))
    for index in range(70):
        plan = plans[index % len(plans)]
        (tmp_path / f"{index:03d}-{plan.name}").write_bytes(plan.read_bytes())
    short = _run(["validate", "--jobs", "2", str(tmp_path)], "vi", launch=True)
    typer_line = _run(["validate", str(tmp_path), "-j", "2"], "vi", launch=False)
    one_job = _run(["validate", str(tmp_path)], "vi", launch=True)
    assert short.stderr.endswith("TYPER False\n"), short.stderr[-400:]
    assert (short.returncode, short.stdout) == (typer_line.returncode, typer_line.stdout) == (one_job.returncode, one_job.stdout)
    assert short.returncode == 1 and "70 tệp" in short.stdout
