"""The stage of a run after each plan is checked on its own: figures several plans share.

Plans arrive one by one, in the order of their names (the order every report lists them
in). Each brings the small records of the figures it shares (:mod:`.shared_figures`); they
are compared with those of the plans before it, and a contradiction is reported once, in the
later plan, naming the earlier one. Only those records are kept for the run, so a report can
still be written plan by plan with memory flat.
"""

from __future__ import annotations

from .config import Config, resolve_options
from .engine import CheckOptions, check_across, select_across
from .findings import Finding
from .records import replace
from .rules import Rule
from .shared_figures import SharedFigure

__all__ = ["AcrossPlans"]


class AcrossPlans:
    """The shared figures seen so far in a run, and the rules over several plans."""

    def __init__(self, config: Config, base: CheckOptions) -> None:
        self._config = config
        self._base = base
        self._seen: dict[tuple[str, str], list[SharedFigure]] = {}
        self._rules: dict[tuple[tuple[str, ...], tuple[str, ...]], list[Rule]] = {}

    def findings(self, file: str, figures: tuple[SharedFigure, ...]) -> list[Finding]:
        """What the rules over several plans find in ``file``'s figures (chosen by the file's
        own configuration, as its other rules are); then the figures join the run's record."""
        if not figures:
            return []
        chosen = resolve_options(file, self._config, self._base.select, self._base.ignore)
        options = replace(self._base, select=chosen.select, ignore=chosen.ignore, severity=chosen.severity)
        key = (chosen.select, chosen.ignore)
        if key not in self._rules:
            self._rules[key] = select_across(options)
        found: list[Finding] = []
        if self._rules[key]:
            for figure in figures:
                found.extend(check_across(figure, self._seen.get(figure.key, ()), options, self._rules[key]))
        for figure in figures:
            self._seen.setdefault(figure.key, []).append(replace(figure, suppressed=()))
        return sorted(found)
