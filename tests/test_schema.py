"""The JSON Schema an editor shows: current (both committed copies), described, as strict as
kc where a schema can be, and never stricter: every bundled plan and every rule case passes it,
and what it accepts, kc loads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from typer.testing import CliRunner

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_bytes
from khuyencong_cli.plan_format import Plan
from khuyencong_cli.rules import get_rule
from khuyencong_cli.rules.base import split_example
from khuyencong_cli.schema import installed_schema_path, plan_schema, schema_text
from khuyencong_cli.schema_docs import FIELDS, MODELS

from conftest import PLANS, ROOT

SCHEMA = plan_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
CASES = sorted((ROOT / "tests" / "cases").glob("*/*.yaml"))
FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.yaml"))


def test_committed_schema_is_current():
    committed = (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: kc schema -o schemas/plan.schema.json"


def test_the_package_ships_the_same_schema(runner: CliRunner, tmp_path: Path):
    shipped = installed_schema_path()
    assert shipped.name == "plan.schema.json" and shipped.is_file()
    assert shipped.read_text(encoding="utf-8") == schema_text(), (
        "run: kc schema -o src/khuyencong_cli/plan.schema.json"
    )
    result = runner.invoke(app, ["schema", "--path"])
    assert result.exit_code == 0 and result.output.strip() == str(shipped)
    target = tmp_path / "plan.schema.json"
    result = runner.invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8") == schema_text()
    printed = runner.invoke(app, ["schema"])
    assert printed.output == schema_text()


def test_unwritable_schema_output_is_a_usage_error(runner: CliRunner, tmp_path: Path):
    result = runner.invoke(app, ["schema", "-o", str(tmp_path / "no" / "such" / "plan.schema.json"), "--lang", "vi"])
    assert result.exit_code == 2 and "không ghi được" in result.output
    assert "Traceback" not in result.output


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json.loads(schema_text()))


def _objects(schema: dict) -> dict[str, dict]:
    return {"Plan": schema, **{name: d for name, d in schema["$defs"].items() if "properties" in d}}


def test_every_property_has_a_title_in_words_a_vietnamese_term_and_a_description():
    count = 0
    for name, definition in _objects(SCHEMA).items():
        assert re.fullmatch(r"[\w ,-]+ \(.+\)", definition["title"]), name
        for field, prop in definition["properties"].items():
            count += 1
            generated = field.replace("_", " ").title()
            assert prop.get("title") and prop["title"] != generated, (name, field)
            assert re.fullmatch(r"[A-Z][\w -]+ \([^)]+\)", prop["title"]), (name, field, prop["title"])
            assert len(prop.get("description", "")) > 10, (name, field)
    assert count == sum(len(m.model_fields) for m in _models())
    assert count >= 114


def _models() -> list[type]:
    found, todo = {}, [Plan]
    while todo:
        model = todo.pop()
        if model.__name__ in found:
            continue
        found[model.__name__] = model
        for info in model.model_fields.values():
            for arg in _types(info.annotation):
                if isinstance(arg, type) and hasattr(arg, "model_fields"):
                    todo.append(arg)
    return list(found.values())


def _types(annotation) -> list:
    args = getattr(annotation, "__args__", ())
    return [annotation, *[t for a in args for t in _types(a)]]


def test_the_documentation_table_names_only_real_fields():
    models = {m.__name__: m for m in _models()}
    assert set(FIELDS) == set(models)
    for name, fields in FIELDS.items():
        assert set(fields) == set(models[name].model_fields), name
    assert set(MODELS) >= set(models)


def test_examples_satisfy_their_own_property():
    checked = 0
    for _name, definition in _objects(SCHEMA).items():
        for _field, prop in definition["properties"].items():
            sub = {**prop, "$defs": SCHEMA["$defs"]}
            for example in prop.get("examples", []):
                jsonschema.Draft202012Validator(sub).validate(example)
                checked += 1
    assert checked > 80


def test_enums_are_described_for_the_editor():
    kinds = SCHEMA["$defs"]["DocumentKind"]
    assert kinds["enum"][:2] == ["programme", "plan"]
    assert len(kinds["enumDescriptions"]) == len(kinds["enum"])
    assert "bài báo" in kinds["enumDescriptions"][kinds["enum"].index("news-article")]


def _stringify_keys(value):
    """YAML keys as JSON has them (the YAML language server does the same)."""
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    return value


def _load(text: str):
    return _stringify_keys(yaml.load(text, Loader=yaml.CSafeLoader))


@pytest.mark.parametrize("path", sorted(PLANS.glob("*.yaml")) + FIXTURES, ids=lambda p: p.stem)
def test_plans_satisfy_the_schema(path):
    VALIDATOR.validate(_load(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_rule_cases_satisfy_the_schema(path):
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    if "example" in case:  # the case checks an example of the rule's documentation
        rule = get_rule(path.parent.name)
        assert rule is not None
        texts = [text for _, text in split_example(rule.examples[case["example"]])]
    elif "plans" in case:  # several plans validated together
        texts = list(case["plans"].values())
    else:
        texts = [case["plan"]]
    for text in texts:
        VALIDATOR.validate(_load(text))


def test_plans_name_the_schema_for_editors():
    for path in PLANS.glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../schemas/plan.schema.json"
        ), path.name


MINIMAL = "kc: 1\ndocument: {title: T, province: P, kind: plan}\n"


@pytest.mark.parametrize(
    "text",
    [
        "kc: 2\ndocument: {title: T, province: P, kind: plan}\n",
        'kc: "1"\ndocument: {title: T, province: P, kind: plan}\n',
        "kc: 1\ndocument: {title: T, province: P, kind: decree}\n",
        "kc: 1\ndocument: {title: T, province: P}\n",
        "kc: 1\ndocument: {title: T, province: P, kind: plan, extra: 1}\n",
        MINIMAL + "tables: [{id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, cells: {abc: 5}}]}]\n",
        MINIMAL + "tables: [{id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, cells: {1800: 5}}]}]\n",
        MINIMAL + "tables: [{id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, cells: {2021: 7.5}}]}]\n",
        MINIMAL + 'tables: [{id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, total: "7,5,5"}]}]\n',
        MINIMAL + "tables: [{id: t, kind: budget, title: T, unit: triệu đồng, years: [3000]}]\n",
        MINIMAL + "claims: [{id: c, quote: Q, every: {years: 0}}]\n",
        MINIMAL + "claims: [{id: c, quote: Q, every: {years: 2, parity: lẻ}}]\n",
        MINIMAL + "claims: [{id: c, quote: Q, hedge: roughly}]\n",
        MINIMAL + "sources: [{id: 'K C', name: N}]\n",
        MINIMAL.replace("kind: plan}", "kind: plan, rounding: 1000000000000000000000000000000}"),
        MINIMAL.replace("kind: plan}", 'kind: plan, rounding: "1.000.000.000.000.000.000.000.000.000.000"}'),
        MINIMAL.replace("kind: plan}", 'kind: plan, rounding: "1 200.000"}'),
    ],
    ids=lambda t: t.splitlines()[-1][:60],
)
def test_what_kc_refuses_the_schema_refuses(write_plan, text):
    assert not load_bytes(text.encode("utf-8"), "x.yaml").ok
    assert not VALIDATOR.is_valid(_load(text))


@pytest.mark.parametrize(
    "text",
    [
        MINIMAL,
        MINIMAL + 'tables: [{id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, cells: {2021: "1.200,5", "2022": 7, 2200: "-"}}]}]\n',
        MINIMAL + "sources: [{id: KCQG, name: Q}, {id: KCĐP, name: Đ}]\n"
        "tables: [{id: t, kind: budget, title: T, unit: tỷ đồng, sources: [KCQG, KCĐP], rows: [{id: a, name: A, cells: {1900: {KCQG: 1, KCĐP: '2,5'}}, by_source: {KCQG: 1}}]}]\n",
        MINIMAL + 'claims: [{id: c, quote: Q, value: "18,246", unit: tỷ đồng, hedge: khoảng, per_year: {value: 1, high: 2, average: true}}]\n',
        MINIMAL.replace("kind: plan}", 'kind: plan, rounding: "1 200 000"}'),
        MINIMAL.replace("kind: plan}", "kind: plan, rounding: 999999999999999999999999999999}"),
    ],
    ids=["minimal", "cells", "sources", "claim", "space-grouped", "thirty-digits"],
)
def test_what_the_schema_accepts_kc_loads(text):
    assert VALIDATOR.is_valid(_load(text))
    loaded = load_bytes(text.encode("utf-8"), "x.yaml")
    assert loaded.ok, loaded.problems


def _yaml_of(document: dict) -> bytes:
    """A generated document as YAML text, year keys written as YAML integers as a person would."""
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8")


# Documents drawn from the schema's own shapes, kept free of what only the whole document can
# show (ids used twice, names of missing tables or sources: kc validate reports those, a schema
# cannot): no sources, tables without rows or with rows of unique ids, claims without table figures.
_SHAPES = {
    **SCHEMA,
    "properties": {
        **SCHEMA["properties"],
        "sources": {"type": "array", "maxItems": 0},
        "references": {"type": "array", "items": {"$ref": "#/$defs/LegalReference"}, "maxItems": 2},
        "tables": {"type": "array", "maxItems": 0},
        "claims": {
            "type": "array",
            "maxItems": 2,
            "items": {
                "type": "object",
                "required": ["id", "quote"],
                "additionalProperties": False,
                "properties": {
                    key: SCHEMA["$defs"]["Claim"]["properties"][key]
                    for key in ("id", "quote", "section", "value", "high", "unit", "hedge", "band", "period",
                                "parts_complete", "share", "items", "target_year", "note")
                },
            },
        },
    },
}


@settings(max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(from_schema(_SHAPES), st.data())
def test_documents_the_schema_accepts_kc_loads(document, data):
    claims = document.get("claims", [])
    for index, claim in enumerate(claims):
        claim["id"] = f"c{index}"  # ids unique, as kc requires
    VALIDATOR.validate(document)
    loaded = load_bytes(_yaml_of(document), "generated.yaml")
    assert loaded.plan is not None, [(p.message, p.params) for p in loaded.problems]
