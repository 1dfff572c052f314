"""The ``kc`` executable's short paths give exactly what the typer command line gives."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khuyencong_cli.short_line import COLLECTING, COMMANDS, WHOLE_NUMBERS, read_line

ROOT = Path(__file__).resolve().parents[1]

LAUNCH = (
    "import os, sys\n"
    "sys.argv = ['kc', *sys.argv[1:]]\n"
    "def said():\n    sys.stderr.write('TYPER %s\\n' % ('typer' in sys.modules))\n    sys.stderr.flush()\n"
    "leave = os._exit\n"
    "main_process = os.getpid()\n"
    "def ended(code):\n    if os.getpid() == main_process:\n        said()\n    leave(code)\n"
    "os._exit = ended  # a short path ends the process at once\n"
    "from khuyencong_cli.launch import main\n"
    "try:\n    main()\n"
    "finally:\n    said()\n"
)
# The short path ends the process at once (os._exit); a test that looks at the process after
# it has run makes it raise SystemExit instead.
RETURN_AT_EXIT = "def ended(code):\n    raise SystemExit(code)\nos._exit = ended\n"
NOT_NEEDED = (
    "typer", "pydantic", "rich", "pathspec", "hashlib", "tabulate", "openpyxl", "asyncio", "json", "pickle", "difflib",
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
    ("argv", "short"),
    [
        (["validate", "plans/a.yaml"], True),
        (["validate", "plans/", "tests/fixtures"], True),
        (["validate"], False),
        (["validate", "-q", "plans/"], True),
        (["validate", "--plans-only", "a.yaml", "--strict", "--strict"], True),
        (["validate", "--plans-only"], False),
        (["validate", "-f", "json", "plans/"], True),
        (["validate", "--format=sarif", "plans/"], True),
        (["validate", "-f", "yaml", "plans/"], False),  # not a choice: typer explains
        (["validate", "-f", "JSON", "plans/"], False),
        (["validate", "-fjson", "plans/"], False),
        (["validate", "-qq", "plans/"], False),
        (["validate", "--strict=yes", "plans/"], False),
        (["validate", "plans/", "--lang", "vi"], True),
        (["validate", "plans/", "--lang", "fr"], False),
        (["validate", "plans/", "--select", "KC101", "--select=KC102,KC103"], True),
        (["validate", "plans/", "--select"], False),
        (["validate", "plans/", "--title", "x"], False),  # an option of another command
        (["validate", "plans/", "--config", "--strict"], False),
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
        (["validate", "plans/", "-j", "2", "--jobs", "3"], True),
        (["validate", "plans/", "-j2"], False),
        (["validate", "--plans-only", "-j", "2", "a.yaml", "-q"], True),
        (["summary", "plans/"], True),
        (["summary", "plans/", "--by-source", "-f", "csv", "--table", "t1", "--table", "t2"], True),
        (["summary", "plans/", "-f", "pdf"], False),
        (["report", "plans/", "-o", "x.html", "--full-sections", "3"], True),
        (["report", "plans/", "--full-sections", "-3"], False),
        (["reconcile", "plans/a.yaml"], False),
        (["--lang", "vi", "validate", "plans/"], False),
    ],
)
def test_only_a_line_read_as_click_reads_it_takes_the_short_path(argv, short):
    assert (read_line(argv) is not None) is short


def test_the_values_read_are_those_typer_passes():
    assert read_line(["validate", "-j", "2", "a", "--jobs=3", "--select", "KC1,KC2", "-f", "json", "b", "--select=KC3"]) == (
        "validate", {"jobs": 3, "select": ["KC1,KC2", "KC3"], "output_format": "json", "paths": ["a", "b"]},
    )
    assert read_line(["report", "p", "--title", "Báo cáo", "--full-sections=0", "--plain-numbers"]) == (
        "report", {"title": "Báo cáo", "full_sections": 0, "plain_numbers": True, "paths": ["p"]},
    )


def test_collecting_and_whole_number_options_are_those_of_the_typer_commands():
    """A ``list[str]`` option collects its values, an ``int`` one is a whole number; every other
    option of the three commands takes one text (or is a flag, or has choices)."""
    import typing

    from khuyencong_cli.cli import check, money

    collecting, whole = set(), set()
    for name in COMMANDS:
        function = getattr(check, name, None) or getattr(money, name)
        hints = typing.get_type_hints(function, include_extras=True)
        for param, hint in hints.items():
            inner = typing.get_args(hint)[0] if typing.get_origin(hint) is typing.Annotated else hint
            options = [arg for arg in typing.get_args(inner) if arg is not type(None)] or [inner]
            if param != "paths" and any(typing.get_origin(option) is list for option in options):
                collecting.add(param)
            if int in options:
                whole.add(param)
    assert (collecting, whole) == (COLLECTING, WHOLE_NUMBERS)


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
        ["-f", "json", "plans/cao-bang-2016-2020-qd-270.yaml", "--select", "KC101,KC308", "--select=KC402"],
        ["--format=sarif", "plans/cao-bang-2016-2020-qd-270.yaml", "--ignore", "KC402", "--fail-on", "warning"],
        ["-f", "github", "--lang", "vi", "plans/cao-bang-2016-2020-qd-270.yaml", "--lang", "en"],
        ["plans/cao-bang-2016-2020-qd-270.yaml", "--select", "KC999"],  # an unknown rule: exit 2
        ["plans/", "--exclude", "plans/cao-bang-*", "--strict", "-f", "junit"],
        ["plans/cao-bang-2016-2020-qd-270.yaml", "--config", "no-such-kc.toml"],
    ],
)
def test_validate_of_paths_is_the_same_without_typer(paths, lang):
    short = _run(["validate", *paths], lang, launch=True)
    typer_line = _run(["validate", *paths], lang, launch=False)
    assert short.stderr.endswith("TYPER False\n"), short.stderr[-400:]
    assert (short.returncode, short.stdout, short.stderr.removesuffix("TYPER False\n")) == (
        typer_line.returncode, typer_line.stdout, typer_line.stderr,
    )
    named = next(p for p in paths if "/" in p or p.endswith(".yaml"))
    unusable = {"KC999", "no-such-kc.toml", "no-such-plan.yaml"} & set(paths)
    assert short.returncode == (2 if unusable else {"plans/thua-thien-hue-2015-phong-dien.yaml": 0}.get(named, 1))


def test_validate_of_one_plan_loads_only_what_it_uses():
    code = (
        "import os, sys\n"
        "sys.argv = ['kc', 'validate', 'plans/thua-thien-hue-2015-phong-dien.yaml']\n"
        f"{RETURN_AT_EXIT}"
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
        "import importlib, os, sys\n"
        "sys.argv = ['kc', 'validate', 'plans/thua-thien-hue-2015-phong-dien.yaml']\n"
        f"{RETURN_AT_EXIT}"
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


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["summary", "plans/cao-bang-2016-2020-qd-270.yaml", "plans/bac-kan-2022-ke-hoach.yaml"],
        ["summary", "plans/", "--by-source", "--by-year", "-f", "markdown", "--plain-numbers"],
        ["summary", "plans/cao-bang-2016-2020-qd-270.yaml", "-f", "csv", "--unit", "tỷ đồng", "--by-item"],
        ["summary", "plans/", "-f", "json", "--by-province", "--by-kind", "--chart"],
        ["summary", "plans/phu-tho-2015-qd-1648.yaml"],  # no money: said on stderr
        ["summary", "plans/", "-f", "csv", "-o", "{out}/sum.xlsx"],  # refused: exit 2
        ["summary", "plans/", "-f", "xlsx"],  # a workbook needs -o: exit 2
        ["summary", "no-such-plan.yaml"],
        ["report", "plans/", "-o", "{out}/page.html", "--title", "Báo cáo", "--full-sections", "2"],
        ["report", "tests/fixtures", "-o", "{out}/page.html"],  # a broken plan: exit 2, nothing written
    ],
)
def test_summary_and_report_are_the_same_without_typer(args, lang, tmp_path):
    results = []
    for launch in (True, False):
        out = tmp_path / ("short" if launch else "typer")
        out.mkdir()
        done = _run([arg.replace("{out}", str(out)) for arg in args], lang, launch=launch)
        written = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
        results.append((done.returncode, done.stdout, done.stderr.replace(str(out), "OUT"), written))
    (code, stdout, stderr, written), typer_line = results
    assert stderr.endswith("TYPER False\n"), stderr[-400:]
    assert (code, stdout, stderr.removesuffix("TYPER False\n"), written) == typer_line
    assert code in (0, 2) and (stdout or written or stderr.removesuffix("TYPER False\n"))


@pytest.mark.parametrize("launch", [True, False])
def test_the_line_said_on_stderr_is_utf8_when_stderr_claims_ascii(launch, tmp_path):
    """``kc report`` says where it wrote the page as typer.echo wrote it before: on a stream
    that claims ASCII (PYTHONIOENCODING=ascii), in UTF-8 rather than as Python escapes."""
    page = tmp_path / "page.html"
    args = ["report", "plans/cao-bang-2016-2020-qd-270.yaml", "-o", str(page)]
    command = [sys.executable, "-c", LAUNCH, *args] if launch else [sys.executable, "-m", "khuyencong_cli.cli", *args]
    env = {**_env("vi"), "PYTHONIOENCODING": "ascii"}
    done = subprocess.run(command, capture_output=True, cwd=ROOT, env=env, check=False)
    assert done.returncode == 0 and page.exists()
    assert f"đã ghi {page} (1 kế hoạch)\n".encode() in done.stderr, done.stderr


@pytest.mark.parametrize("launch", [True, False])
def test_a_reader_of_the_summary_that_goes_away_ends_it_as_for_validate(launch, tmp_path):
    """``kc summary … | head``: exit 1 and nothing said, as ``kc validate … | head`` (it
    said "cannot write None" and exited 2)."""
    plans = sorted((ROOT / "plans").glob("*.yaml"))
    for index in range(120):  # more output than a pipe holds
        (tmp_path / f"{index:03d}-{plans[index % len(plans)].name}").write_bytes(plans[index % len(plans)].read_bytes())
    args = ["summary", str(tmp_path), "--by-source", "--by-year", "--by-item"]
    command = [sys.executable, "-c", LAUNCH, *args] if launch else [sys.executable, "-m", "khuyencong_cli.cli", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=_env("en"))
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10)
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    assert process.wait() == 1
    assert "cannot write" not in stderr and "Traceback" not in stderr, stderr[-400:]


PLAIN_LAUNCH = "import sys\nsys.argv = ['kc', *sys.argv[1:]]\nfrom khuyencong_cli.launch import main\nmain()\n"


@pytest.mark.parametrize("launch", [True, False])
@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["summary", "plans/thua-thien-hue-2015-phong-dien.yaml", "-o", "{out}"], "sum.txt"),
        (["summary", "plans/phu-tho-2015-qd-1648.yaml", "-o", "{out}"], "sum.txt"),  # no money: a line for stderr
        (["report", "plans/thua-thien-hue-2015-phong-dien.yaml", "-o", "{out}"], "page.html"),
        (["validate", "plans/thua-thien-hue-2015-phong-dien.yaml", "-f", "json"], None),  # a clean plan
        (["validate", "plans/thua-thien-hue-2015-phong-dien.yaml", "-f", "json", "--statistics"], None),  # stderr
        (["validate", "plans/thua-thien-hue-2015-phong-dien.yaml", "--update-baseline", "--baseline", "{out}"], "b.json"),
    ],
)
def test_a_command_does_its_work_with_standard_error_closed(launch, args, written, tmp_path):
    """A job whose standard error is closed (``2>&-``): Python gives kc no stream for its
    lines to the person at the terminal (nor a terminal for a progress bar), and they are left
    unsaid, as typer.echo leaves them; the table, page or report is written and the exit code
    is 0, as with standard error open."""
    out = tmp_path / (written or "unused")
    line = [arg.replace("{out}", str(out)) for arg in args]
    command = [sys.executable, "-c", PLAIN_LAUNCH, *line] if launch else [sys.executable, "-m", "khuyencong_cli.cli", *line]
    done = subprocess.run(
        ["sh", "-c", 'exec "$@" 2>&-', "sh", *command], capture_output=True, cwd=ROOT, env=_env("en"), check=False
    )
    assert done.returncode == 0, done.returncode
    assert out.exists() if written else b'"findings": []' in done.stdout, done.stdout[:400]


def _shell(launch: bool, args: list[str], redirect: str, env: dict[str, str] | None = None):
    """kc run by ``sh`` with a redirection of its standard output, both ways."""
    command = [sys.executable, "-c", PLAIN_LAUNCH, *args] if launch else [sys.executable, "-m", "khuyencong_cli.cli", *args]
    return subprocess.run(
        ["sh", "-c", f'exec "$@" {redirect}', "sh", *command], capture_output=True, cwd=ROOT,
        env={**_env("en"), **(env or {})}, check=False,
    )


@pytest.mark.parametrize("launch", [True, False])
def test_a_closed_standard_output_leaves_the_exit_code_of_the_findings(launch):
    done = _shell(launch, ["validate", "plans/cao-bang-2016-2020-qd-270.yaml"], ">&-")
    assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr[-400:]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("launch", [True, False])
@pytest.mark.parametrize("args", [["validate", "-f", "sarif"], ["validate", "--lang", "vi"], ["summary"]])
def test_output_to_a_full_disk_is_said_and_exits_2(launch, args):
    done = _shell(launch, [*args, "plans/cao-bang-2016-2020-qd-270.yaml"], "> /dev/full")
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "Traceback" not in stderr, stderr[-400:]
    assert stderr.strip() in ("kc: cannot write -: no space left on the disk", "kc: không ghi được -: ổ đĩa đã hết chỗ trống")


@pytest.mark.parametrize("launch", [True, False])
@pytest.mark.parametrize(("encoding", "written"), [("ascii", "lỗi".encode()), ("latin-1", b"l\\u1ed7i")])
def test_a_standard_output_that_cannot_write_vietnamese_gets_the_report(launch, encoding, written):
    """UTF-8 where it claims ASCII (as click writes), escapes where its encoding has no
    Vietnamese letters: the report, not a traceback."""
    done = _shell(launch, ["validate", "--lang", "vi", "plans/cao-bang-2016-2020-qd-270.yaml"], "", {"PYTHONIOENCODING": encoding})
    assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr[-400:]
    assert written in done.stdout and b"KC101" in done.stdout
