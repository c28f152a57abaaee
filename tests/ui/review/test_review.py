"""The Classify tab's review loop with qtbot: least certain first, confirm with Enter, correct
with a digit key, the grid and the confidence filter, add to the training set and undo, update
the model and use the new version, the version list, a folder that moved, Esc."""

from __future__ import annotations

import hashlib
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter

from app.core.model_loader import load_classifier
from app.core.result_order import Order
from app.core.results import margin
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common import results_model
from app.ui.common.result_delegate import ResultsView
from app.ui.common.results_model import PathRole, ResultRole, Review
from app.ui.review import review_panel
from app.ui.workers.model import ModelSpec
from tests.helpers import make_color_base
from tests.training.helpers import make_color_dataset, make_flat_image
from tests.ui.review.helpers import TIMEOUT, classify, select_row, shown_paths
from training.augmentation import NO_AUGMENTATION
from training.options import TrainingOptions
from training.trainer import train
from training.versions import list_versions

YELLOW = (220, 210, 30)


def test_least_certain_first_and_the_confidence_filter(qtbot, colors_tab):
    tab, photos = colors_tab
    tab.review.review_button.click()  # review mode orders the rows least certain first
    assert tab.sort_box.currentData() is Order.LEAST_CERTAIN
    margins = [margin(tab.proxy.index(r, 0).data(ResultRole)) for r in range(tab.proxy.rowCount())]
    assert margins == sorted(margins) and len(margins) == 5
    assert shown_paths(tab)[0] == photos[1]  # 55% red: the closest call
    tab.review.below_spin.setValue(90)
    tab.review.below_box.setChecked(True)
    kept = [tab.proxy.index(r, 0).data(ResultRole) for r in range(tab.proxy.rowCount())]
    assert kept and all(r.predictions[0].probability < 0.9 for r in kept)
    assert len(kept) < 5
    tab.review.below_box.setChecked(False)
    assert tab.proxy.rowCount() == 5


def test_enter_confirms_a_digit_corrects_and_the_next_row_follows(qtbot, colors_tab):
    tab, _photos = colors_tab
    tab.review.review_button.click()
    view = tab.view
    first, second, third = shown_paths(tab)[:3]
    select_row(tab, 0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    top = tab.model.result_at(tab.model.row_of(first)).predictions[0].label
    assert tab.model.review(first) == Review(top, corrected=False)
    assert view.currentIndex().data(PathRole) == second  # on to the next photo
    assert tab.review.training_set.choices() == ["blue", "green", "red"]
    qtbot.keyClick(view, Qt.Key.Key_1)  # the first class: blue
    assert tab.model.review(second) == Review("blue", corrected=True)
    assert view.currentIndex().data(PathRole) == third
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert tab.model.review(third) is None
    assert tab.review.add_button.text() == "Add 2 to training set"
    # The grid shows the same rows with the same selection.
    tab.review.grid_button.click()
    assert tab.review.views.currentWidget() is tab.review.grid
    assert tab.review.grid.selectionModel() is view.selectionModel()
    qtbot.keyClick(tab.review.grid, Qt.Key.Key_3)
    assert tab.model.review(third) == Review(
        "red", corrected=tab.model.result_at(tab.model.row_of(third)).predictions[0].label != "red"
    )


def test_the_context_menu_adds_to_the_training_set_as_a_class(qtbot, colors_tab, tmp_path):
    tab, _photos = colors_tab
    for view in (tab.view, tab.review.grid):
        tab.review.grid_button.setChecked(view is tab.review.grid)
        rect = view.visualRect(tab.proxy.index(0, 0))
        menu = view.context_menu(rect.center()) if view is tab.view else None
        if menu is None:  # the grid builds the same menu
            menu = ResultsView.context_menu(view, rect.center())
        add = next(a.menu() for a in menu.actions() if a.text() == "Add to training set as")
        assert [a.text() for a in add.actions()] == ["blue", "green", "red", "New class…"]
    first = shown_paths(tab)[0]
    next(a for a in add.actions() if a.text() == "red").trigger()
    qtbot.waitUntil(lambda: (tmp_path / "set" / "red" / first.name).exists(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not tab.review.busy, timeout=TIMEOUT)
    assert tab.model.review(first).added


def test_enter_opens_the_photo_outside_review_mode(qtbot, colors_tab, monkeypatch):
    tab, _photos = colors_tab
    opened = []
    monkeypatch.setattr(review_panel, "open_file", opened.append)
    select_row(tab, 2)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == [shown_paths(tab)[2]] and tab.model.review(opened[0]) is None


def test_marked_photos_are_added_to_the_set_and_undone(qtbot, colors_tab, tmp_path):
    tab, photos = colors_tab
    tab.review.review_button.click()
    select_row(tab, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_2)  # green
    select_row(tab, 1)
    tab.review.correct("violet")  # a new class, typed
    tab.review.add_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )
    summary = tab.review.additions.last
    assert sorted(d.parent.name for _, d in summary.added) == ["green", "violet"]
    assert (tmp_path / "set" / "violet").is_dir() and all(p.exists() for p in photos)
    added = [tab.model.review(p) for p, _ in summary.added]
    assert all(r is not None and r.added for r in added)
    assert "violet" in tab.review.training_set.choices()

    tab.review.undo_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is None and not tab.review.busy, timeout=TIMEOUT
    )
    assert not (tmp_path / "set" / "violet").exists()
    assert list((tmp_path / "set" / "green").iterdir()) == []
    assert all(not tab.model.review(p).added for p, _ in summary.added)


def test_the_panel_stands_on_its_collaborators_alone(qtbot, controller, thumbnails, settings):
    """No Classify tab: what is the tab's the panel asks for by signal, and no reference cycle
    between the panel and its parts keeps it alive once it is dropped."""
    results = results_model.ResultsModel()
    rows = results_model.ResultsFilter(results)
    view = ResultsView(thumbnails)
    view.setModel(rows)
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    splitter.addWidget(view)
    panel = review_panel.ReviewPanel(
        controller, settings, results, rows, view, thumbnails, splitter
    )
    asked = []
    panel.least_certain_wanted.connect(lambda: asked.append("least certain first"))
    panel.shown_changed.connect(lambda: asked.append("shown rows"))
    panel.cancel_run_wanted.connect(lambda: asked.append("cancel the run"))
    panel.review_button.click()
    panel.below_box.setChecked(True)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert asked == ["least certain first", "shown rows", "cancel the run"]
    assert splitter.widget(0) is panel.views and panel.views.widget(0) is view
    freed = weakref.ref(panel)
    del panel
    assert freed() is None


def test_escape_cancels_the_running_classification(qtbot, tab, tmp_path, colors_model):
    from tests.ui.helpers import make_photos

    make_photos(tmp_path / "many", 400)
    tab.classify_paths([tmp_path / "many"])
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=TIMEOUT)
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    assert tab.model.rowCount() < 400


# -- the whole loop on a real model ------------------------------------------------------------


@pytest.fixture
def trained(tmp_path, data_home, monkeypatch):
    """A head-only colour model with its report, its folder, and photos of a fourth colour."""
    monkeypatch.setenv("KERAS_HOME", str(tmp_path / "keras_home"))
    base = make_color_base(tmp_path / "colors.weights.h5")
    data = make_color_dataset(tmp_path / "data_set", per_class=8, seed=5, pattern=True)
    model = tmp_path / "colors.keras"
    train(TrainingOptions(
        data_dir=data, output=model, weights=base, image_size=32, epochs=8, fine_tune_epochs=0,
        batch_size=16, augmentation=NO_AUGMENTATION, augment_views=0,
    ))  # fmt: skip
    yellow = [
        make_flat_image(tmp_path / "new" / f"y{i}.png", YELLOW, (44, 40 + i), pattern=True)
        for i in range(8)
    ]
    return model, data, yellow


def use(qtbot, tab: ClassifyTab, model: Path) -> None:
    with qtbot.waitSignal(tab.controller.ready, timeout=TIMEOUT):
        tab.controller.load(ModelSpec(str(model)))


def test_correct_add_update_and_use_the_new_version(qtbot, tab, trained):
    model, data, yellow = trained
    tab.controller.model = None
    use(qtbot, tab, model)
    assert tab.review.training_set.root == data and tab.review.update_button.isEnabled()
    classify(qtbot, tab, yellow)
    assert {r.predictions[0].label for r in tab.model.results()} <= {"red", "green", "blue"}
    tab.review.review_button.click()
    tab.view.selectAll()
    tab.review.correct("yellow")  # a class the model does not know yet
    before = hashlib.sha256(model.read_bytes()).hexdigest()

    # Update adds what is marked first, then makes version 2, then loads it and classifies again.
    with qtbot.waitSignal(tab.controller.ready, timeout=TIMEOUT):
        tab.review.update_button.click()
    assert len(list((data / "yellow").iterdir())) == 8
    result = tab.review.updates.last_update
    assert result.version.number == 2 and result.training.features_computed == 8
    assert tab.controller.model.labels == ("blue", "green", "red", "yellow")
    qtbot.waitUntil(lambda: not tab.busy and tab.model.rowCount() == 8, timeout=TIMEOUT)
    assert [r.predictions[0].label for r in tab.model.results()] == ["yellow"] * 8
    box = tab.review.findChild(QMessageBox, "updateResult")
    assert box is not None and "validation photos both versions saw" in box.text()
    box.close()

    dialog = tab.review.updates.show_versions()
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["1", "2  (in use)"]
    dialog.table.selectRow(0)
    with qtbot.waitSignal(tab.controller.ready, timeout=TIMEOUT):
        dialog.use_button.click()  # use version 1 again
    assert hashlib.sha256(model.read_bytes()).hexdigest() == before
    assert tab.controller.model.labels == ("blue", "green", "red")
    assert [v.number for v in list_versions(model) if v.in_use] == [1]


def test_a_training_folder_that_moved_is_said_and_can_be_located(qtbot, tab, trained):
    model, data, _yellow = trained
    data.rename(data.with_name("moved set"))
    tab.controller.model = load_classifier(str(model))
    tab.controller.spec = ModelSpec(str(model))
    tab.review.current.refresh()
    assert "is not there any more" in tab.review.set_label.text()
    assert tab.review.set_button.text() == "Locate training folder…"
    assert not tab.review.update_button.isEnabled()
    tab.review.updates.use_folder(data.with_name("moved set"))  # what the folder dialog gives
    found = tab.review.training_set
    assert found.root == data.with_name("moved set") and found.located
    assert "(located)" in tab.review.set_label.text() and tab.review.update_button.isEnabled()
    with qtbot.waitSignal(tab.controller.ready, timeout=TIMEOUT):
        tab.review.update_button.click()  # the update is told where the folder is now
    assert tab.review.updates.last_update.comparison.images > 0


def test_start_a_training_set_for_imagenet_and_train_a_first_model(
    qtbot, tab, tmp_path, data_home, monkeypatch
):
    from app.ui.review import model_updates

    assert tab.review.set_label.text() == "No training folder for this model"
    assert tab.review.set_button.text() == "Start a training set…"

    class Typed:  # the dialog as a person fills it in
        DialogCode = model_updates.StartSetDialog.DialogCode

        def __init__(self, *_args) -> None:
            pass

        def exec(self):
            return self.DialogCode.Accepted

        def folder(self):
            return tmp_path / "my set"

        def classes(self):
            return ["red things", "green things"]

    monkeypatch.setattr(model_updates, "StartSetDialog", Typed)
    tab.review.set_button.click()
    assert tab.review.training_set.root == tmp_path / "my set"
    assert tab.review.training_set.choices() == ["green things", "red things"]
    red = [
        make_flat_image(tmp_path / "in" / f"r{i}.png", (210, 40, 40), (40, 40 + i))
        for i in range(4)
    ]
    green = [
        make_flat_image(tmp_path / "in" / f"g{i}.png", (40, 180, 60), (40, 40 + i))
        for i in range(4)
    ]
    classify(qtbot, tab, red + green)
    tab.review.review_button.click()
    for path in red + green:
        select_row(tab, shown_paths(tab).index(path))
        qtbot.keyClick(tab.view, Qt.Key.Key_2 if path in red else Qt.Key.Key_1)
    tab.review.add_button.click()
    qtbot.waitUntil(
        lambda: tab.review.additions.last is not None and not tab.review.busy, timeout=TIMEOUT
    )
    assert len(list((tmp_path / "my set" / "red things").iterdir())) == 4
    assert tab.review.update_button.text() == "Train a model from this set"

    output = tmp_path / "first.keras"
    monkeypatch.setattr(
        model_updates.QFileDialog, "getSaveFileName", lambda *a, **k: (str(output), "")
    )
    with qtbot.waitSignal(tab.controller.ready, timeout=3 * TIMEOUT):
        tab.review.update_button.click()
    assert tab.controller.model.labels == ("green things", "red things")
    assert (
        tab.review.training_set.model == output
        and tab.review.update_button.text() == "Update model"
    )
