"""kc report: the HTML page's content, its escaping, and the page in a real headless browser.

The browser tests use Debian's chromium (``.ci/run`` installs it). Without chromium they are
skipped on a developer's machine, but fail under CI (``CI=true``), so CI never passes by
skipping them.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import Browser, find_chromium
from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_plan
from khuyencong_cli.report import build_report
from khuyencong_cli.report.charts import nice_ticks

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


def test_a_page_of_more_plans_than_full_sections_is_an_index_and_the_plans_with_findings(
    runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(PLANS), "-o", str(target), "--lang", "en", "--full-sections", "3"])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    count = len(list(PLANS.glob("*.yaml")))
    assert f"{count} documents, more than 3: the table lists every one with its computed totals and its findings; " \
        "the 4 with findings have a full section below." in page
    index = page[page.index('<table class="figures index">') : page.index("</nav>")]
    assert index.count("<tr>") == count + 1  # the heading and one row per plan
    # Full sections: only the four plans with findings, each linked from its row.
    sections = re.findall(r'<section id="(plan-\d+)" class="plan">', page)
    assert len(sections) == 4
    assert re.findall(r'<a href="#(plan-\d+)">', index) == sections
    cao_bang = next(row for row in index.split("<tr>") if str(CAO_BANG) in row)
    assert ">11.200 triệu đồng</td>" in cao_bang and ">7.928,455 triệu đồng</td>" in cao_bang
    assert '<td class="num sev-error">10</td><td class="num sev-warning">3</td><td class="num">0</td>' in cao_bang
    lai_chau = next(row for row in index.split("<tr>") if str(LAI_CHAU) in row)
    assert "<a href" not in lai_chau  # no finding: a row, no section
    assert "75.300 triệu đồng" in lai_chau
    assert "Chương trình khuyến công giai đoạn 2021 – 2025</h2>" not in page
    assert page.count("@page plan-") == 4  # named pages only for the sections written


def test_up_to_full_sections_plans_the_page_is_unchanged(tmp_path: Path) -> None:
    loaded = [load_plan(str(CAO_BANG)), load_plan(str(LAI_CHAU))]
    assert build_report(loaded, lang="vi", full_sections=2) == build_report(loaded, lang="vi")
    large = build_report(loaded, lang="vi", full_sections=1)
    assert "2 văn bản, nhiều hơn 1" in large and '<table class="figures index">' in large
    assert large.count('class="plan"') == 1  # Cao Bằng has findings, Lai Châu none


def test_unwritable_output_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", str(LAI_CHAU), "-o", str(tmp_path / "no" / "such" / "dir.html")])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_axis_ticks_are_nice_and_the_top_is_just_above_the_data() -> None:
    assert nice_ticks(Decimal("2600")) == [Decimal(v) for v in (0, 500, 1000, 1500, 2000, 2500, 3000)]
    assert nice_ticks(Decimal("75300")) == [Decimal(v) for v in (0, 20000, 40000, 60000, 80000)]
    assert nice_ticks(Decimal("7928.455"))[-1] == Decimal(8000)
    assert nice_ticks(Decimal("0.3")) == [Decimal(v) for v in ("0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3")]
    for top in ("1", "7", "11.2", "2500", "2601", "21004", "999999", "0.0004"):
        ticks = nice_ticks(Decimal(top))
        step = ticks[1]
        mantissa = step.scaleb(-step.adjusted())
        assert mantissa in (1, 2, 5), (top, step)
        assert ticks[-2] < Decimal(top) <= ticks[-1], top  # the top tick is the first at or above the data
        assert len(ticks) - 1 <= 6


def _chart_ticks(page: str, title: str) -> list[str]:
    start = page.index(f"<title>{title}")
    svg = page[start:page.index("</svg>", start)]
    return re.findall(r'text-anchor="end" class="tick">([^<]*)<', svg)


def test_cao_bang_by_year_axis_runs_to_3000_for_bars_peaking_at_2600() -> None:
    page = build_report([load_plan(str(CAO_BANG))], lang="vi")
    ticks = _chart_ticks(page, "Kinh phí theo năm, theo nguồn (triệu đồng)")
    assert ticks == ["0", "500", "1.000", "1.500", "2.000", "2.500", "3.000"]
    assert ">2.600<" in page
    assert "5.000" not in ticks and "1.250" not in page and "3.750" not in page


def _fills_by_source(page: str) -> dict[str, set[str]]:
    """Every bar and share segment's colour, by the source its tooltip names."""
    fills: dict[str, set[str]] = {}
    for fill, name in re.findall(r'fill="(#[0-9a-f]{6})"><title>(?:[^<·]* · )?([^<:·]+?)(?: †)?: ', page):
        fills.setdefault(name, set()).add(fill)
    return fills


def test_a_source_has_one_colour_on_the_whole_page() -> None:
    plans = ["bac-kan-2022-ke-hoach", "cao-bang-2016-2020-qd-270", "cao-bang-2021-2025-qd-470",
             "kien-giang-2014-2018-ket-qua", "lai-chau-2021-2025-qd-407"]
    loaded = [load_plan(str(PLANS / f"{name}.yaml")) for name in plans] + [load_plan(str(PLAN)), load_plan(str(RESULTS))]
    page = build_report(loaded, lang="en")
    fills = _fills_by_source(page)
    assert {"KCQG", "KCDP", "NK"} <= set(fills)
    for name, colours in fills.items():
        assert len(colours) == 1, (name, colours)
    assert fills["KCQG"] == {"#1f77b4"}
    # Different sources, different colours; the legend swatch of KCQG is its bar colour everywhere.
    assert len({next(iter(c)) for c in fills.values()}) == len(fills)
    swatches = re.findall(r'fill="(#[0-9a-f]{6})"/><text[^>]*class="legend">KCQG(?: †)?[ <]', page)
    assert len(swatches) >= 5 and set(swatches) == {"#1f77b4"}


def test_small_segments_are_read_in_the_legend() -> None:
    page = build_report([load_plan(str(CAO_BANG))], lang="vi")
    # NK is 2,1 % of the money spent: too thin for a label inside, so the legend says it.
    assert 'NK <tspan class="legend-value">2,1%</tspan>' in page
    assert 'KCQG <tspan class="legend-value">60,5%</tspan>' in page


def test_vietnamese_page_speaks_vietnamese_and_english_page_english(runner: CliRunner, tmp_path: Path) -> None:
    loaded = [load_plan(str(CAO_BANG)), load_plan(str(PLANS / "bac-kan-2022-ke-hoach.yaml"))]
    vi = build_report(loaded, lang="vi")
    assert '<td data-label="Mức" class="sev-error">lỗi</td>' in vi
    assert 'class="sev-warning">cảnh báo</td>' in vi
    assert "<dt>Loại văn bản</dt><dd>kế hoạch</dd>" in vi and "<dt>Loại văn bản</dt><dd>bài báo</dd>" in vi
    for english in (">error<", ">warning<", "news-article", ">plan<", "kc reconcile", "đọc như"):
        assert english not in vi, english
    en = build_report(loaded, lang="en")
    assert 'class="sev-error">error</td>' in en and "<dt>Document</dt><dd>news article</dd>" in en
    assert "lỗi" not in en and "bài báo" not in en


def test_each_document_prints_with_its_name_in_the_page_header() -> None:
    page = build_report([load_plan(str(CAO_BANG)), load_plan(str(LAI_CHAU))], lang="vi")
    assert "@page{size:A4" in page
    assert "@page plan-1{@top-left{content:\"Lai Châu: Chương trình khuyến công giai đoạn 2021 – 2025\"}}" in page
    assert "tr,.chart,.meta,td{break-inside:avoid}" in page


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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium() or _chromium()
    with Browser(executable) as opened:
        yield opened


def _colours_in(shot: Path) -> tuple[int, int, int]:
    """(distinct colours, dark pixels, KCQG-blue pixels) of a screenshot, sampled."""
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
    return len(colors), dark, blue


@pytest.mark.parametrize("width", [1400, 390])
def test_page_fits_the_screen_and_shows_the_charts(browser: Browser, page_file: Path, tmp_path: Path, width: int) -> None:
    browser.open(page_file, width, mobile=width < 500)
    assert browser.evaluate("document.body.dataset.ok") == "1"
    assert browser.evaluate("window.innerWidth") == width
    # No horizontal overflow: the page is never wider than the screen.
    assert browser.evaluate("document.documentElement.scrollWidth") <= width
    # A table wider than the screen scrolls inside its own box, never the page.
    wide = browser.evaluate(
        "Array.from(document.querySelectorAll('table.figures')).filter(t => t.scrollWidth > t.parentElement.clientWidth)"
        ".map(t => t.parentElement.className)"
    )
    assert all(name == "scroll" for name in wide)
    if width == 390:
        assert wide, "the nine-column source × year grid should scroll on a phone"
        # The findings table becomes stacked cards, each value under its column's name.
        assert browser.evaluate("getComputedStyle(document.querySelector('table.findings tr')).display") == "block"
        assert browser.evaluate("getComputedStyle(document.querySelector('table.findings td'), '::before').content") == '"Vị trí"'
        message_width = browser.evaluate("document.querySelector('table.findings td.message').getBoundingClientRect().width")
        assert message_width > 300  # a full line of text, not two words a line
        assert browser.evaluate("Math.max(...Array.from(document.querySelectorAll('svg.chart')).map(s => s.getBoundingClientRect().right))") <= width
    shot = tmp_path / f"report-{width}.png"
    browser.screenshot(shot)
    assert shot.stat().st_size > 10_000
    colours, dark, blue = _colours_in(shot)
    assert colours > 20, "the screenshot is blank"
    assert dark > 500, "too little is drawn on the page"
    assert blue > 50, "no chart bar in the KCQG colour is visible"


def test_page_prints_on_a4_with_the_document_name_on_each_page(browser: Browser, page_file: Path, tmp_path: Path) -> None:
    import pdfplumber

    browser.open(page_file, 1400)
    target = tmp_path / "report.pdf"
    browser.pdf(target)
    with pdfplumber.open(target) as pdf:
        pages = pdf.pages
        assert len(pages) > 4
        for page in pages:
            assert (round(page.width), round(page.height)) == (595, 842)  # A4 in points
        headers = [(page.extract_text() or "").splitlines()[0] for page in pages]
    lai_chau = "Lai Châu: Chương trình khuyến công giai đoạn 2021 – 2025"
    assert headers[0] == "Kế hoạch khuyến công: kết quả kiểm tra và kinh phí"
    assert headers.count(lai_chau) >= 1
    cao_bang = "Quyết định phê duyệt Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2016 - 2020"
    assert headers.count(cao_bang) >= 2  # a document of several pages names itself on each


def test_every_document_kind_has_a_name_in_both_languages():
    from khuyencong_cli.i18n import translate
    from khuyencong_cli.model import DocumentKind

    for kind in DocumentKind:
        for lang in ("en", "vi"):
            assert translate(f"report.doc-kind.{kind.value}", lang), (kind, lang)


@pytest.mark.parametrize("width", [1400, 390])
def test_the_index_of_a_large_page_fits_the_screen(browser: Browser, tmp_path: Path, width: int) -> None:
    target = tmp_path / "index.html"
    loaded = [load_plan(str(path)) for path in sorted(PLANS.glob("*.yaml"))]
    target.write_text(build_report(loaded, lang="vi", full_sections=3), encoding="utf-8")
    browser.open(target, width, mobile=width < 500)
    assert browser.evaluate("document.body.dataset.ok") == "1"
    assert browser.evaluate("document.documentElement.scrollWidth") <= width
    assert browser.evaluate("document.querySelectorAll('table.index tbody tr').length") == len(list(PLANS.glob("*.yaml")))
    assert browser.evaluate("table = document.querySelector('table.index'); table.parentElement.className") == "scroll"
    # Each link of the index leads to a section of the page.
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('table.index a')).every(a => document.querySelector(a.getAttribute('href')))"
    ) is True


def test_the_page_shows_the_findings_kc_validate_gives_with_the_plans_configuration(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Suppression comments and the plans' kc.toml reach the page as they reach kc validate."""
    import json

    monkeypatch.chdir(tmp_path)
    plan = tmp_path / "plan.yaml"
    plan.write_text((ROOT / "tests" / "golden" / "plan.yaml").read_text("utf-8"), encoding="utf-8")
    (tmp_path / "kc.toml").write_text('ignore = ["KC201"]\n', "utf-8")
    checked = runner.invoke(app, ["validate", "plan.yaml", "-f", "json", "--lang", "en"])
    places = {(f["rule"], f"plan.yaml:{f['line']}:{f['column']}") for f in json.loads(checked.stdout)["findings"]}
    assert places == {("KC008", "plan.yaml:8:1"), ("KC101", "plan.yaml:37:14"), ("KC105", "plan.yaml:37:14")}
    result = runner.invoke(app, ["report", "plan.yaml", "-o", "page.html", "--lang", "en"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    shown = set(re.findall(r"\b(KC\d{3})\b", page))
    assert {rule for rule, _ in places} <= shown and all(place in page for _, place in places)
    assert "KC201" not in shown  # ignored by kc.toml
    assert "plan.yaml:28:" not in page  # KC101 on the row whose comment suppresses it


def test_summary_and_report_skip_what_the_plans_configuration_excludes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kc.toml's exclude reaches kc summary and kc report as it reaches kc validate."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "plan.yaml").write_bytes(CAO_BANG.read_bytes())
    (tmp_path / "drafts" / "draft.yaml").write_bytes(LAI_CHAU.read_bytes())
    (tmp_path / "kc.toml").write_text('exclude = ["drafts/"]\n', "utf-8")
    checked = runner.invoke(app, ["validate", ".", "--lang", "en"])
    assert "1 file(s)" in checked.stdout and "draft.yaml" not in checked.stdout
    summary = runner.invoke(app, ["summary", ".", "--lang", "en"])
    assert summary.exit_code == 0, summary.output
    assert "plan.yaml" in summary.stdout and "draft.yaml" not in summary.stdout
    report = runner.invoke(app, ["report", ".", "-o", "page.html", "--lang", "en"])
    assert report.exit_code == 0 and "(1 plan(s))" in report.stderr, report.output
    assert "Lai Châu" not in (tmp_path / "page.html").read_text(encoding="utf-8")
