"""What a user can do with a file shown in any view: open it, show it in its folder, copy it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.ui.common.locale_text import number

__all__ = ["open_file", "show_in_folder", "copy_paths", "file_menu"]


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Select the file in the platform's file manager where it can; else open its folder."""
    try:
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return True
        if sys.platform == "win32":
            subprocess.Popen(["explorer", f"/select,{path}"])
            return True
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def copy_paths(paths: list[Path]) -> None:
    QGuiApplication.clipboard().setText("\n".join(str(p) for p in paths))


def file_menu(paths: list[Path], parent: QWidget) -> QMenu:
    """The context menu for one or more selected files."""
    menu = QMenu(parent)
    if len(paths) == 1:
        menu.addAction(
            QCoreApplication.translate("file_actions", "Open"), lambda: open_file(paths[0])
        )
        menu.addAction(
            QCoreApplication.translate("file_actions", "Show in Folder"),
            lambda: show_in_folder(paths[0]),
        )
        menu.addAction(
            QCoreApplication.translate("file_actions", "Copy Path"), lambda: copy_paths(paths)
        )
    else:
        copy = QCoreApplication.translate("file_actions", "Copy {count} Paths").format(
            count=number(len(paths))  # two or more: always the plural
        )
        menu.addAction(copy, lambda: copy_paths(paths))
    return menu
