"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=F,line=L,col=C,endColumn=E,title=T::message``, grouped per file with
``::group::``/``::endgroup::``. The escaping is GitHub's (toolkit ``command.ts``): in the
message ``%``, CR and LF are encoded; in properties also ``:`` and ``,``. Chosen by default
when ``GITHUB_ACTIONS=true``.
"""

from __future__ import annotations

from itertools import groupby

from ..findings import Severity
from .base import Report, display_path, end_of_figure, summary_line

__all__ = ["render", "escape_data", "escape_property"]

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    out: list[str] = []
    for file, group in groupby(report.findings, key=lambda f: f.file):
        path = display_path(report, file)
        out.append(f"::group::{escape_data(path)}")
        lines = report.lines.get(file, [])
        for finding in group:
            properties = {
                "file": path,
                "line": str(finding.line),
                "col": str(finding.column),
                "endColumn": str(end_of_figure(finding, lines)),
                "title": f"{finding.rule} {finding.name}",
            }
            props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
            message = finding.message + (f"\n{finding.hint}" if finding.hint else "")
            out.append(f"::{_COMMAND[finding.severity]} {props}::{escape_data(message)}")
        out.append("::endgroup::")
    if not report.quiet:
        out.append(summary_line(report))
    return "".join(line + "\n" for line in out)
