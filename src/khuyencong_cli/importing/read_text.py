"""Pasted text (a ``.txt`` file or stdin): tables as tab-separated lines, prose around them.

Copying a table out of Word, Excel or a web page gives one line per row with tabs between the
cells; merged cells come out as empty cells beside their text. A run of lines holding tabs is
one table; the lines between tables are prose.
"""

from __future__ import annotations

import unicodedata

from .grid import Cell, Extract, Grid, ImportFailure, check_size

__all__ = ["read_text"]

BEFORE_LINES = 6
"""Prose lines kept before a table: enough for its title and its 'ĐVT:' line."""


def decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), else UTF-16 with a mark; otherwise refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailure("import.not-utf8", offset=exc.start) from exc
    if "\x00" in text:
        raise ImportFailure("import.binary")
    return unicodedata.normalize("NFC", text)


def read_text(raw: bytes, name: str) -> Extract:
    """Tables and prose of pasted text; origins are line numbers (``dòng 12``)."""
    from pathlib import Path

    name = Path(name).name
    lines = decode(raw).splitlines()
    check_size(sum(line.count("\t") + 1 for line in lines))
    grids: list[Grid] = []
    prose: list[tuple[str, str]] = []
    block: list[list[Cell]] = []
    start = 0
    recent: list[str] = []

    def close() -> None:
        if block:
            number = len(grids) + 1
            grids.append(Grid(f"table {number}", list(block), list(recent), f"{name}, dòng {start}"))
            block.clear()
            recent.clear()

    for number, line in enumerate(lines, 1):
        if "\t" in line:
            if not block:
                start = number
            cells = line.rstrip("\r\n").split("\t")
            block.append([Cell(text.strip(), f"dòng {number}, cột {i}") for i, text in enumerate(cells, 1)])
            continue
        close()
        text = line.strip()
        if text:
            prose.append((text, f"dòng {number}"))
            recent.append(text)
            del recent[:-BEFORE_LINES]
    close()
    return Extract(grids, prose)
