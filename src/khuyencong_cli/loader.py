"""File → LoadedPlan: the validated model, the positions of every value, and what went wrong.

Everything that stops a plan from being checked is collected here as a :class:`LoadProblem`
with the place it was found: an unreadable path, bad YAML, a duplicate key, an unquoted
float, a schema error (explained by ``schema_problems``: pydantic's ``loc`` mapped back to
line:column, as dagster does), or an id used but never defined. The CLI turns any of them into
exit code 2. A well-formed plan is read without pydantic (``model.read_plan``); the models
judge only a plan that reading refuses.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path as FsPath
from typing import Any

from .i18n import Msg, register
from .model import FORMAT_VERSION, Claim, Figure, Plan, Row, Table, TableKind, read_plan
from .numbers import unit_factor
from .os_errors import os_reason
from .records import Frozen, Record
from .source import Path, Position, SourceDocument, SourceError, parse_yaml
from .tables import iter_rows, row_index

__all__ = ["LoadProblem", "LoadedPlan", "load_plan", "load_bytes", "STDIN_NAME"]

STDIN_NAME = "<stdin>"

_CODE_RULES = {
    "unreadable": "KC001",
    "encoding": "KC001",
    "syntax": "KC002",
    "empty": "KC002",
    "tag": "KC002",
    "merge-key": "KC002",
    "complex-key": "KC002",
    "alias": "KC002",
    "anchor": "KC002",
    "too-deep": "KC002",
    "control-character": "KC001",
    "duplicate-key": "KC003",
    "float": "KC004",
    "not-a-plan": "KC005",
    "version": "KC005",
    "schema": "KC005",
    "unit": "KC005",
    "unknown-id": "KC006",
    "duplicate-id": "KC005",
    "group-cycle": "KC005",
}


class LoadProblem(Frozen):
    """Why a file could not be checked, where, and the message key that explains it."""

    rule: str
    message: str
    params: dict[str, Any]
    position: Position
    hint: str

    def __init__(self, rule: str, message: str, params: dict[str, Any], position: Position, hint: str = "load.hint") -> None:
        self.__dict__.update(rule=rule, message=message, params=params, position=position, hint=hint)


class LoadedPlan(Record):
    """One file after loading: a plan when it is valid, else the problems that stopped it."""

    file: str
    plan: Plan | None
    source: SourceDocument | None
    problems: list[LoadProblem]

    def __init__(
        self, file: str, plan: Plan | None, source: SourceDocument | None, problems: list[LoadProblem] | None = None
    ) -> None:
        self.file, self.plan, self.source = file, plan, source
        self.problems = [] if problems is None else problems

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.problems


def load_plan(path: FsPath | str, display_name: str | None = None) -> LoadedPlan:
    """Read and validate one plan file. Never raises for bad input."""
    name = display_name or str(path)
    try:
        try:  # opened directly: no path object or stat per file, on thousands of files
            with open(path, "rb") as file:
                raw = file.read()
        except IsADirectoryError:  # a directory the walk could not open: say why
            with os.scandir(path):
                pass
            return LoadedPlan(name, None, None, [_problem("unreadable", Position(1, 1), reason=Msg("os.directory"))])
    except OSError as exc:
        reason = os_reason(exc)
        return LoadedPlan(name, None, None, [_problem("unreadable", Position(1, 1), reason=reason)])
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> LoadedPlan:
    """Validate the bytes of one plan (from a file or standard input).

    The parser caps nesting, so recursion in validation is bounded; should some structure
    still exhaust the stack, this file is refused and the run goes on with the others.
    """
    try:
        return _load_bytes(raw, name)
    except RecursionError:
        from .source import MAX_DEPTH

        return LoadedPlan(name, None, None, [_problem("too-deep", Position(1, 1), limit=MAX_DEPTH)])


def _load_bytes(raw: bytes, name: str) -> LoadedPlan:
    try:
        document = parse_yaml(raw)
    except SourceError as exc:
        params = dict(exc.params)
        if exc.code == "syntax" and isinstance(params.get("problem"), str):
            from .yaml_problems import yaml_problem  # its catalog is needed only for a broken file

            params["problem"] = yaml_problem(params["problem"])  # the parser's English, said again
        # Keep the lines (when the bytes decoded) so the error is shown in its context.
        context = SourceDocument(data=None, lines=exc.lines) if exc.lines else None
        return LoadedPlan(name, None, context, [_problem(exc.code, exc.position or Position(1, 1), **params)])
    data = document.data
    if not isinstance(data, dict) or "kc" not in data:
        return LoadedPlan(name, None, document, [_problem("not-a-plan", Position(1, 1))])
    if data["kc"] != FORMAT_VERSION:
        where = document.position_of(("kc",))
        return LoadedPlan(
            name, None, document,
            [_problem("version", where, found=_shown_version(data["kc"]), supported=FORMAT_VERSION)],
        )
    plan = read_plan(data)
    if plan is None:  # a value the fast reading is not sure of: the pydantic models decide
        from .schema_problems import judged

        plan, schema_problems = judged(data, document)
        if plan is None:
            return LoadedPlan(name, None, document, schema_problems)
    problems = list(_integrity_problems(plan, document))
    return LoadedPlan(name, None if problems else plan, document, problems)


def _shown_version(value: Any) -> str:
    """``"1"`` (text) must not read as the number 1 in the message that refuses it."""
    return f'"{value}"' if isinstance(value, str) else str(value)


def _problem(code: str, position: Position, **params: Any) -> LoadProblem:
    hint = "load.float.hint" if code == "float" else "load.hint"
    return LoadProblem(_CODE_RULES[code], f"load.{code}", params, position, hint)


def _integrity_problems(plan: Plan, document: SourceDocument) -> Iterator[LoadProblem]:
    """Ids used but never defined, ids defined twice, units that are not money."""

    def problem(code: str, path: Path, **params: Any) -> LoadProblem:
        where = document.position_of(path)
        if "what" in params:
            params["what"] = Msg(params["what"])
        return LoadProblem(_CODE_RULES[code], f"load.{code}", params, where)

    source_ids: set[str] = set()
    for index, source in enumerate(plan.sources):
        if source.id in source_ids:
            yield problem("duplicate-id", ("sources", index, "id"), what="what.source", id=source.id)
        source_ids.add(source.id)
    members = {source.id: source.members for source in plan.sources}
    for index, source in enumerate(plan.sources):
        for member_index, member in enumerate(source.members):
            if member not in source_ids:
                yield problem("unknown-id", ("sources", index, "members", member_index),
                              what="what.source", id=member)
        if _in_own_group(source.id, members):
            yield problem("group-cycle", ("sources", index, "members"), id=source.id)

    tables: dict[str, Table] = {}
    for index, table in enumerate(plan.tables):
        base: Path = ("tables", index)
        if table.id in tables:
            yield problem("duplicate-id", base + ("id",), what="what.table", id=table.id)
        tables[table.id] = table
        if table.kind is not TableKind.TARGETS and unit_factor(table.unit) is None:
            yield problem("unit", base + ("unit",), unit=table.unit)
        for source_index, source_id in enumerate(table.sources):
            if source_id not in source_ids:
                yield problem("unknown-id", base + ("sources", source_index),
                              what="what.source", id=source_id)
        for row, row_path in _rows_with_paths(table, base):
            yield from _row_sources(row, row_path, source_ids, problem)
        row_keys: set[str] = set()
        for ref in iter_rows(table, base):
            if ref.key in row_keys:
                yield problem("duplicate-id", ref.path + ("id",), what="what.row", id=ref.key)
            row_keys.add(ref.key)
    for index, table in enumerate(plan.tables):
        if table.restates is not None and table.restates not in tables:
            yield problem("unknown-id", ("tables", index, "restates"), what="what.table", id=table.restates)
        restated = tables.get(table.restates or "")
        restated_rows = row_index(restated) if restated is not None else {}
        for row, row_path in _rows_with_paths(table, ("tables", index)):
            for position, key in enumerate(row.restates):
                if restated is not None and key not in restated_rows:
                    yield problem("unknown-id", row_path + ("restates", position), what="what.row", id=key)
    yield from _claim_problems(plan, tables, source_ids, problem)


def _claim_problems(plan: Plan, tables: dict[str, Table], source_ids: set[str], problem: Any) -> Iterator[LoadProblem]:
    """Claims in a unit that is not money against a money table; the figures they name."""
    for index, claim in enumerate(plan.claims):
        base: Path = ("claims", index)
        if claim.unit is not None and unit_factor(claim.unit) is None and claim.of is not None:
            named = tables.get(claim.of.table)
            if named is not None and named.kind is not TableKind.TARGETS:
                yield problem("unit", base + ("unit",), unit=claim.unit)
        figures: list[tuple[Figure, Path]] = []
        if claim.of is not None:
            figures.append((claim.of, base + ("of",)))
        for part_index, part in enumerate(claim.parts):
            if part.of is not None:
                figures.append((part.of, base + ("parts", part_index, "of")))
        figures.extend(_claim_figures(claim, base))
        for figure, figure_path in figures:
            yield from _figure_problems(figure, figure_path, tables, source_ids, problem)
        for source_position, source_id in enumerate(claim.sources):
            if source_id not in source_ids:
                yield problem("unknown-id", base + ("sources", source_position), what="what.source", id=source_id)


def _claim_figures(claim: Claim, base: Path) -> Iterator[tuple[Figure, Path]]:
    """The table figures a claim's share, growth and ratio name (beside ``of`` and parts)."""
    if claim.every is not None and claim.every.of is not None:
        yield claim.every.of, base + ("every", "of")
    if claim.share_of is not None and claim.share_of.of is not None:
        yield claim.share_of.of, base + ("share_of", "of")
    if claim.growth is not None:
        for end in ("first", "last"):
            item = getattr(claim.growth, end)
            if item.of is not None:
                yield item.of, base + ("growth", end, "of")
    if claim.ratio is not None:
        for side in ("numerator", "denominator"):
            quantity = getattr(claim.ratio, side)
            if quantity.of is not None:
                yield quantity.of, base + ("ratio", side, "of")


def _in_own_group(source: str, members: dict[str, list[str]]) -> bool:
    """True when a group reaches itself through its members (NSNN ⊃ … ⊃ NSNN)."""
    pending, seen = list(members.get(source, [])), set()
    while pending:
        current = pending.pop()
        if current == source:
            return True
        if current not in seen:
            seen.add(current)
            pending.extend(members.get(current, []))
    return False


def _rows_with_paths(table: Table, base: Path) -> Iterator[tuple[Row, Path]]:
    def walk(rows: list[Row], path: Path) -> Iterator[tuple[Row, Path]]:
        for index, row in enumerate(rows):
            row_path = path + (index,)
            yield row, row_path
            yield from walk(row.rows, row_path + ("rows",))

    yield from walk(table.rows, base + ("rows",))
    if table.total is not None:
        yield table.total, base + ("total",)


def _row_sources(row: Row, path: Path, known: set[str], problem: Any) -> Iterator[LoadProblem]:
    if row.source is not None and row.source not in known:
        yield problem("unknown-id", path + ("source",), what="what.source", id=row.source)
    for year, value in row.cells.items():
        if isinstance(value, dict):
            for source_id in value:
                if source_id not in known:
                    yield problem("unknown-id", path + ("cells", year, source_id),
                                  what="what.source", id=source_id)
    for source_id in row.by_source:
        if source_id not in known:
            yield problem("unknown-id", path + ("by_source", source_id), what="what.source", id=source_id)


def _figure_problems(
    figure: Figure, path: Path, tables: dict[str, Table], sources: set[str], problem: Any
) -> Iterator[LoadProblem]:
    table = tables.get(figure.table)
    if table is None:
        yield problem("unknown-id", path + ("table",), what="what.table", id=figure.table)
        return
    index = row_index(table)
    for row_position, row_id in enumerate(figure.rows):
        if row_id not in index:
            yield problem("unknown-id", path + ("rows", row_position), what="what.row", id=row_id)
    for source_position, source_id in enumerate(figure.sources):
        if source_id not in sources:
            yield problem("unknown-id", path + ("sources", source_position), what="what.source", id=source_id)
    for year_position, year in enumerate(figure.years):
        if table.years and year not in table.years:
            yield problem("unknown-id", path + ("years", year_position), what="what.year", id=year)


register(
    {
        "schema.missing": {
            "en": "missing required field '{name}'",
            "vi": "thiếu trường bắt buộc '{name}'",
        },
        "schema.unknown-field": {
            "en": "unknown field '{name}'",
            "vi": "trường '{name}' không có trong định dạng",
        },
        "schema.unquoted-comma": {
            "en": "unknown field '{name}': a comma in an unquoted {field} ends it inside {{…}} (it was cut after \"{start},\"): put the whole text in double quotes, {field}: \"…\"",
            "vi": "trường '{name}' không có trong định dạng: dấu phẩy trong {field} không đặt trong ngoặc kép đã cắt nó trong {{…}} (bị cắt sau \"{start},\"): hãy đặt toàn bộ văn bản trong ngoặc kép, {field}: \"…\"",
        },
        "schema.unknown-field-suggest": {
            "en": "unknown field '{name}' (did you mean '{suggestion}'?)",
            "vi": "trường '{name}' không có trong định dạng (có phải '{suggestion}'?)",
        },
        "schema.enum": {
            "en": "'{found}' is not one of {expected}",
            "vi": "'{found}' không thuộc các giá trị {expected}",
        },
        "schema.value": {"en": "{detail}", "vi": "{detail}"},
        "schema.expected-mapping": {
            "en": "expected a mapping of fields (key: value), found {found}",
            "vi": "cần một ánh xạ các trường (khóa: giá trị), nhưng gặp {found}",
        },
        "schema.expected-list": {
            "en": "expected a list, found {found}",
            "vi": "cần một danh sách, nhưng gặp {found}",
        },
        "schema.expected-text": {
            "en": "expected text, found {found}",
            "vi": "cần một chuỗi văn bản, nhưng gặp {found}",
        },
        "schema.expected-integer": {
            "en": "expected a whole number, found {found}",
            "vi": "cần một số nguyên, nhưng gặp {found}",
        },
        "schema.expected-bool": {
            "en": "expected true or false, found {found}",
            "vi": "cần true hoặc false, nhưng gặp {found}",
        },
        "schema.out-of-range": {
            "en": "{found} is out of the allowed range",
            "vi": "{found} nằm ngoài khoảng cho phép",
        },
        "schema.pattern": {
            "en": "'{found}' is not written in an allowed form",
            "vi": "'{found}' không đúng dạng cho phép",
        },
        "number.unreadable": {
            "en": "cannot read '{value}' as a Vietnamese number: use '.' between groups of three digits and ',' before decimals, e.g. \"7.763,445\" or \"1.200\"",
            "vi": "không đọc được '{value}' thành số theo cách viết Việt Nam: dùng '.' ngăn cách hàng nghìn và ',' trước phần thập phân, ví dụ \"7.763,445\" hoặc \"1.200\"",
        },
        "number.foreign-digit": {
            "en": "'{value}' holds the digit '{digit}' ({code}), not one of 0-9: retype the figure with ordinary digits",
            "vi": "'{value}' có chữ số '{digit}' ({code}) không thuộc 0-9: hãy gõ lại con số bằng chữ số thường",
        },
        "number.not-a-number": {
            "en": "expected a number, found {value}",
            "vi": "cần một con số, nhưng gặp {value}",
        },
        "number.float": {
            "en": "{value} was read as a decimal fraction; write it as a quoted Vietnamese figure, e.g. \"7.763,445\"",
            "vi": "{value} bị đọc thành số thực; hãy ghi thành chuỗi theo cách viết Việt Nam, ví dụ \"7.763,445\"",
        },
        "number.too-long": {
            "en": "a figure with more than {digits} digits is not a budget figure; check the typing",
            "vi": "con số dài hơn {digits} chữ số không thể là số liệu kinh phí; kiểm tra lại",
        },
        "schema.type": {"en": "{detail}", "vi": "{detail}"},
    }
)
