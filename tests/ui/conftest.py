"""Fixtures for the Qt layer: isolated settings, a shared thumbnail cache, and ready models.

Models are built once per session (a 32 px MobileNetV2 with random weights, and a three-colour
model whose answers a test can predict) and handed to a real ModelController as if it had just
loaded them, so no test waits for a 224 px load.
"""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from app.core import i18n
from app.core.paths import CACHE_DIR_ENV, DATA_DIR_ENV
from app.ui.common.gc_guard import GuiThreadGarbageCollector
from app.ui.common.language import install_language
from app.ui.common.settings import Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.model.model_controller import ModelController
from tests.ui.helpers import TINY_SPEC


@pytest.fixture(scope="session")
def tiny_model():
    """MobileNetV2 at 32 px with random weights: 1,000 ImageNet labels, fast, no network."""
    from app.core.model_loader import load_classifier

    model = load_classifier("mobilenet_v2", weights=None, input_size=32)
    model.predict(np.zeros((1, 32, 32, 3), np.uint8))  # trace once, outside any test's timing
    return model


@pytest.fixture(scope="session")
def colors_model():
    """Labels red, green, blue: the top label is the photo's dominant colour."""
    from app.core.model_loader import LoadedModel
    from tests.helpers import COLORS, color_model

    model = LoadedModel("colors.keras", tuple(COLORS), 32, color_model(32))
    model.predict(np.zeros((1, 32, 32, 3), np.uint8))
    return model


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_gui_thread(qapp):
    """As in the app (see app/ui/common/gc_guard.py): a Qt object freed by a collection that
    starts on a worker thread would be deleted there, and crash."""
    collector = GuiThreadGarbageCollector()
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """As in the app, which installs its language's catalogue before the first widget: the
    English one holds the plural forms ("1 photo", "2 photos")."""
    install_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _collect_after_each_test(_garbage_collected_on_the_gui_thread):
    yield
    gc.collect()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def controller(qtbot, settings, tiny_model) -> ModelController:
    """A controller whose model is ready (as after a load); set `.model = None` to wait."""
    controller = ModelController(settings)
    controller.model, controller.spec = tiny_model, TINY_SPEC
    yield controller
    assert controller.shutdown(10_000)


@pytest.fixture
def thumbnails(qtbot) -> ThumbnailCache:
    cache = ThumbnailCache(capacity=200)
    yield cache
    assert cache.shutdown(10_000)


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """The feature cache and the app's data folder (working models) inside the test's folder."""
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def tab(qtbot, controller, thumbnails, settings):
    """The Classify tab on the controller's model; every job it started is joined after."""
    from app.ui.classify.classify_tab import ClassifyTab

    tab = ClassifyTab(controller, thumbnails, settings)
    qtbot.addWidget(tab)
    tab.resize(1000, 640)
    yield tab
    assert tab.shutdown(10_000)
    assert not tab.busy and not tab.review.busy


@pytest.fixture
def language(request, qapp) -> str:
    """The app and the engine in the language a test names (`indirect`), as after a start with
    it chosen; English again after the test."""
    assert install_language(request.param) == request.param, "no font for it: fonts-noto-cjk"
    yield request.param
    install_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def korean(qapp):
    """The app and the engine in Korean, as after a start with 한국어 chosen."""
    assert install_language("ko") == "ko", "no Korean font: install fonts-noto-cjk"
    yield
    install_language(i18n.SOURCE_LANGUAGE)
