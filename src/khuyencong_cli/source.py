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
* text is Unicode NFC, so ``Cộng`` typed with combining marks equals ``Cộng`` typed precomposed;
* hostile input ends quickly with a clear error: an anchor or alias is refused where it is
  written (a plan needs none, and nine levels of nine aliases would expand to billions of
  values), nesting deeper than :data:`MAX_DEPTH` is refused (libyaml's composer recurses in C
  and crashes the interpreter at a few ten thousand levels), and a control character is
  reported at its own line and column.

The values are built from libyaml's event stream with an explicit stack, never by
recursion, so no depth of input can exhaust Python's or C's stack.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

try:  # libyaml is the fast path; the pure-Python parser gives identical nodes.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["Path", "Position", "SourceError", "SourceDocument", "parse_yaml"]


Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ, _MERGE = _TAG + "str", _TAG + "map", _TAG + "seq", _TAG + "merge"
_INT_12 = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_BOOL_12 = {"true": True, "false": False}
_NULL_12 = {"", "~", "null"}
_MAX_INT_TEXT = 40  # longer digit runs stay text, for the number parser to refuse clearly
MAX_DEPTH = 100  # nested mappings and lists; a real plan uses about ten
# Characters YAML forbids in a stream (tab, newlines and U+0085 are allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_RESOLVER = yaml.resolver.Resolver()
# Plain text → its resolved tag, for the whole process (plans repeat keys and values).
_PLAIN_TAGS: dict[str, str] = {}
_PLAIN_TAGS_MAX = 100_000


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


def _refuse_control_characters(text: str, lines: list[str]) -> None:
    """YAML forbids them; libyaml would name no line. Said here at the character's place."""
    bad = _CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        character = f"U+{ord(bad.group()):04X}"
        error = SourceError(
            "control-character",
            f"the control character {character} is not allowed in a plan",
            Position(line, column),
            {"character": character},
        )
        error.lines = lines
        raise error


def parse_yaml(raw: bytes) -> SourceDocument:
    """Parse one YAML document into data with positions; raise SourceError on bad input."""
    text = decode(raw)
    document = SourceDocument(data=None, lines=text.splitlines())
    _refuse_control_characters(text, document.lines)
    try:
        loader = _Loader(text)
        try:
            document.data = _Builder(document).build(loader.get_event)
        finally:
            loader.dispose()
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


def _anchor(event: Any) -> SourceError:
    return SourceError(
        "anchor", f"anchors (&{event.anchor}) are not allowed in a plan",
        _position(event), {"name": event.anchor},
    )


def _duplicate_key(key: Any, first_mark: Any, event: Any) -> SourceError:
    first = _as_position(first_mark)
    return SourceError(
        "duplicate-key",
        f"duplicate key {key!r}: first at line {first.line}, column {first.column}",
        _position(event),
        {"key": str(key), "first_line": first.line, "first_column": first.column},
    )


def _position(event: Any) -> Position:
    mark = event.start_mark
    return Position(mark.line + 1, mark.column + 1)


_NO_KEY = object()


class _Builder:
    """Turns libyaml's events into dicts, lists and scalars, recording positions as it goes.

    Iterative (an explicit stack of open collections), so depth is checked, never recursed.
    The loop is one function with the common cases inline (an untagged key or text value):
    it runs for every node of every file.
    """

    def __init__(self, document: SourceDocument) -> None:
        self.document = document
        # The stores hold libyaml marks; _Marks turns them into Positions only when read.
        self.positions: dict[Path, Any] = document.positions
        self.key_positions: dict[Path, Any] = document.key_positions

    def build(self, get_event: Any) -> Any:
        """The document's value from libyaml's events, asked for one call each (a generator
        such as ``yaml.parse`` costs two calls and a resumption per event).

        The open collection is held in local variables (its container, whether it is a
        mapping, the key awaiting its value with that value's path, its own path) and its
        parents on a stack of tuples: locals are the cheapest thing Python reads, and this
        loop runs for every node of every file. A key seen twice is found in the key
        positions, where its path already is.
        """
        stack: list[tuple[Any, bool, Any, Path, Path]] = []
        root: Any = _NO_KEY
        documents = 0
        scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        stream_end = yaml.StreamEndEvent
        positions, key_positions = self.positions, self.key_positions
        plain_tags = _PLAIN_TAGS
        if len(plain_tags) > _PLAIN_TAGS_MAX:
            plain_tags.clear()
        container: Any = None  # the open collection; None outside the root
        is_map = False
        key: Any = _NO_KEY  # in a mapping: the key read, until its value is
        key_path: Path = ()
        path: Path = ()
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.anchor is not None:
                    raise _anchor(event)
                text = event.value
                if event.tag is not None:
                    tag = _scalar_tag(event)
                elif event.implicit[0]:  # plain: the tag depends only on the text
                    known = plain_tags.get(text)
                    if known is None:
                        known = plain_tags[text] = _resolved_tag(text, (True, False))
                    tag = known
                else:  # quoted or block, untagged: text
                    tag = _STR
                if is_map:
                    if key is _NO_KEY:
                        if tag == _STR:  # a key as text: the common case, inline
                            key_path = path + (text,)
                            if key_path in key_positions:
                                raise _duplicate_key(text, key_positions[key_path], event)
                            key_positions[key_path] = event.start_mark
                            key = text
                        else:
                            key, key_path = self._key(path, event, tag)
                    else:
                        positions[key_path] = event.start_mark
                        container[key] = text if tag == _STR else self._scalar(event, tag)
                        key = _NO_KEY
                elif container is not None:
                    positions[path + (len(container),)] = event.start_mark
                    container.append(text if tag == _STR else self._scalar(event, tag))
                else:
                    positions[()] = event.start_mark
                    root = text if tag == _STR else self._scalar(event, tag)
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None:
                    raise _anchor(event)
                if is_map and key is _NO_KEY:
                    self._key(path, event, None)  # raises: a collection cannot be a key
                if container is None:
                    inner: Path = ()
                elif is_map:
                    inner = key_path
                else:
                    inner = path + (len(container),)
                positions[inner] = event.start_mark
                self._check_collection_tag(event, _MAP if kind is mapping_start else _SEQ)
                if len(stack) >= MAX_DEPTH:
                    raise SourceError(
                        "too-deep", f"the file nests deeper than {MAX_DEPTH} levels",
                        _position(event), {"limit": MAX_DEPTH},
                    )
                value: Any = {} if kind is mapping_start else []
                if container is None:
                    root = value
                elif is_map:
                    container[key] = value
                    key = _NO_KEY
                else:
                    container.append(value)
                stack.append((container, is_map, key, key_path, path))
                container, is_map, key, key_path, path = value, kind is mapping_start, _NO_KEY, inner, inner
            elif kind in collection_end:
                container, is_map, key, key_path, path = stack.pop()
            elif kind is yaml.AliasEvent:
                raise SourceError(
                    "alias", f"aliases (*{event.anchor}) are not allowed in a plan",
                    _position(event), {"name": event.anchor},
                )
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    problem = "but found another document"
                    raise SourceError("syntax", problem, _position(event), {"problem": problem})
            elif kind is stream_end or event is None:
                break
        if root is _NO_KEY:
            raise SourceError("empty", "the file holds no YAML document", Position(1, 1))
        return root

    def _key(self, path: Path, event: Any, tag: str | None) -> tuple[Any, Path]:
        """A key that is not plain text (a number, a bool), or the error a key cannot be."""
        if tag is None:
            raise SourceError("complex-key", "a mapping key must be plain text", _position(event))
        if tag == _MERGE:
            raise SourceError("merge-key", "merge keys (<<) are not allowed in a plan", _position(event))
        key = event.value if tag == _STR else self._scalar(event, tag)
        key_path = path + (key,)
        if key_path in self.key_positions:
            raise _duplicate_key(key, self.key_positions[key_path], event)
        self.key_positions[key_path] = event.start_mark
        return key, key_path

    @staticmethod
    def _check_collection_tag(event: Any, default: str) -> None:
        if event.tag is not None and event.tag not in ("!", default):
            raise SourceError("tag", f"the tag {event.tag!r} is not allowed in a plan", _position(event))

    def _scalar(self, event: Any, tag: str | None = None) -> Any:
        tag = tag or _scalar_tag(event)
        value = str(event.value)
        if tag == _STR:  # the common case first: plain or quoted text
            return value
        if event.style:  # quoted or block scalar: always text, as written
            if tag.startswith(_TAG) or tag == "!":
                return value
            raise SourceError("tag", f"the tag {tag!r} is not allowed in a plan", _position(event))
        if not tag.startswith(_TAG):
            raise SourceError("tag", f"the tag {tag!r} is not allowed in a plan", _position(event))
        kind = tag[len(_TAG):]
        if kind == "float":
            raise SourceError(
                "float",
                f"{value} would be read as a floating-point number; quote it",
                _position(event),
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


def _scalar_tag(event: Any) -> str:
    """The tag the composer would give: an explicit one, else resolved from the plain text."""
    tag = event.tag
    if tag is None or tag == "!":
        return _resolved_tag(event.value, event.implicit)
    return str(tag)


@functools.lru_cache(maxsize=50_000)
def _resolved_tag(value: str, implicit: tuple[bool, bool]) -> str:
    """PyYAML's Python resolver is slow and runs for every scalar; a plain scalar's tag depends
    only on its text, and plans repeat the same keys and values, so each text is resolved once."""
    return str(_RESOLVER.resolve(yaml.ScalarNode, value, implicit))  # type: ignore[no-untyped-call]
