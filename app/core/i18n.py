"""The engine's words in the user's language, read from the same catalogue the app uses.

Pictag keeps one catalogue per language, `resources/i18n/pictag_<language>.ts` (Qt Linguist's
format, written by `pyside6-lupdate` from every module, the engine's included). The app loads
it compiled (`.qm`) through Qt; the engine, which may not import Qt, reads the `.ts` itself
here. One file per language means one place for a translator, one terminology shared by an
error message in the app and on the command line, and one check that it is complete.

A message is marked where it is written, with a literal context (the module's name) and a
literal text whose variable parts are named `str.format` fields, so that the translator sees
them and may move them: `translate("discovery", "{path}: no such file or folder")
.format(path=path)`. A count that changes the words is `%n`, in a message of a `Context`
object: `scan.tr("%n photos skipped", "", count)` (lupdate reads a count only there).
`QT_TRANSLATE_NOOP` marks a text that is translated later (a stage's title).
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from app.core.paths import resource_path

__all__ = [
    "CATALOGUE_FOLDER",
    "Context",
    "SOURCE_LANGUAGE",
    "QT_TRANSLATE_NOOP",
    "available_languages",
    "catalogue_file",
    "language",
    "language_of",
    "plural_form",
    "set_language",
    "system_language",
    "translate",
]

CATALOGUE_FOLDER = "i18n"
SOURCE_LANGUAGE = "en"

# Which of a message's plural forms a count takes, per language, in the order of Qt Linguist's
# numerus forms for that language. A language that is added needs its rule here.
_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "ko": lambda n: 0,
}

_lock = threading.Lock()
_chosen: str | None = None

Key = tuple[str, str, str]  # context, source text, disambiguation


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `text` for the catalogue without translating it: it is translated where shown."""
    return text


def catalogue_file(lang: str, suffix: str = ".ts") -> Path:
    """Where the catalogue of `lang` lives (`.ts`, or the compiled `.qm` the app loads)."""
    return resource_path(CATALOGUE_FOLDER) / f"pictag_{lang}{suffix}"


def available_languages() -> list[str]:
    """The languages Pictag has a catalogue for, English first."""
    return list(_catalogue_languages())


@cache
def _catalogue_languages() -> tuple[str, ...]:
    """The catalogue folder's languages, looked for once: every message asks which language
    it is in, and a command line prints many."""
    folder = resource_path(CATALOGUE_FOLDER)
    found = sorted(p.stem.removeprefix("pictag_") for p in folder.glob("pictag_*.ts"))
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def language_of(locale_name: str) -> str:
    """The catalogue language for a locale name (`ko_KR.UTF-8` -> `ko`; `C` -> English)."""
    return _catalogue_language(locale_name) or SOURCE_LANGUAGE


def system_language() -> str:
    """The language the environment asks for, read as gettext reads it ($LANGUAGE's first
    language with a catalogue, else $LC_ALL, $LC_MESSAGES, $LANG)."""
    for name in os.environ.get("LANGUAGE", "").split(":"):
        if name and (found := _catalogue_language(name)):
            return found
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(variable, ""):
            return language_of(value)
    return SOURCE_LANGUAGE


def _catalogue_language(locale_name: str) -> str | None:
    lang = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return lang if lang in _catalogue_languages() else None


def set_language(lang: str | None) -> None:
    """Use `lang` for the engine's messages from now on (the app sets the person's choice);
    None follows the environment again."""
    global _chosen
    with _lock:
        _chosen = lang


def language() -> str:
    """The language the engine's messages are in now."""
    return _chosen or system_language()


def plural_form(lang: str, n: int) -> int:
    """The index of the numerus form that `n` takes in `lang`."""
    return _PLURAL_RULES.get(lang, _PLURAL_RULES[SOURCE_LANGUAGE])(n)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (itself when the catalogue has no translation), with
    `%n` replaced by `n` when a count is given (`%Ln` with its digits grouped, as Qt does)."""
    lang = language()
    found = _catalogue(lang).get((context, text, disambiguation or ""))
    if isinstance(found, list):
        found = found[min(plural_form(lang, n), len(found) - 1)] if n >= 0 else found[0]
    result = found or text
    if n < 0:
        return result
    return result.replace("%Ln", f"{n:,}").replace("%n", str(n))


class Context:
    """The messages of one context, for those that count something. lupdate reads a plural
    only from a `.tr(text, disambiguation, count)` call and takes its context from the name
    before `.tr`, so the object is named as its context: `scan = Context("scan")`."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)


@cache
def _catalogue(lang: str) -> dict[Key, str | list[str]]:
    """The finished translations of one language's catalogue, read once."""
    try:
        root = ET.parse(catalogue_file(lang)).getroot()
    except (FileNotFoundError, ET.ParseError):
        return {}
    messages: dict[Key, str | list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in _NOT_IN_USE:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if all(forms):
                    messages[key] = forms
            elif translation.text:
                messages[key] = translation.text
    return messages


_NOT_IN_USE = frozenset({"unfinished", "obsolete", "vanished"})
