"""A share's finding names its part and whole in the message, never as a "summed:" line."""

from __future__ import annotations

from typer.testing import CliRunner

from khuyencong_cli.cli import app

PLAN = """kc: 1
document: {title: Chương trình, province: Lai Châu, kind: news-article, period: "2021-2025"}
claims:
  - id: c
    quote: "Tổng kinh phí 75.300 triệu đồng: huy động 48.400 triệu đồng, chiếm 46,3%"
    value: "75.300"
    unit: triệu đồng
    parts:
      - {label: huy động, value: "48.400", share: "46,3"}
"""


def test_a_share_is_not_shown_as_a_sum(tmp_path):
    path = tmp_path / "share.yaml"
    path.write_text(PLAN, encoding="utf-8")
    for lang, summed in (("en", "summed:"), ("vi", "đã cộng:")):
        result = CliRunner().invoke(app, ["validate", str(path), "--lang", lang, "--select", "KC303"])
        assert result.exit_code == 1, result.output
        assert "48.400 / 75.300" in result.output
        assert summed not in result.output
        assert "phần / part" not in result.output
