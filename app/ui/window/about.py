"""Help > About: the versions a bug report needs, and where the log file is."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
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
                tf_version = f"{metadata.version(dist)} (not loaded yet)"
                break
            except metadata.PackageNotFoundError:
                continue
    return {
        "Pictag": __version__,
        "TensorFlow": tf_version or "not installed",
        "Qt": f"{qVersion()} (PySide6 {pyside_version})",
        "Python": platform.python_version(),
        "System": f"{platform.system()} {platform.release()} ({platform.machine()})",
    }


def show_about(parent: QWidget | None) -> None:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in versions().items())
    QMessageBox.about(
        parent,
        "About Pictag",
        f"<h3>Pictag {__version__}</h3>"
        "<p>Classify photos, and train models on your own labeled folders.</p>"
        f"<table cellspacing='4'>{rows}</table>"
        f"<p>Log file: <code>{log_file()}</code></p>",
    )
