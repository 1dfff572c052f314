"""Bytes → text → plain Python data, keeping the 1-based line and column of every value.

libyaml parses the file (``yaml.CSafeLoader``: no tags that build objects, C speed); we then
build the Python values ourselves from the node tree so that:

* every mapping key and value, and every sequence item, keeps its position (positions turn
  1-based here, once, and nowhere else);
* a duplicate key is an error naming both places, instead of the last one silently winning;
* YAML 1.1 surprises never change a value: ``no``/``on`` stay text, ``012`` stays ``"012"``,
  ``1:20`` stays ``"1:20"``, dates stay as written;
* a plain scalar YAML would read as a float (``1.200`` → 1.2) is an error that says to quote
  it: money must never pass through a float;
* text is Unicode NFC, so ``Cộng`` typed with combining marks equals ``Cộng`` typed precomposed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple

import yaml

try:  # libyaml is the fast path; the pure-Python parser gives identical nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["Path", "Position", "SourceError", "SourceDocument", "parse_yaml"]


class _PlanLoader(_Loader):
    """libyaml's loader with PyYAML's Python resolver made cheap: the resolver runs for every
    node (a third of compose's time). A plain scalar's tag depends only on its text, and plans
    repeat the same keys and values, so each text is resolved once per process; path
    resolvers are never registered, so their per-node hooks have nothing to do."""

    _plain_tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            tags = self._plain_tags
            tag = tags.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
                if len(tags) >= _PLAIN_TAG_LIMIT:
                    tags.clear()
                tags[value] = tag
            return tag
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call, no-any-return]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


_PLAIN_TAG_LIMIT = 50_000  # distinct plain texts remembered; plenty for a corpus of plans

Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ, _MERGE = _TAG + "str", _TAG + "map", _TAG + "seq", _TAG + "merge"
_INT_12 = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_BOOL_12 = {"true": True, "false": False}
_NULL_12 = {"", "~", "null"}
_MAX_INT_TEXT = 40  # longer digit runs stay text, for the number parser to refuse clearly


class Position(NamedTuple):
    """A 1-based line and column in a plan file.

    A NamedTuple rather than a frozen dataclass: the loader makes one for every node of every
    file, and a tuple is several times cheaper to build (see benchmarks/bench.py).
    """

    line: int
    column: int


class SourceError(Exception):
    """The file cannot be read as a plan's YAML. Carries the place, a stable code and, once
    the bytes decoded, the text's lines so the error can be shown in context."""

    def __init__(
        self,
        code: str,
        message: str,
        position: Position | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position
        self.params = params or {}
        self.lines: list[str] = []


class _Marks(dict[Path, Any]):
    """Path → position, holding libyaml's marks and making a Position only when one is read.

    A plan has hundreds of nodes and a finding needs one position: building them all up front
    cost a fifth of kc's time on a large corpus (benchmarks/bench.py).
    """

    def __getitem__(self, key: Path) -> Position:
        return _as_position(dict.__getitem__(self, key))

    def get(self, key: Path, default: Any = None) -> Any:
        mark = dict.get(self, key)
        return default if mark is None else _as_position(mark)

    def values(self) -> Any:
        return [_as_position(mark) for mark in dict.values(self)]

    def items(self) -> Any:
        return [(key, _as_position(mark)) for key, mark in dict.items(self)]

    def __iter__(self) -> Any:
        return dict.__iter__(self)


def _as_position(mark: Any) -> Position:
    if isinstance(mark, Position):
        return mark
    return Position(mark.line + 1, mark.column + 1)


@dataclass
class SourceDocument:
    """The parsed data of one file, its positions and its lines (for excerpts)."""

    data: Any
    positions: dict[Path, Position] = field(default_factory=_Marks)
    key_positions: dict[Path, Position] = field(default_factory=_Marks)
    lines: list[str] = field(default_factory=list)

    def position_of(self, path: Path) -> Position:
        """Position of the value at ``path``, else of its nearest ancestor that has one."""
        probe = tuple(path)
        while probe:
            found = self.positions.get(probe)
            if found is not None:
                return found
            probe = probe[:-1]
        return self.positions.get((), Position(1, 1))


def decode(raw: bytes) -> str:
    """UTF-8 (a BOM is fine) to NFC text; anything else is a clear error."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SourceError(
            "encoding",
            "the file is not UTF-8 text",
            Position(line, column),
        ) from exc
    return unicodedata.normalize("NFC", text)


def parse_yaml(raw: bytes) -> SourceDocument:
    """Parse one YAML document into data with positions; raise SourceError on bad input."""
    text = decode(raw)
    document = SourceDocument(data=None, lines=text.splitlines())
    try:
        node = yaml.compose(text, Loader=_PlanLoader)
        if node is None:
            raise SourceError("empty", "the file holds no YAML document", Position(1, 1))
        document.data = _Builder(document).build(node, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        position = Position(mark.line + 1, mark.column + 1) if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        error = SourceError("syntax", problem, position, {"problem": problem})
        error.lines = document.lines
        raise error from exc
    except yaml.YAMLError as exc:
        error = SourceError("syntax", str(exc), None, {"problem": str(exc)})
        error.lines = document.lines
        raise error from exc
    except SourceError as exc:
        exc.lines = document.lines
        raise
    return document


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    """Turns libyaml nodes into dicts, lists and scalars, recording positions as it goes."""

    def __init__(self, document: SourceDocument) -> None:
        self.document = document
        # The stores hold libyaml marks; _Marks turns them into Positions only when read.
        self.positions: dict[Path, Any] = document.positions
        self.key_positions: dict[Path, Any] = document.key_positions

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.positions[path] = node.start_mark
        if node.tag == _STR:  # the common case first: plain or quoted text
            return node.value
        if not isinstance(node, yaml.ScalarNode) and node.tag not in (_MAP, _SEQ):
            raise SourceError("tag", f"the tag {node.tag!r} is not allowed in a plan", _position(node))
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: Path) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        seen: dict[Any, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise SourceError(
                    "merge-key", "merge keys (<<) are not allowed in a plan", _position(key_node)
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise SourceError(
                    "complex-key", "a mapping key must be plain text", _position(key_node)
                )
            key = key_node.value if key_node.tag == _STR else self._scalar(key_node)
            if key in seen:
                first = _position(seen[key])
                where = _position(key_node)
                raise SourceError(
                    "duplicate-key",
                    f"duplicate key {key!r}: first at line {first.line}, column {first.column}",
                    where,
                    {"key": str(key), "first_line": first.line, "first_column": first.column},
                )
            seen[key] = key_node
            self.key_positions[path + (key,)] = key_node.start_mark
            result[key] = self.build(value_node, path + (key,))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        value = str(node.value)
        tag = node.tag
        if node.style:  # quoted or block scalar: always text, as written
            if tag.startswith(_TAG) or tag == "!":
                return value
            raise SourceError("tag", f"the tag {tag!r} is not allowed in a plan", _position(node))
        if not tag.startswith(_TAG):
            raise SourceError("tag", f"the tag {tag!r} is not allowed in a plan", _position(node))
        kind = tag[len(_TAG):]
        if kind == "float":
            raise SourceError(
                "float",
                f"{value} would be read as a floating-point number; quote it",
                _position(node),
                {"value": value},
            )
        if kind == "null" and value.lower() in _NULL_12:
            return None
        if kind == "bool" and value.lower() in _BOOL_12:
            return _BOOL_12[value.lower()]
        if kind == "int" and _INT_12.match(value) and len(value) <= _MAX_INT_TEXT:
            return int(value)
        # YAML 1.1 readings (octal 012, sexagesimal 1:20, yes/no/on/off, dates) stay text.
        return value
