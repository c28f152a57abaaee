"""Export from the Train tab's results: the dialog runs the export job and shows the parity
report. The model is a 32 px three-colour model file standing in for a finished training."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.ui.model.export_dialog import ExportDialog
from app.ui.train.train_tab import TrainTab
from app.ui.workers.base import JobRunner, running_job_threads
from app.ui.workers.export import ExportJob
from tests.export.helpers import tampering_writer
from tests.helpers import make_color_model_file

TIMEOUT = 60_000


@pytest.fixture
def tab(qapp, thumbnails, settings, data_home):
    tab = TrainTab(thumbnails, settings)
    yield tab
    assert all([runner.shutdown(60_000) for runner in tab.findChildren(JobRunner)])
    tab.close()


def open_dialog(tab: TrainTab, model: Path) -> ExportDialog:
    tab.trained.path = model  # as after a training run, with the Results page open
    tab.right.setTabEnabled(2, True)
    assert tab.export_button is tab.results.export_button  # the Results page's own button
    assert tab.export_button.parentWidget() is tab.save_button.parentWidget()
    tab.export_button.click()
    dialog = tab.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_export_button_opens_a_dialog_that_exports_and_shows_the_parity_report(
    qtbot, tab, tmp_path
):
    dialog = open_dialog(tab, make_color_model_file(tmp_path / "colors.keras"))
    assert dialog.output.text() == str(tmp_path / "colors-tflite")
    dialog.quantize.setCurrentIndex(dialog.quantize.findData("float16"))
    assert dialog.output.text() == str(tmp_path / "colors-tflite-float16")
    dialog.format.setCurrentIndex(dialog.format.findData("savedmodel"))
    assert dialog.quantize.currentData() is None and not dialog.quantize.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData("tflite"))

    dialog.export_button.click()
    assert dialog.busy and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)

    assert dialog.result is not None
    out = tmp_path / "colors-tflite"
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "labels.txt", "model.tflite"]
    text = dialog.report.toPlainText()
    assert "Parity check passed: 100 generated images" in text and "100.00%" in text
    assert dialog.status.text() == f"Exported to {out}"
    assert dialog.export_button.isEnabled()


def test_the_images_folder_field_feeds_the_parity_check(tab, tmp_path, monkeypatch):
    dialog = open_dialog(tab, make_color_model_file(tmp_path / "colors.keras"))
    assert dialog.images.text() == "" and dialog.options().images is None  # automatic
    photos = tmp_path / "photos"
    monkeypatch.setattr(
        "app.ui.model.export_dialog.QFileDialog.getExistingDirectory", lambda *a: str(photos)
    )
    dialog.images_browse.click()
    assert dialog.images.text() == str(photos)
    assert dialog.options().images == photos
    dialog.images.setText("  ")
    assert dialog.options().images is None
    dialog.close()


def test_a_refused_export_shows_one_clear_message(qtbot, tab, tmp_path, monkeypatch):
    dialog = open_dialog(tab, make_color_model_file(tmp_path / "colors.keras"))
    tampering_writer(monkeypatch, "tflite")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT)

    box = dialog.findChild(QMessageBox, "errorMessage")
    assert box is not None and box.text().startswith("export refused: ")
    assert "\n" not in box.text()
    assert dialog.status.text() == "Export failed: nothing was written."
    assert not (tmp_path / "colors-tflite").exists()


@pytest.mark.parametrize("how", ["escape", "close button", "window close"])
def test_closing_during_an_export_cancels_it_and_waits_for_the_job(qtbot, tab, tmp_path, how):
    """The dialog is deleted on close: it must not go while its thread runs."""
    folder = tmp_path / "models"
    dialog = open_dialog(tab, make_color_model_file(folder / "colors.keras"))
    dialog.export_button.click()
    runner = dialog.findChild(JobRunner)
    job, thread = runner.job, runner._thread
    at_close = []
    dialog.finished.connect(lambda _r: at_close.append((job.done, thread.isRunning())))
    destroyed = []
    dialog.destroyed.connect(lambda: destroyed.append(True))

    if how == "escape":  # reject(), then done(): Qt sends no closeEvent this way
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "close button":
        dialog.close_button.click()
    else:
        dialog.close()
    assert dialog.busy and dialog.isVisible() and not at_close  # cancelling, still open
    assert job.token.cancelled
    assert not dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()

    qtbot.waitUntil(lambda: bool(destroyed), timeout=TIMEOUT)  # closed, then deleted
    assert at_close == [(True, False)]  # the job had ended and its thread had returned
    assert thread.isFinished()
    assert sorted(p.name for p in folder.iterdir()) == ["colors.keras"]  # nothing written


@pytest.fixture
def endless_export(monkeypatch):
    """An export whose conversion never ends by itself, deaf to cancel, until `release` is set
    (a watchdog sets it after 20 s, so that a GUI that does hang still ends the test)."""
    release = threading.Event()
    monkeypatch.setattr(ExportJob, "work", lambda job: release.wait(60))
    watchdog = threading.Timer(20, release.set)
    watchdog.start()
    yield release
    release.set()
    watchdog.cancel()
    watchdog.join()


def test_a_conversion_that_never_ends_cannot_hang_the_window_closing(
    qtbot, tab, tmp_path, endless_export, caplog
):
    dialog = open_dialog(tab, make_color_model_file(tmp_path / "colors.keras"))
    dialog.export_button.click()
    runner = dialog.findChild(JobRunner)
    thread = runner._thread
    assert dialog.busy

    started = time.monotonic()
    with caplog.at_level(logging.WARNING, "app.ui.workers.base"):
        assert not dialog.shutdown(300)  # the window's shutdown: bounded, then it gives up
        assert not all([r.shutdown(300) for r in tab.findChildren(JobRunner)])
    assert time.monotonic() - started < 5
    assert "The export job did not stop within 300 ms" in caplog.text
    assert thread.isRunning() and thread in running_job_threads()  # kept, never destroyed

    destroyed = []
    dialog.destroyed.connect(lambda: destroyed.append(True))
    dialog.close()  # returns at once: the dialog stays, cancelling, until the job ends
    assert dialog.isVisible() and dialog.busy
    endless_export.set()
    qtbot.waitUntil(lambda: bool(destroyed), timeout=TIMEOUT)  # closed, then deleted
    assert thread.isFinished() and thread not in running_job_threads()
