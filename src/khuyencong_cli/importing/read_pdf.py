"""PDFs with a text layer through pdfplumber.

pdfplumber tells a cell covered by a merge (``None``) from a blank one (``''``); the covered
cell takes the text of the cell whose box covers it, so headers read across merges. A PDF
without any text (a scan) is refused with the advice to run OCR first.
"""

from __future__ import annotations

import io
from typing import Any, NoReturn

from .grid import Cell, Extract, Grid, ImportFailure, check_size

__all__ = ["read_pdf"]

MAX_PAGES = 2000


def read_pdf(raw: bytes, name: str) -> Extract:
    import pdfplumber

    if not raw.lstrip().startswith(b"%PDF"):
        raise ImportFailure("import.broken", path=name, format="pdf", reason="no %PDF header")
    try:
        pdf = pdfplumber.open(io.BytesIO(raw))
        pages = list(pdf.pages)
    except Exception as exc:
        _refuse(exc, name)
    if len(pages) > MAX_PAGES:
        raise ImportFailure("import.too-large", cells=len(pages), limit=MAX_PAGES)
    extract = Extract([])
    any_text = False
    try:
        for number, page in enumerate(pages, 1):
            if page.chars:
                any_text = True
            tables = page.find_tables()
            outside = page
            for table in tables:
                outside = outside.outside_bbox(table.bbox)
            for line in (outside.extract_text() or "").splitlines():
                if line.strip():
                    extract.prose.append((line.strip(), f"page {number}"))
            for index, table in enumerate(tables, 1):
                above = page.crop((0, 0, page.width, max(table.bbox[1], 1)))
                for other in tables:
                    if other.bbox[3] <= table.bbox[1]:
                        above = above.outside_bbox(other.bbox)
                before = [line.strip() for line in (above.extract_text() or "").splitlines() if line.strip()][-6:]
                rows = _rows(table, number, index)
                extract.grids.append(Grid(f"page {number} table {index}", rows, before, f"page {number}"))
    except ImportFailure:
        raise
    except Exception as exc:
        _refuse(exc, name)
    if not any_text:
        raise ImportFailure("import.pdf-no-text", path=name)
    return extract


def _refuse(exc: Exception, name: str) -> NoReturn:
    described = f"{type(exc).__name__} {exc!r}".lower()
    if "password" in described or "encrypt" in described:
        raise ImportFailure("import.encrypted", path=name) from exc
    raise ImportFailure("import.broken", path=name, format="pdf", reason=type(exc).__name__) from exc


def _rows(table: Any, page: int, index: int) -> list[list[Cell]]:
    texts = table.extract()
    check_size(sum(len(r) for r in texts))
    boxes = [row.cells for row in table.rows]
    rows: list[list[Cell]] = []
    for r, row in enumerate(texts):
        cells = []
        for c, text in enumerate(row):
            origin = f"page {page}, table {index}, r{r + 1}c{c + 1}"
            if text is not None:
                cells.append(Cell(" ".join(text.split()), origin))
                continue
            cells.append(_covered(texts, boxes, r, c, page, index))
        rows.append(cells)
    return rows


def _covered(texts: list[list[Any]], boxes: list[list[Any]], r: int, c: int, page: int, index: int) -> Cell:
    """The merged cell whose box covers the empty slot (r, c)."""
    x = _column_x(boxes, c)
    y = _row_y(boxes, r)
    for r2 in range(r, -1, -1):
        for c2 in range(c, -1, -1):
            box = boxes[r2][c2] if c2 < len(boxes[r2]) else None
            if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3] and texts[r2][c2] is not None:
                return Cell(" ".join(texts[r2][c2].split()), f"page {page}, table {index}, r{r2 + 1}c{c2 + 1}", covered=True)
    return Cell("", f"page {page}, table {index}, r{r + 1}c{c + 1}", covered=True)


def _column_x(boxes: list[list[Any]], c: int) -> float:
    lefts = [row[c][0] for row in boxes if c < len(row) and row[c] is not None]
    rights = [row[c][2] for row in boxes if c < len(row) and row[c] is not None]
    if lefts and rights:
        return float(min(lefts) + min(rights)) / 2
    return float("nan")


def _row_y(boxes: list[list[Any]], r: int) -> float:
    tops = [b[1] for b in boxes[r] if b is not None]
    bottoms = [b[3] for b in boxes[r] if b is not None]
    if tops and bottoms:
        return float(min(tops) + min(bottoms)) / 2
    return float("nan")
