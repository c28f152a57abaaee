"""The training form's fields in one table: each one's row, widget and tooltip, and its value
as plain JSON (what Keys.TRAIN_PARAMETERS keeps) both ways.

The form is built from this table, and reads and writes its values through it, so a new
parameter is one row here. Defaults come from `TrainingOptions` itself
(`training.options.DEFAULTS`), so the form, the CLI and the engine can never disagree; a value
missing from what was saved, or malformed, falls back to them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.registry import ARCHITECTURES
from app.ui.train.learning_rate_box import LearningRateSpinBox
from training.options import AUTO, DEFAULTS, OFF

__all__ = ["Field", "FIELDS", "FOLDER_TIP", "read_fields", "shown", "write_fields"]

_MAX_VIEWS = 4  # augmentation's extra views offered


@dataclass(frozen=True)
class Field:
    """One parameter: `key` in the saved JSON, `name` of the form's widget, its row's label,
    and the tooltip (formatted with the chosen architecture's numbers). The label and the
    tooltip are marked for the catalogue here and translated where shown (`shown`): the table
    is built at import, before the person's language is installed."""

    key: str
    name: str
    label: str
    tip: str
    make: Callable[[], QWidget]
    read: Callable[[Any], Any]
    write: Callable[[Any, Any], None]  # (widget, saved value or default): falls back itself


def shown(text: str) -> str:
    """A label or tooltip of this table in the person's language."""
    return QCoreApplication.translate("TrainingFields", text)


def read_fields(widgets: dict[str, QWidget]) -> dict[str, Any]:
    """Every field's value, from the widgets by field name."""
    return {f.key: f.read(widgets[f.name]) for f in FIELDS}


def write_fields(widgets: dict[str, QWidget], saved: dict[str, Any]) -> None:
    """Put saved values (or the defaults for anything missing or malformed) in the widgets."""
    values = {**DEFAULTS, "augmentation": AUTO}
    values.update({k: v for k, v in saved.items() if v is not None or k in _NULLABLE})
    for f in FIELDS:
        f.write(widgets[f.name], values[f.key])


def _spin(low: int, high: int, suffix: str = "", step: int = 1, special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setSingleStep(step)
    spin.setAccelerated(True)
    spin.setSpecialValueText(special)
    return spin


def _combo(items: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _set(spin: QSpinBox, value: Any, fallback: int = 0) -> None:
    ok = isinstance(value, int) and not isinstance(value, bool)
    ok = ok and spin.minimum() <= value <= spin.maximum()
    spin.setValue(value if ok else fallback)


def _select(combo: QComboBox, value: Any, fallback: Any = None) -> None:
    index = combo.findData(value)
    if index < 0:
        index = max(0, combo.findData(fallback))
    combo.setCurrentIndex(index)


def _count(key: str) -> Callable[[QSpinBox, Any], None]:
    return lambda spin, value: _set(spin, value, DEFAULTS[key])


def _write_rate(box: LearningRateSpinBox, value: Any) -> None:
    try:
        box.setValue(float(value))
    except (TypeError, ValueError):
        box.setValue(DEFAULTS["learning_rate"])


def _write_split(spin: QSpinBox, value: Any) -> None:
    percent = round(float(value) * 100) if isinstance(value, int | float) else 0
    _set(spin, percent, round(DEFAULTS["validation_split"] * 100))


def _augmentation() -> QComboBox:
    """Automatic, Off, then the number of extra views (the first one being the mirror image)."""
    items = [
        (QCoreApplication.translate("TrainingFields", "Automatic"), AUTO),
        (QCoreApplication.translate("TrainingFields", "Off"), OFF),
        (QCoreApplication.translate("TrainingFields", "1 extra view (mirror)"), 1),
    ]
    items += [
        (QCoreApplication.translate("TrainingFields", "{count} extra views").format(count=n), n)
        for n in range(2, _MAX_VIEWS + 1)  # always several: no singular needed
    ]
    return _combo(items)


def _weights() -> QComboBox:
    return _combo(
        [
            (QCoreApplication.translate("TrainingFields", "ImageNet (recommended)"), "imagenet"),
            (QCoreApplication.translate("TrainingFields", "Random (experiments)"), "none"),
        ]
    )


_NULLABLE = {"image_size", "fine_tune_at", "weights"}

FIELDS: tuple[Field, ...] = (
    Field(
        "base",
        "base",
        QT_TRANSLATE_NOOP("TrainingFields", "Base model"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "The pretrained network the new model starts from.\nMobileNetV2 is small and fast; "
            "InceptionV3 is several times larger and slower (92 MB of weights against 14 MB).",
        ),
        lambda: _combo([(a.display_name, a.name) for a in ARCHITECTURES.values()]),
        QComboBox.currentData,
        lambda combo, v: _select(combo, v, DEFAULTS["base"]),
    ),
    Field(
        "weights",
        "weights",
        QT_TRANSLATE_NOOP("TrainingFields", "Weights"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "ImageNet: start from a network that already knows photos (what you want).\nRandom: "
            "start from scratch, for experiments only; it learns little from a small dataset.",
        ),
        _weights,
        QComboBox.currentData,
        lambda combo, v: _select(combo, str(v).lower(), "imagenet"),
    ),
    Field(
        "image_size",
        "image_size",
        QT_TRANSLATE_NOOP("TrainingFields", "Image size"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Images are resized to this many pixels square.\nLarger sees more detail but is "
            "slower. Automatic: {size} px for {arch}, the measured best trade-off.",
        ),
        lambda: _spin(0, 1024, " px", step=32),
        lambda spin: spin.value() or None,
        lambda spin, v: _set(spin, v or 0),
    ),
    Field(
        "epochs",
        "epochs",
        QT_TRANSLATE_NOOP("TrainingFields", "Epochs, phase 1"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Phase 1 trains a new head on the frozen base: at most this many passes over the "
            "images.\nIt usually converges in 10-16; early stopping ends it once the validation "
            "loss has not improved for {patience} epochs, so a high number is safe.",
        ),
        lambda: _spin(1, 1000),
        QSpinBox.value,
        _count("epochs"),
    ),
    Field(
        "fine_tune_epochs",
        "fine_tune_epochs",
        QT_TRANSLATE_NOOP("TrainingFields", "Epochs, phase 2"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Phase 2 unfreezes the top of the base and trains the whole model gently.\nEach "
            "epoch costs far more than in phase 1 (about a minute per 2,000 photos on a laptop "
            "CPU); one usually lowers the validation loss again. 0 skips phase 2.",
        ),
        lambda: _spin(
            0, 100, special=QCoreApplication.translate("TrainingFields", "0 (skip phase 2)")
        ),
        QSpinBox.value,
        _count("fine_tune_epochs"),
    ),
    Field(
        "fine_tune_at",
        "fine_tune_at",
        QT_TRANSLATE_NOOP("TrainingFields", "Fine-tune from"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "The first base layer phase 2 unfreezes; lower unfreezes more.\n"
            "Automatic: layer {layer} for {arch}. Change it only for experiments.",
        ),
        lambda: _spin(-1, 2000),
        lambda spin: None if spin.value() < 0 else spin.value(),
        lambda spin, v: _set(spin, -1 if v is None else v, -1),
    ),
    Field(
        "learning_rate",
        "learning_rate",
        QT_TRANSLATE_NOOP("TrainingFields", "Learning rate"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "The step size of the optimiser (Adam) in phase 1. Phase 2 uses a tenth of it (it "
            "beat a hundredth on real sets).\nLower it if the loss curve jumps around.",
        ),
        LearningRateSpinBox,
        LearningRateSpinBox.value,
        _write_rate,
    ),
    Field(
        "batch_size",
        "batch_size",
        QT_TRANSLATE_NOOP("TrainingFields", "Batch size"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Images per training step. Smaller uses less memory; larger can be faster.\n"
            "Lower it if training runs out of memory.",
        ),
        lambda: _spin(1, 1024, step=8),
        QSpinBox.value,
        _count("batch_size"),
    ),
    Field(
        "augmentation",
        "augmentation",
        QT_TRANSLATE_NOOP("TrainingFields", "Augmentation"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Altered copies of each training image (its mirror image first, then small "
            "rotations and zooms), so the model learns the subject, not the exact photos.\n"
            "Automatic: the mirror image below {small} training images. Off: no augmentation "
            "at all, for pictures whose orientation matters, such as text.",
        ),
        _augmentation,
        QComboBox.currentData,
        lambda combo, v: _select(combo, v, AUTO),
    ),
    Field(
        "validation_split",
        "split",
        QT_TRANSLATE_NOOP("TrainingFields", "Validation"),
        QT_TRANSLATE_NOOP(
            "TrainingFields",
            "Set aside this share of each class to measure accuracy; those images are not "
            "trained on.",
        ),
        lambda: _spin(5, 50, " %", step=5),
        lambda spin: spin.value() / 100,
        _write_split,
    ),
)

FOLDER_TIP = QT_TRANSLATE_NOOP(
    "TrainingFields",
    "Measure accuracy on a separate folder with the same class sub-folders; every image of "
    "the dataset is then used for training.",
)
