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
