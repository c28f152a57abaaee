"""Starting the desktop app. TensorFlow is not imported here: the window comes first."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.window.main_window import MainWindow

__all__ = ["run_gui"]

log = logging.getLogger(__name__)

_STARTED = time.monotonic()


def run_gui(
    *,
    settings_file: Path | None = None,
    on_shown: Callable[[MainWindow], None] | None = None,
    verbose: bool = False,
) -> int:
    """The app's event loop. `settings_file` replaces the user's settings (a tour starts fresh
    and leaves them alone); `on_shown` is called with the window on the loop's first turn."""
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.core.paths import resource_path
    from app.ui.common.app_logging import install_excepthooks, setup_logging
    from app.ui.common.gc_guard import GuiThreadGarbageCollector
    from app.ui.common.language import (
        install_language,
        tell_language_not_shown,
        wanted_language,
    )
    from app.ui.common.messages import show_error
    from app.ui.common.settings import Settings
    from app.ui.window.main_window import MainWindow

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

    settings = Settings()
    if settings_file is not None:
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    wanted = wanted_language(settings)
    shown = install_language(wanted)
    window = MainWindow(settings)
    if shown != wanted:
        QTimer.singleShot(0, lambda: tell_language_not_shown(window, settings, wanted))
    title = QCoreApplication.translate("gui", "Unexpected error")
    install_excepthooks(lambda message: show_error(window, title, message))
    window.show()
    QTimer.singleShot(0, _log_shown)  # the event loop's first turn: the window is painted
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    return app.exec()


def _log_shown() -> None:
    log.info("Window shown %.2f s after Pictag started", time.monotonic() - _STARTED)
