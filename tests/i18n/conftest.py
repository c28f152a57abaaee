"""The app or the engine in one language for a test, and back to English after it."""

from __future__ import annotations

import pytest

from app.core import i18n


@pytest.fixture
def engine_korean():
    """The engine alone in Korean (no Qt)."""
    i18n.set_language("ko")
    yield
    i18n.set_language(None)


@pytest.fixture
def engine_english():
    """The engine alone in English, with its plural forms (no Qt)."""
    i18n.set_language("en")
    yield
    i18n.set_language(None)
