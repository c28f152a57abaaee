"""Starting the desktop app. TensorFlow is not imported here: the window comes first."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["run_gui"]

log = logging.getLogger(__name__)

_STARTED = time.monotonic()


def run_gui(
    *,
    screenshot_dir: Path | None = None,
    screenshot_data: Path | None = None,
    verbose: bool = False,
) -> int:
    if screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.core.paths import resource_path
    from app.ui.app_logging import install_excepthooks, setup_logging
    from app.ui.gc_guard import GuiThreadGarbageCollector
    from app.ui.main_window import MainWindow
    from app.ui.messages import show_error

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Pictag")
    app.setApplicationName("Pictag")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pictag")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(resource_path("icons/pictag.png"))))
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    setup_logging(verbose)
    GuiThreadGarbageCollector(parent=app)

    settings = scratch = None
    if screenshot_dir is not None:  # a fresh start that leaves the user's own settings alone
        from PySide6.QtCore import QSettings

        from app.ui.settings import Settings

        scratch = tempfile.TemporaryDirectory(prefix="pictag-screenshots-")
        ini = str(Path(scratch.name) / "settings.ini")
        settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    window = MainWindow(settings)
    install_excepthooks(lambda message: show_error(window, "Unexpected error", message))
    window.show()
    QTimer.singleShot(0, _log_shown)  # the event loop's first turn: the window is painted
    if screenshot_dir is not None:
        from app.ui.tools.screenshots import ScreenshotTour

        tour = ScreenshotTour(window, screenshot_dir, screenshot_data)
        QTimer.singleShot(0, tour.start)
    try:
        return app.exec()
    finally:
        if scratch is not None:
            scratch.cleanup()


def _log_shown() -> None:
    log.info("Window shown %.2f s after Pictag started", time.monotonic() - _STARTED)
