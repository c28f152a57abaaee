"""The app's language: the person's choice or the system's, Qt's and Pictag's catalogues
installed before the first widget is built, and the engine told to speak it too.

A change in View › Language takes effect at the next start: every widget is built with its
words once, and a window half in one language and half in another would be worse than a
restart that the message asks for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QActionGroup, QFontDatabase
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.core import i18n
from app.ui.common.settings import Keys, Settings

__all__ = [
    "LanguageMenu",
    "install_language",
    "language_name",
    "not_shown_message",
    "system_language",
    "tell_language_not_shown",
    "wanted_language",
]

log = logging.getLogger(__name__)

# Scripts that need fonts a system may lack, by language; without one, text shows as boxes.
_WRITING_SYSTEMS = {"ko": QFontDatabase.WritingSystem.Korean}

_installed: list[QTranslator] = []


def wanted_language(settings: Settings) -> str:
    """The language the person chose, else the system's when Pictag has its catalogue."""
    chosen = settings.get(Keys.LANGUAGE)
    if chosen in i18n.available_languages():
        return chosen
    return system_language()


def system_language() -> str:
    """The first of the system's display languages Pictag has a catalogue for (on Windows and
    macOS the display language, which may differ from the regional format), else English."""
    for name in QLocale.system().uiLanguages():
        if (lang := i18n.language_of(name)) != i18n.SOURCE_LANGUAGE:
            return lang
    return i18n.SOURCE_LANGUAGE


def language_name(lang: str) -> str:
    """A language's name in that language (한국어, English): what a person looks for."""
    locale = QLocale(lang)  # the language as the world writes it: English, not American English
    name = QLocale(locale.language(), QLocale.Country.World).nativeLanguageName()
    return name[:1].upper() + name[1:]


def install_language(lang: str) -> str:
    """Installs the catalogues of `lang` (Pictag's, and Qt's own for its standard dialogs and
    buttons) and sets the locale numbers are written in; returns the language installed,
    English when the system has no font for its script or its catalogue cannot be loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang in _WRITING_SYSTEMS and not _has_font(lang):
        log.warning("No font for %s is installed; Pictag shows English", lang)
        lang = i18n.SOURCE_LANGUAGE
    pictag = QTranslator(app)
    if not pictag.load(str(i18n.catalogue_file(lang, ".qm"))):
        if lang != i18n.SOURCE_LANGUAGE:
            log.warning("The %s catalogue cannot be loaded; Pictag shows English", lang)
            return install_language(i18n.SOURCE_LANGUAGE)
    else:
        _installed.append(pictag)
    qt = QTranslator(app)
    if qt.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    # Numbers as the person's regional format writes them when it is of the same language
    # (a de_CH user reading English keeps de_CH's only if Pictag spoke German; here: en_GB
    # keeps its own), else as the language does.
    system = QLocale.system()
    same = i18n.language_of(system.name()) == lang and system.language() == QLocale(lang).language()
    QLocale.setDefault(system if same else QLocale(lang))
    i18n.set_language(lang)
    return lang


def not_shown_message(lang: str) -> str:
    """Why the app is in English although `lang` was asked for: said in English, which the
    window can show, naming the language in English too (its own name would be boxes)."""
    name = QLocale.languageToString(QLocale(lang).language())
    if lang in _WRITING_SYSTEMS and not _has_font(lang):
        text = QCoreApplication.translate(
            "Language",
            "{language} needs a font this system does not have (Noto Sans CJK or Nanum, e.g. "
            "the package fonts-noto-cjk): Pictag is in English until one is installed.",
        )
    else:
        text = QCoreApplication.translate(
            "Language",
            "The {language} catalogue of this installation cannot be loaded: Pictag is in "
            "English. Installing Pictag again compiles it.",
        )
    return text.format(language=name)


def tell_language_not_shown(parent: QWidget, settings: Settings, lang: str) -> None:
    """Says once (per language and reason) why the window is in English rather than `lang`,
    in a box the person closes; again only when the reason changes."""
    message = not_shown_message(lang)
    if settings.get(Keys.LANGUAGE_NOTICE) == message:
        return
    settings.set(Keys.LANGUAGE_NOTICE, message)
    box = QMessageBox(QMessageBox.Icon.Information, "Pictag", message, parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()


def _has_font(lang: str) -> bool:
    return bool(QFontDatabase.families(_WRITING_SYSTEMS[lang]))


class LanguageMenu(QMenu):
    """View › Language: the system's language or one of the catalogues, remembered."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.settings = settings
        group = QActionGroup(self)
        chosen = settings.get(Keys.LANGUAGE)
        choices = [("", self.tr("System Language"))]
        choices += [(lang, language_name(lang)) for lang in i18n.available_languages()]
        for lang, text in choices:
            action = self.addAction(text)
            action.setCheckable(True)
            action.setChecked(lang == chosen)
            action.setData(lang)
            group.addAction(action)
        group.triggered.connect(self._chosen)

    def _chosen(self, action) -> None:
        lang = action.data()
        if lang == self.settings.get(Keys.LANGUAGE):
            return
        self.settings.set(Keys.LANGUAGE, lang)
        shown = language_name(lang or i18n.language_of(QLocale.system().name()))
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("Pictag will be in {language} the next time it starts.").format(language=shown),
        )
