"""The training form's values as plain JSON (what Keys.TRAIN_PARAMETERS keeps), and back.

Defaults come from `TrainingOptions` itself (`training.options.DEFAULTS`), so the form, the CLI
and the engine can never disagree; a value missing from what was saved, or malformed, falls
back to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QSpinBox

from training.options import AUTO, DEFAULTS

if TYPE_CHECKING:
    from app.ui.train.training_form import TrainingForm

__all__ = ["read_values", "write_values"]

_NULLABLE = {"image_size", "fine_tune_at", "weights"}


def read_values(form: TrainingForm) -> dict[str, Any]:
    """What is persisted: plain JSON values, independent of widget details."""
    return {
        "base": form.base.currentData(),
        "weights": form.weights.currentData(),
        "image_size": form.image_size.value() or None,
        "epochs": form.epochs.value(),
        "fine_tune_epochs": form.fine_tune_epochs.value(),
        "fine_tune_at": None if form.fine_tune_at.value() < 0 else form.fine_tune_at.value(),
        "learning_rate": form.learning_rate.value(),
        "batch_size": form.batch_size.value(),
        "augmentation": form.augmentation.currentData(),
        "validation": "folder" if form.use_folder.isChecked() else "split",
        "validation_split": form.split.value() / 100,
    }


def write_values(form: TrainingForm, saved: dict[str, Any]) -> None:
    """Put saved values (or the defaults for anything missing or malformed) in the widgets."""
    d = {**DEFAULTS, "augmentation": AUTO, "validation": "split"}
    d.update({k: v for k, v in saved.items() if v is not None or k in _NULLABLE})
    _select(form.base, d["base"], DEFAULTS["base"])
    _select(form.weights, str(d["weights"]).lower(), "imagenet")
    _set(form.image_size, d["image_size"] or 0)
    _set(form.epochs, d["epochs"], DEFAULTS["epochs"])
    _set(form.fine_tune_epochs, d["fine_tune_epochs"], DEFAULTS["fine_tune_epochs"])
    at = d["fine_tune_at"]
    _set(form.fine_tune_at, -1 if at is None else at, -1)
    try:
        form.learning_rate.setValue(float(d["learning_rate"]))
    except (TypeError, ValueError):
        form.learning_rate.setValue(DEFAULTS["learning_rate"])
    _set(form.batch_size, d["batch_size"], DEFAULTS["batch_size"])
    _select(form.augmentation, d["augmentation"], AUTO)
    split = d["validation_split"]
    _set(
        form.split,
        round(float(split) * 100) if isinstance(split, int | float) else 0,
        round(DEFAULTS["validation_split"] * 100),
    )
    (form.use_folder if d["validation"] == "folder" else form.use_split).setChecked(True)


def _set(spin: QSpinBox, value: Any, fallback: int = 0) -> None:
    ok = isinstance(value, int) and not isinstance(value, bool)
    ok = ok and spin.minimum() <= value <= spin.maximum()
    spin.setValue(value if ok else fallback)


def _select(combo: QComboBox, value: Any, fallback: Any = None) -> None:
    index = combo.findData(value)
    if index < 0:
        index = max(0, combo.findData(fallback))
    combo.setCurrentIndex(index)
