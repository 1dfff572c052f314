"""Why a stated figure differs from the computed one: the likeliest slip, and the fix.

Documents are typed by hand, so most mismatches are one of a few slips. Each is recognised
from the two figures alone (and, for a left-out part, the figures summed), in this order of
likelihood, and the first that fits is reported with the figure the text should hold:

- ``scale``: the stated figure is the computed one ×10, ×100, ×1.000 … (a tỷ/triệu mix-up
  is a ×1.000 slip: 18,246 tỷ written where 18.246 triệu was meant);
- ``swap``: two adjacent digits swapped (1.324 for 1.234);
- ``digit``: one digit mistyped (7.763,445 for 7.763,455);
- ``dropped`` / ``extra``: one digit left out or typed twice (7.63,455, 77.763,455);
- ``blank-cells``: a row total larger than its cells, in a row with blank year cells: the gap
  is what the blank cells would have to hold (or the total should be the filled cells' sum);
- ``part-typo``: the stated figure is right and exactly one of the figures summed is off by
  such a slip (13,880 for 13,800); ``suggested`` is then the corrected part;
- ``part-missing`` / ``part-twice``: the gap equals one of the figures summed: that part was
  left out of the stated total, or counted twice;
- ``scope``: the gap equals a figure beside the comparison but outside it (another source of
  the row or the table): the stated figure likely includes that part (a total labelled
  "khuyến công địa phương" that holds the national funds too), or leaves out one it names.

A digit-level slip explains every digit of the stated figure, a gap equal to a part explains
only the gap, so digit-level slips rank first. When nothing fits, there is no diagnosis:
guessing would send the reader after the wrong figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .findings import Part, Problem
from .i18n import Msg, register
from .records import Frozen, replace

__all__ = ["Diagnosis", "diagnose", "diagnose_problem", "CODES"]

_TYPOS = ("scale", "swap", "digit", "dropped", "extra")
CODES = ("part-typo", "scale", "swap", "digit", "dropped", "extra", "part-missing", "part-twice", "blank-cells", "scope", "crossing-cell")


class Diagnosis(Frozen):
    """The likeliest slip: a short code, the figure the text should hold, and why."""

    code: str
    suggested: Decimal
    reason: Msg

    def __init__(self, code: str, suggested: Decimal, reason: Msg) -> None:
        self.__dict__.update(code=code, suggested=suggested, reason=reason)


def _digits(a: Decimal, b: Decimal) -> tuple[str, str]:
    """Both figures as digit strings at a common scale (so 7.763,445 → '7763445')."""
    places = max(_places(a), _places(b))
    return _as_digits(abs(a), places), _as_digits(abs(b), places)


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _as_digits(value: Decimal, places: int) -> str:
    scaled = (value * (Decimal(10) ** places)).to_integral_value()
    return str(int(scaled))


def _scale(stated: Decimal, computed: Decimal) -> Diagnosis | None:
    if not stated or not computed or (stated < 0) != (computed < 0):
        return None
    ratio = stated / computed
    for power in (1, 2, 3, 6, 9):
        factor = Decimal(10) ** power
        for found, word in ((factor, "×"), (1 / factor, "÷")):
            if ratio == found:
                return Diagnosis("scale", computed, Msg("diagnosis.scale", {"factor": f"{word}{_group(factor)}"}))
    return None


def _group(value: Decimal) -> str:
    text = str(int(value))
    groups: list[str] = []
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    groups.insert(0, text)
    return ".".join(groups)


def _same_length(stated: str, computed: str) -> Diagnosis | None:
    """One digit mistyped, or two adjacent digits swapped."""
    if len(stated) != len(computed) or len(stated.lstrip("0")) < 2:
        return None
    diff = [i for i, (a, b) in enumerate(zip(stated, computed, strict=False)) if a != b]
    if len(diff) == 1:
        i = diff[0]
        return Diagnosis("digit", Decimal(0), Msg("diagnosis.digit", {"was": stated[i], "should": computed[i]}))
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i, j = diff
        if stated[i] == computed[j] and stated[j] == computed[i]:
            return Diagnosis("swap", Decimal(0), Msg("diagnosis.swap", {"pair": stated[i] + stated[j], "should": computed[i] + computed[j]}))
    return None


def _one_off(stated: str, computed: str) -> Diagnosis | None:
    """A digit dropped (stated is shorter by one) or typed twice/extra (longer by one)."""
    if len(stated) + 1 == len(computed):
        for i in range(len(computed)):
            if computed[:i] + computed[i + 1:] == stated:
                return Diagnosis("dropped", Decimal(0), Msg("diagnosis.dropped", {"digit": computed[i]}))
    if len(stated) == len(computed) + 1:
        for i in range(len(stated)):
            if stated[:i] + stated[i + 1:] == computed:
                return Diagnosis("extra", Decimal(0), Msg("diagnosis.extra", {"digit": stated[i]}))
    return None


def _part_typo(gap: Decimal, parts: Sequence[Part]) -> Diagnosis | None:
    """Exactly one summed figure that, corrected by one digit, makes the sum agree."""
    fits = []
    for part in parts:
        target = part.value + gap
        if target <= 0 or part.value < 0:
            continue  # a part corrected to nothing is a part counted twice, not a typo
        a, b = _digits(part.value, target)
        slip = _same_length(a, b) or _one_off(a, b)
        if slip is not None:
            fits.append((part, target, slip))
    if len(fits) != 1:
        return None  # several parts could be the typo: naming one would be a guess
    part, target, slip = fits[0]
    return Diagnosis(
        "part-typo", target, Msg("diagnosis.part-typo", {"part": part.label, "value": part.value, "reason": slip.reason})
    )


def diagnose(
    stated: Decimal,
    computed: Decimal,
    parts: Sequence[Part] = (),
    blank_cells: Sequence[str] = (),
    beside: Sequence[Part] = (),
) -> Diagnosis | None:
    """The likeliest slip that turns ``computed`` into ``stated``, or None when none fits.

    ``parts`` are the figures summed into ``computed``; ``blank_cells`` names the cells of the
    row that are empty (their years), when the rule knows them; ``beside`` the figures next to
    the comparison but outside it (a scope slip).
    """
    if stated == computed:
        return None
    found = _scale(stated, computed)
    if found is None and (stated < 0) == (computed < 0):
        a, b = _digits(stated, computed)
        found = _same_length(a, b) or _one_off(a, b)
        if found is not None:
            found = replace(found, suggested=computed)
    if found is not None:
        return found
    gap = stated - computed
    found = _part_typo(gap, parts)
    if found is not None:
        return found
    if gap > 0 and blank_cells:
        return Diagnosis("blank-cells", computed, Msg("diagnosis.blank-cells", {"cells": ", ".join(blank_cells), "gap": gap}))
    for part in parts:
        if part.value and abs(gap) == abs(part.value):
            code = "part-twice" if gap > 0 else "part-missing"
            return Diagnosis(code, computed, Msg(f"diagnosis.{code}", {"part": part.label, "value": abs(part.value)}))
    return _scope(gap, computed, beside)


def _scope(gap: Decimal, computed: Decimal, beside: Sequence[Part]) -> Diagnosis | None:
    """Exactly one figure beside the comparison equals the gap: the stated figure's scope is
    wider (it includes that part) or narrower (it leaves it out) than its label says."""
    fits = [part for part in beside if part.value and abs(gap) == abs(part.value)]
    if len(fits) != 1:
        return None  # two sources of the same size: naming one would be a guess
    part = fits[0]
    key = "diagnosis.scope-includes" if gap > 0 else "diagnosis.scope-leaves-out"
    return Diagnosis("scope", computed, Msg(key, {"part": part.label, "value": abs(part.value)}))


def diagnose_problem(problem: Problem) -> tuple[Problem, Msg | None]:
    """The problem with ``diagnosis``/``suggested`` filled when a slip fits, and the reason.

    A problem a rule already diagnosed (KC106's crossing cell) keeps its suggested figure; when
    a figure beside it equals the gap, the diagnosis becomes ``scope``, which says why.
    """
    if problem.stated is None or problem.computed is None:
        return problem, None
    if problem.diagnosis is not None:
        scope = _scope(problem.stated - problem.computed, problem.computed, problem.beside)
        if scope is None:
            return problem, None
        return replace(problem, diagnosis=scope.code), scope.reason
    if not problem.diagnose:
        return problem, None  # the rule knows the cause is not a typo (a list left short)
    summed = problem.parts if problem.combine == "sum" else ()  # a ratio's whole is no missing part
    found = diagnose(problem.stated, problem.computed, summed, problem.blank_cells, problem.beside)
    if found is None:
        return problem, None
    key = {"part-typo": "diagnosis.hint-part"}.get(found.code, "diagnosis.hint" if found.code in _TYPOS else "diagnosis.hint-gap")
    reason = Msg(key, {"suggested": found.suggested, "reason": found.reason})
    return replace(problem, diagnosis=found.code, suggested=found.suggested), reason


register(
    {
        "diagnosis.hint": {
            "en": "likely a typo for {suggested}: {reason}",
            "vi": "nhiều khả năng gõ nhầm, đúng phải là {suggested}: {reason}",
        },
        "diagnosis.hint-part": {
            "en": "the stated figure agrees if a part is corrected to {suggested}: {reason}",
            "vi": "số ghi sẽ khớp nếu sửa một phần thành {suggested}: {reason}",
        },
        "diagnosis.part-typo": {
            "en": "{part} is written {value}; {reason}",
            "vi": "{part} ghi {value}; {reason}",
        },
        "diagnosis.hint-gap": {
            "en": "the consistent figure is {suggested}: {reason}",
            "vi": "số khớp là {suggested}: {reason}",
        },
        "diagnosis.scale": {
            "en": "the stated figure is the computed one {factor}, with the same digits (a ×1.000 slip is a \"tỷ\"/\"triệu\" (billion/million) mix-up)",
            "vi": "số ghi bằng số tính được {factor}, cùng các chữ số (lệch ×1.000 là nhầm tỷ/triệu)",
        },
        "diagnosis.digit": {
            "en": "one digit differs ({was} where {should} belongs), every other digit agrees",
            "vi": "chỉ khác một chữ số ({was} thay cho {should}), các chữ số khác trùng khớp",
        },
        "diagnosis.swap": {
            "en": "two adjacent digits are swapped ({pair} for {should})",
            "vi": "hai chữ số liền nhau bị đảo ({pair} thay cho {should})",
        },
        "diagnosis.dropped": {
            "en": "a digit {digit} was left out; the other digits agree in order",
            "vi": "thiếu một chữ số {digit}; các chữ số khác trùng khớp theo thứ tự",
        },
        "diagnosis.extra": {
            "en": "a digit {digit} was typed once too many; the other digits agree in order",
            "vi": "thừa một chữ số {digit}; các chữ số khác trùng khớp theo thứ tự",
        },
        "diagnosis.part-missing": {
            "en": "the gap equals {part} ({value}): that part was left out of the stated figure",
            "vi": "chênh lệch đúng bằng {part} ({value}): phần này bị bỏ sót khỏi số ghi",
        },
        "diagnosis.part-twice": {
            "en": "the gap equals {part} ({value}): that part was counted twice in the stated figure",
            "vi": "chênh lệch đúng bằng {part} ({value}): phần này bị cộng hai lần vào số ghi",
        },
        "diagnosis.scope-includes": {
            "en": "the gap equals {part} ({value}), a figure outside this one: the stated figure likely includes it",
            "vi": "chênh lệch đúng bằng {part} ({value}), một số nằm ngoài phép so sánh: số ghi nhiều khả năng đã gộp cả phần này",
        },
        "diagnosis.scope-leaves-out": {
            "en": "the gap equals {part} ({value}), a figure outside this one: the stated figure likely leaves it out",
            "vi": "chênh lệch đúng bằng {part} ({value}), một số nằm ngoài phép so sánh: số ghi nhiều khả năng đã bỏ sót phần này",
        },
        "diagnosis.blank-cells": {
            "en": "the cells {cells} are blank; the gap {gap} is what they would hold, or the total should be the sum of the filled cells",
            "vi": "các ô {cells} để trống; chênh lệch {gap} là số các ô đó lẽ ra phải ghi, hoặc tổng phải bằng tổng các ô đã ghi",
        },
    }
)
