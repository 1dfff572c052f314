"""JUnit agrees with the exit code and stays within the Jenkins/xunit JUnit schema;
kc reconcile and kc diff offer only the formats they write."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from khuyencong_cli.cli import app

from conftest import PLANS, ROOT

PLAN = str(PLANS / "cao-bang-2016-2020-qd-270.yaml")
FIXTURE = ROOT / "tests" / "fixtures" / "plan-2021-2023.yaml"

# Attributes each element may carry in the Jenkins xunit plugin's junit-10.xsd.
ALLOWED = {
    "testsuites": {"name", "time", "tests", "failures", "errors"},
    "testsuite": {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
                  "hostname", "id", "package", "file", "log", "url"},
    "testcase": {"name", "time", "classname", "group"},
    "failure": {"type", "message"},
    "error": {"type", "message"},
    "skipped": {"type", "message"},
    "system-out": set(),
    "system-err": set(),
}
REQUIRED = {"testsuite": {"name", "tests", "failures", "errors"}, "testcase": {"name"}}


def _junit(runner, *args: str) -> tuple[int, ET.Element]:
    result = runner.invoke(app, ["validate", "-f", "junit", "--lang", "en", *args])
    return result.exit_code, ET.fromstring(result.stdout)


def _assert_schema(root: ET.Element) -> None:
    assert root.tag == "testsuites"
    for element in root.iter():
        assert element.tag in ALLOWED, element.tag
        assert set(element.attrib) <= ALLOWED[element.tag], (element.tag, element.attrib)
        assert REQUIRED.get(element.tag, set()) <= set(element.attrib)
        if element.tag == "testcase":
            assert all(child.tag in ("failure", "error", "skipped", "system-out", "system-err") for child in element)


def test_strict_warnings_are_failures_as_the_exit_code_says(runner):
    code, root = _junit(runner, "--select", "KC305", PLAN)
    assert code == 0 and root.get("failures") == "0"
    code, root = _junit(runner, "--select", "KC305", "--strict", PLAN)
    assert code == 1
    assert int(root.get("failures")) == len(root.findall(".//failure")) == 3  # the three KC305 warnings
    _assert_schema(root)


def test_a_plan_that_cannot_load_is_an_error(runner, write_plan):
    broken = write_plan("kc: 1\ndocument: [\n", "broken.yaml")
    code, root = _junit(runner, str(broken), str(FIXTURE))
    assert code == 2
    assert root.get("errors") == "1" and len(root.findall(".//error")) == 1
    assert root.find(".//error").get("type") == "KC002"
    assert int(root.get("failures")) >= 1  # the loadable plan's errors are still failures
    _assert_schema(root)


def test_every_finding_case_is_schema_valid(runner):
    _assert_schema(_junit(runner, str(PLANS))[1])


@pytest.mark.parametrize("command", ["reconcile", "diff"])
@pytest.mark.parametrize("fmt", ["sarif", "junit", "github", "gitlab"])
def test_reconcile_and_diff_refuse_formats_they_do_not_write(runner, command, fmt):
    result = runner.invoke(app, [command, str(FIXTURE), str(FIXTURE), "-f", fmt])
    assert result.exit_code == 2
    assert "text" in result.output and "json" in result.output


def test_reconcile_and_diff_help_offer_text_and_json_only(runner):
    for command in ("reconcile", "diff"):
        text = runner.invoke(app, [command, "--help"]).output
        assert "sarif" not in text and "junit" not in text
