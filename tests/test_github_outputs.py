"""GitHub: the most important annotations first, every finding on the step summary; SARIF
help links, Markdown examples, GitHub's result limit and NFC columns."""

from __future__ import annotations

import json
import shutil
import unicodedata

from khuyencong_cli.cli import app
from khuyencong_cli.rule_docs import rules_page

from conftest import ROOT

GOLDEN_PLAN = ROOT / "tests" / "golden" / "plan.yaml"
FIXTURE = ROOT / "tests" / "fixtures" / "plan-2021-2023.yaml"


def test_errors_come_before_warnings_across_files(runner, tmp_path):
    first = tmp_path / "a.yaml"
    shutil.copy(GOLDEN_PLAN, first)
    second = tmp_path / "b.yaml"
    shutil.copy(FIXTURE, second)
    result = runner.invoke(app, ["validate", "-f", "github", str(first), str(second)])
    commands = [line.split(" ", 1)[0] for line in result.stdout.splitlines() if line.startswith("::") and "group" not in line]
    kinds = ["::error", "::warning", "::notice"]
    assert commands == sorted(commands, key=kinds.index)
    assert commands[0] == "::error" and commands.count("::error") >= 2


def test_strict_puts_failing_warnings_before_notices(runner):
    result = runner.invoke(app, ["validate", "-f", "github", "--strict", str(GOLDEN_PLAN)])
    commands = [line.split(" ", 1)[0] for line in result.stdout.splitlines() if line.startswith(("::error", "::warning", "::notice"))]
    assert commands == ["::error", "::warning", "::warning", "::notice"]


def test_every_finding_goes_to_the_step_summary(runner, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = runner.invoke(app, ["validate", "-f", "github", "--lang", "en", str(GOLDEN_PLAN), str(FIXTURE)])
    findings = [line for line in result.stdout.splitlines() if line.startswith(("::error", "::warning", "::notice"))]
    text = summary.read_text("utf-8")
    assert text.startswith("earlier step\n")  # appended, not replaced
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`KC" in line]
    assert len(rows) == len(findings) == 7
    assert "| Severity | Rule | Place | Message |" in text
    assert rows[0].startswith("| error |")
    assert any("`KC101` row-total" in row and "plan.yaml:37:14" in row for row in rows)
    assert all("<br>" in row for row in rows)  # the hint on its own line inside the cell


def test_the_streamed_step_summary_is_the_whole_reports(runner, tmp_path, monkeypatch):
    """-f github writes the summary from its spool, file by file; another format beside it
    holds the whole report: the two summaries are the same, quiet or not, strict or not."""
    cao_bang = ROOT / "plans" / "cao-bang-2016-2020-qd-270.yaml"
    for extra in ([], ["-q"], ["--strict"], ["--lang", "vi"]):
        pages = []
        for output_format in ("github", "json"):
            summary = tmp_path / f"{output_format}-{len(extra)}-{extra[:1]}.md"
            monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
            result = runner.invoke(app, ["validate", "-f", output_format, *extra, str(GOLDEN_PLAN), str(FIXTURE), str(cao_bang)])
            assert result.exit_code == 1, result.output
            pages.append(summary.read_text("utf-8"))
        assert pages[0] == pages[1]
        assert pages[0].count("\n| ") >= 3


def test_an_unwritable_step_summary_is_said_and_the_exit_code_stands(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))  # a directory
    for output_format in ("github", "json"):
        result = runner.invoke(app, ["validate", "-f", output_format, "--lang", "en", str(GOLDEN_PLAN)])
        assert result.exit_code == 1
        assert f"kc: cannot write {tmp_path}" in result.stderr, result.stderr


def test_no_step_summary_when_unset(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner.invoke(app, ["validate", "-f", "github", str(GOLDEN_PLAN)])
    assert list(tmp_path.iterdir()) == []


def _sarif(runner, *args):
    result = runner.invoke(app, ["validate", "-f", "sarif", "--lang", "en", *args])
    return json.loads(result.stdout)["runs"][0]


def test_sarif_rules_carry_markdown_examples_and_no_relative_help_uri(runner):
    run = _sarif(runner, str(GOLDEN_PLAN))
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert "helpUri" not in rules["KC101"]  # SARIF wants an absolute URI there; the docs have no fixed address
    markdown = rules["KC101"]["help"]["markdown"]
    assert "**Bad:**\n\n```yaml\nkc: 1\n" in markdown and "**Good:**\n\n```yaml\n" in markdown
    assert "total: 100}\n```" in markdown
    assert "`kc explain KC101`" in markdown
    page = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert "## KC101" in page


def test_docs_rules_page_is_current():
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == rules_page(), (
        "regenerate with: python -m khuyencong_cli.rule_docs > docs/rules.md"
    )


def test_sarif_results_are_capped_most_important_first(runner, monkeypatch):
    monkeypatch.setattr("khuyencong_cli.reporters.sarif.MAX_RESULTS", 2)
    run = _sarif(runner, str(GOLDEN_PLAN), str(FIXTURE))
    assert len(run["results"]) == 2
    assert {r["level"] for r in run["results"]} == {"error"}
    note = run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    assert note.startswith("5 less important result(s) left out") and "at most 2 per run" in note
    assert {r["ruleId"] for r in run["results"]} <= {rule["id"] for rule in run["tool"]["driver"]["rules"]}


def test_sarif_columns_are_code_points_of_the_nfc_text(runner, tmp_path):
    decomposed = tmp_path / "nfd.yaml"
    text = GOLDEN_PLAN.read_text("utf-8").replace("  - id: kinh-phi", "  - id: kinh-phi  # Kế hoạch Cộng")
    decomposed.write_text(unicodedata.normalize("NFD", text), "utf-8")
    composed = tmp_path / "nfc.yaml"
    composed.write_text(unicodedata.normalize("NFC", text), "utf-8")
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in _sarif(runner, str(decomposed))["results"]]
    assert regions == [r["locations"][0]["physicalLocation"]["region"] for r in _sarif(runner, str(composed))["results"]]
    nfc_lines = unicodedata.normalize("NFC", text).splitlines()
    for region in regions:
        line = nfc_lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 :].strip()  # the column points into the NFC line


def test_sarif_paths_are_file_uris_or_relative_to_the_source_root(runner, tmp_path):
    from urllib.parse import urlsplit

    plan = tmp_path / "kế hoạch 2024.yaml"  # an absolute path with a space and Vietnamese letters
    plan.write_text(GOLDEN_PLAN.read_text("utf-8"), "utf-8")
    result = runner.invoke(app, ["validate", "-f", "sarif", str(plan), str(GOLDEN_PLAN)])
    log = json.loads(result.stdout)
    where = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]]
    where += [a["location"] for a in log["runs"][0]["artifacts"]]
    for location in where:  # an absolute URI, or a reference resolved against %SRCROOT%
        assert (urlsplit(location["uri"]).scheme == "file") != ("uriBaseId" in location), location
    assert {"uri": plan.as_uri()} in where
    assert plan.as_uri().startswith("file:///") and "%E1%BA%BF" in plan.as_uri()
    relative = next(w for w in where if "uriBaseId" in w)
    assert relative == {"uri": "tests/golden/plan.yaml", "uriBaseId": "%SRCROOT%"}
