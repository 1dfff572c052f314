"""Configuration: ``[tool.kc]`` in pyproject.toml, or a ``kc.toml``, or ``--config FILE``.

Found by walking up from the first checked path (or the working directory, for standard
input); in each directory ``kc.toml`` wins over ``pyproject.toml``, and a pyproject.toml
without ``[tool.kc]`` is passed over. Keys (in kc.toml at the top level)::

    select = ["KC1", "claim-total"]      # only these rules (id, name or id prefix)
    ignore = ["KC204"]                   # skip these
    fail-on = "warning"                  # error (default) | warning | info
    rounding = "0,001"                   # default rounding step for plans that declare none
    [severity]                           # per-rule severity
    KC302 = "warning"
    [per-path."plans/news/*.yaml"]       # glob, relative to the configuration file
    ignore = ["KC302"]
    severity = { KC301 = "warning" }

Anything else is a configuration error, reported with the file and line (exit 2): a typo
must never silently switch a check off.
"""

from __future__ import annotations

import contextlib
import fnmatch
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path as FsPath
from typing import Any

from .errors import KcError
from .findings import Severity
from .i18n import Msg, register
from .os_errors import os_reason
from .records import Frozen

__all__ = [
    "Config", "ConfigError", "FileOptions", "PathOverride", "failing_severity", "find_config", "load_config",
    "parse_severity", "resolve_options",
]

CONFIG_NAMES = ("kc.toml", "pyproject.toml")
_TOP_KEYS = {"select", "ignore", "fail-on", "rounding", "severity", "per-path", "exclude"}
_PATH_KEYS = {"select", "ignore", "severity"}


class ConfigError(KcError):
    """A configuration problem: a message key, its parameters, the file and line."""

    def __init__(
        self, key: str, file: str | None = None, line: int | None = None, *, column: int | None = None, **params: Any
    ) -> None:
        super().__init__(key, **params)
        self.file = file
        self.line = line
        self.column = column

    @property
    def where(self) -> str:
        if self.file is None:
            return ""
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}: "
        return f"{self.file}:{self.line}: " if self.line else f"{self.file}: "


class PathOverride(Frozen):
    """Choices for the files that match a glob (e.g. news articles)."""

    pattern: str
    select: tuple[str, ...] | None
    ignore: tuple[str, ...]
    severity: dict[str, Severity]

    def __init__(
        self, pattern: str, select: tuple[str, ...] | None = None, ignore: tuple[str, ...] = (),
        severity: dict[str, Severity] | None = None,
    ) -> None:
        self.__dict__.update(pattern=pattern, select=select, ignore=ignore, severity={} if severity is None else severity)


class Config(Frozen):
    """The resolved configuration; the defaults when no file was found."""

    file: str | None
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: dict[str, Severity]
    rounding: Decimal | None
    fail_on: Severity
    per_path: tuple[PathOverride, ...]
    exclude: tuple[str, ...]  # gitignore-style patterns skipped when walking directories

    def __init__(
        self, file: str | None = None, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
        severity: dict[str, Severity] | None = None, rounding: Decimal | None = None,
        fail_on: Severity = Severity.ERROR, per_path: tuple[PathOverride, ...] = (), exclude: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            file=file, select=select, ignore=ignore, severity={} if severity is None else severity, rounding=rounding,
            fail_on=fail_on, per_path=per_path, exclude=exclude,
        )

    def for_file(self, file: str) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, Severity]]:
        """select, ignore and severity for one checked file, per-path overrides applied."""
        select, ignore, severity = self.select, self.ignore, dict(self.severity)
        if not self.per_path:
            return select, ignore, severity
        candidates = _candidates(file, self.file)
        for override in self.per_path:
            if any(fnmatch.fnmatchcase(c, override.pattern) for c in candidates):
                if override.select is not None:
                    select = override.select
                ignore = ignore + override.ignore
                severity.update(override.severity)
        return select, ignore, severity


class FileOptions(Frozen):
    """The rule choices one file is checked with."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: dict[str, Severity]

    def __init__(self, select: tuple[str, ...], ignore: tuple[str, ...], severity: dict[str, Severity]) -> None:
        self.__dict__.update(select=select, ignore=ignore, severity=severity)


def resolve_options(
    file: str, config: Config, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> FileOptions:
    """The one place option precedence is decided: the command line over the per-path
    configuration over the file's top-level configuration over the defaults (every rule).

    ``--select`` replaces any configured selection; ignores add up (configuration, then
    per-path, then ``--ignore``): an ignore never re-enables a rule, so order cannot matter.
    """
    configured_select, configured_ignore, severity = config.for_file(file)
    return FileOptions(
        select=tuple(select) or configured_select,
        ignore=configured_ignore + tuple(ignore),
        severity=severity,
    )


def failing_severity(config: Config, fail_on: Severity | None = None, strict: bool = False) -> Severity:
    """The lowest severity that fails the run: ``--fail-on`` over the configuration over
    error; ``--strict`` lowers it to warning at least."""
    failing = fail_on if fail_on is not None else config.fail_on
    if strict and failing.rank > Severity.WARNING.rank:
        return Severity.WARNING
    return failing


def _candidates(file: str, config_file: str | None) -> list[str]:
    given = FsPath(file)
    found = [given.as_posix()]
    base = FsPath(config_file).resolve().parent if config_file else FsPath.cwd()
    with contextlib.suppress(ValueError, OSError):
        found.append(given.resolve().relative_to(base).as_posix())
    return found


def find_config(paths: Sequence[str]) -> FsPath | None:
    """The nearest kc.toml, or pyproject.toml with [tool.kc], above the first checked path."""
    start = FsPath.cwd()
    for given in paths:
        if given != "-":
            candidate = FsPath(given).resolve()
            start = candidate if candidate.is_dir() else candidate.parent
            break
    for directory in (start, *start.parents):
        for name in CONFIG_NAMES:
            found = directory / name
            if not found.is_file():
                continue
            if name == "kc.toml":
                return found
            try:
                if b"[tool.kc" in found.read_bytes():
                    return found
            except OSError:
                continue
    return None


def load_config(path: FsPath | str, valid_rule: Any = None) -> Config:
    """Read and check one configuration file. ``valid_rule(pattern)`` says if a rule exists."""
    file = str(path)
    try:
        text = FsPath(path).read_text("utf-8")
    except OSError as exc:
        raise ConfigError("config.unreadable", file, None, reason=os_reason(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError("config.unreadable", file, None, reason=Msg("load.encoding")) from exc
    import tomllib  # here: a run with no configuration file (kc report) need not load the parser

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from .toml_problems import toml_problem  # its catalog too is needed only for a broken file

        problem, line, column = toml_problem(str(exc), text)
        raise ConfigError("config.syntax", file, line, column=column, problem=problem) from exc
    in_pyproject = FsPath(path).name == "pyproject.toml"
    if in_pyproject:
        table = document.get("tool", {}).get("kc", {})
        prefix = "tool.kc."
    else:
        table = document
        prefix = ""
    return _Reader(file, text, prefix, valid_rule).read(table)


class _Reader:
    def __init__(self, file: str, text: str, prefix: str, valid_rule: Any) -> None:
        self.file = file
        self.lines = text.splitlines()
        self.prefix = prefix
        self.valid_rule = valid_rule

    def line_of(self, key: str, after: str | None = None) -> int | None:
        """Best effort: the first line that sets ``key`` (after the line mentioning ``after``)."""
        start = 0
        if after is not None:
            for number, line in enumerate(self.lines):
                if after in line:
                    start = number
                    break
        pattern = re.compile(r'(^|[\s{,.\[])["\']?' + re.escape(key) + r'["\']?\s*(=|\]|\.)')
        for number in range(start, len(self.lines)):
            if pattern.search(self.lines[number]):
                return number + 1
        return None

    def fail(self, message: str, key: str, after: str | None = None, **params: Any) -> ConfigError:
        return ConfigError(message, self.file, self.line_of(key, after), **params)

    def read(self, table: Any) -> Config:
        if not isinstance(table, dict):
            raise self.fail("config.type", "kc", name=self.prefix + "kc", expected=Msg("config.expect-table"))
        for key in table:
            if key not in _TOP_KEYS:
                raise self.fail("config.unknown-key", key, name=self.prefix + key, known=", ".join(sorted(_TOP_KEYS)))
        return Config(
            file=self.file,
            select=self.rules(table, "select"),
            ignore=self.rules(table, "ignore"),
            severity=self.severities(table.get("severity", {}), "severity"),
            rounding=self.rounding(table),
            fail_on=self.fail_on(table),
            per_path=self.per_path(table.get("per-path", {})),
            exclude=self.patterns(table, "exclude"),
        )

    def patterns(self, table: dict[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail("config.type", key, name=self.prefix + key, expected=Msg("config.expect-patterns"))
        return tuple(value)

    def rules(self, table: dict[str, Any], key: str, after: str | None = None) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail("config.type", key, after, name=self.prefix + key, expected=Msg("config.expect-rule-ids"))
        for pattern in value:
            if self.valid_rule is not None and not self.valid_rule(pattern):
                raise self.fail("config.unknown-rule", pattern, after, rule=pattern, name=self.prefix + key)
        return tuple(v.strip() for v in value)

    def severities(self, value: Any, name: str, after: str | None = None) -> dict[str, Severity]:
        if not isinstance(value, dict):
            raise self.fail("config.type", name.rsplit(".", 1)[-1], after, name=self.prefix + name, expected=Msg("config.expect-table"))
        result: dict[str, Severity] = {}
        for rule_key, level in value.items():
            rule_id = self.valid_rule(rule_key, exact=True) if self.valid_rule is not None else rule_key
            if not rule_id:
                raise self.fail("config.unknown-rule", rule_key, after, rule=rule_key, name=self.prefix + name)
            severity = parse_severity(level)
            if severity is None:
                raise self.fail("config.severity", rule_key, after, value=str(level), name=f"{self.prefix}{name}.{rule_key}")
            result[rule_id] = severity
        return result

    def rounding(self, table: dict[str, Any]) -> Decimal | None:
        if "rounding" not in table:
            return None
        from .numbers import NumberError, parse_amount

        raw = table["rounding"]
        try:
            value = parse_amount(raw) if isinstance(raw, (str, int)) and not isinstance(raw, bool) else None
        except NumberError:
            value = None
        if value is None or value < 0:
            raise self.fail("config.rounding", "rounding", value=str(raw), name=self.prefix + "rounding")
        return value

    def fail_on(self, table: dict[str, Any]) -> Severity:
        if "fail-on" not in table:
            return Severity.ERROR
        found = parse_severity(table["fail-on"])
        if found is None:
            raise self.fail("config.severity", "fail-on", value=str(table["fail-on"]), name=self.prefix + "fail-on")
        return found

    def per_path(self, value: Any) -> tuple[PathOverride, ...]:
        if not isinstance(value, dict):
            raise self.fail("config.type", "per-path", name=self.prefix + "per-path", expected=Msg("config.expect-table"))
        overrides = []
        for pattern, options in value.items():
            name = f"{self.prefix}per-path.{pattern}"
            if not isinstance(options, dict):
                raise self.fail("config.type", pattern, "per-path", name=name, expected=Msg("config.expect-table"))
            for key in options:
                if key not in _PATH_KEYS:
                    raise self.fail(
                        "config.unknown-key", key, pattern, name=f"{name}.{key}", known=", ".join(sorted(_PATH_KEYS))
                    )
            overrides.append(
                PathOverride(
                    pattern=pattern,
                    select=self.rules(options, "select", pattern) if "select" in options else None,
                    ignore=self.rules(options, "ignore", pattern),
                    severity=self.severities(options.get("severity", {}), f"per-path.{pattern}.severity", pattern),
                )
            )
        return tuple(overrides)


def parse_severity(value: Any) -> Severity | None:
    """error / warning / info (any case), else None."""
    if isinstance(value, str):
        try:
            return Severity(value.strip().lower())
        except ValueError:
            return None
    return None


register(
    {
        "config.unreadable": {
            "en": "cannot read the configuration: {reason}",
            "vi": "không đọc được tệp cấu hình: {reason}",
        },
        "config.syntax": {
            "en": "the configuration is not valid TOML: {problem}",
            "vi": "tệp cấu hình không phải TOML hợp lệ: {problem}",
        },
        "config.unknown-key": {
            "en": "unknown configuration key '{name}' (known keys: {known})",
            "vi": "khóa cấu hình không hợp lệ '{name}' (các khóa hợp lệ: {known})",
        },
        "config.unknown-rule": {
            "en": "{name}: unknown rule '{rule}' (see kc rules)",
            "vi": "{name}: không có quy tắc '{rule}' (xem kc rules)",
        },
        "config.type": {
            "en": "'{name}' must be a {expected}",
            "vi": "'{name}' phải là {expected}",
        },
        "config.expect-table": {"en": "table", "vi": "một mục TOML dạng [tên]"},
        "config.expect-patterns": {"en": "list of patterns", "vi": "một danh sách mẫu đường dẫn"},
        "config.expect-rule-ids": {"en": "list of rule ids", "vi": "một danh sách mã quy tắc"},
        "config.severity": {
            "en": "{name}: '{value}' is not a severity (error, warning or info)",
            "vi": "{name}: '{value}' không phải mức nghiêm trọng (error, warning hoặc info)",
        },
        "config.rounding": {
            "en": "{name}: '{value}' is not a rounding step (e.g. \"0,001\")",
            "vi": "{name}: '{value}' không phải bước làm tròn (ví dụ \"0,001\")",
        },
        "config.not-found": {
            "en": "the configuration file {path} does not exist",
            "vi": "không có tệp cấu hình {path}",
        },
    }
)
