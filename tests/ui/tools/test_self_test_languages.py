"""The self-test's languages step passes on this installation and names what a bundle lacks."""

from __future__ import annotations

import pytest

from app.core import i18n
from app.ui.tools import self_test_languages
from app.ui.tools.self_test_languages import check_languages


def test_the_korean_catalogues_load_in_qt_and_in_the_engine(qapp):
    assert check_languages() == "ko ('Classifying' -> '분류 중')"


def test_a_bundle_without_the_compiled_catalogue_fails_the_step(qapp, monkeypatch, tmp_path):
    shipped = i18n.catalogue_file

    def without_compiled(lang: str, suffix: str = ".ts"):
        return tmp_path / f"pictag_{lang}.qm" if suffix == ".qm" else shipped(lang, suffix)

    monkeypatch.setattr(self_test_languages.i18n, "catalogue_file", without_compiled)
    with pytest.raises(RuntimeError, match="ko: Pictag's compiled catalogue is missing"):
        check_languages()
