"""``--format gitlab``: GitLab Code Quality JSON (the ``codequality`` report artifact).

Severity mapping (GitLab knows info, minor, major, critical, blocker): a kc error is
``critical`` (it fails the check), a warning ``major``, an info ``info``. A load problem or
an internal error, which stop a file from being checked at all, is a ``blocker``.
Fingerprints are the baseline's, made unique within the report when a finding repeats.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..baseline import fingerprint
from ..findings import Finding, Severity
from .base import Report, display_path

__all__ = ["render", "write_issues", "SEVERITY"]

SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}
_BLOCKERS = {"KC000", "KC001", "KC002", "KC003", "KC004", "KC005", "KC006"}


def render(report: Report) -> str:
    out = io.StringIO()
    write_issues(out, report, ((f, report.lines.get(f.file)) for f in report.findings))
    return out.getvalue()


def write_issues(out: TextIO, report: Report, findings: Iterable[tuple[Finding, Sequence[str] | None]]) -> None:
    """The list written one issue at a time (each finding with its file's lines), the same
    text as ``json.dumps`` of the whole list. A fingerprint names its file, so repeats are
    counted within a file and forgotten at the next."""
    seen: Counter[str] = Counter()
    current: str | None = None
    empty = True
    for finding, lines in findings:
        if finding.file != current:
            seen.clear()
            current = finding.file
        path = display_path(report, finding.file)
        base = fingerprint(finding, path, lines)
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
        text = json.dumps(issue, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[\n  " if empty else ",\n  ") + text)
        empty = False
    out.write("[]\n" if empty else "\n]\n")
