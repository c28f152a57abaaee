"""What the Qt tests share: the specs of the session's ready models, photos to open, a drag and
drop, and quick training parameters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.workers.model import ModelSpec
from tests.helpers import make_photo, open_set_decision, open_set_network

COLOR_SPEC = ModelSpec("colors.keras", None)
TINY_SPEC = ModelSpec("mobilenet_v2", None)


def make_photos(folder: Path, n: int, color=(200, 30, 30), suffix: str = ".jpg") -> list[Path]:
    """`n` small photos named so that file order is photo_000, photo_001, ..."""
    return [make_photo(folder / f"photo_{i:03d}{suffix}", (40, 30), color) for i in range(n)]


def drop(widget, paths: list[Path]) -> None:
    """A drag entering `widget` and dropping there (Qt delivers a drop only to the widget
    that accepted the drag)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    try:
        enter = QDragEnterEvent(QPointF(10, 10), *rest)  # PySide 6.12 deprecates QPoint
    except TypeError:
        enter = QDragEnterEvent(QPoint(10, 10), *rest)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(10, 10), *rest))


def tiny_parameters(tab, head_epochs: int = 3) -> None:
    """What a user would set for a quick experiment, through the widgets."""
    form = tab.form
    form.weights.setCurrentIndex(form.weights.findData("none"))
    form.image_size.setValue(32)
    form.epochs.setValue(head_epochs)
    form.fine_tune_epochs.setValue(1)
    form.batch_size.setValue(8)


OPEN_SET_SPEC = ModelSpec("open_set_colors.keras", None)


def open_set_model(*, multi_label: bool = False):
    """A ready LoadedModel (labels red, green, blue) that can say "none of these"."""
    from app.core.model_loader import LoadedModel
    from tests.helpers import COLORS

    name = "multi_colors.keras" if multi_label else OPEN_SET_SPEC.model
    network = open_set_network(multi_label=multi_label)
    decision = open_set_decision(multi_label=multi_label)
    model = LoadedModel(name, tuple(COLORS), 32, network, decision=decision)
    model.predict(np.zeros((1, 32, 32, 3), np.uint8))
    return model
