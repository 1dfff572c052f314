"""Run the selected rules over loaded plans and turn their problems into findings.

Rules say *what* is wrong and *where in the data*; this is the one place that turns a data
path into file:line:col, stamps the rule id, name and severity, renders the message in the
reader's language, and keeps a crashing rule from taking the others down with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .document_words import quoted_fields, shown_parameter, shown_text
from .findings import Finding, Part, Place, Problem, Severity, part_label
from .i18n import Msg, register, translate
from .loader import LoadedPlan
from .numbers import format_number
from .records import Frozen
from .rules import LOAD_RULES, Rule, all_rules, matches
from .same_gap import link_same_gaps
from .tables import forget as forget_tables

if TYPE_CHECKING:
    from .shared_figures import SharedFigure

__all__ = ["CheckOptions", "check", "check_across", "is_chosen", "select_across", "select_rules", "render_load_problems", "INTERNAL_RULE"]

INTERNAL_RULE = "KC000"


class CheckOptions(Frozen):
    """What to check and how to word it."""

    lang: str
    plain_numbers: bool
    select: Sequence[str]
    ignore: Sequence[str]
    severity: dict[str, Severity]
    rounding: Decimal | None  # default rounding step for plans that declare none

    def __init__(
        self, lang: str = "en", plain_numbers: bool = False, select: Sequence[str] = (), ignore: Sequence[str] = (),
        severity: dict[str, Severity] | None = None, rounding: Decimal | None = None,
    ) -> None:
        self.__dict__.update(
            lang=lang, plain_numbers=plain_numbers, select=select, ignore=ignore,
            severity={} if severity is None else severity, rounding=rounding,
        )


def select_rules(options: CheckOptions) -> list[Rule]:
    """The checking rules that ``--select``/``--ignore`` leave on (load rules always run)."""
    return [r for r in all_rules() if r.check is not None and is_chosen(r, options)]


def select_across(options: CheckOptions) -> list[Rule]:
    """The rules over several plans that ``--select``/``--ignore`` leave on."""
    return [r for r in all_rules() if r.across is not None and is_chosen(r, options)]


def is_chosen(rule: Rule, options: CheckOptions) -> bool:
    """Whether ``--select`` (when given) names the rule and ``--ignore`` does not."""
    if options.select and not matches(rule, options.select):
        return False
    return not (options.ignore and matches(rule, options.ignore))


def check_across(
    figure: SharedFigure, earlier: Sequence[SharedFigure], options: CheckOptions, rules: Sequence[Rule]
) -> list[Finding]:
    """Findings of the rules over several plans for one shared figure of the file just checked,
    against the same figure in the files checked before it; placed at the figure, minus those
    its line's (or its file's) suppression comments hide."""
    findings: list[Finding] = []
    for current in rules:
        assert current.across is not None
        if any(matches(current, [pattern], everything=None) for pattern in figure.suppressed):
            continue
        try:
            problems = list(current.across(figure, earlier))
        except Exception as exc:  # one broken rule must not hide the others
            findings.append(_internal_error(figure.file, current, exc, options))
            continue
        if problems:
            from .diagnosis import diagnose_problem  # a plan without findings never needs it
        for problem in problems:
            diagnosed, reason = diagnose_problem(problem)
            findings.append(_placed((figure.file, figure.line, figure.column), current, diagnosed, reason, options))
    return sorted(findings)


def check(
    loaded: LoadedPlan, options: CheckOptions, rules: Sequence[Rule] | None = None, link_gaps: bool = True
) -> list[Finding]:
    """All findings for one loaded file: its load problems, or what the rules found.

    ``link_gaps=False`` leaves the same-gap pointers to the caller, who links the findings
    that remain after suppression comments (a pointer must not name a finding never shown)."""
    if not loaded.ok:
        return render_load_problems(loaded, options)
    assert loaded.plan is not None and loaded.source is not None
    plan = loaded.plan
    if options.rounding is not None and plan.document.rounding is None:
        plan = plan.replace(document=plan.document.replace(rounding=options.rounding))
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
    findings.sort()
    return link_same_gaps(findings, options.lang, options.plain_numbers) if link_gaps else findings


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
                translate(problem.message, options.lang, **_display(problem.params, options, problem.message)),
                translate(problem.hint, options.lang),
            )
        )
    return sorted(found)


def _place(loaded: LoadedPlan, rule: Rule, problem: Problem, options: CheckOptions) -> Finding:
    from .diagnosis import diagnose_problem  # a plan without findings never needs it

    assert loaded.source is not None
    problem, reason = diagnose_problem(problem)
    position = loaded.source.position_of(problem.path)
    return _placed((loaded.file, position.line, position.column), rule, problem, reason, options)


def _placed(place: Place, rule: Rule, problem: Problem, reason: Msg | None, options: CheckOptions) -> Finding:
    """A diagnosed problem at its place, with the rule's identity, severity and words rendered."""
    severity = problem.severity or options.severity.get(rule.id) or rule.severity
    if problem.severity is not None and rule.id in options.severity:
        severity = min(problem.severity, options.severity[rule.id], key=lambda s: s.rank)
    params = _display(problem.params, options, problem.message)
    return Finding.at(
        place,
        (rule.id, rule.name),
        severity,
        translate(problem.message, options.lang, **params),
        _hint(problem, reason, options),
        problem,
    )


def _hint(problem: Problem, reason: Msg | None, options: CheckOptions) -> str | None:
    """The rule's hint, followed by the diagnosis of the likeliest slip when one fits."""
    parts = []
    if reason is not None:
        shown = _display({"reason": reason}, options)["reason"]
        parts.append(translate(shown.key, options.lang, **shown.params))
    if problem.hint:
        parts.append(translate(problem.hint, options.lang, **_display(problem.params, options, problem.hint)))
    return "; ".join(parts) if parts else None


def _display(params: dict[str, Any], options: CheckOptions, key: str | None = None) -> dict[str, Any]:
    """Format numbers for the reader; leave Msgs for ``translate`` to render. The document's
    words (labels, units, hedges) are shown as :mod:`document_words` says for the reader's
    language, except where the message ``key`` already quotes them."""
    quoted = quoted_fields(key, options.lang)
    shown: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Decimal):
            shown[name] = format_number(value, options.plain_numbers)
        elif isinstance(value, Msg):
            shown[name] = Msg(value.key, _display(value.params, options, value.key))
        elif isinstance(value, tuple) and value and all(isinstance(item, Part) for item in value):
            shown[name] = ", ".join(
                f"{shown_text(part_label(p.label, options.lang), options.lang)}: {format_number(p.value, options.plain_numbers)}"
                for p in value
            )
        elif isinstance(value, str) and name not in quoted:
            shown[name] = shown_parameter(name, value, options.lang)
        else:
            shown[name] = value
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
