"""``--format junit``: JUnit XML, which GitLab, Jenkins and most CI servers display.

One ``<testsuite>`` per file checked; one ``<testcase>`` per finding (a clean file gets a
single passing case). The report agrees with the exit code: a finding at or above the
failing severity (``--fail-on``, ``--strict``) is a ``<failure>``; a file that could not be
loaded, or a rule that crashed, is an ``<error>`` (kc exits 2); the other findings are passing
cases whose message is in ``<system-out>``, visible without failing the report. Elements and
attributes stay within the Jenkins/xunit JUnit schema (junit-10.xsd): a testcase carries only
``name`` and ``classname``, the file is an attribute of its testsuite.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from ..findings import Finding, Severity
from ..i18n import register, translate
from .base import Report, display_path

__all__ = ["render"]

INTERNAL_RULE = "KC000"  # engine.INTERNAL_RULE: a rule crashed, so the file was not fully checked


def _details(finding: Finding, path: str) -> str:
    lines = [f"{path}:{finding.line}:{finding.column}: {finding.rule} {finding.name} ({finding.severity.value})",
             finding.message]
    if finding.hint:
        lines.append(finding.hint)
    return "\n".join(lines)


def render(report: Report) -> str:
    by_file = {file: list(group) for file, group in groupby(report.findings, key=lambda f: f.file)}
    files = list(dict.fromkeys([*report.files, *by_file]))
    broken = set(report.broken)
    root = ET.Element("testsuites", name="kc")
    total_tests = total_failures = total_errors = 0
    for file in files:
        path = display_path(report, file)
        findings = by_file.get(file, [])
        suite = ET.SubElement(root, "testsuite", name=path, file=path)
        failures = errors = 0
        if not findings:
            ET.SubElement(suite, "testcase", name=translate("junit.clean", report.lang), classname=path)
        for finding in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{finding.rule} {finding.name} {finding.line}:{finding.column}",
                classname=path,
            )
            if finding.rule == INTERNAL_RULE or (file in broken and finding.severity is Severity.ERROR):
                errors += 1
                element = ET.SubElement(case, "error", message=finding.message, type=finding.rule)
                element.text = _details(finding, path)
            elif finding.severity.rank >= report.failing.rank:
                failures += 1
                element = ET.SubElement(case, "failure", message=finding.message, type=finding.rule)
                element.text = _details(finding, path)
            else:
                ET.SubElement(case, "system-out").text = _details(finding, path)
        tests = max(len(findings), 1)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        total_tests += tests
        total_failures += failures
        total_errors += errors
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", str(total_errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


register(
    {
        "junit.clean": {"en": "no problems found", "vi": "không phát hiện vấn đề nào"},
    }
)
