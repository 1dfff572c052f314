"""One call from a source file to a draft plan: pick the reader, read the layout, write.

:func:`import_source` is what ``kc import`` runs; it never writes a file itself (see
:mod:`.output`), so that ``--dry-run`` and the tests see exactly what would be written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .claims import find_candidates
from .draft import DocumentGuess, write_draft
from .grid import Extract, Grid, ImportFailure
from .layout import Layout, guess_layout
from .mapping import MappedTable, read_mapping, write_mapping
from .tables import DraftTable, build_table
from .vocabulary import fold

__all__ = ["MAX_BYTES", "SUFFIXES", "ImportResult", "check_suffix", "import_source", "read_source"]

MAX_BYTES = 200 * 1024 * 1024
"""Annexes weigh kilobytes to a few megabytes; a bigger input is refused before it is read."""

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".docx", ".pdf", ".html", ".htm", ".txt", ".tsv", ".csv")


@dataclass
class ImportResult:
    draft: str
    mapping: str
    tables: list[DraftTable]


def read_source(raw: bytes, name: str, suffix: str) -> Extract:
    """The reader for ``suffix`` applied to ``raw``; unknown and unreadable inputs are refused."""
    if not raw.strip():
        raise ImportFailure("import.empty", path=name)
    if len(raw) > MAX_BYTES:
        raise ImportFailure("import.too-large-bytes", size=len(raw) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    if suffix in (".txt", ".tsv", ".csv", ""):
        from .read_text import read_text

        return read_text(raw, name)
    if suffix in (".xlsx", ".xlsm"):
        from .read_xlsx import read_xlsx

        return read_xlsx(raw, name)
    if suffix in (".xls", ".ods"):
        from .read_calamine import read_calamine

        return read_calamine(raw, name, suffix)
    if suffix == ".docx":
        from .read_docx import read_docx

        return read_docx(raw, name)
    if suffix == ".pdf":
        from .read_pdf import read_pdf

        return read_pdf(raw, name)
    if suffix in (".html", ".htm"):
        from .read_html import read_html

        return read_html(raw, name)
    check_suffix(name, suffix)
    raise AssertionError(f"no reader for {suffix}")  # pragma: no cover - check_suffix refuses


def check_suffix(name: str, suffix: str) -> None:
    """Refuse a file kc has no reader for before anything else is looked at (an existing
    draft of the same name, the file's bytes): the user learns what kc can read."""
    if suffix in SUFFIXES or suffix == "":
        return
    if suffix == ".doc":
        raise ImportFailure("import.doc", path=name)
    raise ImportFailure("import.unknown-format", path=name, suffix=suffix, known=", ".join(SUFFIXES))


def import_source(
    raw: bytes, name: str, suffix: str, *, table: int | None = None, mapping_text: str | None = None, lang: str = "vi",
    mapping_name: str = "",
) -> ImportResult:
    """The draft plan (and its mapping file) for the file ``name`` holding ``raw``.

    ``mapping_name`` is the mapping file's name, to place its errors (file:line:column).
    """
    extract = read_source(raw, name, suffix.lower())
    mapped = read_mapping(mapping_text, mapping_name) if mapping_text is not None else None
    found = [g for g in extract.grids if g.rows and g.width >= 2]
    pairs = _join_continued([(g, guess_layout(g)) for g in found])
    grids = [grid for grid, _, _ in pairs]  # numbered as --table and the mapping file count them
    if mapped is not None:
        pairs = _mapped_pairs(grids, mapped)
    if not pairs:
        raise ImportFailure("import.no-tables", path=name)
    if table is not None and mapped is None:
        if not 1 <= table <= len(pairs):
            raise ImportFailure("import.no-such-table", number=table, count=len(pairs))
        pairs = [pairs[table - 1]]
    tables: list[DraftTable] = []
    used: set[str] = set()
    for number, (grid, layout, wanted_id) in enumerate(pairs, 1):
        table_id = wanted_id or _table_id(layout.title, number, used)
        used.add(table_id)
        tables.append(build_table(grid, layout, table_id))
    document = _document(extract, tables, name)
    draft = write_draft(document, tables, find_candidates(extract.prose), lang)
    mapping = write_mapping(name, [(t.id, _grid_number(grids, t.grid), t.layout) for t in tables])
    return ImportResult(draft, mapping, tables)


def _grid_number(grids: list[Grid], grid: Grid) -> int:
    for number, candidate in enumerate(grids, 1):
        if candidate is grid or (candidate.name == grid.name and candidate.origin == grid.origin):
            return number
    return 0


def _mapped_pairs(grids: list[Grid], mapped: list[MappedTable]) -> list[tuple[Grid, Layout, str | None]]:
    pairs = []
    for entry in mapped:
        if not 1 <= entry.grid <= len(grids):
            raise ImportFailure("import.map-no-grid", number=entry.grid, count=len(grids))
        grid = grids[entry.grid - 1]
        layout = entry.layout
        guessed = guess_layout(grid)
        layout.title = layout.title or guessed.title
        if layout.unit is None:
            layout.unit, layout.unit_origin = guessed.unit, guessed.unit_origin
        pairs.append((grid, layout, entry.id))
    return pairs


_TITLED = re.compile(r"(?i)^\W*(biểu|phụ lục|bảng)")


def _join_continued(pairs: list[tuple[Grid, Layout]]) -> list[tuple[Grid, Layout, str | None]]:
    """A table printed in two parts (its header repeated after a page break) becomes one."""
    joined: list[tuple[Grid, Layout, str | None]] = []
    for grid, layout in pairs:
        if joined:
            previous, previous_layout, _ = joined[-1]
            same = layout.signature() == previous_layout.signature() and layout.header_rows > 0
            titled = any(_TITLED.match(line) for line in grid.before)
            if same and not titled:
                previous.rows.extend(grid.rows[layout.first_data_row:])
                previous.continued.append(grid.origin or grid.name)
                continue
        joined.append((grid, layout, None))
    return joined


def _table_id(title: str, number: int, used: set[str]) -> str:
    folded = fold(title)
    match = re.search(r"(bieu|phu luc|bang)\s*(?:so\s*)?[:.]?\s*(\d+|[ivx]+)\b", folded)
    base = f"{match[1].replace(' ', '-')}-{match[2].zfill(2) if match[2].isdigit() else match[2]}" if match else f"bang-{number}"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


_PROVINCE = re.compile(r"\b(?:tỉnh|TỈNH|Tỉnh)\s+((?:[A-ZĐÀ-Ỹ][^\s,.;()]*)(?:\s+[A-ZĐÀ-Ỹ][^\s,.;()]*){0,2})")


def _document(extract: Extract, tables: list[DraftTable], name: str) -> DocumentGuess:
    guess = DocumentGuess(Path(name).name)
    lines = list(extract.prose) + [(t.layout.title, t.grid.origin) for t in tables]
    for text, origin in lines:
        folded = fold(text)
        if 15 <= len(text) <= 250 and any(w in folded for w in ("ke hoach", "chuong trinh", "bao cao", "bieu")):
            guess.title, guess.title_origin = text.strip("*# "), origin
            break
    for text, origin in lines:
        match = _PROVINCE.search(text)
        if match is None:
            continue
        words = [w.strip("*_#") for w in match[1].split() if w.strip("*_#")]
        if all(w.isupper() for w in words):
            words = words[:2]
        guess.province, guess.province_origin = " ".join(w.capitalize() if w.isupper() else w for w in words), origin
        break
    return guess
