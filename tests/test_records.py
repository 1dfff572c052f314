"""Records behave as the dataclasses they replace: equality, hashing, order, immutability, copies."""

from __future__ import annotations

import inspect
import pickle
from dataclasses import FrozenInstanceError
from decimal import Decimal

import pytest

from khuyencong_cli.findings import Finding, Part, Problem, Severity
from khuyencong_cli.records import replace
from khuyencong_cli.rules import all_rules
from khuyencong_cli.rules.base import cleandoc
from khuyencong_cli.suppress import Suppression


def _finding(line: int, rule: str, message: str = "m") -> Finding:
    return Finding("a.yaml", line, 3, rule, "name", Severity.ERROR, message)


def test_findings_compare_and_sort_by_place_and_rule_only():
    assert _finding(2, "KC101", "one") == _finding(2, "KC101", "other")
    assert hash(_finding(2, "KC101", "one")) == hash(_finding(2, "KC101", "other"))
    assert sorted([_finding(9, "KC101"), _finding(2, "KC201"), _finding(2, "KC101")]) == [
        _finding(2, "KC101"), _finding(2, "KC201"), _finding(9, "KC101"),
    ]
    assert _finding(2, "KC101") < _finding(2, "KC102") and _finding(3, "KC101") >= _finding(2, "KC999")
    assert _finding(2, "KC101") != ("a.yaml", 2, 3, "KC101")


def test_a_frozen_record_refuses_assignment_and_is_copied_with_changes():
    part = Part("row 1", Decimal("1.5"))
    with pytest.raises(FrozenInstanceError):
        part.value = Decimal(2)  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del part.label
    changed = replace(part, value=Decimal(2))
    assert (changed.label, changed.value, part.value) == ("row 1", Decimal(2), Decimal("1.5"))
    assert repr(part) == "Part(label='row 1', value=Decimal('1.5'))"
    assert {part, Part("row 1", Decimal("1.50"))} == {part}


def test_defaults_are_fresh_and_records_pickle_as_they_are():
    first, second = Problem(("tables", 0), "KC101.message"), Problem(("tables", 0), "KC101.message")
    assert first == second and first.params is not second.params and first.difference is None
    finding = replace(_finding(4, "KC101"), stated=Decimal(7), parts=(Part("a", Decimal(3)),))
    again = pickle.loads(pickle.dumps(finding))
    assert again == finding and again.stated == Decimal(7) and again.parts == finding.parts and again.message == "m"


def test_a_mutable_record_is_unhashable_and_assignable():
    comment = Suppression(3, 5, False, ("KC101",), "why")
    comment.used = True
    assert comment == Suppression(3, 5, False, ("KC101",), "why", used=True)
    with pytest.raises(TypeError):
        hash(comment)


@pytest.mark.parametrize("text", ["", "one line", "\n  indented\n    more\n  back\n\n", "first\n\tTabbed\n\t  x\n   ", "  a\n\n  b"])
def test_cleandoc_is_inspects(text):
    assert cleandoc(text) == inspect.cleandoc(text)


def test_every_rule_documentation_is_cleaned_as_inspect_would():
    for rule in all_rules():
        function = rule.check or rule.across
        if function is not None and function.__doc__:
            assert rule.doc == inspect.cleandoc(function.__doc__), rule.id


def test_every_plan_class_names_its_slots_as_its_fields():
    """A plan's classes (``model``) keep their fields in the slots ``model_gen`` writes, while
    equality, hashing, repr, pickling and ``replace()`` read them from ``FIELDS`` (the
    annotations): both name the same fields, in the same order, and none has a ``__dict__``."""
    from khuyencong_cli import model
    from khuyencong_cli.model_base import ModelRecord

    classes = [
        value for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, ModelRecord) and value is not ModelRecord
    ]
    assert {cls.__name__ for cls in classes} >= {"Plan", "Document", "Table", "Row", "Claim", "ClaimPart"}
    for cls in classes:
        assert cls.FIELDS == cls.__dict__["__slots__"] == cls.COMPARED, cls.__name__
        assert cls.__dictoffset__ == 0, cls.__name__  # slots only
