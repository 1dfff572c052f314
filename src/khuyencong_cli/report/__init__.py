"""``kc report``: one self-contained HTML page of findings, summaries and charts."""

from __future__ import annotations

from .page import build_report

__all__ = ["build_report"]
