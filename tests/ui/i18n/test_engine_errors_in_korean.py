"""An engine error reaches the Korean app in Korean, with its file named as it is."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from app.ui.model.model_controller import ModelController
from app.ui.window.main_window import MainWindow
from app.ui.workers.model import ModelSpec

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_a_damaged_model_file_is_told_in_korean(qtbot, korean, settings, tmp_path):
    damaged = tmp_path / "손상된 모델.keras"
    damaged.write_bytes(b"not a model")
    controller = ModelController(settings)
    with qtbot.waitSignal(controller.failed, timeout=60_000) as failed:
        controller.load(ModelSpec(str(damaged), None))
    text = str(failed.args[0])
    assert str(damaged) in text and HANGUL.search(text.replace(str(damaged), "")), text
    assert controller.shutdown(10_000)


def test_the_window_shows_it_in_a_korean_message_box(
    qtbot, korean, settings, tmp_path, data_home, monkeypatch
):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda box, *_: shown.append(box))
    damaged = tmp_path / "model.keras"
    damaged.write_bytes(b"not a model")
    window = MainWindow(settings, load_model=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.controller.failed, timeout=60_000):
        window.controller.load(ModelSpec(str(damaged), None))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    box = shown[-1]
    assert HANGUL.search(box.windowTitle()) and str(damaged) in box.text()
    assert HANGUL.search(box.text().replace(str(damaged), ""))
    assert window.shutdown()
