"""Fuzzing kc validate: whatever the bytes, kc ends with exit 0, 1 or 2 and a report, never
a traceback, never an internal error (KC000).

Inputs: valid plans mutated byte by byte and line by line, random YAML documents, deep
nesting (flow and block), anchors and alias bombs, other encodings (UTF-16, Latin-1, BOM,
NFD). The suite runs a short sample (about 200 inputs); for a long run set
``KC_FUZZ_EXAMPLES`` (inputs per test; the five tests share the total), e.g.::

    KC_FUZZ_EXAMPLES=2000 python -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics

or run ``python benchmarks/fuzz.py --inputs 10000``.
"""

from __future__ import annotations

import json
import os
import unicodedata

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from khuyencong_cli.cli import app

from conftest import PLANS, ROOT

EXAMPLES = int(os.environ.get("KC_FUZZ_EXAMPLES", "40"))
SEEDS = [p.read_bytes() for p in sorted(PLANS.glob("*.yaml"))] + [
    (ROOT / "tests" / "fixtures" / name).read_bytes()
    for name in ("plan-2021-2023.yaml", "results-2021-2023.yaml", "news-2021-2023.yaml")
]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a shared machine makes time per input noisy; the run's length is bounded by the count
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    derandomize=os.environ.get("KC_FUZZ_RANDOM") != "1",  # the suite is repeatable; long runs explore
    database=None,
)


def check_input(raw: bytes) -> int:
    """Run kc validate on ``raw`` as standard input; assert it ended as kc promises."""
    result = CliRunner().invoke(app, ["validate", "-f", "json", "--lang", "en", "-"], input=raw)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback for input {raw[:200]!r}") from result.exception
    assert result.exit_code in (0, 1, 2), result.output
    report = json.loads(result.stdout)
    assert not [f for f in report["findings"] if f["rule"] == "KC000"], report["findings"]
    return result.exit_code


# --- strategies -------------------------------------------------------------------------

def _mutate(seed: bytes, operations: list[tuple[int, int, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for kind, start, length, payload in operations:
        if not data:
            data.extend(payload)
            continue
        at = start % len(data)
        if kind == 0:  # delete a span
            del data[at : at + length]
        elif kind == 1:  # insert bytes
            data[at:at] = payload
        elif kind == 2:  # overwrite
            data[at : at + len(payload)] = payload
        elif kind == 3:  # duplicate a span (repeated keys, rows)
            data[at:at] = data[at : at + length]
        else:  # swap two lines
            lines = bytes(data).split(b"\n")
            i, j = at % len(lines), (at + length) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


TOKENS = [b"kc: 1\n", b": ", b"- ", b"[", b"]", b"{", b"}", b"&a ", b"*a", b"<<: ", b"!!python/object ",
          b'"', b"'", b"\t", b"\n  ", b"1.200", b"7.763,445", b"\xef\xbc\x99", b"\x00", b"\x01", b"\xff",
          b"no", b"~", b"---\n", b"...", b"#", b"total: ", b"rows:\n", b"cells: {2021: ", b"id: x"]
payloads = st.one_of(st.binary(max_size=12), st.sampled_from(TOKENS))
operations = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 1 << 20), st.integers(0, 200), payloads), min_size=1, max_size=6
)


@st.composite
def mutated_plans(draw: st.DrawFn) -> bytes:
    return _mutate(draw(st.sampled_from(SEEDS)), draw(operations))


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=20),
    st.sampled_from(["1.200", "7.763,445", "９.７１４", "-", "", "2021-2025", "no", "0x1F", "1e3", "KCQG"]),
)
values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.one_of(st.text(max_size=8), st.sampled_from(["kc", "tables", "rows", "cells", "total", "id", "document", "sources", "claims"])), children, max_size=4),
    max_leaves=30,
)


@st.composite
def random_yaml(draw: st.DrawFn) -> bytes:
    data = draw(values)
    if draw(st.booleans()):
        data = {"kc": draw(st.sampled_from([1, "1", 2, None])), **(data if isinstance(data, dict) else {"x": data})}
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=draw(st.sampled_from([None, True, False])))
    return text.encode("utf-8")


@st.composite
def deep_nesting(draw: st.DrawFn) -> bytes:
    depth = draw(st.integers(1, 20_000))
    style = draw(st.sampled_from(["flow-list", "flow-map", "block", "rows"]))
    head = b"kc: 1\n" if draw(st.booleans()) else b""
    if style == "flow-list":
        body = b"a: " + b"[" * depth + b"]" * depth
    elif style == "flow-map":
        body = b"a: " + b"{a: " * depth + b"1" + b"}" * depth
    elif style == "block":
        depth = min(depth, 3000)
        body = b"a:\n" + b"".join(b"  " * i + b"-\n" for i in range(1, depth))
    else:
        depth = min(depth, 400)
        body = b"tables:\n  - id: t\n    kind: budget\n    title: x\n    rows:\n" + b"".join(
            b"  " * i + b'      - {id: "r", name: r, rows:\n' for i in range(depth)
        )
    return head + body + b"\n"


@st.composite
def aliases(draw: st.DrawFn) -> bytes:
    width, levels = draw(st.integers(1, 12)), draw(st.integers(1, 12))
    names = [f"l{i}" for i in range(levels)]
    lines = [b"kc: 1"] if draw(st.booleans()) else []
    lines.append(f"{names[0]}: &{names[0]} [" .encode() + b",".join([b"x"] * width) + b"]")
    for i in range(1, levels):
        lines.append(f"{names[i]}: &{names[i]} [".encode() + ",".join([f"*{names[i - 1]}"] * width).encode() + b"]")
    if draw(st.booleans()):
        lines.append(b"self: &s [*s]")
    return b"\n".join(lines) + b"\n"


@st.composite
def encodings(draw: st.DrawFn) -> bytes:
    text = draw(st.sampled_from(SEEDS)).decode("utf-8")
    kind = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "bom", "nfd", "cp1258", "truncated"]))
    if kind == "nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if kind == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if kind == "truncated":
        raw = text.encode("utf-8")
        return raw[: draw(st.integers(0, len(raw)))]
    return text.encode(kind, errors="replace")


# --- tests ------------------------------------------------------------------------------

@FUZZ
@given(mutated_plans())
def test_fuzz_mutated_plans(raw):
    check_input(raw)


@FUZZ
@given(random_yaml())
def test_fuzz_random_yaml(raw):
    check_input(raw)


@FUZZ
@given(deep_nesting())
def test_fuzz_deep_nesting(raw):
    check_input(raw)


@FUZZ
@given(aliases())
def test_fuzz_aliases(raw):
    assert check_input(raw) == 2  # a plan needs no anchors: always refused


@FUZZ
@given(encodings())
def test_fuzz_encodings(raw):
    check_input(raw)
