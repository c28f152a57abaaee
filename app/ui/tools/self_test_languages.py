"""The self-test's languages step: every catalogue Pictag ships loads, in Qt and in the engine."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from app.core import i18n
from app.core.progress import Stage

__all__ = ["check_languages"]


def check_languages() -> str:
    """Loads each language's compiled catalogue and Qt's own, and has the engine read one of
    its messages from the same catalogue: a bundle missing a file fails here, not in front of a
    person who chose that language."""
    shown = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    english = _title(i18n.SOURCE_LANGUAGE)
    for lang in i18n.available_languages()[1:]:
        pictag, qt = QTranslator(), QTranslator()
        if not pictag.load(str(i18n.catalogue_file(lang, ".qm"))) or pictag.isEmpty():
            raise RuntimeError(f"{lang}: Pictag's compiled catalogue is missing or empty")
        if not qt.load(QLocale(lang), "qtbase", "_", qt_folder):
            raise RuntimeError(f"{lang}: Qt's own catalogue (qtbase_{lang}.qm) is missing")
        title = _title(lang)
        if title == english:
            raise RuntimeError(f"{lang}: the engine does not read its catalogue")
        shown.append(f"{lang} ({english!r} -> {title!r})")
    return ", ".join(shown) or "English only"


def _title(lang: str) -> str:
    i18n.set_language(lang)
    try:
        return Stage.CLASSIFY.title
    finally:
        i18n.set_language(None)
