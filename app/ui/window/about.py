"""Help > About: the versions a bug report needs, and where the log file is."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.ui.common.app_logging import log_file

__all__ = ["show_about", "versions"]


def versions() -> dict[str, str]:
    """Without importing TensorFlow: the About box must not stall the window for seconds."""
    tf = sys.modules.get("tensorflow")
    tf_version = getattr(tf, "__version__", None)
    if tf_version is None:
        for dist in ("tensorflow-cpu", "tensorflow", "tensorflow-macos"):
            try:
                installed = metadata.version(dist)
            except metadata.PackageNotFoundError:
                continue
            tf_version = QCoreApplication.translate("about", "{version} (not loaded yet)")
            tf_version = tf_version.format(version=installed)
            break
    system = QCoreApplication.translate("about", "System")
    return {
        "Pictag": __version__,
        "TensorFlow": tf_version or QCoreApplication.translate("about", "not installed"),
        "Qt": f"{qVersion()} (PySide6 {pyside_version})",
        "Python": platform.python_version(),
        system: f"{platform.system()} {platform.release()} ({platform.machine()})",
    }


def show_about(parent: QWidget | None) -> None:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in versions().items())
    text = QCoreApplication.translate(
        "about",
        "<h3>Pictag {version}</h3>"
        "<p>Classify photos, and train models on your own labeled folders.</p>"
        "{versions}"
        "<p>Log file: <code>{log}</code></p>",
    )
    table = f"<table cellspacing='4'>{rows}</table>"
    QMessageBox.about(
        parent,
        QCoreApplication.translate("about", "About Pictag"),
        text.format(version=__version__, versions=table, log=log_file()),
    )
