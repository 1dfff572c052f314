"""The documentation's complete plan example loads and is consistent."""

from __future__ import annotations

import re

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
