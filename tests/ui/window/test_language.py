"""The app's language: chosen in View › Language and remembered, applied at the next start,
English with a reason when the system has no font for it, and Qt's own buttons in it too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.core import i18n
from app.ui.common import language
from app.ui.common.language import LanguageMenu, install_language, wanted_language
from app.ui.common.settings import Keys
from app.ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot, settings, data_home):
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    yield w
    w.close()


def test_choosing_korean_is_remembered_and_applies_at_the_next_start(window, settings, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    menu = window.findChild(LanguageMenu)
    korean = next(a for a in menu.actions() if a.data() == "ko")
    assert korean.text() == "한국어"
    korean.trigger()
    assert settings.get(Keys.LANGUAGE) == "ko"
    assert told and "한국어" in told[0] and "next time" in told[0]
    assert wanted_language(settings) == "ko"
    system = next(a for a in menu.actions() if a.data() == "")
    system.trigger()
    assert settings.get(Keys.LANGUAGE) == ""
    assert len(told) == 2


def test_the_system_language_is_followed_when_nothing_was_chosen(settings, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ko_KR")))
    assert wanted_language(settings) == "ko"
    settings.set(Keys.LANGUAGE, "en")
    assert wanted_language(settings) == "en"


def test_without_a_korean_font_the_app_stays_english_and_says_why(qapp, monkeypatch):
    monkeypatch.setattr(language, "_has_font", lambda lang: False)
    try:
        assert install_language("ko") == "en"
        assert i18n.language() == "en"
        said = language.not_shown_message("ko")
        assert "fonts-noto-cjk" in said and said.startswith("Korean needs a font")
    finally:
        i18n.set_language(None)


def test_qt_standard_buttons_are_korean_too(korean):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"


def test_a_restarted_window_reads_korean_in_its_menus(korean, window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles and all("(&" in title for title in titles), titles
    assert not any(ch.isascii() and ch.isalpha() for t in titles for ch in t.split("(&")[0])
