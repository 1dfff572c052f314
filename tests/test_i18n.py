"""Every user-facing message exists in Vietnamese and English, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from khuyencong_cli import cli  # noqa: F401  (imports register the CLI's messages)
from khuyencong_cli.i18n import catalog, resolve_language
from khuyencong_cli.rules import load_all


def _load_everything() -> None:
    import importlib
    import pkgutil

    import khuyencong_cli

    load_all()
    for module in pkgutil.walk_packages(khuyencong_cli.__path__, "khuyencong_cli."):
        importlib.import_module(module.name)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_and_the_same_placeholders():
    _load_everything()
    messages = catalog()
    assert len(messages) > 50
    for key, texts in messages.items():
        assert set(texts) >= {"vi", "en"}, f"{key} lacks a language"
        assert texts["vi"].strip() and texts["en"].strip(), key
        assert _fields(texts["vi"]) == _fields(texts["en"]), key


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        ("vi", {}, "vi"),
        (None, {"KC_LANG": "vi"}, "vi"),
        (None, {"KC_LANG": "", "LANG": "vi_VN.UTF-8"}, "vi"),
        (None, {"LANG": "en_US.UTF-8"}, "en"),
        ("en", {"KC_LANG": "vi"}, "en"),
    ],
)
def test_language_choice(monkeypatch, option, env, expected):
    for name in ("KC_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert resolve_language(option) == expected
