"""``kc report``: one self-contained HTML page of findings, summaries and charts."""

from __future__ import annotations

from .page import FULL_SECTIONS, build_report, write_report

__all__ = ["FULL_SECTIONS", "build_report", "write_report"]
