"""How headers, TT markers, totals, units and prose are read (pasted text, the quickest input)."""

from __future__ import annotations

import pytest
import yaml

from khuyencong_cli.i18n import catalog
from khuyencong_cli.importing import messages  # noqa: F401
from khuyencong_cli.importing.core import import_source
from khuyencong_cli.importing.vocabulary import is_total_label


def _draft(text: str) -> str:
    return import_source(text.encode("utf-8"), "annex.txt", ".txt", lang="en").draft


def _table(text: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(_draft(text))["tables"][0]  # type: ignore[no-any-return]


TREE = """Bảng 3. Kinh phí theo nội dung
ĐVT: tỷ đồng

STT\tNội dung\tNăm 2021\tNăm 2022\tTổng số
1\t2\t3\t4\t5 = 3 + 4
\tTổng cộng\t10\t12\t22
I\tKhuyến công quốc gia\t6\t7\t13
1\tĐào tạo nghề\t4\t5\t9
a\tNghề mây tre\t1\t2\t3
b\tNghề dệt\t3\t3\t6
2\tMô hình trình diễn\t2\t2\t4
STT\tNội dung\tNăm 2021\tNăm 2022\tTổng số
II\tKhuyến công địa phương\t4\t5\t9
"""


def test_tt_markers_build_the_row_tree() -> None:
    table = _table(TREE)
    ids = [(r["id"], [c["id"] for c in r.get("rows", [])]) for r in table["rows"]]
    assert ids == [("I", ["I.1", "I.2"]), ("II", [])]
    assert [c["id"] for c in table["rows"][0]["rows"][0]["rows"]] == ["I.1.a", "I.1.b"]


def test_a_total_row_printed_first_is_the_stated_total() -> None:
    table = _table(TREE)
    assert table["total"]["name"] == "Tổng cộng"
    assert table["total"]["cells"] == {2021: "10", 2022: "12"} and table["total"]["total"] == "22"


def test_unit_line_title_and_sources_from_row_names() -> None:
    table = _table(TREE)
    assert table["unit"] == "tỷ đồng" and table["title"] == "Bảng 3. Kinh phí theo nội dung"
    assert table["id"] == "bang-03"
    assert [r.get("source") for r in table["rows"]] == ["KCQG", "KCDP"]


def test_column_number_row_and_repeated_header_are_recorded_not_read_as_rows() -> None:
    draft = _draft(TREE)
    assert "# column-number row: 1 | 2 | 3 | 4 | 5 = 3 + 4" in draft
    assert "# header repeated after a page break at dòng 12, cột 1: skipped" in draft


def test_plan_year_column_makes_a_results_table() -> None:
    table = _table("TT\tNguồn\tNăm 2014\tKH năm 2015\tTổng cộng\n1\tKCQG\t5\t6\t11\n")
    assert table["kind"] == "results" and table["plan_years"] == [2015] and table["years"] == [2014, 2015]


def test_text_in_a_number_column_is_left_out_with_a_todo() -> None:
    draft = _draft("TT\tNội dung\tNăm 2016\tTổng\n1\tĐào tạo\tx\t5\n")
    assert 'TODO: dòng 2, cột 3 reads "x", which is not a number: left out' in draft
    assert "2016:" not in draft


def test_prose_figures_become_commented_claim_candidates() -> None:
    draft = _draft(
        "Tổng kinh phí khoảng 11.200 triệu đồng, trong đó khuyến công quốc gia 7.600 triệu đồng.\n"
        "Mỗi năm đào tạo 130 lao động.\n\n"
        "TT\tNội dung\tNăm 2016\tTổng\n1\tĐào tạo\t5\t5\n"
    )
    assert "# claims:" in draft
    assert '#     value: "11.200"' in draft and '#     unit: "triệu đồng"' in draft
    assert "#     hedge: khoảng" in draft
    assert "TODO: says \"trong đó\": write the parts" in draft
    assert '#     quote: "Mỗi năm đào tạo 130 lao động."' in draft
    assert "TODO: says \"mỗi năm\": write per_year" in draft
    assert yaml.safe_load(draft).get("claims") is None  # candidates stay comments until a person decides


def test_vietnamese_draft_comments() -> None:
    draft = import_source("TT\tNội dung\tNăm 2016\tTổng\n1\tĐào tạo\t5\t5\n".encode(), "a.txt", ".txt", lang="vi").draft
    assert draft.startswith("# Bản nháp do kc import tạo từ a.txt")


def test_every_import_message_speaks_both_languages() -> None:
    keys = [key for key in catalog() if key.startswith("import.")]
    assert len(keys) > 40
    for key in keys:
        assert catalog()[key].get("vi") and catalog()[key].get("en"), key


@pytest.mark.parametrize(
    ("label", "is_total"),
    [
        ("Tổng cộng", True), ("Cộng", True), ("Tổng", True), ("Tổng chung", True), ("Tổng kinh phí", True),
        ("TỔNG CỘNG", True), ("Tong cong", True), ("Tổng cộng 2 nguồn", True),
        ("Công tác tuyên truyền", False), ("Tổng hợp kinh phí", False), ("Nội dung khác", False),
    ],
)
def test_what_is_a_total(label: str, is_total: bool) -> None:
    assert is_total_label(label) is is_total


def test_a_line_item_spelt_like_cong_is_not_taken_for_the_total() -> None:
    table = _table("TT\tNội dung\tNăm 2016\tTổng\n1\tĐào tạo\t5\t5\n2\tCông tác tuyên truyền\t3\t3\n\tCộng\t8\t8\n")
    assert [r["name"] for r in table["rows"]] == ["Đào tạo", "Công tác tuyên truyền"]
    assert table["total"]["name"] == "Cộng"
