"""Loading models on the worker: the newest request wins, and offline weights say what to do."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings, QThread

from app.core.errors import WeightsError
from app.core.forward import Forward
from app.ui.common.settings import Keys, Settings, weights_key
from app.ui.model.model_controller import ModelController
from app.ui.workers.model import ModelSpec
from tests.helpers import make_color_model_file


@pytest.fixture
def controller(tmp_path, qtbot):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    c = ModelController(settings)
    yield c
    assert c.shutdown(30_000)


@pytest.fixture
def offline(keras_home, monkeypatch, tmp_path):
    """No weights in the cache, and every download fails as it does without a network."""
    monkeypatch.setenv("PICTAG_WEIGHTS_URL", (tmp_path / "no-network").as_uri())
    return keras_home


def test_the_newest_request_wins(controller, qtbot):
    ready = []
    controller.ready.connect(lambda model, spec: ready.append(spec))
    controller.load(ModelSpec("inception_v3", None))
    controller.load(ModelSpec("mobilenet_v2", None))  # while the first still loads
    qtbot.waitUntil(lambda: bool(ready) and not controller.busy, timeout=60_000)
    assert ready == [ModelSpec("mobilenet_v2", None)]
    assert controller.model.labels[0] == "tench"
    assert controller.settings.get(Keys.MODEL) == "mobilenet_v2"


def test_offline_imagenet_says_which_file_and_then_takes_a_local_one(
    controller, qtbot, offline, tmp_path
):
    with qtbot.waitSignal(controller.failed, timeout=60_000) as failed:
        controller.load(controller.spec_for("mobilenet_v2"))
    error, spec = failed.args
    message = str(error)
    assert isinstance(error, WeightsError) and spec == ModelSpec("mobilenet_v2", "imagenet")
    assert "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224.h5" in message
    assert str(offline / "models") in message
    assert controller.model is None

    from app.core.registry import get_architecture

    weights = tmp_path / "mobilenet.weights.h5"
    get_architecture("mobilenet_v2").build(size=32, include_top=True).save_weights(weights)
    with qtbot.waitSignal(controller.ready, timeout=60_000) as ready:
        controller.use_weights_file("mobilenet_v2", weights)
    assert ready.args[1] == ModelSpec("mobilenet_v2", str(weights))
    # Remembered: the next start on this offline machine uses the same file.
    assert controller.spec_for("mobilenet_v2") == ModelSpec("mobilenet_v2", str(weights))
    assert controller.settings.get(weights_key("mobilenet_v2")) == str(weights)


def test_a_damaged_model_file_fails_with_its_name(controller, qtbot, tmp_path):
    bad = tmp_path / "broken.keras"
    bad.write_bytes(b"not a zip")
    with qtbot.waitSignal(controller.failed, timeout=60_000) as failed:
        controller.load(controller.spec_for(str(bad)))
    error, spec = failed.args
    assert str(bad) in str(error) and not isinstance(error, WeightsError) and spec.is_file


def test_a_backend_switch_told_on_the_litert_thread_reaches_the_gui_thread(
    controller, qtbot, qapp, tmp_path, monkeypatch
):
    listeners = []
    monkeypatch.setattr(Forward, "subscribe", lambda forward, listener: listeners.append(listener))
    path = make_color_model_file(tmp_path / "colors.keras")
    with qtbot.waitSignal(controller.ready, timeout=60_000):
        controller.load(ModelSpec(str(path), backend="tensorflow"))
    assert len(listeners) == 1
    heard = []
    controller.backend_changed.connect(
        lambda model: heard.append((model, QThread.currentThread() == qapp.thread()))
    )
    litert = threading.Thread(target=listeners[0], name="pictag-litert-test")
    litert.start()
    litert.join()
    assert heard == []  # not on Forward's thread: queued for the GUI thread
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [(controller.model, True)]
