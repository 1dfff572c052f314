"""kc report: the HTML page's content, its escaping, and the page in a real headless browser.

The browser tests use Debian's chromium (``.ci/run`` installs it). Without chromium they are
skipped on a developer's machine, but fail under CI (``CI=true``), so CI never passes by
skipping them.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_plan
from khuyencong_cli.report import build_report

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "plans"
FIXTURES = Path(__file__).parent / "fixtures"
CAO_BANG = PLANS / "cao-bang-2016-2020-qd-270.yaml"
LAI_CHAU = PLANS / "lai-chau-2021-2025-qd-407.yaml"
PLAN = FIXTURES / "plan-2021-2023.yaml"
RESULTS = FIXTURES / "results-2021-2023.yaml"
KCQG_BLUE = (0x1F, 0x77, 0xB4)


def test_page_holds_findings_tables_and_charts(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(CAO_BANG), str(PLAN), str(RESULTS), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and "<link" not in page and "src=" not in page  # nothing fetched
    assert page.count("<svg") >= 6
    assert "Funding by year, by source" in page and "Shares by source" in page
    assert "Tỉnh Thử: plan against results by year" in page  # the fixture plan and its results
    assert "KC102" in page  # the fixture's wrong column total, with its place
    assert f"{PLAN}:47:37" in page
    assert "7.928,455" in page


def test_plan_text_is_escaped(write_plan, tmp_path: Path) -> None:
    text = PLAN.read_text(encoding="utf-8").replace(
        "title: Kế hoạch khuyến công thử nghiệm 2021-2023", 'title: "<script>alert(1)</script> & co"'
    )
    loaded = load_plan(write_plan(text, "evil.yaml"))
    assert loaded.ok
    page = build_report([loaded], lang="en")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_a_plan_that_cannot_be_loaded_writes_no_page_and_exits_2(runner: CliRunner, write_plan, tmp_path: Path) -> None:
    bad = write_plan("kc: 1\ndocument: [\n", "bad.yaml")
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(LAI_CHAU), str(bad), "-o", str(target), "--lang", "en"])
    assert result.exit_code == 2
    assert not target.exists()
    assert "written" not in result.output
    # The load errors as kc validate prints them.
    validate = runner.invoke(app, ["validate", str(bad), "--lang", "en"])
    assert validate.exit_code == 2
    assert f"{bad}\n  3:1  error  KC002 yaml-syntax  YAML syntax error" in validate.output
    assert f"{bad}\n  3:1  error  KC002 yaml-syntax  YAML syntax error" in result.output


def test_page_marks_money_from_the_text_and_shares_with_one_decimal(tmp_path: Path) -> None:
    loaded = [load_plan(str(PLANS / "cao-bang-2021-2025-qd-470.yaml")), load_plan(str(LAI_CHAU))]
    page = build_report(loaded, lang="en")
    assert '<td title="KCQG (Kinh phí khuyến công quốc gia) †">KCQG †</td>' in page
    assert "† from the text" in page
    assert "21,0%" in page and "100,0%" in page


def test_unwritable_output_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(LAI_CHAU), "-o", str(tmp_path / "no" / "such" / "dir.html")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# ----------------------------------------------------------------------------- real browser

def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("chromium is missing in CI: .ci/run should have installed it")
    pytest.skip("chromium is not installed (apt-get install chromium)")


def _run_browser(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    with tempfile.TemporaryDirectory() as profile:
        command = [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args,
        ]
        return subprocess.run(command, capture_output=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("report") / "report.html"
    kc = shutil.which("kc")
    command = [kc] if kc else [sys.executable, "-m", "khuyencong_cli.cli"]
    completed = subprocess.run(
        [*command, "report", str(LAI_CHAU), str(CAO_BANG), str(PLAN), str(RESULTS), "-o", str(target), "--lang", "vi"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return target


def test_page_opens_without_errors(page_file: Path) -> None:
    completed = _run_browser(["--dump-dom", page_file.as_uri()])
    dom = completed.stdout.decode("utf-8")
    assert completed.returncode == 0, completed.stderr.decode("utf-8", "replace")[-2000:]
    assert 'data-ok="1"' in dom  # the inline script ran after the page loaded
    assert dom.count("<svg") >= 8
    assert "Kinh phí theo năm, theo nguồn" in dom


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG with the standard library: (width, bytes per pixel, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks, header = 8, [], b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and color in (2, 6)
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=False))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, bpp, rows


def test_screenshot_shows_the_charts(page_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    completed = _run_browser([f"--screenshot={shot}", "--window-size=1000,1300", page_file.as_uri()])
    assert shot.exists() and shot.stat().st_size > 10_000, completed.stderr.decode("utf-8", "replace")[-2000:]
    width, bpp, rows = _png_pixels(shot.read_bytes())
    colors: set[bytes] = set()
    dark = blue = 0
    for row in rows[::4]:
        for x in range(0, width * bpp, bpp * 4):
            pixel = row[x:x + 3]
            colors.add(pixel)
            if sum(pixel) < 600:
                dark += 1
            if abs(pixel[0] - KCQG_BLUE[0]) < 8 and abs(pixel[1] - KCQG_BLUE[1]) < 8 and abs(pixel[2] - KCQG_BLUE[2]) < 8:
                blue += 1
    assert len(colors) > 20, "the screenshot is blank"
    assert dark > 500, "too little is drawn on the page"
    assert blue > 50, "no chart bar in the KCQG colour is visible"
