"""``--format gitlab``: GitLab Code Quality JSON (the ``codequality`` report artifact).

Severity mapping (GitLab knows info, minor, major, critical, blocker): a kc error is
``critical`` (it fails the check), a warning ``major``, an info ``info``. A load problem or
an internal error, which stop a file from being checked at all, is a ``blocker``.
Fingerprints are the baseline's, made unique within the report when a finding repeats.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..baseline import fingerprint
from ..findings import Severity
from .base import Report, display_path

__all__ = ["render", "SEVERITY"]

SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}
_BLOCKERS = {"KC000", "KC001", "KC002", "KC003", "KC004", "KC005", "KC006"}


def render(report: Report) -> str:
    seen: Counter[str] = Counter()
    issues: list[dict[str, Any]] = []
    for finding in report.findings:
        path = display_path(report, finding.file)
        base = fingerprint(finding, path, report.lines.get(finding.file))
        seen[base] += 1
        unique = base if seen[base] == 1 else f"{base}-{seen[base]}"
        severity = "blocker" if finding.rule in _BLOCKERS else SEVERITY[finding.severity]
        issue: dict[str, Any] = {
            "type": "issue",
            "description": f"{finding.rule} {finding.message}",
            "check_name": f"{finding.rule} {finding.name}",
            "fingerprint": unique,
            "severity": severity,
            "categories": ["Bug Risk"],
            "location": {"path": path, "lines": {"begin": finding.line}},
        }
        if finding.related:  # Code Climate's other_locations: the same figure in another plan
            issue["other_locations"] = [
                {"path": display_path(report, file), "lines": {"begin": line}} for file, line, _ in finding.related
            ]
        issues.append(issue)
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
