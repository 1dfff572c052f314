"""``--format junit``: JUnit XML, which GitLab, Jenkins and most CI servers display.

One ``<testsuite>`` per file checked; one ``<testcase>`` per finding (a clean file gets a
single passing case). Errors are ``<failure>``s; warnings and info are passing cases whose
message is in ``<system-out>``, so they are visible without failing the report.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from ..findings import Finding, Severity
from ..i18n import register, translate
from .base import Report, display_path

__all__ = ["render"]


def _details(finding: Finding, path: str) -> str:
    lines = [f"{path}:{finding.line}:{finding.column}: {finding.rule} {finding.name} ({finding.severity.value})",
             finding.message]
    if finding.hint:
        lines.append(finding.hint)
    return "\n".join(lines)


def render(report: Report) -> str:
    by_file = {file: list(group) for file, group in groupby(report.findings, key=lambda f: f.file)}
    files = list(dict.fromkeys([*report.files, *by_file]))
    root = ET.Element("testsuites", name="kc")
    total_tests = total_failures = 0
    for file in files:
        path = display_path(report, file)
        findings = by_file.get(file, [])
        suite = ET.SubElement(root, "testsuite", name=path)
        failures = 0
        if not findings:
            ET.SubElement(suite, "testcase", name=translate("junit.clean", report.lang), classname=path)
        for finding in findings:
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{finding.rule} {finding.name} {finding.line}:{finding.column}",
                classname=path,
                file=path,
                line=str(finding.line),
            )
            if finding.severity is Severity.ERROR:
                failures += 1
                failure = ET.SubElement(case, "failure", message=finding.message, type=finding.rule)
                failure.text = _details(finding, path)
            else:
                ET.SubElement(case, "system-out").text = _details(finding, path)
        tests = max(len(findings), 1)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


register(
    {
        "junit.clean": {"en": "no problems found", "vi": "không phát hiện vấn đề nào"},
    }
)
