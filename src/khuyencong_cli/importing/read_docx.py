"""Word documents (.docx) through python-docx, reading the table XML for merges.

``w:gridSpan`` spreads a cell over several grid columns and ``w:vMerge`` continues the cell
above; both become covered cells carrying the merge's text, so headers read across them.
Paragraphs between tables are the prose (titles, "ĐVT:" lines, claim candidates).
"""

from __future__ import annotations

import io
import zipfile

from .grid import Cell, Extract, Grid, ImportFailure, check_size

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(element: object) -> str:
    texts = [node.text or "" for node in element.iter(_W + "t")]  # type: ignore[attr-defined]
    return " ".join("".join(texts).split())


def _paragraph_text(element: object) -> str:
    parts = []
    for paragraph in element.iter(_W + "p"):  # type: ignore[attr-defined]
        parts.append("".join(node.text or "" for node in paragraph.iter(_W + "t")))
    return " ".join(" ".join(parts).split())


def read_docx(raw: bytes, name: str) -> Extract:
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFailure("import.encrypted", path=name)
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError, Exception) as exc:
        raise ImportFailure("import.broken", path=name, format="docx", reason=type(exc).__name__) from exc
    extract = Extract([])
    recent: list[str] = []
    paragraph_number = 0
    for element in document.element.body.iterchildren():
        if element.tag == _W + "p":
            paragraph_number += 1
            text = _text(element)
            if text:
                extract.prose.append((text, f"đoạn {paragraph_number}"))
                recent.append(text)
                del recent[:-6]
        elif element.tag == _W + "tbl":
            number = len(extract.grids) + 1
            extract.grids.append(Grid(f"table {number}", _rows(element, number), list(recent), f"table {number}"))
            recent.clear()
    return extract


def _rows(table: object, number: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    for r, tr in enumerate(table.iterchildren(_W + "tr"), 1):  # type: ignore[attr-defined]
        cells: list[Cell] = []
        for tc in tr.iterchildren(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span, vmerge = 1, None
            if props is not None:
                grid_span = props.find(_W + "gridSpan")
                if grid_span is not None:
                    span = int(grid_span.get(_W + "val", "1"))
                merge = props.find(_W + "vMerge")
                if merge is not None:
                    vmerge = merge.get(_W + "val", "continue")
            c = len(cells)
            if vmerge == "continue" and rows and c < len(rows[-1]):
                above = rows[-1][c]
                cell = Cell(above.text, above.origin, covered=True)
            else:
                cell = Cell(_paragraph_text(tc), f"table {number}, dòng {r}, cột {c + 1}")
            cells.append(cell)
            cells.extend(Cell(cell.text, cell.origin, covered=True) for _ in range(span - 1))
        rows.append(cells)
        check_size(len(rows) * max(len(cells), 1))
    return rows
