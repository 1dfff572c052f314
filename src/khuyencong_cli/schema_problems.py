"""Why pydantic refused a plan, said at the place in the file: the slow path of the loader.

The loader reads a well-formed plan without pydantic (``model.read_plan``); a plan it is not
sure of comes here. The pydantic models of ``plan_format`` either accept it (the lax readings
the fast one leaves to them, e.g. ``"2021"`` for a year), and it is copied into the plain
classes of ``model``, or refuse it, and each of their errors becomes a :class:`LoadProblem`:
pydantic's ``loc`` mapped back to line:column, as dagster does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from . import pydantic_import  # noqa: F401  (before pydantic: pydantic without asyncio)

# isort: split
from pydantic import BaseModel, ValidationError

from . import model, plan_format
from .i18n import Msg
from .loader import LoadProblem
from .source import Path, SourceDocument

__all__ = ["judged", "to_plain"]


def judged(data: Any, document: SourceDocument) -> tuple[model.Plan | None, list[LoadProblem]]:
    """The plan as the pydantic models read it, or why they refuse it."""
    try:
        checked = plan_format.Plan.model_validate(data)
    except ValidationError as exc:
        return None, list(_schema_problems(exc, document))
    plain = to_plain(checked)
    assert isinstance(plain, model.Plan)
    return plain, []


def to_plain(value: Any) -> Any:
    """A pydantic model (and what it holds) as the plain class of ``model`` of the same name."""
    if isinstance(value, BaseModel):
        cls = getattr(model, type(value).__name__)
        return cls(**{name: to_plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, list):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    return value


def _schema_problems(error: ValidationError, document: SourceDocument) -> Iterator[LoadProblem]:
    seen: set[tuple[Path, str]] = set()
    for item in error.errors(include_url=False):
        path, missing = _data_path(document.data, item["loc"])
        kind = item["type"]
        field_name = _describe(path + ((missing,) if missing is not None else ()))
        if kind == "missing":
            problem, params = "schema.missing", {"name": str(missing)}
        elif kind == "extra_forbidden":
            siblings = _allowed_fields()
            problem, params = "schema.unknown-field", {"name": str(path[-1]) if path else ""}
            from difflib import get_close_matches  # only for a misspelt key

            others = [name for name in siblings if name != str(path[-1])]  # never 'did you mean' the same name
            close = get_close_matches(str(path[-1]), others, n=1) if path else []
            if close:
                problem, params = "schema.unknown-field-suggest", {**params, "suggestion": close[0]}
            cut = _comma_cut(document, path)
            if cut is not None:
                problem, params = "schema.unquoted-comma", {**params, **cut}
        elif kind == "enum":
            problem = "schema.enum"
            expected = str(item.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
            params = {"found": item.get("input"), "expected": expected}
        elif kind == "kc_number":
            context = dict(item.get("ctx", {}))
            problem = str(context.pop("key"))
            params = context
        elif kind in _TYPE_MESSAGES:
            problem, params = _TYPE_MESSAGES[kind], {"found": _shown(item.get("input"))}
        elif kind in ("value_error", "assertion_error"):
            problem = "schema.value"
            params = {"detail": str(item.get("ctx", {}).get("error", item["msg"]))}
        else:
            problem, params = "schema.type", {"detail": item["msg"]}
        key = (path, missing)
        if key in seen:  # a union reports one error per branch: the first one explains it
            continue
        seen.add(key)
        where = document.key_positions.get(path) if kind == "extra_forbidden" else None
        yield LoadProblem(
            "KC005",
            "load.schema",
            {"field": field_name or "plan", "problem": Msg(problem, params)},
            where or document.position_of(path),
        )


_TEXT_FIELDS = ("label", "name", "title", "quote", "section", "note")


def _comma_cut(document: SourceDocument, path: Path) -> dict[str, str] | None:
    """An unknown key beside a text field, as YAML reads an unquoted label with a comma in a
    flow mapping: ``{label: Yên Sơn (1,6 tỷ đồng), value: 3}`` gives ``label: "Yên Sơn (1"``
    and a key ``"6 tỷ đồng)"`` with no value; ``{label: Yên Sơn, Hàm Yên: 3 cơ sở, …}`` gives
    a key ``"Hàm Yên"`` with a value, on the label's own line. Returns the field and the text
    it kept."""
    if not path:
        return None
    parent: Any = document.data
    for step in path[:-1]:
        try:
            parent = parent[step]
        except (KeyError, IndexError, TypeError):
            return None
    if not isinstance(parent, dict):
        return None
    keys = list(parent)
    position = keys.index(path[-1]) if path[-1] in keys else -1
    for key in reversed(keys[:position]):
        if key in _TEXT_FIELDS and isinstance(parent[key], str):
            if parent[path[-1]] is not None and not _same_line(document, path[:-1] + (key,), path):
                return None
            return {"field": str(key), "start": parent[key]}
        if parent[key] is not None:
            break
    return None


def _same_line(document: SourceDocument, first: Path, second: Path) -> bool:
    """Both keys on one line: one flow mapping, ``{…}``, where a comma ends a plain scalar."""
    one, two = document.key_positions.get(first), document.key_positions.get(second)
    return one is not None and two is not None and one.line == two.line


_TYPE_MESSAGES = {
    "dict_type": "schema.expected-mapping",
    "model_type": "schema.expected-mapping",
    "model_attributes_type": "schema.expected-mapping",
    "list_type": "schema.expected-list",
    "string_type": "schema.expected-text",
    "int_type": "schema.expected-integer",
    "int_parsing": "schema.expected-integer",
    "int_from_float": "schema.expected-integer",
    "bool_type": "schema.expected-bool",
    "bool_parsing": "schema.expected-bool",
    "greater_than_equal": "schema.out-of-range",
    "less_than_equal": "schema.out-of-range",
    "string_pattern_mismatch": "schema.pattern",
    "literal_error": "schema.pattern",
}


def _shown(value: Any) -> str:
    """A short rendering of the offending value for a message."""
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _allowed_fields() -> list[str]:
    """Every field name of the format, for 'did you mean'."""
    return sorted({name for cls in model.MODELS for name in cls.FIELDS})


def _data_path(data: Any, loc: tuple[Any, ...]) -> tuple[Path, Any]:
    """Follow pydantic's ``loc`` through the data; skip entries that are not keys (union tags).

    Returns the deepest existing path and, when the last entry names a missing key, that key.
    """
    path: list[str | int] = []
    current = data
    missing: Any = None
    for index, step in enumerate(loc):
        if isinstance(current, dict):
            key = _match_key(current, step)
            if key is not None:
                path.append(key)
                current = current[key]
                continue
            if index == len(loc) - 1 and isinstance(step, str) and "[" not in step:
                missing = step
            continue
        if isinstance(current, list) and isinstance(step, int) and 0 <= step < len(current):
            path.append(step)
            current = current[step]
    return tuple(path), missing


def _match_key(mapping: dict[Any, Any], step: Any) -> Any:
    if step in mapping:
        return step
    if isinstance(step, str) and step.isdigit() and int(step) in mapping:
        return int(step)
    return None


def _describe(path: tuple[Any, ...]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) and text and not text.endswith("cells") else (
            f".{step}" if text else str(step)
        )
    return text
