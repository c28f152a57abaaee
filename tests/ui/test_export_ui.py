"""Export from the Train tab's results: the dialog runs the export job and shows the parity
report. The model is a 32 px three-colour model file standing in for a finished training."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.export_dialog import ExportDialog
from app.ui.train_tab import TrainTab
from tests.helpers import make_color_model_file
from tests.training.test_export import tampering_writer

TIMEOUT = 60_000


@pytest.fixture
def tab(qapp, thumbnails, settings, data_home):
    tab = TrainTab(thumbnails, settings)
    yield tab
    assert tab.shutdown(60_000)
    tab.close()


def open_dialog(tab: TrainTab, model: Path) -> ExportDialog:
    tab.model_path = model  # as after a training run, with the Results page open
    tab.right.setTabEnabled(2, True)
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
