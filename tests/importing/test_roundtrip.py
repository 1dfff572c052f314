"""Each annex of QĐ 270, in each format, imported and validated, gives the seed plan's findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from khuyencong_cli.importing.core import import_source
from khuyencong_cli.importing.workflow import draft_findings

from .annexes import ANNEXES, EXPECTED, WRITERS


def _import(tmp_path: Path, key: str, fmt: str) -> str:
    path = tmp_path / f"{key}.{fmt}"
    WRITERS[fmt](ANNEXES[key], path)
    return import_source(path.read_bytes(), str(path), f".{fmt}", lang="en").draft


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("key", sorted(ANNEXES))
def test_round_trip_gives_the_seed_findings(tmp_path: Path, key: str, fmt: str) -> None:
    draft = _import(tmp_path, key, fmt)
    findings, ok = draft_findings(draft, "draft.yaml", "en")
    assert ok, draft
    table_findings = [(f.rule, f.stated, f.computed) for f in findings if f.rule.startswith("KC1")]
    assert table_findings == EXPECTED[key], draft


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_bieu_01_ii_2_is_reported_with_its_row(tmp_path: Path, fmt: str) -> None:
    draft = _import(tmp_path, "bieu-01", fmt)
    findings, _ = draft_findings(draft, "draft.yaml", "en")
    (finding,) = [f for f in findings if f.rule == "KC101"]
    assert "II/II.2" in finding.message
    assert finding.stated == 100 and finding.computed == 65


SEED_TABLES = {"ket-qua": "cb-ket-qua-2009-2015", "bieu-02": "cb-bieu-02", "bieu-01": "cb-bieu-01"}


def _by_id(rows: list, found: dict | None = None) -> dict:  # type: ignore[type-arg]
    found = {} if found is None else found
    for row in rows:
        found[row.id] = row
        _by_id(row.rows, found)
    return found


def _figures(row: object) -> tuple[object, ...]:
    cells = {
        year: ({s: v for s, v in value.items() if v is not None} if isinstance(value, dict) else value)
        for year, value in row.cells.items()  # type: ignore[attr-defined]
        if value is not None
    }
    by_source = {s: v for s, v in row.by_source.items() if v is not None}  # type: ignore[attr-defined]
    return cells, by_source, row.total  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("key", sorted(ANNEXES))
def test_imported_figures_equal_the_hand_encoded_plan(tmp_path: Path, key: str, fmt: str) -> None:
    from khuyencong_cli.loader import load_bytes, load_plan

    seed = load_plan(Path(__file__).parents[2] / "plans" / "cao-bang-2016-2020-qd-270.yaml").plan
    assert seed is not None
    (expected,) = [t for t in seed.tables if t.id == SEED_TABLES[key]]
    loaded = load_bytes(_import(tmp_path, key, fmt).encode(), "draft.yaml")
    assert loaded.plan is not None
    (imported,) = loaded.plan.tables
    assert imported.kind == expected.kind and imported.years == expected.years
    assert imported.plan_years == expected.plan_years and imported.sources == expected.sources
    want, got = _by_id(expected.rows), _by_id(imported.rows)
    shared = [row_id for row_id in got if row_id in want]
    assert len(shared) >= 3
    for row_id in shared:
        assert _figures(got[row_id]) == _figures(want[row_id]), row_id
    if expected.total is not None and key != "bieu-01":
        assert imported.total is not None and _figures(imported.total) == _figures(expected.total)


def test_a_pdf_table_continued_over_a_page_break_is_one_table(tmp_path: Path) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from .annexes import BIEU_01, FONT

    pdf = FPDF(orientation="L", format=(148, 210))
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=7)
    pdf.add_page()
    pdf.multi_cell(0, 5, BIEU_01.title, new_x="LMARGIN", new_y="NEXT")
    rows = [row for row in BIEU_01.rows if row[1] != "Nội dung và chỉ tiêu"]
    with pdf.table(col_widths=[10, 70, 18] + [12] * 6, line_height=8, repeat_headings=1, headings_style=FontFace()) as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text or "")
    path = tmp_path / "bieu-01.pdf"
    pdf.output(str(path))
    draft = import_source(path.read_bytes(), str(path), ".pdf", lang="en").draft
    assert draft.count("\n  - id: ") == 1
    assert "# header repeated after a page break at page 2: skipped" in draft
    findings, _ = draft_findings(draft, "draft.yaml", "en")
    assert [(f.rule, f.stated, f.computed) for f in findings if f.rule.startswith("KC1")] == EXPECTED["bieu-01"]
