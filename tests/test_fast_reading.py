"""The fast reading of a plan (``model.read_plan``, no pydantic) gives what the pydantic models give.

Whatever the data: when the models refuse it, the fast reading refuses it too (the loader then
explains it with the models' errors); when the models accept it, the fast reading gives the same
plan or leaves it to them. Every real plan is read the fast way, and ``model.py`` is what
``model_gen`` writes from the models as they are now.
"""

from __future__ import annotations

import copy
import pickle
import weakref
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from khuyencong_cli import model, plan_format
from khuyencong_cli.model_gen import TARGET, model_source
from khuyencong_cli.rules import all_rules
from khuyencong_cli.rules.base import split_example
from khuyencong_cli.schema_problems import to_plain
from khuyencong_cli.source import SourceError, parse_yaml

from conftest import PLANS, ROOT


def _data(path: Path) -> Any:
    try:
        return parse_yaml(path.read_bytes()).data
    except SourceError:
        return None


def _case_plans() -> dict[str, Any]:
    """The plans of the rule cases (tests/cases), of the rules' examples and of the test data."""
    texts: dict[str, str] = {}
    for case in sorted((ROOT / "tests" / "cases").rglob("*.yaml")):
        spec = yaml.safe_load(case.read_text(encoding="utf-8"))
        name = str(case.relative_to(ROOT))
        if "plans" in spec:
            texts.update({f"{name}:{key}": text for key, text in spec["plans"].items()})
        elif "plan" in spec:
            texts[name] = spec["plan"]
    for rule in all_rules():
        for label, example in rule.examples.items():
            texts.update({f"{rule.id}:{label}:{key}": text for key, text in split_example(example)})
    found = {name: parse_yaml(text.encode("utf-8")).data for name, text in texts.items() if _parses(text)}
    for path in sorted((ROOT / "tests").rglob("*.yaml")):
        found[str(path.relative_to(ROOT))] = _data(path)
    return {name: data for name, data in found.items() if isinstance(data, dict) and data.get("kc") == 1}


def _parses(text: str) -> bool:
    try:
        parse_yaml(text.encode("utf-8"))
    except SourceError:
        return False
    return True


REAL = {path.name: _data(path) for path in sorted(PLANS.glob("*.yaml"))}
OTHERS = _case_plans()


def _pydantic(data: Any) -> model.Plan | None:
    try:
        return to_plain(plan_format.Plan.model_validate(data))  # type: ignore[no-any-return]
    except ValidationError:
        return None


def _agree(data: Any) -> model.Plan | None:
    """Assert the two readings agree on ``data``; return the fast one."""
    fast = model.read_plan(data)
    slow = _pydantic(data)
    if slow is None:
        assert fast is None, "the fast reading took what the models refuse"
    elif fast is not None:
        assert fast == slow
    return fast


def test_model_py_is_what_model_gen_writes():
    assert TARGET.read_text(encoding="utf-8") == model_source(), "run: python -m khuyencong_cli.model_gen"


@pytest.mark.parametrize("name", sorted(REAL))
def test_every_real_plan_is_read_fast_and_alike(name):
    assert _agree(REAL[name]) is not None


def test_every_test_plan_is_read_alike():
    assert len(OTHERS) > 100
    fast = [name for name, data in OTHERS.items() if _agree(data) is not None]
    assert len(fast) > 0.9 * len(OTHERS)


@pytest.mark.parametrize(
    ("field", "written", "fast"),
    [
        ("title", "  Kế hoạch  ", True),  # stripped alike
        ("title", "\x1cKế hoạch", False),  # Python strips it, pydantic does not: left to pydantic
        ("title", 2021, False),  # refused by both
        ("rounding", "0,001", True),
        ("rounding", 0.001, False),  # a float: refused by both
        ("rounding", True, False),
        ("kind", "plan", True),
        ("kind", "Plan", False),
        ("kind", " plan ", False),
    ],
)
def test_one_document_field(field, written, fast):
    data = copy.deepcopy(REAL["quang-ninh-2018-ke-hoach.yaml"])
    data["document"][field] = written
    assert (_agree(data) is not None) is fast


def test_the_lax_readings_are_left_to_pydantic_which_takes_them():
    data = copy.deepcopy(REAL["cao-bang-2016-2020-qd-270.yaml"])
    row = data["tables"][0]["rows"][0]
    year = next(iter(row["cells"]))
    row["cells"][str(year)] = row["cells"].pop(year)  # "2018": a year written as text
    assert model.read_plan(data) is None
    slow = _pydantic(data)
    assert slow is not None and year in slow.tables[0].rows[0].cells


def test_a_record_is_read_only_equal_by_value_picklable_and_weakly_referable():
    plan = model.read_plan(REAL["quang-ninh-2018-ke-hoach.yaml"])
    assert plan is not None
    with pytest.raises(AttributeError):
        plan.kc = 2  # type: ignore[misc]
    changed = plan.replace(document=plan.document.replace(rounding=Decimal("0.1")))
    assert changed.document.rounding == Decimal("0.1") and plan.document.rounding != Decimal("0.1")
    assert changed != plan and plan.replace() == plan
    assert pickle.loads(pickle.dumps(plan)) == plan
    assert copy.deepcopy(plan) == plan
    assert weakref.ref(plan)() is plan
    with pytest.raises(TypeError):
        plan.replace(nonsense=1)


# Values a hand may write in any field: each is read the same by both readings, or left to pydantic.
_ODD_VALUES = [
    None, True, False, 0, 1, 2021, 1899, 2201, -1, 1.0, 1.5, "", " ", "x", " x ", "\tx\n", "\x1cx", "\x85x\x85",
    "\u00a0x", "2021", "1.200", "1.200,5", "-", "–", "1,2,3", "khoảng", "dự kiến  khoảng", "ước đạt", "hơn khoảng",
    "budget", "results", "plan", "odd", "even", "KCQG", "Q U", [], ["x"], [1], {}, {"x": 1}, {2021: 1},
    {2021: {"KCQG": "1"}}, {"khoảng": "0,1"}, Decimal("1"),
]


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in the data (mappings and lists included)."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_leaves(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_leaves(value, (*path, index)))
    return found


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copied = copy.copy(data)
    copied[path[0]] = _replaced(data[path[0]], path[1:], value)
    return copied


_SEEDS = [REAL[name] for name in sorted(REAL)] + [OTHERS[name] for name in sorted(OTHERS)][:60]


@settings(max_examples=300, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_one_value_changed_anywhere(data):
    seed = data.draw(st.sampled_from(_SEEDS))
    path = data.draw(st.sampled_from(_leaves(seed)[1:]))
    value = data.draw(st.sampled_from(_ODD_VALUES))
    _agree(_replaced(seed, path, value))


@settings(max_examples=150, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_one_key_added_or_taken_away(data):
    seed = data.draw(st.sampled_from(_SEEDS))
    mappings = [path for path in _leaves(seed) if isinstance(_at(seed, path), dict)]
    path = data.draw(st.sampled_from(mappings))
    target = dict(_at(seed, path))
    if target and data.draw(st.booleans()):
        del target[data.draw(st.sampled_from(sorted(target, key=str)))]
    else:
        target[data.draw(st.sampled_from(["extra", "id", "value", "rows", "cells", "kind", 2021, " note"]))] = data.draw(
            st.sampled_from(_ODD_VALUES)
        )
    _agree(_replaced(seed, path, target))


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def test_a_refused_plan_is_not_kept_once_it_is_read():
    """A refusal keeps nothing of the plan it refused: a run over thousands of plans that go to
    the models (a lax value, a wrong file) holds no more memory than one over valid plans."""
    import gc

    class Odd:
        """A value no reading takes, that can be watched."""

    odd = Odd()
    gone = weakref.ref(odd)
    data = copy.deepcopy(REAL["cao-bang-2016-2020-qd-270.yaml"])
    data["tables"][0]["rows"][0]["name"] = odd
    assert model.read_plan(data) is None
    del data, odd
    gc.collect()
    assert gone() is None, "the refused plan is still held (by the traceback of a shared exception)"


@pytest.mark.parametrize("written", [Decimal("NaN"), Decimal("-Infinity"), Decimal("sNaN"), Decimal("1.5")])
def test_a_figure_given_as_a_decimal_is_left_to_the_models(written):
    """YAML gives a figure as an int or a text; a Decimal handed in by a program may be one the
    models refuse (not finite): the fast reading leaves every Decimal to them."""
    data = copy.deepcopy(REAL["cao-bang-2016-2020-qd-270.yaml"])
    data["claims"][0]["value"] = written
    assert model.read_plan(data) is None
    _agree(data)


def _field_kinds_model_gen_must_refuse() -> list[type[Any]]:
    """Models with one thing each that the fast reading does not check: model_gen must stop at
    them rather than write a reader that takes what the models refuse."""
    from typing import Annotated

    from pydantic import AfterValidator, ConfigDict, Field, field_validator

    class Short(plan_format._Model):
        name: str = Field(max_length=3)

    class Above(plan_format._Model):
        years: int = Field(gt=1)

    class Positive(plan_format._Model):
        value: plan_format.Amount = Field(None, ge=0)

    class Checked(plan_format._Model):
        value: Annotated[int, AfterValidator(abs)] = 1

    class Aliased(plan_format._Model):
        name: str = Field(alias="ten")

    class Validated(plan_format._Model):
        name: str

        @field_validator("name")
        @classmethod
        def _upper(cls, value: str) -> str:
            return value.upper()

    class Lowered(plan_format._Model):
        model_config = ConfigDict(str_to_lower=True)
        name: str

    class Lax(plan_format._Model):
        model_config = ConfigDict(extra="ignore")
        name: str

    return [Short, Above, Positive, Checked, Aliased, Validated, Lowered, Lax]


@pytest.mark.parametrize("odd", _field_kinds_model_gen_must_refuse(), ids=lambda cls: cls.__name__)
def test_model_gen_stops_at_a_constraint_it_does_not_read(odd):
    from khuyencong_cli.model_gen import _Writer

    writer = _Writer()
    with pytest.raises(TypeError, match="model_gen"):
        writer.collect(odd)
        writer.reader_source(odd)


def _same_to_the_type(fast: Any, slow: Any, path: tuple[Any, ...] = ()) -> None:
    """Equal, and of the same type at every place: ``==`` alone takes ``Hedge.ABOUT`` for
    "khoảng", ``True`` for 1 and Decimal("1.0") for Decimal("1"), which a rule may tell apart
    (a figure's digits are its precision)."""
    assert type(fast) is type(slow), (path, fast, slow)
    if isinstance(fast, model.ModelRecord):
        for name in type(fast).__slots__:
            _same_to_the_type(getattr(fast, name), getattr(slow, name), (*path, name))
    elif isinstance(fast, list):
        assert len(fast) == len(slow), path
        for index, (a, b) in enumerate(zip(fast, slow, strict=True)):
            _same_to_the_type(a, b, (*path, index))
    elif isinstance(fast, dict):
        assert [(type(k), k) for k in fast] == [(type(k), k) for k in slow], path
        for key in fast:
            _same_to_the_type(fast[key], slow[key], (*path, key))
    else:
        assert repr(fast) == repr(slow), (path, fast, slow)


class _Text(str):
    """A text of a subclass of str (a program's data, not YAML's)."""


# Values the first list misses: spaces Python and pydantic strip differently, figures at their
# limits, a year as text, tuples, a str subclass, keys alike once stripped, words of several hedges.
_EDGE_VALUES = [
    "x\x1c", "\x1dx ", " x\x85", "\u3000x\u2028", "x\u200b", "\ufeffx", "0,500", "-0", "+5", "1 200", "5\u202f000",
    "1.000.000,000", 10**20, 10**30, "NaN", "1e3", "\u0663", "−5", "2021 ", " 2021", True, ("x",), (2021,), _Text("x"),
    "ước thực hiện trên", "dự kiến lên đến khoảng", "KHOẢNG", " odd", "ODD", "Đà-Nẵng", "a b", "ỹ",
    {"KCQG": 1, " KCQG": 2}, {"khoảng": "0,1", " khoảng ": "0,2"}, {2021: None}, {2021: {}}, {2021: [1]},
    {2021: "1", "2022": 2}, {True: "1"}, Decimal("NaN"), Decimal("1.0"),
]


@settings(max_examples=300, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_one_edge_value_anywhere_is_read_the_same_to_the_type(data):
    seed = data.draw(st.sampled_from(_SEEDS))
    path = data.draw(st.sampled_from(_leaves(seed)[1:]))
    changed = _replaced(seed, path, data.draw(st.sampled_from(_EDGE_VALUES + _ODD_VALUES)))
    fast = _agree(changed)
    if fast is not None:
        slow = _pydantic(changed)
        _same_to_the_type(fast, slow)


@pytest.mark.parametrize("name", sorted(REAL))
def test_every_real_plan_is_read_the_same_to_the_type(name):
    _same_to_the_type(model.read_plan(REAL[name]), _pydantic(REAL[name]))
