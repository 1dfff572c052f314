"""Write an output file whole or not at all.

A report, workbook or baseline written in place and cut short (disk full, a file-size
limit, an interrupt) would leave a truncated file where the good one was. Everything is
written to a temporary file in the target's directory (same file system, so the rename is
atomic), flushed to disk, and renamed over the target; on any error the temporary file is
removed and the old target stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO, cast

__all__ = ["STDOUT", "BinaryToTerminal", "open_atomic", "scratch", "write_atomic", "write_output"]

STDOUT = "-"


class BinaryToTerminal(Exception):
    """Binary data (a workbook) was to be written to standard output, which is a terminal."""


def write_atomic(target: str | os.PathLike[str], data: bytes | str) -> None:
    """Replace ``target`` with ``data`` (text is written as UTF-8); raise OSError on failure."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _replacing(Path(target), "wb") as handle:
        handle.write(payload)


@contextlib.contextmanager
def open_atomic(target: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file (UTF-8) to write ``target`` piece by piece, so a large output is never
    held whole: it replaces ``target`` when the block ends, and on any error (raised in the
    block or while writing) is removed and the old target stays as it was. ``-`` is
    standard output, written as it comes."""
    if str(target) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with _replacing(Path(target), "w") as handle:
        yield cast(TextIO, handle)


@contextlib.contextmanager
def _replacing(path: Path, mode: str) -> Iterator[IO[Any]]:
    """A temporary file beside ``path`` (``mode`` "wb", or "w" for UTF-8 text), flushed to
    disk and renamed over ``path`` when the block ends; removed on any error."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(descriptor, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@contextlib.contextmanager
def scratch(mode: str = "w+b") -> Iterator[IO[Any]]:
    """A temporary file for output that is made before it is placed (a report's sections, a
    summary's grids), removed at the end. Closing it never raises: its content is thrown
    away, and an error already on its way (a full disk, a file-size limit) is the one to
    report, not the same error again from flushing what was left."""
    encoding = None if "b" in mode else "utf-8"
    handle = tempfile.TemporaryFile(mode, encoding=encoding, newline=None if "b" in mode else "")  # noqa: SIM115 (closed below)
    try:
        yield handle
    finally:
        with contextlib.suppress(OSError):
            handle.close()


def _mode_for(path: Path) -> int:
    """The existing file's permissions, else what a plain ``open`` would give (0666 - umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_output(target: str, data: bytes | str) -> None:
    """``-`` is standard output (binary refused on a terminal), anything else a file."""
    if target != STDOUT:
        write_atomic(target, data)
        return
    if isinstance(data, str):
        sys.stdout.write(data)
        return
    if sys.stdout.isatty():
        raise BinaryToTerminal(target)
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
