"""Run the selected rules over loaded plans and turn their problems into findings.

Rules say *what* is wrong and *where in the data*; this is the one place that turns a data
path into file:line:col, stamps the rule id, name and severity, renders the message in the
reader's language, and keeps a crashing rule from taking the others down with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .diagnosis import diagnose_problem
from .findings import Finding, Part, Problem, Severity, part_label
from .i18n import Msg, register, translate
from .loader import LoadedPlan
from .numbers import format_number
from .rules import LOAD_RULES, Rule, all_rules, matches
from .same_gap import link_same_gaps
from .tables import forget as forget_tables

__all__ = ["CheckOptions", "check", "select_rules", "render_load_problems", "INTERNAL_RULE"]

INTERNAL_RULE = "KC000"


@dataclass(frozen=True)
class CheckOptions:
    """What to check and how to word it."""

    lang: str = "en"
    plain_numbers: bool = False
    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    rounding: Decimal | None = None  # default rounding step for plans that declare none


def select_rules(options: CheckOptions) -> list[Rule]:
    """The checking rules that ``--select``/``--ignore`` leave on (load rules always run)."""
    chosen = []
    for candidate in all_rules():
        if candidate.check is None:
            continue
        if options.select and not matches(candidate, options.select):
            continue
        if options.ignore and matches(candidate, options.ignore):
            continue
        chosen.append(candidate)
    return chosen


def check(loaded: LoadedPlan, options: CheckOptions, rules: Sequence[Rule] | None = None) -> list[Finding]:
    """All findings for one loaded file: its load problems, or what the rules found."""
    if not loaded.ok:
        return render_load_problems(loaded, options)
    assert loaded.plan is not None and loaded.source is not None
    plan = loaded.plan
    if options.rounding is not None and plan.document.rounding is None:
        document = plan.document.model_copy(update={"rounding": options.rounding})
        plan = plan.model_copy(update={"document": document})
    findings: list[Finding] = []
    try:
        for current in rules if rules is not None else select_rules(options):
            assert current.check is not None
            try:
                placed = [_place(loaded, current, problem, options) for problem in current.check(plan)]
            except Exception as exc:  # one broken rule must not hide the others
                findings.append(_internal_error(loaded.file, current, exc, options))
                continue
            findings.extend(placed)
    finally:
        forget_tables()  # the rules share one reading of the tables per plan
    return link_same_gaps(sorted(findings), options.lang, options.plain_numbers)


def render_load_problems(loaded: LoadedPlan, options: CheckOptions) -> list[Finding]:
    """Findings for a file that could not be loaded (every one an error)."""
    found = []
    for problem in loaded.problems:
        meta = LOAD_RULES[problem.rule]
        found.append(
            Finding.at(
                (loaded.file, problem.position.line, problem.position.column),
                (meta.id, meta.name),
                Severity.ERROR,
                translate(problem.message, options.lang, **_display(problem.params, options)),
                translate(problem.hint, options.lang),
            )
        )
    return sorted(found)


def _place(loaded: LoadedPlan, rule: Rule, problem: Problem, options: CheckOptions) -> Finding:
    assert loaded.source is not None
    problem, reason = diagnose_problem(problem)
    position = loaded.source.position_of(problem.path)
    severity = problem.severity or options.severity.get(rule.id) or rule.severity
    if problem.severity is not None and rule.id in options.severity:
        severity = min(problem.severity, options.severity[rule.id], key=lambda s: s.rank)
    params = _display(problem.params, options)
    return Finding.at(
        (loaded.file, position.line, position.column),
        (rule.id, rule.name),
        severity,
        translate(problem.message, options.lang, **params),
        _hint(problem, reason, params, options),
        problem,
    )


def _hint(problem: Problem, reason: Msg | None, params: dict[str, Any], options: CheckOptions) -> str | None:
    """The rule's hint, followed by the diagnosis of the likeliest slip when one fits."""
    parts = []
    if reason is not None:
        shown = _display({"reason": reason}, options)["reason"]
        parts.append(translate(shown.key, options.lang, **shown.params))
    if problem.hint:
        parts.append(translate(problem.hint, options.lang, **params))
    return "; ".join(parts) if parts else None


def _display(params: dict[str, Any], options: CheckOptions) -> dict[str, Any]:
    """Format numbers for the reader; leave Msgs for ``translate`` to render."""
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Decimal):
            shown[key] = format_number(value, options.plain_numbers)
        elif isinstance(value, Msg):
            shown[key] = Msg(value.key, _display(value.params, options))
        elif isinstance(value, tuple) and value and all(isinstance(item, Part) for item in value):
            shown[key] = ", ".join(f"{part_label(p.label, options.lang)}: {format_number(p.value, options.plain_numbers)}" for p in value)
        else:
            shown[key] = value
    return shown


def _internal_error(file: str, rule: Rule, exc: Exception, options: CheckOptions) -> Finding:
    import traceback  # only when a rule crashed

    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    detail = f"{type(exc).__name__}: {exc}" + (f" ({where.filename}:{where.lineno})" if where else "")
    return Finding.at(
        (file, 1, 1),
        (INTERNAL_RULE, "internal-error"),
        Severity.ERROR,
        translate("engine.crash", options.lang, rule=rule.id, detail=detail),
        translate("engine.crash.hint", options.lang),
    )


def has_internal_errors(findings: Iterable[Finding]) -> bool:
    """True when a rule crashed: the result cannot be trusted, whatever else was found."""
    return any(f.rule == INTERNAL_RULE for f in findings)


register(
    {
        "engine.crash": {
            "en": "internal error: rule {rule} crashed ({detail}); this plan was not fully checked",
            "vi": "lỗi nội bộ: quy tắc {rule} bị lỗi ({detail}); kế hoạch chưa được kiểm tra đầy đủ",
        },
        "engine.crash.hint": {
            "en": "this is a bug in kc, not in the plan; please report it with the file",
            "vi": "đây là lỗi của kc, không phải của kế hoạch; hãy báo lỗi kèm tệp",
        },
    }
)
