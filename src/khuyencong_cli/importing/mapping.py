"""The mapping file: the import's guesses written down, so that they can be fixed and reused.

``kc import`` writes it next to the draft plan it wrote, named after the source
(``annex.xlsx`` imported to ``out/plan.yaml`` → ``out/annex.kc-map.yaml``), so that an import
never writes into the source's directory (often a checkout or a read-only share): for each
table, which grid of the input it is, how many header rows it has, the unit, the kind and what
every column holds. ``--map`` reads an edited one back instead of guessing, so next year's sheet
with the same layout imports exactly the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .grid import ImportFailure, column_letter
from .layout import ROLES, Column, Layout

__all__ = ["MappedTable", "mapping_path", "read_mapping", "write_mapping"]

MAP_VERSION = 1


@dataclass
class MappedTable:
    grid: int
    id: str | None
    layout: Layout


def mapping_path(source: str, plan: str) -> str:
    """``annex.xlsx`` imported to ``out/plan.yaml`` → ``out/annex.kc-map.yaml``: beside the plan."""
    from pathlib import Path

    return str(Path(plan).with_name(Path(source).stem + ".kc-map.yaml"))


def _column_spec(column: Column) -> str:
    if column.role == "year":
        spec: dict[str, Any] = {"year": column.year}
        if column.source:
            spec["source"] = column.source
        if column.plan:
            spec["plan"] = True
        return "{" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in spec.items()) + "}"
    if column.role == "by_source":
        return f"{{by_source: {column.source}}}"
    return column.role


def write_mapping(source: str, tables: list[tuple[str, int, Layout]]) -> str:
    """The mapping file text for the tables imported from ``source``."""
    lines = [
        f"# kc import: how {source} was read. Edit it and import again with --map.",
        "# Roles: tt, name, unit, total, ignore, {year: 2016, source: KCQG, plan: true}, {by_source: KCQG}",
        f"kc_import_map: {MAP_VERSION}",
        "tables:",
    ]
    for table_id, grid, layout in tables:
        lines.append(f"  - grid: {grid}")
        lines.append(f"    id: {json.dumps(table_id, ensure_ascii=False)}")
        lines.append(f"    kind: {layout.kind}")
        lines.append(f"    unit: {json.dumps(layout.unit, ensure_ascii=False)}")
        lines.append(f"    header_rows: {layout.header_rows}")
        lines.append(f"    numbering_row: {json.dumps(layout.numbering_row)}")
        if layout.source_names:
            lines.append("    sources:")
            for source_id, name in layout.source_names.items():
                lines.append(f"      {source_id}: {json.dumps(name, ensure_ascii=False)}")
        lines.append("    columns:")
        for column in layout.columns:
            label = f"  # {column.label}" if column.label else ""
            lines.append(f"      {column_letter(column.index)}: {_column_spec(column)}{label}")
    return "\n".join(lines) + "\n"


def _index(letters: str) -> int:
    value = 0
    for ch in letters.upper():
        if not "A" <= ch <= "Z":
            raise ValueError(letters)
        value = value * 26 + ord(ch) - 64
    return value - 1


def read_mapping(text: str) -> list[MappedTable]:
    """The tables of a mapping file; a malformed one is refused with the reason."""
    import yaml

    try:
        data = yaml.safe_load(text)
        if not isinstance(data, dict) or data.get("kc_import_map") != MAP_VERSION:
            raise ValueError("kc_import_map: 1")
        return [_table(entry) for entry in data["tables"]]
    except (yaml.YAMLError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ImportFailure("import.map-invalid", reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def _table(entry: dict[str, Any]) -> MappedTable:
    columns = []
    for letters, spec in entry["columns"].items():
        index = _index(str(letters))
        if isinstance(spec, str):
            if spec not in ROLES or spec in ("year", "by_source"):
                raise ValueError(f"column {letters}: unknown role {spec!r}")
            columns.append(Column(index, spec))
        elif isinstance(spec, dict) and "year" in spec:
            columns.append(Column(index, "year", year=int(spec["year"]), source=spec.get("source"), plan=bool(spec.get("plan"))))
        elif isinstance(spec, dict) and "by_source" in spec:
            columns.append(Column(index, "by_source", source=str(spec["by_source"])))
        else:
            raise ValueError(f"column {letters}: unknown role {spec!r}")
    columns.sort(key=lambda c: c.index)
    numbering = entry.get("numbering_row")
    layout = Layout(
        header_rows=int(entry["header_rows"]),
        columns=columns,
        numbering_row=int(numbering) if numbering is not None else None,
        unit=entry.get("unit"),
        kind=str(entry.get("kind", "budget")),
        source_names={str(k): str(v) for k, v in (entry.get("sources") or {}).items()},
    )
    if layout.kind not in ("budget", "results", "targets"):
        raise ValueError(f"kind: {layout.kind!r}")
    return MappedTable(int(entry["grid"]), entry.get("id"), layout)
