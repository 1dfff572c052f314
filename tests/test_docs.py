"""The documentation's complete plan example loads and is consistent."""

from __future__ import annotations

import re

import pytest

from khuyencong_cli.engine import CheckOptions, check
from khuyencong_cli.loader import load_bytes

from conftest import ROOT


def test_format_reference_example_is_a_valid_consistent_plan():
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    example = re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S).group(1)
    loaded = load_bytes(example.encode(), "example.yaml")
    assert loaded.ok, [p.message for p in loaded.problems]
    assert [f.message for f in check(loaded, CheckOptions())] == []


def test_the_article_walkthrough_shows_the_bundled_plan():
    """docs/articles.md quotes plans/dak-lak-2020-de-an-kcdp.yaml: its claim block and address
    are the plan's own, so the walk-through cannot drift from the file it describes."""
    text = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    plan = (ROOT / "plans" / "dak-lak-2020-de-an-kcdp.yaml").read_text(encoding="utf-8")
    claim = re.search(r"```yaml\n(  - id: dl-tong-theo-nguon\n.*?)```", text, re.S).group(1)
    body = "\n".join(line for line in claim.splitlines() if not line.lstrip().startswith("quote:"))
    plan_lines = plan.splitlines()
    for line in body.splitlines():
        assert line in plan_lines, line
    assert "http://baodaklak.vn/channel/3483/202003/trien-khai-16-de-an-khuyen-cong-dia-phuong-5675014/" in plan
    assert "plans/dak-lak-2020-de-an-kcdp.yaml" in text


COMMA_PLAN = """kc: 1
document: {title: Tin bài, province: Đắk Lắk, kind: news-article, period: "2020"}
claims:
  - id: c
    quote: "tổng kinh phí gần 3,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 2 tỷ đồng, đối ứng gần 1,6 tỷ đồng"
    value: "3,6"
    unit: tỷ đồng
    parts:
      - {label: Ngân sách tỉnh hỗ trợ, 2 tỷ đồng, value: 2}
"""


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_article_walkthrough_shows_the_unquoted_comma_message_kc_gives(lang):
    """The message docs/articles.md shows for a label cut at its comma is kc's own, in both
    languages, and it tells the reader to quote the label."""
    from khuyencong_cli.engine import render_load_problems

    text = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    loaded = load_bytes(COMMA_PLAN.encode(), "plan.yaml")
    (finding,) = render_load_problems(loaded, CheckOptions(lang=lang))
    assert finding.rule == "KC005" and (finding.line, finding.column) == (9, 40)
    assert 'label: "…"' in finding.message
    assert f"  {finding.message}\n" in text


def test_the_article_walkthrough_quotes_its_other_plans_and_links_the_hedge_table():
    """The snippets of other real articles are their plans' own lines, and the hedge table the
    page points at exists under that heading."""
    text = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    binh_thuan = (ROOT / "plans" / "binh-thuan-2019-kcdp-dot-1.yaml").read_text(encoding="utf-8").splitlines()
    block = re.search(r"```yaml\n(      - label: \"01 đề án bổ sung.*?)```", text, re.S).group(1)
    assert all(line in binh_thuan for line in block.splitlines())
    kien_giang = (ROOT / "plans" / "kien-giang-2014-2018-ket-qua.yaml").read_text(encoding="utf-8").splitlines()
    assert "    of: {table: kg-nguon-von-2014-2018, sources: [KCQG, KCDP]}" in kien_giang
    assert "    of: {table: kg-nguon-von-2014-2018, sources: [KCQG, KCDP]}" in text
    assert "(claims.md#hedges-and-ranges)" in text
    assert "\n## Hedges and ranges\n" in (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
