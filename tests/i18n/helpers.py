"""Reading the committed catalogues as a translator's tool would show them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

from app.ui.tools.catalogues import CATALOGUES


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    translations: tuple[str, ...]  # one, or a plural's forms


def messages(lang: str) -> list[Message]:
    """Every message of one language's catalogue."""
    found = []
    root = ET.parse(CATALOGUES / f"pictag_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Message(
                    context=context.findtext("name", ""),
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    finished=translation.get("type") is None and all(texts),
                    translations=texts,
                )
            )
    return found


def catalogue_files() -> list[Path]:
    return sorted(CATALOGUES.glob("pictag_*.ts"))


def fields(text: str) -> set[str]:
    """The `str.format` fields a text fills in ({path}, {count:,} -> path, count)."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


_MNEMONIC = re.compile(r"&(?!&)\w")
_TAG = re.compile(r"</?([a-zA-Z]+)")
_COUNT = re.compile(r"%L?n")


def marks(text: str) -> tuple[bool, bool, list[str]]:
    """What a translation must keep of its source: a count, a keyboard mnemonic, HTML tags."""
    return counts(text), bool(_MNEMONIC.search(text)), sorted(_TAG.findall(text))


def counts(text: str) -> bool:
    """Whether a message says a count (`%n`, or `%Ln` with its digits grouped)."""
    return bool(_COUNT.search(text))
