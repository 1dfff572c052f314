"""Shared test helpers: the repository root, the bundled plans, writing a plan to disk.

Every test runs in a clean environment: the language, colour and CI variables a developer's
shell or a CI runner sets would otherwise change kc's output (Vietnamese messages, ANSI
colour, GitHub annotations by default) and fail tests that pass elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"

# Variables that change what kc prints; cleared for every test (a test sets what it needs).
AMBIENT = (
    "KC_LANG", "LANG", "LANGUAGE", "FORCE_COLOR", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE",
    "TERM", "COLUMNS", "LINES", "CI", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE",
    "GITLAB_CI", "PYTHONIOENCODING",
)


def ambient_variables() -> list[str]:
    """The names to clear: the fixed list and every ``LC_*`` locale category."""
    return [*AMBIENT, *(name for name in os.environ if name.startswith("LC_"))]


@pytest.fixture(autouse=True, scope="session")
def _hermetic_session() -> Iterator[None]:
    """Cleared once for the whole run too: module- and session-scoped fixtures (outputs computed
    once and read by several tests) are set up before any function-scoped fixture runs."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ambient_variables():
            patch.delenv(name, raising=False)
        yield


@pytest.fixture(autouse=True)
def _hermetic_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ambient_variables():
        monkeypatch.delenv(name, raising=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-network", action="store_true", default=False,
        help="also run tests marked network (they install packages from a package index)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-network") or os.environ.get("KC_NETWORK_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="needs a package index: run with --run-network or KC_NETWORK_TESTS=1")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_plan(tmp_path: Path):
    """Write YAML text to a file in a temporary directory and return its path."""

    def write(text: str | bytes, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write
