"""The inference backend in the app: the File menu's setting, and the model status naming the
backend that runs."""

from __future__ import annotations

import pytest

from app.ui.common.settings import Keys
from app.ui.window.main_window import MainWindow
from tests.helpers import make_color_model_file

LOAD_TIMEOUT = 120_000


@pytest.fixture
def window(qtbot, settings, data_home):
    w = MainWindow(settings, load_model=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_the_model_status_names_the_backend_and_the_menu_switches_it(qtbot, window, tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    menu = window.backend_menu.actions_by_backend
    assert menu["auto"].isChecked()  # the default
    menu["litert"].trigger()  # no model yet: only the setting changes
    assert window.settings.get(Keys.BACKEND) == "litert"
    with qtbot.waitSignal(window.controller.ready, timeout=LOAD_TIMEOUT):
        window.use_model(model)
    status = window.model_status
    assert status.text().endswith("· 32 px · LiteRT")
    assert "Runs on LiteRT (XNNPACK" in status.toolTip()
    assert window.controller.model.backend == "litert"

    with qtbot.waitSignal(window.controller.ready, timeout=LOAD_TIMEOUT):
        menu["tensorflow"].trigger()  # the loaded model is loaded again, on TensorFlow
    assert window.controller.spec.backend == "tensorflow"
    assert status.text().endswith("· TensorFlow")
    assert "Runs on TensorFlow (chosen)" in status.toolTip()


def test_the_status_follows_a_switch_made_after_the_model_was_ready(
    qtbot, window, tmp_path, monkeypatch
):
    from app.core import forward

    model = make_color_model_file(tmp_path / "colors.keras")
    monkeypatch.setattr(forward, "MIN_WEIGHTS", 0)  # let auto convert the tiny model
    with qtbot.waitSignal(window.controller.ready, timeout=LOAD_TIMEOUT):
        window.use_model(model)
    loaded = window.controller.model
    qtbot.waitUntil(lambda: window.model_status.text().endswith("· LiteRT"), timeout=60_000)
    assert loaded.backend == "litert"
