"""The JSON Schema of the plan format, generated from the pydantic models.

``schemas/plan.schema.json`` is this output, committed so editors can use it through
``# yaml-language-server: $schema=...``; a test fails when the committed copy is stale.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Plan

__all__ = ["plan_schema", "schema_text", "SCHEMA_ID"]

SCHEMA_ID = "https://khuyencong.invalid/schemas/plan.schema.json"


def plan_schema() -> dict[str, Any]:
    """The schema as a dict, with the draft and a title a reader recognises."""
    schema = Plan.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "kc plan (khuyến công plan budget), format version 1",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """The schema as the text committed in schemas/plan.schema.json."""
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
