"""Hostile input ends with one clear finding and exit 2, never a traceback, and never hides
the other files: alias bombs, nesting deeper than any plan, control characters."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.source import MAX_DEPTH

from conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "plan-2021-2023.yaml"


def alias_bomb() -> str:
    """Nine levels of nine aliases: 9**9 values once expanded, 306 bytes as written."""
    names = "abcdefghi"
    lines = ["a: &a [" + ",".join(["x"] * 9) + "]"]
    for level in range(1, 9):
        lines.append(f"{names[level]}: &{names[level]} [" + ",".join([f"*{names[level - 1]}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def nested_rows(depth: int) -> str:
    """The fixture plan with one chain of ``depth`` sub-rows, each inside the one before."""
    head = FIXTURE.read_text("utf-8").split("    rows:\n")[0]
    parts, indent = [head, "    rows:\n"], "      "
    for level in range(depth):
        parts.append(f'{indent}- id: "r{level}"\n{indent}  name: "Dòng {level}"\n')
        if level == depth - 1:
            parts.append(f"{indent}  cells: {{2021: {{KCQG: 1}}}}\n{indent}  total: 1\n")
        else:
            parts.append(f"{indent}  total: 1\n{indent}  rows:\n")
        indent += "    "
    return "".join(parts)


def _json(runner: CliRunner, *args: str):
    result = runner.invoke(app, ["validate", "-f", "json", "--lang", "en", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.stdout)


def _findings(report) -> list[dict]:
    return report["findings"] if isinstance(report, dict) else report


def test_alias_bomb_is_refused_at_its_first_anchor(runner, write_plan):
    path = write_plan(alias_bomb(), "bomb.yaml")
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "1:4  error  KC002" in result.stdout
    assert "anchors (&a) are not allowed in a plan" in result.stdout
    assert result.stdout.count("error  KC") == 1


def test_an_alias_without_anchor_in_view_is_refused_where_written(runner, write_plan):
    path = write_plan(FIXTURE.read_text("utf-8") + "note: *nowhere\n")
    result = runner.invoke(app, ["validate", "--lang", "vi", str(path)])
    assert result.exit_code == 2
    assert "không được dùng bí danh (*nowhere)" in result.stdout


def test_deep_flow_nesting_is_refused_and_the_other_files_still_reported(runner, tmp_path):
    (tmp_path / "deep.yaml").write_text("kc: 1\na: " + "[" * 100_000 + "]" * 100_000 + "\n", "utf-8")
    (tmp_path / "block.yaml").write_text("kc: 1\nx:\n" + "".join("  " * i + "-\n" for i in range(1, 600)), "utf-8")
    shutil.copy(FIXTURE, tmp_path / "good.yaml")
    code, report = _json(runner, str(tmp_path))
    assert code == 2
    by_file = {f["file"].rsplit("/", 1)[-1]: f for f in _findings(report) if f["rule"] == "KC002"}
    assert set(by_file) == {"deep.yaml", "block.yaml"}
    assert all(f"deeper than {MAX_DEPTH} levels" in f["message"] for f in by_file.values())
    assert any(f["file"].endswith("good.yaml") and f["rule"] == "KC102" for f in _findings(report))


def test_nested_sub_rows_within_the_limit_are_checked(runner, write_plan):
    path = write_plan(nested_rows(45))
    result = runner.invoke(app, ["validate", "--lang", "en", str(path)])
    assert result.exit_code in (0, 1), result.stdout
    assert "KC002" not in result.stdout


def test_243_nested_sub_rows_in_every_command(runner, tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text(nested_rows(243), "utf-8")
    good = tmp_path / "good.yaml"
    shutil.copy(FIXTURE, good)
    for args in (
        ["summary", str(deep), str(good)],
        ["report", "-o", str(tmp_path / "r.html"), str(deep), str(good)],
        ["diff", str(good), str(deep)],
        ["reconcile", str(good), str(deep)],
    ):
        result = runner.invoke(app, [*args, "--lang", "en"])
        assert result.exit_code == 2, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        assert "deeper than" in result.output


def test_deep_file_among_many_with_jobs(runner, tmp_path):
    for index in range(70):  # more than one chunk, so the process pool is used
        shutil.copy(FIXTURE, tmp_path / f"plan-{index:02}.yaml")
    (tmp_path / "plan-35-deep.yaml").write_text(nested_rows(243), "utf-8")
    code, report = _json(runner, "--jobs", "2", str(tmp_path))
    assert code == 2
    findings = _findings(report)
    assert sum(f["rule"] == "KC002" for f in findings) == 1
    assert len({f["file"] for f in findings if f["rule"] == "KC102"}) == 70


def test_control_character_reported_at_its_own_line(runner, write_plan):
    text = FIXTURE.read_text("utf-8").replace("title: Kinh phí theo nội dung", "title: Kinh phí\x01 theo nội dung")
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if "\x01" in text_line)
    path = write_plan(text)
    for lang, level, words in (("en", "error", "the control character U+0001 is not allowed in a plan"),
                               ("vi", "lỗi", "không được có ký tự điều khiển U+0001 trong kế hoạch")):
        result = runner.invoke(app, ["validate", "--lang", lang, str(path)])
        assert result.exit_code == 2
        assert f"{line}:20  {level}  KC001" in result.stdout
        assert words in result.stdout
        assert "special characters" not in result.stdout  # not PyYAML's wording
