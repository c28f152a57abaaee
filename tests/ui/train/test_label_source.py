"""The Train tab's label source: a labels CSV (as `pictag train --labels-csv`) or keywords with
photos without one as "none of these" examples (`--untagged none`), scanned and trained from,
remembered, and a bad CSV shown as the engine's one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui.common.settings import Keys
from app.ui.train.label_source import LabelSource
from app.ui.train.train_tab import TrainTab
from tests.training.helpers import keyworded, make_multi_label_set
from training.options import SKIP_UNTAGGED, UNTAGGED_NONE


@pytest.fixture
def tab(qapp, thumbnails, settings, data_home):
    tab = TrainTab(thumbnails, settings)
    yield tab
    assert tab.shutdown(30_000)
    tab.close()


def scanned(qtbot, tab: TrainTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy and bool(tab.scan or tab.scan_error), timeout=30_000)


def started_options(tab: TrainTab, monkeypatch):
    """The options Start training hands the run (the engine's tests train from them)."""
    started = []
    monkeypatch.setattr(tab.run, "start", started.append)
    tab.start_button.click()
    assert len(started) == 1
    started[0].check()  # the engine accepts them as they are
    return started[0]


def choose_csv(tab: TrainTab, csv: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    tab.label_source.csv_button.click()


def test_a_chosen_labels_csv_is_scanned_and_trained_from(qtbot, tab, tmp_path, monkeypatch):
    root = make_multi_label_set(tmp_path / "set", per_kind=3)
    source = tab.label_source
    source.keyword_check.setChecked(True)
    tab.set_dataset(root)
    scanned(qtbot, tab)
    assert tab.scan is None  # keywords under Birds: none in these photos
    choose_csv(tab, root / "labels.csv", monkeypatch)
    assert not source.keyword_check.isChecked()  # one place for labels, as on the command line
    qtbot.waitUntil(lambda: not tab.busy and tab.scan is not None, timeout=30_000)
    assert tab.scan.classes == ["blue", "red"] and len(tab.scan.samples) == 12
    summary = tab.report.summary.text()
    assert "2 classes" in summary and "multi-label" in summary
    assert "3 photos of none of these" in summary
    options = started_options(tab, monkeypatch)
    assert options.labels_csv == root / "labels.csv" and options.keywords is None
    assert tab.settings.get(Keys.TRAIN_LABELS_CSV) == str(root / "labels.csv")
    again = LabelSource(tab.settings)  # the next start of the app
    assert again.labels_csv() == root / "labels.csv" and again.parent_keyword() is None


def test_keywords_with_untagged_photos_as_none_of_these(qtbot, tab, tmp_path, monkeypatch):
    for i in range(3):
        keyworded(tmp_path / "lib" / f"r{i}.jpg", "Colours|red")
        keyworded(tmp_path / "lib" / f"b{i}.jpg", "Colours|blue")
        keyworded(tmp_path / "lib" / f"n{i}.jpg")  # a sidecar without a keyword
    source = tab.label_source
    source.keyword_check.setChecked(True)
    source.keyword_edit.setText("Colours")
    source.keyword_edit.editingFinished.emit()
    tab.set_dataset(tmp_path / "lib")
    scanned(qtbot, tab)
    assert tab.scan is not None and tab.scan.none_count() == 0  # left out by default
    assert started_options(tab, monkeypatch).untagged == SKIP_UNTAGGED
    source.untagged_check.setChecked(True)
    qtbot.waitUntil(lambda: not tab.busy and tab.scan is not None and tab.scan.none_count() == 3)
    assert "3 photos of none of these" in tab.report.summary.text()
    options = started_options(tab, monkeypatch)
    assert options.untagged == UNTAGGED_NONE and options.keywords == "Colours"
    assert options.labels_csv is None
    assert LabelSource(tab.settings).untagged() == UNTAGGED_NONE


def test_a_bad_csv_shows_the_engines_one_line(qtbot, tab, tmp_path):
    root = make_multi_label_set(tmp_path / "set", per_kind=3)
    bad = tmp_path / "bad.csv"
    bad.write_text("file,labels\nred_00.png,red\nnot_there.png,blue\n")
    tab.label_source.csv_edit.setText(str(bad))
    tab.label_source.csv_check.setChecked(True)
    tab.set_dataset(root)
    scanned(qtbot, tab)
    assert tab.scan is None
    assert str(bad) in tab.scan_error and "not_there.png" in tab.scan_error
    assert "\n" not in tab.scan_error and "Traceback" not in tab.report.error.text()
    assert tab.report.error.isVisibleTo(tab) and not tab.start_button.isEnabled()


def test_a_csv_with_a_validation_folder_is_refused(qtbot, tab, tmp_path):
    root = make_multi_label_set(tmp_path / "set", per_kind=3)
    tab.form.set_validation_folder(tmp_path / "set")
    tab.label_source.csv_edit.setText(str(root / "labels.csv"))
    tab.label_source.csv_check.setChecked(True)
    tab.set_dataset(root)
    scanned(qtbot, tab)
    assert tab.scan is None and "split for validation" in tab.scan_error
    tab.form.use_split.setChecked(True)  # what the message says to do
    qtbot.waitUntil(lambda: not tab.busy and tab.scan is not None, timeout=30_000)


def test_turning_the_csv_on_without_choosing_a_file_leaves_it_off(qtbot, tab, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    tab.label_source.csv_check.setChecked(True)
    assert not tab.label_source.csv_check.isChecked()
    assert tab.label_source.labels_csv() is None
