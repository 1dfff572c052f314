"""The committed JSON Schema is current, and every bundled plan satisfies it."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from khuyencong_cli.schema import plan_schema, schema_text

from conftest import PLANS, ROOT


def test_committed_schema_is_current():
    committed = (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: kc schema > schemas/plan.schema.json"


def _stringify_keys(value):
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    return value


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.yaml")), ids=lambda p: p.stem)
def test_plans_satisfy_the_schema(path):
    data = _stringify_keys(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
    jsonschema.validate(data, plan_schema())


def test_plans_name_the_schema_for_editors():
    for path in PLANS.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../schemas/plan.schema.json"
        ), path.name


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(schema_text()))
