"""Review keys for "none of these" and multi-label sets: N (or 0) marks a photo as none of the
model's classes and adding it files it in the training set's none folder; with a multi-label
model 1-9 toggle labels and Enter confirms the set, which a folder-based set cannot hold."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.common.result_delegate import review_text
from app.ui.common.results_model import PathRole, Review
from app.ui.common.settings import Keys
from app.ui.workers.model import ModelSpec
from tests.helpers import COLORS, YELLOW, make_photo
from tests.ui.helpers import open_set_model
from tests.ui.review.helpers import TIMEOUT, classify, select_row, shown_paths
from training.dataset import NONE_FOLDER


def test_n_or_0_marks_none_of_these_and_adding_files_it_in_the_none_folder(
    qtbot, colors_tab, tmp_path
):
    tab, _photos = colors_tab
    tab.review.review_button.click()
    first, second, third = shown_paths(tab)[:3]
    select_row(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert tab.model.review(first) == Review(NONE_FOLDER, corrected=True)  # the model gave one
    assert tab.view.currentIndex().data(PathRole) == second  # on to the next photo
    qtbot.keyClick(tab.view, Qt.Key.Key_0)
    assert tab.model.review(second).none_of_these
    assert review_text(tab.model.review(second)) == "✎ None of these"
    assert "N or 0" in tab.review.review_button.toolTip()

    tab.review.add_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )
    assert {p.name for p in (tmp_path / "set" / NONE_FOLDER).iterdir()} == {
        first.name,
        second.name,
    }
    assert tab.model.review(first).added
    assert NONE_FOLDER not in tab.review.training_set.choices()  # not a class to correct to
    assert NONE_FOLDER in tab.review.training_set.classes  # (the folder is there)


def test_a_multi_label_model_toggles_labels_and_enter_confirms_the_set(
    qtbot, tab, tmp_path, settings
):
    for name in COLORS:
        (tmp_path / "set" / name).mkdir(parents=True)
    spec = ModelSpec("multi_colors.keras", None)
    settings.set(Keys.TRAINING_SETS, {spec.model: str(tmp_path / "set")})
    tab.controller._loaded(open_set_model(multi_label=True), spec)
    photos = [
        make_photo(tmp_path / "new" / "a_yellow.png", (40, 30), YELLOW),
        make_photo(tmp_path / "new" / "b_blue.png", (40, 30), COLORS["blue"]),
        make_photo(tmp_path / "new" / "c_red.png", (40, 30), COLORS["red"]),
    ]
    classify(qtbot, tab, photos)
    tab.review.review_button.click()
    yellow, blue, red = photos
    row = shown_paths(tab).index(yellow)
    select_row(tab, row)
    assert tab.review.training_set.choices() == ["blue", "green", "red"]  # the folder's
    qtbot.keyClick(tab.view, Qt.Key.Key_3)  # take red out of red + green
    assert tab.model.review(yellow) == Review.of_set(("green",), ("red", "green"))
    assert tab.view.currentIndex().data(PathRole) == yellow  # a toggle stays on the row
    qtbot.keyClick(tab.view, Qt.Key.Key_1)  # add blue
    assert tab.model.review(yellow).labels == ("green", "blue")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # the set shown is right: on to the next
    assert tab.model.review(yellow) == Review("green + blue", True, labels=("green", "blue"))
    assert tab.view.currentIndex().data(PathRole) != yellow

    select_row(tab, shown_paths(tab).index(blue))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # confirmed as the model gave it
    assert tab.model.review(blue) == Review("blue", False, labels=("blue",))
    select_row(tab, shown_paths(tab).index(red))
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert tab.model.review(red) == Review(NONE_FOLDER, True, labels=())

    told = []
    tab.review.additions.incomplete.connect(told.append)
    tab.review.add_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )
    # The count leads the message (its English singular, "1 photo", comes from the catalogue:
    # tests/i18n/test_ko_ui_classify.py checks the words).
    assert told and told[0].startswith("1 photo")
    assert "marked with several labels cannot be added" in told[0]
    assert (tmp_path / "set" / "blue" / blue.name).exists()
    assert (tmp_path / "set" / NONE_FOLDER / red.name).exists()
    assert not tab.model.review(yellow).added  # left as marked, not filed anywhere
