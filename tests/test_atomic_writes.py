"""Outputs are replaced whole or not at all; a workbook never lands in a file named ``-``."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from khuyencong_cli.atomic import write_atomic

from conftest import PLANS

PLAN = str(PLANS / "cao-bang-2016-2020-qd-270.yaml")
GOOD = b"the good report\n" * 100


def _limited(limit_bytes: int):
    """A child whose files cannot grow past ``limit_bytes`` (ulimit -f): writes fail part-way."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return apply


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["report", "-o", "{target}", PLAN], "report.html"),
        (["summary", "-f", "csv", "-o", "{target}", PLAN], "summary.csv"),
        (["summary", "-o", "{target}", PLAN], "summary.xlsx"),
        (["validate", "--update-baseline", "--baseline", "{target}", PLAN], "baseline.json"),
    ],
)
def test_a_write_cut_short_leaves_the_old_file_and_one_clean_error(tmp_path, args, name):
    target = tmp_path / name
    target.write_bytes(GOOD)
    command = [sys.executable, "-m", "khuyencong_cli.cli", *[a.format(target=target) for a in args], "--lang", "en"]
    done = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, check=False,
        preexec_fn=_limited(len(GOOD) + 200), env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode == 2, done.stderr
    assert target.read_bytes() == GOOD  # untouched
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert "cannot write" in done.stderr or "cannot write" in done.stdout or "baseline" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_write_atomic_replaces_whole_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", "utf-8")
    target.chmod(0o640)
    write_atomic(target, "mới")
    assert target.read_text("utf-8") == "mới"
    assert target.stat().st_mode & 0o777 == 0o640


def test_xlsx_to_standard_output_is_written_deliberately(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "khuyencong_cli.cli", "summary", "-f", "xlsx", "-o", "-", PLAN],
        cwd=tmp_path, capture_output=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout[:2] == b"PK"  # a zip archive: the workbook itself
    assert not (tmp_path / "-").exists()


def test_xlsx_to_a_terminal_is_refused(tmp_path):
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "khuyencong_cli.cli", "summary", "-f", "xlsx", "-o", "-", "--lang", "en", PLAN],
            cwd=tmp_path, stdout=follower, stderr=subprocess.PIPE, text=True, check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert "binary and standard output is a terminal" in done.stderr
    assert not (tmp_path / "-").exists()
