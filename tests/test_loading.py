"""Bad input gets one clear message at the right place and exit code 2, never a traceback."""

from __future__ import annotations

import pytest

from khuyencong_cli.cli import app
from khuyencong_cli.loader import load_bytes

MINIMAL = """\
kc: 1
document: {title: Kế hoạch, province: Cao Bằng, kind: plan, period: "2016-2020"}
"""


def _problems(text: str | bytes):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    loaded = load_bytes(raw, "p.yaml")
    return loaded, [(p.rule, p.position.line, p.position.column) for p in loaded.problems]


def test_minimal_plan_loads():
    loaded, problems = _problems(MINIMAL)
    assert loaded.ok and problems == []


def test_positions_are_one_based_for_every_value():
    loaded, _ = _problems(MINIMAL + "tables:\n  - id: t\n    kind: budget\n    title: T\n    unit: triệu đồng\n")
    assert loaded.source.position_of(("document", "province")).line == 2
    assert loaded.source.position_of(("tables", 0, "unit")).line == 7
    assert loaded.source.position_of(("tables", 0, "unit")).column == 11
    # A missing path falls back to its nearest ancestor.
    assert loaded.source.position_of(("tables", 0, "rows", 3)).line == 4


def test_duplicate_key_names_both_places():
    loaded, problems = _problems(MINIMAL + "document: {}\n")
    assert problems == [("KC003", 3, 1)]
    assert loaded.problems[0].params["first_line"] == 2


def test_unquoted_float_is_refused_not_read_as_1_2():
    text = MINIMAL + "tables:\n  - {id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: a, name: A, total: 1.200}]}\n"
    loaded, problems = _problems(text)
    assert problems == [("KC004", 4, text.splitlines()[3].index("1.200") + 1)]
    assert loaded.problems[0].params["value"] == "1.200"


@pytest.mark.parametrize(
    ("scalar", "kept"),
    [("no", "no"), ("on", "on"), ("012", "012"), ("1:20", "1:20"), ("2015-02-26", "2015-02-26")],
)
def test_yaml_11_surprises_stay_as_written(scalar, kept):
    loaded, problems = _problems(
        f"kc: 1\ndocument: {{title: {scalar}, province: P, kind: plan, date: {scalar}}}\n"
    )
    assert problems == []
    assert loaded.plan.document.title == kept
    assert loaded.plan.document.date == kept


def test_bom_and_nfc():
    decomposed = "Cao Ba\u0300\u0306ng".replace("a\u0300\u0306", "a\u0306\u0300")
    text = "\ufeff" + MINIMAL.replace("Cao Bằng", decomposed)
    loaded, problems = _problems(text.encode("utf-8"))
    assert problems == []
    assert loaded.plan.document.province == "Cao Bằng"


def test_syntax_error_has_a_place():
    _, problems = _problems("kc: 1\ndocument: [unclosed\n")
    assert problems and problems[0][0] == "KC002"


def test_not_utf8():
    _, problems = _problems(b"kc: 1\ntitle: \xff\xfe\n")
    assert problems == [("KC001", 2, 8)]


def test_python_tags_are_refused():
    _, problems = _problems("kc: 1\ndocument: !!python/object:os.system {}\n")
    assert problems[0][0] == "KC002"


def test_schema_error_maps_to_the_field():
    text = MINIMAL + "tables:\n  - id: t\n    kind: spending\n    title: T\n    unit: triệu đồng\n"
    _loaded, problems = _problems(text)
    assert problems == [("KC005", 5, 11)]


def test_unknown_field_suggests_the_right_one():
    text = MINIMAL.replace("period:", "perod:")
    loaded, problems = _problems(text)
    assert problems == [("KC005", 2, text.splitlines()[1].index("perod") + 1)]
    from khuyencong_cli.engine import CheckOptions, render_load_problems

    message = render_load_problems(loaded, CheckOptions())[0].message
    assert "perod" in message and "period" in message


def test_an_unquoted_label_cut_at_its_comma_is_explained():
    # {label: … (1,6 tỷ đồng), value: 3}: YAML ends the label at the comma and reads
    # "6 tỷ đồng)" as a key; the message says to quote the label, in both languages.
    text = MINIMAL + (
        "claims:\n  - id: c\n    quote: \"8 cơ sở\"\n    value: 8\n    parts:\n"
        "      - {label: Cơ sở huyện Yên Sơn (1,6 tỷ đồng), value: 3}\n"
    )
    loaded, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC005"]
    from khuyencong_cli.engine import CheckOptions, render_load_problems

    english = render_load_problems(loaded, CheckOptions(lang="en"))[0].message
    assert 'cut after "Cơ sở huyện Yên Sơn (1,"' in english and "double quotes, label:" in english
    vietnamese = render_load_problems(loaded, CheckOptions(lang="vi"))[0].message
    assert "ngoặc kép, label:" in vietnamese


def test_a_claims_sources_must_be_defined():
    text = MINIMAL + "claims:\n  - {id: c, quote: x, value: 5, unit: tỷ đồng, sources: [KCPD]}\n"
    _loaded, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC006"]


def test_an_unquoted_label_cut_before_a_colon_is_explained_in_both_languages():
    # {label: Yên Sơn, Hàm Yên: 3 cơ sở, …}: the text after the comma reads as a key with a
    # value, on the label's own line; a stray key on a line of its own is not a cut label.
    text = MINIMAL + (
        "claims:\n  - id: c\n    quote: \"8 cơ sở\"\n    value: 8\n    parts:\n"
        "      - {label: Yên Sơn, Hàm Yên: 3 cơ sở, value: 3}\n"
        "      - label: Sơn Dương\n        value: 5\n        nhom: 1\n"
    )
    loaded, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC005", "KC005"]
    from khuyencong_cli.engine import CheckOptions, render_load_problems

    english = [f.message for f in render_load_problems(loaded, CheckOptions(lang="en"))]
    assert 'cut after "Yên Sơn,"' in english[0] and 'double quotes, label: "…"' in english[0]
    assert "double quotes" not in english[1]
    vietnamese = [f.message for f in render_load_problems(loaded, CheckOptions(lang="vi"))]
    assert 'bị cắt sau "Yên Sơn,"' in vietnamese[0] and 'ngoặc kép, label: "…"' in vietnamese[0]


def test_did_you_mean_never_names_the_field_itself():
    # 'label' is a field of a part, not of a claim: suggesting 'label' for it helps nobody.
    loaded, _ = _problems(MINIMAL + "claims:\n  - {id: c, quote: x, label: Tổng, value: 3}\n")
    from khuyencong_cli.engine import CheckOptions, render_load_problems

    (finding,) = render_load_problems(loaded, CheckOptions(lang="en"))
    assert "unknown field 'label'" in finding.message and "did you mean 'label'" not in finding.message


def test_missing_field_points_at_its_parent():
    _loaded, problems = _problems("kc: 1\ndocument:\n  title: T\n  kind: plan\n")
    assert problems == [("KC005", 3, 3)]


def test_unknown_source_id():
    text = MINIMAL + (
        "tables:\n  - id: t\n    kind: budget\n    title: T\n    unit: triệu đồng\n"
        "    rows:\n      - {id: a, name: A, source: KCQX, total: 5}\n"
    )
    _, problems = _problems(text)
    assert problems == [("KC006", 9, text.splitlines()[8].index("KCQX") + 1)]


def test_money_table_needs_a_money_unit():
    text = MINIMAL + "tables:\n  - {id: t, kind: budget, title: T, unit: lao động}\n"
    _, problems = _problems(text)
    assert problems[0][0] == "KC005"


def test_wrong_version():
    _, problems = _problems(MINIMAL.replace("kc: 1", "kc: 2"))
    assert problems == [("KC005", 1, 5)]


@pytest.mark.parametrize(
    "content",
    [
        "kc: 1\ndocument: [unclosed\n",
        "- just\n- a list\n",
        "",
        MINIMAL + "document: {}\n",
        b"\xff\xfe",
    ],
    ids=["syntax", "not-a-mapping", "empty", "duplicate", "binary"],
)
def test_broken_files_exit_2_with_one_clear_message(runner, write_plan, content):
    path = write_plan(content)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert f"{path}" in result.output


def test_missing_path_exits_2(runner, tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "KC001" in result.output


def test_checking_never_modifies_the_file(runner, write_plan):
    path = write_plan(MINIMAL.replace("2016-2020", "2021-2015"))
    before = path.read_bytes(), path.stat().st_mtime_ns
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_figure_with_absurdly_many_digits_is_refused_clearly(runner, write_plan):
    digits = "9" * 5000
    text = MINIMAL + (
        "tables:\n  - id: t\n    kind: budget\n    title: T\n    unit: triệu đồng\n"
        f"    rows:\n      - {{id: a, name: A, total: \"{digits}\"}}\n      - {{id: b, name: B, total: {digits}}}\n"
    )
    _, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC005", "KC005"]
    result = runner.invoke(app, ["validate", str(write_plan(text)), "--lang", "vi"])
    assert result.exit_code == 2
    assert "dài hơn 30 chữ số" in result.output


def test_one_bad_cell_gives_one_message_in_the_readers_language(runner, write_plan):
    text = MINIMAL + (
        "tables:\n  - id: t\n    kind: budget\n    title: T\n    unit: triệu đồng\n"
        "    rows:\n      - {id: a, name: A, cells: {2016: yes}, rows: 5}\n"
    )
    _loaded, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC005", "KC005"]  # the cell, and rows: 5
    result = runner.invoke(app, ["validate", str(write_plan(text)), "--lang", "vi"])
    assert "không đọc được 'yes' thành số" in result.output
    assert "cần một danh sách, nhưng gặp 5" in result.output
    assert "Input should" not in result.output


def test_version_written_as_text_is_explained():
    loaded, problems = _problems(MINIMAL.replace("kc: 1", 'kc: "1"'))
    assert problems == [("KC005", 1, 5)]
    assert loaded.problems[0].params["found"] == '"1"'


def test_duplicate_row_ids_and_self_containing_groups_are_refused():
    text = MINIMAL + (
        "sources: [{id: A, name: A, members: [B]}, {id: B, name: B, members: [A]}]\n"
        "tables:\n  - {id: t, kind: budget, title: T, unit: triệu đồng, rows: [{id: I, name: X}, {id: I, name: Y}]}\n"
    )
    loaded, problems = _problems(text)
    assert [p[0] for p in problems] == ["KC005", "KC005", "KC005"]
    assert [p.message for p in loaded.problems] == ["load.group-cycle", "load.group-cycle", "load.duplicate-id"]
