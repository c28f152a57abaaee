"""The self-test's window step: the real main window, its model worker and its classify worker."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

__all__ = ["open_window_and_classify"]

log = logging.getLogger(__name__)

TIMEOUT_MS = 120_000  # a cold TensorFlow start on a slow machine


def open_window_and_classify(model: Path, photo: Path) -> str:
    """Show the window, load `model` on its worker, classify `photo` in the Classify tab, close."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a server or CI job without a display
    from app.ui.common.settings import Settings
    from app.ui.window.main_window import MainWindow
    from app.ui.workers.model import ModelSpec

    app = QApplication.instance() or QApplication(["pictag"])
    # Qt's own notes (e.g. the offscreen platform's "does not support propagateSizeHints") go
    # to the log, not into the middle of the step's line.
    previous = qInstallMessageHandler(lambda _kind, _context, text: log.debug("Qt: %s", text))
    with tempfile.TemporaryDirectory(prefix="pictag-self-test-settings-") as scratch:
        ini = str(Path(scratch) / "settings.ini")
        window = MainWindow(Settings(QSettings(ini, QSettings.Format.IniFormat)), load_model=False)
        try:
            window.show()
            _wait_until(lambda: window.isVisible() and window.windowHandle().isExposed(), "shown")
            failures: list[str] = []
            window.controller.failed.connect(lambda error, _spec: failures.append(str(error)))
            window.controller.load(ModelSpec(str(model)))
            _wait_until(lambda: window.controller.model is not None or failures, "model loaded")
            if failures:
                raise RuntimeError(f"the window could not load the model: {failures[0]}")
            tab = window.classify_tab
            tab.classify_paths([photo])
            _wait_until(lambda: tab.model.rowCount() == 1 and not tab.busy, "photo classified")
            (result,) = tab.model.results()
            if not result.ok:
                raise RuntimeError(f"the window could not classify {photo.name}: {result.error}")
            backend = window.controller.model.forward.describe()
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
            qInstallMessageHandler(previous)
    return (
        f"shown on '{app.platformName()}', loaded a model and classified a photo (model on "
        f"{backend}), closed"
    )


def _wait_until(condition, what: str) -> None:
    """Run the event loop until `condition()` holds; a hang becomes an error naming the wait."""
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: condition() and loop.quit())
    deadline = QTimer(singleShot=True, interval=TIMEOUT_MS)
    deadline.timeout.connect(loop.quit)
    if not condition():
        poll.start()
        deadline.start()
        loop.exec()
        poll.stop()
    if not condition():
        raise TimeoutError(f"the window was not {what} after {TIMEOUT_MS // 1000} s")
