"""The JSON Schema of the plan format, generated from the pydantic models.

It is what an official's editor shows while typing a plan (the YAML language server reads the
``# yaml-language-server: $schema=...`` modeline): so every object and property has a title
in words with the Vietnamese term beside it, a description and, where it helps, examples
(``schema_docs.py``); and it refuses what kc refuses where a schema can say so: ``kc`` is
the constant 1, cell keys are years, a figure is an integer or Vietnamese-formatted text.
What only the whole document can show (an id used twice, a row that names a missing table) is
left to ``kc validate``.

The schema ships inside the package (``plan.schema.json`` beside this module, ``kc schema
--path``) so a plan anywhere can name an installed copy; ``schemas/plan.schema.json`` is the
same text for the plans of this repository. A test fails when either copy is stale.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from .kinds import FORMAT_VERSION
from .numbers import MAX_DIGITS, SPACES
from .plan_format import Plan
from .schema_docs import ENUM_DESCRIPTIONS, FIELDS, MODELS, Doc

__all__ = ["SCHEMA_ID", "YEAR_PATTERN", "installed_schema_path", "plan_schema", "schema_text"]

SCHEMA_ID = "https://khuyencong.invalid/schemas/plan.schema.json"
YEAR_PATTERN = r"^(19[0-9]{2}|21[0-9]{2}|20[0-9]{2}|2200)$"
"""A year from 1900 to 2200, as the models' ``Year`` allows."""
_AMOUNT_REF = {"$ref": "#/$defs/Amount"}


def plan_schema() -> dict[str, Any]:
    """The schema as a dict: pydantic's, with the texts of ``schema_docs`` laid over it."""
    schema = Plan.model_json_schema(mode="validation")
    defs: dict[str, Any] = schema.pop("$defs")
    amount = _amount_schema(defs)
    defs = {name: _share_amount(value, amount) for name, value in defs.items()}
    root = _share_amount(schema, amount)
    defs["Amount"] = _describe(_figure_schema(), MODELS["Amount"])
    defs["Plan"] = root
    for name, definition in defs.items():
        if name in MODELS and name != "Amount":
            _describe(definition, MODELS[name])
        for field, doc in FIELDS.get(name, {}).items():
            _describe(definition["properties"][field], doc)
        if name in ENUM_DESCRIPTIONS and "enum" in definition:
            definition["enumDescriptions"] = [ENUM_DESCRIPTIONS[name][value] for value in definition["enum"]]
        elif name in ENUM_DESCRIPTIONS:
            # Words that may be combined (hedges: "dự kiến lên đến khoảng") are a pattern, not
            # an enum; the single words are offered as examples, their meanings described.
            definition["examples"] = list(ENUM_DESCRIPTIONS[name])
    _constrain(defs)
    plan = defs.pop("Plan")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **plan,
        "$defs": dict(sorted(defs.items())),
    }


def _amount_schema(defs: dict[str, Any]) -> dict[str, Any]:
    """The one schema of a figure (``model.Amount``), found on a field that is only that."""
    found: dict[str, Any] = defs["PerYear"]["properties"]["value"]
    return {key: value for key, value in found.items() if key not in ("title", "description")}


def _figure_schema() -> dict[str, Any]:
    """A figure exactly as ``numbers.parse_amount`` reads one: an integer of at most
    MAX_DIGITS digits, or text grouped by dots (or by one kind of space), a decimal comma, at
    most MAX_DIGITS digits in all; a dash or nothing is blank. ASCII digits only, as kc reads
    them (``\\d`` would take a fullwidth or Arabic-Indic digit too)."""
    limit = MAX_DIGITS
    spaced = "|".join(rf"[0-9]{{1,3}}(?:\u{ord(space):04x}[0-9]{{3}})+" for space in SPACES)
    number = rf"[+-]?(?:[0-9]{{1,3}}(?:\.[0-9]{{3}})+|{spaced}|[0-9]+)(?:,[0-9]+)?"
    return {
        "anyOf": [
            {"type": "integer", "minimum": -(10**limit - 1), "maximum": 10**limit - 1},
            {"type": "string", "pattern": rf"^\s*(?!(?:[^0-9]*[0-9]){{{limit + 1}}})(?:{number}|-|–|—)?\s*$"},
            {"type": "null"},
        ]
    }


def _share_amount(node: Any, amount: dict[str, Any]) -> Any:
    """Every inline copy of the figure schema becomes a reference to ``$defs/Amount``, keeping
    the field's own title, description and default beside it."""
    if isinstance(node, dict):
        own = {key: value for key, value in node.items() if key not in ("title", "description", "default")}
        if own == amount:
            return {**_AMOUNT_REF, **{k: v for k, v in node.items() if k in ("title", "description", "default")}}
        return {key: _share_amount(value, amount) for key, value in node.items()}
    if isinstance(node, list):
        return [_share_amount(item, amount) for item in node]
    return node


def _describe(target: dict[str, Any], doc: Doc) -> dict[str, Any]:
    target["title"] = doc.title
    target["description"] = doc.description
    if doc.examples:
        target["examples"] = [json.loads(json.dumps(example)) for example in doc.examples]
    return target


def _constrain(defs: dict[str, Any]) -> None:
    """Refuse in the editor what kc refuses on load, where a schema can say it."""
    version = defs["Plan"]["properties"]["kc"]
    version.pop("type", None)
    version["const"] = FORMAT_VERSION
    cells = defs["Row"]["properties"]["cells"]
    cells["propertyNames"] = {"pattern": YEAR_PATTERN}
    # A year's cell: one figure, or one figure per source (pydantic spells the figure out inline).
    per_source = cells["additionalProperties"]["anyOf"][-1]
    assert per_source["type"] == "object", per_source
    cells["additionalProperties"] = {"anyOf": [_AMOUNT_REF, per_source]}


def schema_text() -> str:
    """The schema as the text committed in schemas/plan.schema.json and shipped in the package."""
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"


def installed_schema_path() -> Path:
    """The schema file inside the installed package, for a plan outside this repository."""
    return Path(str(resources.files(__package__).joinpath("plan.schema.json")))
