"""The draft plan as YAML text, written by hand so that it can carry comments.

Every figure is quoted as printed and followed by a comment naming the cell it came from; every
weak guess carries a ``TODO`` comment; prose figures follow as commented claim candidates. The
text is meant to be read and corrected by a person, then checked with ``kc validate``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..i18n import translate
from . import messages  # noqa: F401  (registers the messages used here)
from .claims import Candidate
from .tables import DraftRow, DraftTable, Value

__all__ = ["DocumentGuess", "write_draft"]


@dataclass
class DocumentGuess:
    """What the draft says of the document itself: mostly guesses, each marked TODO."""

    source_name: str
    title: str | None = None
    title_origin: str = ""
    province: str | None = None
    province_origin: str = ""
    notes: list[str] = field(default_factory=list)


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class _Out:
    def __init__(self, lang: str) -> None:
        self.lines: list[str] = []
        self.lang = lang

    def t(self, key: str, **params: object) -> str:
        return translate(key, self.lang, **params)

    def add(self, indent: int, text: str, comment: str = "") -> None:
        line = " " * indent + text
        self.lines.append(f"{line}  # {comment}" if comment else line)

    def comment(self, indent: int, text: str) -> None:
        self.lines.append(" " * indent + "# " + text)


def write_draft(
    document: DocumentGuess, tables: list[DraftTable], candidates: list[Candidate], lang: str
) -> str:
    """The whole draft: document, sources, tables, then the claim candidates as comments."""
    out = _Out(lang)
    out.comment(0, out.t("import.draft.header", source=document.source_name))
    out.comment(0, out.t("import.draft.check"))
    out.add(0, "kc: 1")
    out.add(0, "document:")
    out.add(2, f"title: {q(document.title or document.source_name)}",
            out.t("import.todo.title", origin=document.title_origin) if document.title else out.t("import.todo.no-title"))
    out.add(2, f"province: {q(document.province or 'TODO')}",
            out.t("import.todo.province", origin=document.province_origin) if document.province else out.t("import.todo.no-province"))
    out.add(2, "kind: plan", out.t("import.todo.kind"))
    names: dict[str, str] = {}
    for table in tables:
        for source in table.sources + [r.source for r in table.rows if r.source]:
            if source is not None:
                names.setdefault(source, table.layout.source_names.get(source, source))
    if names:
        out.add(0, "sources:")
        for source, name in names.items():
            out.add(2, f"- {{id: {source}, name: {q(name)}}}", out.t("import.origin.source-name"))
    out.add(0, "tables:")
    for table in tables:
        _table(out, table)
    if candidates:
        out.lines.append("")
        out.comment(0, out.t("import.claims.header"))
        out.comment(0, "claims:")
        for number, candidate in enumerate(candidates, 1):
            out.comment(0, f"  - id: claim-{number}")
            out.comment(0, f"    section: {q(candidate.origin)}")
            out.comment(0, f"    quote: {q(candidate.sentence)}")
            if candidate.value is not None:
                out.comment(0, f"    value: {q(candidate.value)}")
            if candidate.unit:
                out.comment(0, f"    unit: {q(candidate.unit)}")
            if candidate.hedge:
                out.comment(0, f"    hedge: {candidate.hedge}")
            for key in candidate.hints:
                out.comment(0, "    # TODO: " + out.t(key))
    return "\n".join(out.lines) + "\n"


def _table(out: _Out, table: DraftTable) -> None:
    layout = table.layout
    out.add(2, f"- id: {q(table.id)}", out.t("import.origin.table", origin=table.grid.origin or table.grid.name))
    out.add(4, f"kind: {layout.kind}", out.t("import.todo.kind-table"))
    out.add(4, f"title: {q(layout.title)}")
    out.add(4, f"section: {q(table.grid.origin or table.grid.name)}")
    if layout.kind == "targets":
        out.add(4, "unit: ĐVT")
    elif layout.unit:
        out.add(4, f"unit: {q(layout.unit)}", out.t("import.origin.unit", line=layout.unit_origin))
    else:
        out.add(4, 'unit: "triệu đồng"', out.t("import.todo.no-unit"))
    if table.years:
        out.add(4, f"period: {q(f'{min(table.years)}-{max(table.years)}')}", out.t("import.todo.period"))
        out.add(4, f"years: [{', '.join(str(y) for y in table.years)}]")
    if table.plan_years:
        out.add(4, f"plan_years: [{', '.join(str(y) for y in table.plan_years)}]", out.t("import.origin.plan-years"))
    if table.sources:
        out.add(4, f"sources: [{', '.join(table.sources)}]")
    for key in layout.notes:
        out.comment(4, "TODO: " + out.t(key))
    if layout.numbering_row is not None:
        out.comment(4, out.t("import.origin.numbering", numbering=" | ".join(t for t in layout.numbering if t)))
    for origin in table.skipped_headers + table.grid.continued:
        out.comment(4, out.t("import.origin.repeated-header", origin=origin))
    ignored = [c.label for c in layout.columns if c.role == "ignore" and c.label]
    for label in ignored:
        out.comment(4, "TODO: " + out.t("import.todo.ignored-column", label=label))
    if table.rows:
        out.add(4, "rows:")
        for row in table.rows:
            _row(out, 6, row)
    else:
        out.add(4, "rows: []", out.t("import.todo.no-rows"))
    if table.total is not None:
        out.add(4, "total:")
        _fields(out, 6, table.total)
    elif table.rows:
        out.comment(4, "TODO: " + out.t("import.todo.no-total"))


def _row(out: _Out, indent: int, row: DraftRow) -> None:
    out.add(indent, f"- id: {q(row.id)}", out.t("import.origin.row", origin=row.origin, tt=row.tt or "—"))
    _fields(out, indent + 2, row, with_id=False)


def _value(value: Value) -> str:
    return q(value.text)


def _fields(out: _Out, indent: int, row: DraftRow, with_id: bool = True) -> None:
    if with_id:
        out.add(indent, f"id: {q(row.id)}", out.t("import.origin.row", origin=row.origin, tt=row.tt or "—"))
    out.add(indent, f"name: {q(row.name)}")
    if row.unit:
        out.add(indent, f"unit: {q(row.unit)}")
    if row.source:
        out.add(indent, f"source: {row.source}", out.t("import.todo.row-source"))
    for key, params in row.todos:
        out.comment(indent, "TODO: " + out.t(key, **params))
    if row.cells:
        out.add(indent, "cells:")
        for year, value in row.cells.items():
            if isinstance(value, dict):
                out.add(indent + 2, f"{year}:")
                for source, figure in value.items():
                    out.add(indent + 4, f"{source}: {_value(figure)}", figure.origin)
            else:
                out.add(indent + 2, f"{year}: {_value(value)}", value.origin)
    if row.by_source:
        out.add(indent, "by_source:")
        for source, figure in row.by_source.items():
            out.add(indent + 2, f"{source}: {_value(figure)}", figure.origin)
    if row.total is not None:
        out.add(indent, f"total: {_value(row.total)}", row.total.origin)
    if row.rows:
        out.add(indent, "rows:")
        for child in row.rows:
            _row(out, indent + 2, child)
