"""Option precedence, decided in one function: the command line over the per-path
configuration over the file's configuration over the defaults (docs/ci.md)."""

from __future__ import annotations

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.config import Config, PathOverride, failing_severity, resolve_options
from khuyencong_cli.findings import Severity

CONFIG = Config(
    file=None,
    select=("KC1",),
    ignore=("KC105",),
    severity={"KC101": Severity.WARNING},
    fail_on=Severity.WARNING,
    per_path=(PathOverride("*.yaml", select=("KC2",), ignore=("KC203",), severity={"KC201": Severity.INFO}),),
)


def test_defaults_select_every_rule():
    chosen = resolve_options("plan.yaml", Config())
    assert (chosen.select, chosen.ignore, chosen.severity) == ((), (), {})


def test_file_configuration_applies_where_no_per_path_matches():
    chosen = resolve_options("plan.yml", CONFIG)
    assert chosen.select == ("KC1",) and chosen.ignore == ("KC105",)
    assert chosen.severity == {"KC101": Severity.WARNING}


def test_per_path_overrides_the_file_configuration():
    chosen = resolve_options("plan.yaml", CONFIG)
    assert chosen.select == ("KC2",)
    assert chosen.ignore == ("KC105", "KC203")
    assert chosen.severity == {"KC101": Severity.WARNING, "KC201": Severity.INFO}


def test_command_line_select_wins_over_per_path_select():
    chosen = resolve_options("plan.yaml", CONFIG, select=("KC101",), ignore=("KC102",))
    assert chosen.select == ("KC101",)
    assert chosen.ignore == ("KC105", "KC203", "KC102")


@pytest.mark.parametrize(
    ("fail_on", "strict", "expected"),
    [
        (None, False, Severity.WARNING),  # the configuration
        (Severity.ERROR, False, Severity.ERROR),  # the command line
        (Severity.ERROR, True, Severity.WARNING),  # --strict lowers it
        (Severity.INFO, True, Severity.INFO),  # but never raises it
    ],
)
def test_failing_severity(fail_on, strict, expected):
    assert failing_severity(CONFIG, fail_on, strict) is expected
    assert failing_severity(Config()) is Severity.ERROR


def test_select_on_the_command_line_beats_a_per_path_select(runner, tmp_path, monkeypatch):
    """[per-path."*.yaml"] select = ["KC2"] used to replace --select KC101 (the golden plan
    has a KC101 finding and a KC201 finding)."""
    import json
    import shutil
    from pathlib import Path

    shutil.copy(Path(__file__).parent / "golden" / "plan.yaml", tmp_path / "plan.yaml")
    (tmp_path / "kc.toml").write_text('[per-path."*.yaml"]\nselect = ["KC2"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "plan.yaml", "--select", "KC101", "--format", "json", "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert {f["rule"] for f in json.loads(result.stdout)["findings"]} == {"KC101"}
    configured = runner.invoke(app, ["validate", "plan.yaml", "--format", "json", "--lang", "en"])
    assert {f["rule"] for f in json.loads(configured.stdout)["findings"]} == {"KC201"}
