"""What the Qt tests share: the specs of the session's ready models, photos to open, a drag and
drop, and quick training parameters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.workers.model import ModelSpec
from tests.helpers import make_photo

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
# The validation photos' novelties the detector keeps a share of: 0.80, 0.84, ... 1.60. At the
# default 95% it sets aside a photo above 1.56; at 50%, one above 1.20; at 100%, none.
OPEN_SET_KNOWN = tuple(round(0.8 + 0.04 * i, 2) for i in range(21))
GREY = (200, 200, 200)  # novelty ~2.35: "none of these" at the default share
DIM = (135, 115, 110)  # reddish grey, novelty ~1.41: kept at 95%, set aside at 50%
YELLOW = (160, 140, 20)  # red and green both (novelty ~1.25): two labels, multi-label


def open_set_network(size: int = 32, *, multi_label: bool = False):
    """Raw RGB in; the colour model's probabilities (softmax, or a sigmoid per colour) then
    one novelty column: the sum of the mean red, green and blue in [0, 1], so that a grey or
    white photo is far stranger than a coloured one. Keras' own layers only, as a real
    detector is built."""
    from app.core.tf_runtime import import_keras

    keras = import_keras()
    inputs = keras.Input((size, size, 3), name="rgb_0_255")
    pooled = keras.layers.GlobalAveragePooling2D()(keras.layers.Rescaling(1 / 255.0)(inputs))
    head = keras.layers.Dense(3, activation="sigmoid" if multi_label else "softmax")
    probabilities = head(pooled)
    weights = np.eye(3, dtype=np.float32) * 20
    head.set_weights([weights, np.full(3, -8.0 if multi_label else 0.0, np.float32)])
    detector = keras.layers.Dense(1)
    novelty = detector(pooled)
    detector.set_weights([np.ones((3, 1), np.float32), np.zeros(1, np.float32)])
    outputs = keras.layers.Concatenate()([probabilities, novelty])
    return keras.Model(inputs, outputs, name="open_set_colors")


def open_set_decision(*, multi_label: bool = False, keep: float = 0.95):
    from app.core.decision import Decision, OpenSet

    thresholds = (0.5, 0.5, 0.5) if multi_label else None
    return Decision(thresholds, OpenSet("sum of colours", OPEN_SET_KNOWN, keep))


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


def save_open_set_model(path: Path, *, multi_label: bool = False) -> Path:
    """The same network as a real Pictag model file, with its decision in pictag.json."""
    from app.core.model_file import ModelInfo, save_model_file
    from tests.helpers import COLORS

    info = ModelInfo(
        tuple(COLORS), "mobilenet_v2", 32, decision=open_set_decision(multi_label=multi_label)
    )
    save_model_file(open_set_network(multi_label=multi_label), path, info)
    return path
