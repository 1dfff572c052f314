"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and other viewers read it.

Only the rules that produced a result are listed (so the log does not change when an
unrelated rule is added); ``ruleIndex`` points into that list. Paths are relative to the
repository root, regions are 1-based and columns count Unicode code points, as kc's do.
``partialFingerprints`` carries the same line-independent fingerprint as the baseline.

Columns are code points of the NFC text: kc normalises every file to NFC before parsing, so
a file saved decomposed (NFD) gets the columns of the text GitHub shows. A relative path is
a URI reference against ``%SRCROOT%`` (the repository root, which viewers know), an absolute
one a ``file://`` URI. Each rule has a ``help.markdown`` whose Bad/Good examples are YAML code
blocks; it has no ``helpUri``, which SARIF requires to be an absolute URI and kc's documentation
has no fixed address to give. GitHub code scanning accepts at most :data:`MAX_RESULTS` results per run:
beyond that the most important are kept and a notification says how many were left out.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any, TextIO
from urllib.parse import quote

from ..baseline import fingerprint
from ..findings import Finding, Severity
from ..i18n import register, translate
from ..rule_docs import rule_markdown
from ..rules import Rule, get_rule
from .base import ITEMS, Report, display_path, dump_with_items, end_of_figure, importance

__all__ = ["render", "write_log", "MAX_RESULTS", "SARIF_SCHEMA", "SARIF_VERSION"]

MAX_RESULTS = 25_000  # GitHub code scanning: results per run in one SARIF upload

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _first_paragraph(doc: str) -> str:
    return doc.strip().split("\n\n", 1)[0].replace("\n", " ").strip()


def _rule_descriptor(rule_id: str, name: str, severity: Severity, lang: str) -> dict[str, Any]:
    found: Rule | None = get_rule(rule_id)
    if found is None:  # the internal-error pseudo-rule
        summary = name
        doc = name
    else:
        summary = found.summary.get(lang) or found.summary["en"]
        doc = found.documentation(lang) or summary
        severity = found.severity
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _first_paragraph(doc) or summary},
        "help": {"text": doc, "markdown": rule_markdown(found, lang) if found is not None else doc},
        "defaultConfiguration": {"level": _LEVEL[severity]},
    }
    return descriptor


def _message(finding: Finding) -> str:
    return finding.message + (f"\n{finding.hint}" if finding.hint else "")


def _uri(path: str) -> str:
    """A relative path percent-encoded, an absolute one as a ``file://`` URI, standard input
    named ``stdin``."""
    if path.startswith("<"):
        return "stdin"
    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(path, safe="/")


def _artifact_location(path: str) -> dict[str, str]:
    """Where a file is: a relative path is resolved against the repository root."""
    uri = _uri(path)
    if ":" in uri or uri == "stdin":
        return {"uri": uri}
    return {"uri": uri, "uriBaseId": SOURCE_ROOT}


def render(report: Report) -> str:
    findings = list(report.findings)
    left_out = max(0, len(findings) - MAX_RESULTS)
    if left_out:  # keep the most important, then restore the usual order
        findings = sorted(sorted(findings, key=lambda f: importance(report, f))[:MAX_RESULTS])
    first = {f.rule: f for f in reversed(findings)}
    rules = {rule_id: (first[rule_id].name, first[rule_id].severity) for rule_id in first}
    buffer = io.StringIO()
    write_log(buffer, report, rules, ((f, report.lines.get(f.file, [])) for f in findings), left_out)
    return buffer.getvalue()


def write_log(
    out: TextIO,
    report: Report,
    rules: Mapping[str, tuple[str, Severity]],
    findings: Iterable[tuple[Finding, Sequence[str]]],
    left_out: int = 0,
) -> None:
    """Write the log with ``findings`` (each with its file's lines) taken one at a time, so
    a streamed run holds none of them; ``rules`` maps each rule that produced a result to
    the name and severity of its first finding."""
    rule_ids = sorted(rules)
    descriptors = [_rule_descriptor(rule_id, *rules[rule_id], report.lang) for rule_id in rule_ids]
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
    log: dict[str, Any] = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kc",
                        "version": report.tool_version or "0",
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": _artifact_location(display_path(report, f))} for f in report.files],
                "results": [ITEMS],
            }
        ],
    }
    if left_out:
        log["runs"][0]["invocations"] = [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [{
                "level": "warning",
                "message": {"text": translate("sarif.capped", report.lang, left_out=left_out, limit=MAX_RESULTS)},
            }],
        }]
    dump_with_items(out, log, (_result(finding, lines, report, index) for finding, lines in findings))


def _result(finding: Finding, lines: Sequence[str], report: Report, index: Mapping[str, int]) -> dict[str, Any]:
    path = display_path(report, finding.file)
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.line,
        "endColumn": end_of_figure(finding, lines),
    }
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _LEVEL[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact_location(path),
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {"kcFingerprint/v1": fingerprint(finding, path, lines)},
    }
    if finding.related:  # the same figure stated in another plan
        result["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": _artifact_location(display_path(report, file)),
                    "region": {"startLine": line, "startColumn": column},
                },
            }
            for number, (file, line, column) in enumerate(finding.related, start=1)
        ]
    if finding.stated is not None or finding.computed is not None:
        result["properties"] = {
            "stated": None if finding.stated is None else str(finding.stated),
            "computed": None if finding.computed is None else str(finding.computed),
            "difference": None if finding.difference is None else str(finding.difference),
        }
    return result


register(
    {
        "sarif.capped": {
            "en": "{left_out} less important result(s) left out: GitHub code scanning accepts at most {limit} per run; run kc with another format to see them all",
            "vi": "bỏ {left_out} kết quả ít quan trọng hơn: GitHub code scanning nhận tối đa {limit} kết quả mỗi lần chạy; chạy kc với định dạng khác để xem đủ",
        },
    }
)
