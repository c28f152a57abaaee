"""The engine's language: which one the environment asks for, and its messages in it."""

from __future__ import annotations

import pytest

from app.core import i18n
from app.core.progress import Stage
from tests.i18n.helpers import messages


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalogue: English
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANGUAGE": "de:ko", "LANG": "en_US.UTF-8"}, "ko"),  # gettext's order of preference
        ({"LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, "ko"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "ko_KR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_is_read_as_gettext_reads_it(monkeypatch, environment, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.system_language() == expected


def test_korean_and_english_are_the_languages_there_are():
    assert i18n.available_languages()[:1] == ["en"]
    assert "ko" in i18n.available_languages()


def test_the_catalogue_folder_is_looked_at_once_not_per_message(monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    i18n._catalogue_languages.cache_clear()
    for _ in range(50):
        i18n.translate("Stage", "Classifying")
    assert i18n._catalogue_languages.cache_info().misses == 1


def test_a_stage_title_is_in_the_language_chosen(engine_korean):
    assert Stage.CLASSIFY.title != "Classifying"
    assert all("\uac00" <= ch <= "\ud7a3" for ch in Stage.CLASSIFY.title.replace(" ", ""))
    i18n.set_language("en")
    assert Stage.CLASSIFY.title == "Classifying"


def test_a_count_takes_its_plural_form():
    """Engine messages are those whose context is a module's name (lower case)."""
    engine = [m for m in messages("en") if m.numerus and m.context[:1].islower()]
    assert engine, "no engine message counts with %n"
    i18n.set_language("en")
    try:
        one, two = (i18n.translate(engine[0].context, engine[0].source, n=n) for n in (1, 2))
    finally:
        i18n.set_language(None)
    assert "1" in one and "2" in two and one.replace("1", "") != two.replace("2", "")


def test_an_unknown_message_is_itself_with_its_count():
    assert i18n.translate("nowhere", "%n things", n=3) == "3 things"
    assert i18n.translate("nowhere", "as is") == "as is"
