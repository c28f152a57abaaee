"""Accepting files and folders dropped from a file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

__all__ = ["local_paths", "DropTarget", "DropArea"]


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag; remote URLs (http://...) are not ours to read."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropTarget:
    """Mixin for a QWidget that takes files and folders dropped anywhere on it: Qt delivers the
    drop only where the drag was accepted, so `accepts_drop` decides and `paths_dropped` acts."""

    def accepts_drop(self, paths: list[Path]) -> bool:
        return True

    def paths_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths and self.accepts_drop(paths):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.paths_dropped(paths)


class DropArea(DropTarget, QWidget):
    """A dashed target with a hint; emits `dropped` with the local paths of a drop."""

    dropped = Signal(list)

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropArea")
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(hint)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._set_hover(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_hover(event.isAccepted())

    def dragLeaveEvent(self, event) -> None:
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hover(False)
        super().dropEvent(event)

    def paths_dropped(self, paths: list[Path]) -> None:
        self.dropped.emit(paths)

    def _set_hover(self, hover: bool) -> None:
        self.setProperty("hover", hover)
        self.style().unpolish(self)
        self.style().polish(self)
