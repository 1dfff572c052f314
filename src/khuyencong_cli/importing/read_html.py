"""Web pages (.html, .htm) through lxml, expanding ``rowspan`` and ``colspan`` here.

Every ``<table>`` is a grid (a cell a span covers carries the spanning cell's text); headings,
paragraphs and list items around the tables are the prose.
"""

from __future__ import annotations

from typing import Any

from .grid import Cell, Extract, Grid, ImportFailure, check_size

__all__ = ["read_html"]

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "div", "span", "b", "strong"}


def _clean(text: str) -> str:
    return " ".join(text.split())


def read_html(raw: bytes, name: str) -> Extract:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(raw)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ImportFailure("import.broken", path=name, format="html", reason=str(exc)[:120] or type(exc).__name__) from exc
    extract = Extract([])
    recent: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table":
            if any(a.tag == "table" for a in element.iterancestors()):
                continue
            number = len(extract.grids) + 1
            extract.grids.append(Grid(f"table {number}", _rows(element, number), list(recent), f"table {number}"))
            recent.clear()
        elif tag in _BLOCKS and not any(a.tag == "table" for a in element.iterancestors()):
            if tag in ("div", "span", "b", "strong") and len(element):
                continue  # a container: its children speak for themselves
            text = _clean(element.text_content())
            if text:
                extract.prose.append((text, f"<{tag}> {len(extract.prose) + 1}"))
                recent.append(text)
                del recent[:-6]
    return extract


def _rows(table: Any, number: int) -> list[list[Cell]]:
    pending: dict[tuple[int, int], Cell] = {}  # slots filled by a rowspan from above
    rows: list[list[Cell]] = []
    trs = [tr for tr in table.iter("tr") if next(tr.iterancestors("table")) is table]
    check_size(len(trs) * 50)
    for r, tr in enumerate(trs):
        cells: list[Cell] = []
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in pending:
                cells.append(pending.pop((r, c)))
                c += 1
            text = _clean(td.text_content())
            cell = Cell(text, f"table {number}, dòng {r + 1}, cột {c + 1}")
            rowspan = _span(td.get("rowspan"))
            colspan = _span(td.get("colspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    if dr == 0 and dc == 0:
                        cells.append(cell)
                    elif dr == 0:
                        cells.append(Cell(text, cell.origin, covered=True))
                    else:
                        pending[(r + dr, c + dc)] = Cell(text, cell.origin, covered=True)
            c += colspan
        while (r, c) in pending:
            cells.append(pending.pop((r, c)))
            c += 1
        rows.append(cells)
    return rows


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
