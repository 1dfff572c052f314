"""Output formats. Each renders the same list of findings; none computes anything.

A reporter is a function ``render(report) -> str``; ``REPORTERS`` maps ``--format`` names
to the module that holds it, imported only when chosen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from .base import Report

__all__ = ["REPORTERS", "Report", "get_reporter"]

REPORTERS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "gitlab": "gitlab",
}


def get_reporter(name: str) -> Callable[[Report], str]:
    """The ``render`` function of a format, by its ``--format`` name."""
    module = importlib.import_module(f"{__name__}.{REPORTERS[name]}")
    render: Callable[[Report], str] = module.render
    return render
