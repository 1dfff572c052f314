"""What every reporter receives: the findings and the context needed to show them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..findings import Finding, Severity

__all__ = ["Report", "count_by_severity"]


@dataclass(frozen=True)
class Report:
    """The findings of one run, with the files checked and how to show numbers and text."""

    findings: Sequence[Finding]
    files: Sequence[str] = ()
    lines: dict[str, list[str]] = field(default_factory=dict)
    lang: str = "en"
    plain_numbers: bool = False
    color: bool = False
    tool_version: str = ""


def count_by_severity(findings: Sequence[Finding]) -> dict[Severity, int]:
    """How many findings of each severity (for summaries and exit codes)."""
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    return counts
