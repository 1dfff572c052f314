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
from typing import Any, NamedTuple

import yaml

from .records import Record

# libyaml is the fast path; the pure-Python parser gives identical nodes but words its errors
# differently. kc import reads its mapping files with the same loader, so both speak alike.
try:
    from yaml import CSafeLoader as Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as Loader  # type: ignore[assignment]

__all__ = ["Loader", "Path", "Position", "SourceError", "SourceDocument", "parse_yaml"]


Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ, _MERGE = _TAG + "str", _TAG + "map", _TAG + "seq", _TAG + "merge"
_INT_12 = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_BOOL_12 = {"true": True, "false": False}
_NULL_12 = {"", "~", "null"}
_MAX_INT_TEXT = 40  # longer digit runs stay text, for the number parser to refuse clearly
MAX_DEPTH = 100  # nested mappings and lists; a real plan uses about ten
_C0_BYTES = bytes(code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)) + b"\x7f"
_RESOLVER = yaml.resolver.Resolver()
# Plain text → its resolved tag, for the whole process (plans repeat keys and values).
_PLAIN_TAGS: dict[str, str] = {}
# Plain text that is not text (a year, a count, null, a bool) → its value, likewise.
_PLAIN_VALUES: dict[str, Any] = {}
_PLAIN_TAGS_MAX = 100_000


@functools.cache
def _control() -> re.Pattern[str]:
    """The characters YAML forbids in a stream (tab, newlines and U+0085 are allowed),
    compiled only for a file whose bytes may encode one (see
    :func:`_may_hold_control_characters`): few plans do."""
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


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


# A collection's marks, parallel to the data: (its start mark, its keys' marks by key or None
# for a list, its values' marks by key or index). A value that is itself a collection holds
# its own such tuple instead of a mark. The builder fills them with no path built or hashed
# (a plan has thousands of nodes); a path is walked only when a position is asked for.
_Node = tuple[Any, "dict[Any, Any] | None", "dict[Any, Any] | list[Any]"]


def _as_position(mark: Any) -> Position:
    if type(mark) is tuple:  # a collection's node
        mark = mark[0]
    if isinstance(mark, Position):
        return mark
    return Position(mark.line + 1, mark.column + 1)


def _child(node: Any, step: Any) -> Any:
    """The mark or node under ``step`` of a collection's node, else None."""
    if type(node) is not tuple:
        return None
    keys, values = node[1], node[2]
    if keys is not None:
        try:
            return values.get(step)
        except TypeError:  # an unhashable step names nothing
            return None
    if isinstance(step, int) and 0 <= step < len(values):
        return values[step]
    return None


class _Positions:
    """Path → Position of the value there (``key_positions``: of the key), read from the mark
    tree; a Position is made only when one is read."""

    def __init__(self, document: SourceDocument, keys: bool) -> None:
        self._document = document
        self._keys = keys

    def get(self, path: Path, default: Any = None) -> Any:
        node = self._document.root_marks
        if node is None:
            return default
        if self._keys:
            if not path:
                return default
            for step in path[:-1]:
                node = _child(node, step)
                if node is None:
                    return default
            if type(node) is not tuple or node[1] is None:
                return default
            mark = node[1].get(path[-1])
        else:
            mark = node
            for step in path:
                mark = _child(mark, step)
                if mark is None:
                    return default
        return default if mark is None else _as_position(mark)

    def __getitem__(self, path: Path) -> Position:
        found = self.get(path)
        if found is None:
            raise KeyError(path)
        return found  # type: ignore[no-any-return]

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self.get(path) is not None


class SourceDocument(Record):
    """The parsed data of one file, its positions and its lines (for excerpts)."""

    data: Any
    lines: list[str]
    root_marks: Any  # the mark tree (see _Node); None when nothing was parsed

    def __init__(self, data: Any, lines: list[str] | None = None, root_marks: Any = None) -> None:
        self.data, self.lines, self.root_marks = data, [] if lines is None else lines, root_marks

    @property
    def positions(self) -> _Positions:
        """Path → position of the value there."""
        return _Positions(self, keys=False)

    @property
    def key_positions(self) -> _Positions:
        """Path → position of the key that names the value there."""
        return _Positions(self, keys=True)

    def position_of(self, path: Path) -> Position:
        """Position of the value at ``path``, else of its nearest ancestor that has one."""
        node = self.root_marks
        if node is None:
            return Position(1, 1)
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            node = child
        return _as_position(node)


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


def _may_hold_control_characters(raw: bytes) -> bool:
    """False when the UTF-8 bytes cannot encode a character of :func:`_control`: no C0 byte but
    tab and newlines, no DEL, no lead byte of U+0080–U+00BF or of U+FFxx (surrogates do
    not decode). Searching the bytes this way costs a fifth of the pattern's search."""
    return len(raw.translate(None, _C0_BYTES)) != len(raw) or b"\xc2" in raw or b"\xef\xbf" in raw


def _refuse_control_characters(text: str, lines: list[str]) -> None:
    """YAML forbids them; libyaml would name no line. Said here at the character's place."""
    bad = _control().search(text)
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
    if _may_hold_control_characters(raw):
        _refuse_control_characters(text, document.lines)
    try:
        loader = Loader(text)
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
    """Turns libyaml's events into dicts, lists and scalars, recording marks as it goes.

    Iterative (an explicit stack of open collections), so depth is checked, never recursed.
    The loop is one function with the common cases inline (an untagged key or text value):
    it runs for every node of every file.
    """

    def __init__(self, document: SourceDocument) -> None:
        self.document = document

    def build(self, get_event: Any) -> Any:
        """The document's value from libyaml's events, asked for one call each (a generator
        such as ``yaml.parse`` costs two calls and a resumption per event).

        The open collection is held in local variables (its container, whether it is a
        mapping, the key awaiting its value, the marks of its keys and of its values) and its
        parents on a stack of tuples: locals are the cheapest thing Python reads, and this
        loop runs for every node of every file. Marks are kept per collection, beside the
        data, so no path is built or hashed here; a key seen twice is found among its
        mapping's key marks.
        """
        stack: list[tuple[Any, bool, Any, Any, Any]] = []
        root: Any = _NO_KEY
        documents = 0
        scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
        collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        stream_end = yaml.StreamEndEvent
        plain_tags, plain_values = _PLAIN_TAGS, _PLAIN_VALUES
        if len(plain_tags) > _PLAIN_TAGS_MAX:
            plain_tags.clear()
        if len(plain_values) > _PLAIN_TAGS_MAX:
            plain_values.clear()
        container: Any = None  # the open collection; None outside the root
        is_map = False
        key: Any = _NO_KEY  # in a mapping: the key read, until its value is
        key_marks: Any = None  # the open mapping's key → mark
        value_marks: Any = None  # the open collection's key or index → mark or node
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event:
                if event.anchor is not None:
                    raise _anchor(event)
                text = event.value
                if event.tag is not None:
                    tag = _scalar_tag(event)
                    scalar = text if tag == _STR else self._scalar(event, tag)
                elif event.implicit[0]:  # plain: the tag and the value depend only on the text
                    known = plain_tags.get(text)
                    if known is None:
                        known = plain_tags[text] = _resolved_tag(text, (True, False))
                    tag = known
                    if tag == _STR:
                        scalar = text
                    else:  # a number, null or bool (years, counts): read once per text
                        scalar = plain_values.get(text, _NO_KEY)
                        if scalar is _NO_KEY:
                            scalar = plain_values[text] = self._scalar(event, tag)
                else:  # quoted or block, untagged: text
                    tag = _STR
                    scalar = text
                if is_map:
                    if key is _NO_KEY:
                        if tag == _STR:  # a key as text: the common case, inline
                            if text in key_marks:
                                raise _duplicate_key(text, key_marks[text], event)
                            key_marks[text] = event.start_mark
                            key = text
                        else:
                            key = self._key(key_marks, event, tag, scalar)
                    else:
                        value_marks[key] = event.start_mark
                        container[key] = scalar
                        key = _NO_KEY
                elif container is not None:
                    value_marks.append(event.start_mark)
                    container.append(scalar)
                else:
                    self.document.root_marks = event.start_mark
                    root = scalar
            elif kind is mapping_start or kind is sequence_start:
                if event.anchor is not None:
                    raise _anchor(event)
                if is_map and key is _NO_KEY:
                    self._key(key_marks, event, None)  # raises: a collection cannot be a key
                self._check_collection_tag(event, _MAP if kind is mapping_start else _SEQ)
                if len(stack) >= MAX_DEPTH:
                    raise SourceError(
                        "too-deep", f"the file nests deeper than {MAX_DEPTH} levels",
                        _position(event), {"limit": MAX_DEPTH},
                    )
                value: Any
                node: _Node
                if kind is mapping_start:
                    value = {}
                    node = (event.start_mark, {}, {})
                else:
                    value = []
                    node = (event.start_mark, None, [])
                if container is None:
                    root = value
                    self.document.root_marks = node
                elif is_map:
                    container[key] = value
                    value_marks[key] = node
                    key = _NO_KEY
                else:
                    container.append(value)
                    value_marks.append(node)
                stack.append((container, is_map, key, key_marks, value_marks))
                container, is_map, key, key_marks, value_marks = value, kind is mapping_start, _NO_KEY, node[1], node[2]
            elif kind in collection_end:
                container, is_map, key, key_marks, value_marks = stack.pop()
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

    def _key(self, key_marks: dict[Any, Any], event: Any, tag: str | None, key: Any = None) -> Any:
        """A key that is not plain text (a number, a bool) read as ``key``, or the error a
        key cannot be."""
        if tag is None:
            raise SourceError("complex-key", "a mapping key must be plain text", _position(event))
        if tag == _MERGE:
            raise SourceError("merge-key", "merge keys (<<) are not allowed in a plan", _position(event))
        if key in key_marks:
            raise _duplicate_key(key, key_marks[key], event)
        key_marks[key] = event.start_mark
        return key

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
