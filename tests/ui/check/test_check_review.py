"""The Train tab's Check page end to end: a check job with progress, the review list with both
labels, Move to / Remove from training set / Keep on the selected findings, their undo, and
Update model once the folder is fixed.

The check uses a calibrated random base saved as a weights file at 32 px (the form offers
ImageNet or random weights; random ones are refused, which a test shows through the button).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.ui.train.train_tab import TrainTab
from tests.check.helpers import make_patterned_set, move, options
from tests.helpers import make_color_base
from tests.ui.helpers import tiny_parameters
from training.options import TrainingOptions
from training.trainer import train

TIMEOUT = 180_000


@pytest.fixture(scope="module")
def color_base(tmp_path_factory):
    return make_color_base(tmp_path_factory.mktemp("base") / "colors.weights.h5")


@pytest.fixture
def tab(qapp, thumbnails, settings, data_home, tmp_path, monkeypatch):
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    tab = TrainTab(thumbnails, settings)
    yield tab
    assert tab.shutdown(60_000)
    tab.close()


def checked(qtbot, tab: TrainTab, data, color_base) -> TrainTab:
    tab.set_dataset(data)
    qtbot.waitUntil(lambda: not tab.busy and tab.scan is not None, timeout=30_000)
    tab.checker.start(options(data, color_base))
    assert tab.busy and tab.check_page.cancel_button.isVisibleTo(tab.check_page)
    qtbot.waitUntil(lambda: not tab.busy, timeout=TIMEOUT)
    return tab


def select(tab: TrainTab, *rows: int) -> None:
    view = tab.check_page.view
    view.selectionModel().clearSelection()
    for row in rows:
        view.selectionModel().select(
            tab.check_page.model.index(row),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_review_move_remove_keep_and_undo_each(qtbot, tab, tmp_path, color_base):
    data = make_patterned_set(tmp_path / "data")
    red_in_green = move(data / "red" / "red_03.png", "green")
    blue_in_red = move(data / "blue" / "blue_07.png", "red")
    green_in_blue = move(data / "green" / "green_10.png", "blue")
    checked(qtbot, tab, data, color_base)
    page = tab.check_page
    findings = page.model.findings
    assert {f.path for f in findings[:3]} == {red_in_green, blue_in_red, green_in_blue}
    assert "likely label errors" in page.summary.text()
    assert not page.view.grab().isNull()  # the rows paint: thumbnails, both labels
    row = {f.path: r for r, f in enumerate(findings)}

    select(tab, row[red_in_green])
    assert page.move_button.text() == "Move to red"
    page.move_button.click()
    assert (data / "red" / "red_03.png").is_file() and not red_in_green.exists()
    assert page.model.done[row[red_in_green]] == "Moved to red"

    select(tab, row[blue_in_red])
    page.remove_button.click()
    assert (data / ".pictag" / "removed" / "red" / "blue_07.png").is_file()
    assert not blue_in_red.exists()

    select(tab, row[green_in_blue])
    page.keep_button.click()
    kept = json.loads((data / ".pictag" / "kept.json").read_text())["kept"]
    assert [k["path"] for k in kept] == ["blue/green_10.png"]
    assert page.undo_button.isEnabled()

    page.undo_button.click()  # the keep
    assert json.loads((data / ".pictag" / "kept.json").read_text())["kept"] == []
    page.undo_button.click()  # the removal
    assert blue_in_red.is_file()
    page.undo_button.click()  # the move
    assert red_in_green.is_file() and not (data / "red" / "red_03.png").exists()
    assert not page.undo_button.isEnabled()
    assert all(not done for done in page.model.done)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)  # the rescans after each change


def test_check_labels_with_random_weights_says_why_not(qtbot, tab, tmp_path):
    data = make_patterned_set(tmp_path / "data", per_class=3)
    tab.set_dataset(data)
    qtbot.waitUntil(lambda: not tab.busy and tab.scan is not None, timeout=30_000)
    tiny_parameters(tab)
    tab.report.check_button.click()
    assert tab.right.currentWidget() is tab.check_page
    assert "pretrained base" in tab.check_page.message.text()
    assert not tab.busy


def test_update_model_after_fixing_shows_the_new_version(qtbot, tab, tmp_path, color_base):
    data = make_patterned_set(tmp_path / "data")
    flipped = move(data / "red" / "red_03.png", "green")
    model = tmp_path / "colors.keras"
    train(
        TrainingOptions(
            data, model, weights=color_base, image_size=32, epochs=5, fine_tune_epochs=0,
            batch_size=16,
        )
    )  # fmt: skip
    checked(qtbot, tab, data, color_base)
    tab.checker.model = model
    page = tab.check_page
    select(tab, next(r for r, f in enumerate(page.model.findings) if f.path == flipped))
    page.move_button.click()
    with qtbot.waitSignal(tab.checker.updated, timeout=TIMEOUT) as updated:
        page.update_button.click()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert updated.args[0].version.number == 2
    assert "Version 2" in page.message.text()
    assert tab.right.isTabEnabled(2)  # the Results page shows the new version
