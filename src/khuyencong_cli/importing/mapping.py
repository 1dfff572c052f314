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

from ..i18n import Msg
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
    if not letters:
        raise ValueError(letters)
    value = 0
    for ch in letters.upper():
        if not "A" <= ch <= "Z":
            raise ValueError(letters)
        value = value * 26 + ord(ch) - 64
    return value - 1


def read_mapping(text: str, name: str = "") -> list[MappedTable]:
    """The tables of a mapping file; a malformed one is refused with the reason and the place.

    Read with libyaml (the same sentences as a plan's YAML errors, said again in the reader's
    language by :mod:`..yaml_problems`) and PyYAML's safe constructor, then checked key by key
    so every refusal names what to fix in kc's own words.
    """
    import yaml

    from ..source import Loader
    from ..yaml_problems import yaml_error

    try:
        data = yaml.load(text, Loader=Loader)
    except yaml.YAMLError as exc:
        problem, place = yaml_error(exc, text)
        raise ImportFailure("import.map-syntax", where=_where(name, place), problem=problem) from exc
    except ValueError as exc:  # a date that does not exist (2016-02-30): no mark to point at
        raise ImportFailure("import.map-syntax", where=_where(name, None), problem=Msg("yaml.date")) from exc
    try:
        if not isinstance(data, dict) or data.get("kc_import_map") != MAP_VERSION:
            raise _Invalid(Msg("import.map-version", {"version": MAP_VERSION}))
        tables = data.get("tables")
        if not isinstance(tables, list):
            raise _Invalid(Msg("import.map-shape", {"key": "tables", "shape": Msg("import.map-list")}))
        return [_table(entry, number) for number, entry in enumerate(tables, 1)]
    except _Invalid as invalid:
        raise ImportFailure("import.map-invalid", where=_where(name, None), reason=invalid.reason) from None


class _Invalid(Exception):
    """What is wrong with a well-formed mapping file, as a catalog message."""

    def __init__(self, reason: Msg) -> None:
        super().__init__(reason.key)
        self.reason = reason


def _where(name: str, place: tuple[int, int] | None) -> str:
    if not name:
        return ""
    return f"{name}:{place[0]}:{place[1]}: " if place else f"{name}: "


def _refuse(number: int, reason: str, **params: Any) -> _Invalid:
    return _Invalid(Msg("import.map-in-table", {"number": number, "reason": Msg(reason, params)}))


def _whole(entry: dict[Any, Any], key: str, number: int) -> int:
    """A whole number as written (``2``, ``"2"``, ``2.0``), or the refusal that names the key."""
    value = entry.get(key)
    if value is None:
        raise _refuse(number, "import.map-missing", key=key)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(number, "import.map-number", key=key, value=json.dumps(value, ensure_ascii=False, default=str))
    return value


def _table(entry: Any, number: int) -> MappedTable:
    if not isinstance(entry, dict):
        raise _refuse(number, "import.map-shape", key=f"tables[{number}]", shape=Msg("import.map-mapping"))
    specs = entry.get("columns")
    if not isinstance(specs, dict):
        raise _refuse(number, "import.map-shape", key="columns", shape=Msg("import.map-mapping"))
    columns = []
    for letters, spec in specs.items():
        try:
            index = _index(str(letters))
        except ValueError:
            raise _refuse(number, "import.map-column", column=str(letters)) from None
        if isinstance(spec, str) and spec in ROLES and spec not in ("year", "by_source"):
            columns.append(Column(index, spec))
        elif isinstance(spec, dict) and "year" in spec:
            year = _whole(spec, "year", number)
            source = spec.get("source")
            columns.append(Column(index, "year", year=year, source=None if source is None else str(source), plan=bool(spec.get("plan"))))
        elif isinstance(spec, dict) and "by_source" in spec:
            columns.append(Column(index, "by_source", source=str(spec["by_source"])))
        else:
            shown = spec if isinstance(spec, str) else json.dumps(spec, ensure_ascii=False, default=str)
            raise _refuse(number, "import.map-role", column=str(letters), role=shown)
    columns.sort(key=lambda c: c.index)
    header_rows = _whole(entry, "header_rows", number)
    sources = entry.get("sources") or {}
    if not isinstance(sources, dict):
        raise _refuse(number, "import.map-shape", key="sources", shape=Msg("import.map-mapping"))
    layout = Layout(
        header_rows=header_rows,
        columns=columns,
        numbering_row=None if entry.get("numbering_row") is None else _whole(entry, "numbering_row", number),
        unit=entry.get("unit"),
        kind=str(entry.get("kind", "budget")),
        source_names={str(k): str(v) for k, v in sources.items()},
    )
    if layout.kind not in ("budget", "results", "targets"):
        raise _refuse(number, "import.map-kind", kind=layout.kind)
    grid = _whole(entry, "grid", number)
    table_id = entry.get("id")
    return MappedTable(grid, None if table_id is None else str(table_id), layout)
