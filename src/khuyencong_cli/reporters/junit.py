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

import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import TextIO

from ..findings import Finding, Severity
from ..i18n import register, translate
from .base import Report, display_path

__all__ = ["Totals", "render", "write_document"]

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
    totals = Totals()
    for file in files:
        totals.add(by_file.get(file, []), file in broken, report.failing)
    out = io.StringIO()
    write_document(out, report, totals, ((file, by_file.get(file, []), file in broken) for file in files))
    return out.getvalue()


@dataclass
class Totals:
    """The counts on ``<testsuites>``, which come before the suites: counted first."""

    tests: int = 0
    failures: int = 0
    errors: int = 0

    def add(self, findings: Sequence[Finding], broken: bool, failing: Severity) -> None:
        self.tests += max(len(findings), 1)
        for finding in findings:
            if _is_error(finding, broken):
                self.errors += 1
            elif finding.severity.rank >= failing.rank:
                self.failures += 1


def _is_error(finding: Finding, broken: bool) -> bool:
    return finding.rule == INTERNAL_RULE or (broken and finding.severity is Severity.ERROR)


def write_document(
    out: TextIO, report: Report, totals: Totals, suites: Iterable[tuple[str, Sequence[Finding], bool]]
) -> None:
    """The document, one ``<testsuite>`` at a time (file, its findings, whether it is broken):
    the same text as indenting and serialising the whole tree (``ET.indent``), without it."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="kc" tests="{totals.tests}" failures="{totals.failures}" errors="{totals.errors}">')
    previous: ET.Element | None = None
    for file, findings, broken in suites:
        if previous is not None:
            previous.tail = "\n  "
            out.write(ET.tostring(previous, encoding="unicode"))
        else:
            out.write("\n  ")
        previous = _suite(report, file, findings, broken)
    if previous is not None:
        previous.tail = "\n"
        out.write(ET.tostring(previous, encoding="unicode"))
    out.write("</testsuites>\n")


def _suite(report: Report, file: str, findings: Sequence[Finding], broken: bool) -> ET.Element:
    path = display_path(report, file)
    suite = ET.Element("testsuite", name=path, file=path)
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
        if _is_error(finding, broken):
            errors += 1
            element = ET.SubElement(case, "error", message=finding.message, type=finding.rule)
            element.text = _details(finding, path)
        elif finding.severity.rank >= report.failing.rank:
            failures += 1
            element = ET.SubElement(case, "failure", message=finding.message, type=finding.rule)
            element.text = _details(finding, path)
        else:
            ET.SubElement(case, "system-out").text = _details(finding, path)
    suite.set("tests", str(max(len(findings), 1)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    ET.indent(suite, level=1)
    return suite


register(
    {
        "junit.clean": {"en": "no problems found", "vi": "không phát hiện vấn đề nào"},
    }
)
