"""The window, the model dialogs, the results views and the screenshot tour in Korean, and their
plurals in English, read from the compiled catalogues as the app reads them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.core import i18n
from app.core.results import ClassifyResult, Prediction
from app.ui.common.file_actions import file_menu
from app.ui.common.language import install_language
from app.ui.common.results_model import (
    NONE_ONLY,
    ResultsFilter,
    ResultsModel,
    choice_text,
    describe_summary,
)
from app.ui.common.settings import Settings
from app.ui.workers.classify import ClassifySummary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def speak(qapp):
    """`speak(lang)` installs a language as the app does at start; English again after."""
    yield install_language
    install_language(i18n.SOURCE_LANGUAGE)


def test_the_run_summary_has_english_singulars_and_korean_counts(speak):
    summary = ClassifySummary(1, 0, Counter({".txt": 1}), 0.5)
    assert speak("en") == "en"
    assert describe_summary(summary) == (
        "Classified 1 image in 0.5 s (2 images/s); 1 file in another format left out"
    )
    assert speak("ko") == "ko"
    many = describe_summary(ClassifySummary(1000, 3, Counter({".txt": 2}), 12.34, 4))
    assert many == (
        "이미지 1,000개 분류: 12.3초(초당 81장); 3장은 읽을 수 없음; 다른 형식의 파일 2개 제외; "
        "RAW+JPEG 쌍 4개는 JPEG로 한 번만 분류"
    )


def test_the_main_window_speaks_korean_with_korean_mnemonics(qtbot, speak, tmp_path):
    from app.ui.window.main_window import MainWindow

    speak("ko")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, load_model=False)
    qtbot.addWidget(window)
    try:
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["파일(&F)", "보기(&V)", "도움말(&H)"]
        assert window.open_images_action.text() == "이미지 열기(&I)…"
        assert window.backend_menu.title() == "추론 백엔드(&B)"
        assert [window.tabs.tabText(i) for i in range(2)] == ["분류", "학습"]
        window.classify_tab.progress.show_shown(3, 12345, filtered=True)
        assert window.classify_tab.progress.shown_label.text() == "12,345개 중 3개 표시"
    finally:
        assert window.shutdown()


def test_a_korean_filter_choice_filters_as_the_english_one_did(qtbot, speak):
    speak("ko")
    model = ResultsModel()
    red = Prediction("red", 0.9)
    model.append(
        [
            ClassifyResult(Path("given.jpg"), (red,)),
            ClassifyResult(Path("stranger.jpg"), (red,), labels=()),
        ]
    )
    shown = ResultsFilter(model)
    assert choice_text(NONE_ONLY) == "해당 없음"
    shown.set_query("해당 없음")
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == ["stranger.jpg"]


def test_the_file_menu_counts_paths_in_korean(qtbot, speak):
    from PySide6.QtWidgets import QWidget

    speak("ko")
    parent = QWidget()
    qtbot.addWidget(parent)
    texts = [a.text() for a in file_menu([Path("a.jpg"), Path("b.jpg")], parent).actions()]
    assert texts == ["경로 2개 복사"]


def test_the_tour_names_its_demo_classes_in_the_language_of_its_screenshots(speak, tmp_path):
    pytest.importorskip("skimage", reason="scikit-image (the test extra) ships the sample photos")
    from app.ui.tools.demo_photos import make_new_photos

    speak("ko")
    folder = make_new_photos(tmp_path / "new", per_class=1)
    names = {p.stem for p in folder.iterdir()}
    assert {"new_고양이_01", "new_커피_01", "new_로켓_01", "new_우주비행사_01"} <= names
