"""``--format json``: a versioned, stable record for machines.

``{"version": 1, "findings": [...]}``; numbers are plain decimal strings (``"7763.445"``) so
no consumer ever parses money as a float.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

from ..findings import Finding, Severity
from ..numbers import format_plain
from .base import ITEMS, Report, count_by_severity, dump_with_items

__all__ = ["render", "write_document", "finding_to_dict", "JSON_VERSION"]

JSON_VERSION = 1


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """One finding as the JSON object documented in the README."""
    record: dict[str, Any] = {
        "rule": finding.rule,
        "name": finding.name,
        "severity": finding.severity.value,
        "file": finding.file,
        "line": finding.line,
        "column": finding.column,
        "message": finding.message,
        "hint": finding.hint,
    }
    if finding.stated is not None or finding.computed is not None:
        record["stated"] = None if finding.stated is None else format_plain(finding.stated)
        record["computed"] = None if finding.computed is None else format_plain(finding.computed)
        record["difference"] = None if finding.difference is None else format_plain(finding.difference)
        record["parts"] = [{"label": p.label, "value": format_plain(p.value)} for p in finding.parts]
        record["combine"] = finding.combine
        if finding.unit:
            record["unit"] = finding.unit
    if finding.diagnosis is not None:
        record["diagnosis"] = finding.diagnosis
    if finding.suggested is not None:
        record["suggested"] = format_plain(finding.suggested)
    if finding.related:
        record["related"] = [{"file": file, "line": line, "column": column} for file, line, column in finding.related]
    if finding.same_gap_as is not None:
        record["same_gap_as"] = {"line": finding.same_gap_as[0], "rule": finding.same_gap_as[1]}
    return record


def render(report: Report) -> str:
    buffer = io.StringIO()
    write_document(buffer, report.files, count_by_severity(report.findings), report.findings)
    return buffer.getvalue()


def write_document(
    out: TextIO, files: Sequence[str], counts: Mapping[Severity, int], findings: Iterable[Finding]
) -> None:
    """Write the document with ``findings`` taken one at a time (a streamed run holds none)."""
    document = {
        "version": JSON_VERSION,
        "files": list(files),
        "summary": {severity.value: count for severity, count in counts.items()},
        "findings": [ITEMS],
    }
    dump_with_items(out, document, (finding_to_dict(f) for f in findings))
