"""The Classify tab and its review panel in Korean, and their English counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.core.results import ClassifyResult, Prediction
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.model.model_controller import ModelController
from app.ui.review.label_marks import new_class_text, no_class_message
from app.ui.workers.model import ModelSpec

HANGUL = re.compile("[\uac00-\ud7a3]")
IMAGENET = ModelSpec("mobilenet_v2", None)  # a model without a training folder of its own


@pytest.fixture
def make_tab(qtbot, tmp_path):
    """Builds the tab (after the test installed its language), with no model loaded yet."""
    made = []

    def make() -> ClassifyTab:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        controller = ModelController(settings)
        thumbnails = ThumbnailCache(capacity=10)
        tab = ClassifyTab(controller, thumbnails, settings)
        qtbot.addWidget(tab)
        made.append((tab, controller, thumbnails))
        return tab

    yield make
    for tab, controller, thumbnails in made:
        assert tab.shutdown(10_000) and controller.shutdown(10_000)
        assert thumbnails.shutdown(10_000)


def words(root: QWidget) -> list[str]:
    """Every text and tooltip a person reads on the buttons and labels under `root`."""
    widgets = root.findChildren(QAbstractButton) + root.findChildren(QLabel)
    return [text for w in widgets for text in (w.text(), w.toolTip()) if text]


def test_every_word_of_the_tab_and_its_review_panel_is_korean(korean, make_tab):
    tab = make_tab()
    parts = (tab.toolbar, tab.open_set, tab.review, tab.detail, tab.drop_area)
    english = [text for part in parts for text in words(part) if not HANGUL.search(text)]
    assert not english
    orders = [tab.sort_box.itemText(i) for i in range(tab.sort_box.count())]
    assert orders[0] == "파일 순서" and all(HANGUL.search(order) for order in orders)
    assert tab.review.set_label.text() == "이 모델의 학습 폴더 없음"


def test_korean_messages_keep_their_fields(korean, make_tab, tmp_path):
    tab = make_tab()
    folder = tmp_path / "나무"
    for name in ("oak", "maple", "birch"):
        (folder / name).mkdir(parents=True)
    tab.settings.set(Keys.TRAINING_SETS, {IMAGENET.model: str(folder)})
    tab.controller.spec = IMAGENET
    tab.review.current.refresh()
    assert tab.review.set_label.text() == f"학습 세트: {folder} · 클래스 3개"
    assert no_class_message(7, ["oak", "maple"]) == "7번 클래스가 없습니다: 1 oak, 2 maple"
    assert tab.review.additions.several_labels_message(3).startswith(
        "레이블이 여러 개 표시된 사진 3장은"
    )


def test_korean_hints_name_the_controls_as_they_are_shown(korean, make_tab):
    """A status line that sends the person to Correct › New class… uses the words those
    controls show in Korean."""
    tab = make_tab()
    hint = no_class_message(4, [])
    assert f"{tab.review.correct_button.text()} › {new_class_text()}" in hint
    assert QCoreApplication.translate("label_marks", "New class…") == "새 클래스…"


def test_english_counts_take_their_singular_and_plural(make_tab):
    tab = make_tab()
    additions = tab.review.additions
    assert additions.several_labels_message(1).startswith("1 photo marked with several labels")
    assert additions.several_labels_message(2).startswith("2 photos marked with several labels")
    two = ClassifyResult(Path("a.jpg"), (Prediction("oak", 0.6), Prediction("maple", 0.3)))
    tab.detail.show_result(two)
    assert tab.detail.heading.text() == "Top 2 labels"
    assert tab.toolbar.export_button.toolTip() == (
        "Save every result (top 5 labels each) as a CSV file"
    )
