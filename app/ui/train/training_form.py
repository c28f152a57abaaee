"""The training parameters as a form a person can read, mapped to `TrainingOptions`.

Every change is saved at once to Keys.TRAIN_PARAMETERS (see `training_values`, which also
holds the defaults); tooltips explain each parameter with the chosen architecture's numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.registry import ARCHITECTURES, Architecture
from app.ui.common.settings import Keys, Settings
from app.ui.train.learning_rate_box import LearningRateSpinBox
from app.ui.train.training_values import read_values, write_values
from training.options import AUTO, DEFAULTS, OFF, SMALL_DATASET, TrainingOptions, make_options

__all__ = ["TrainingForm"]

_MAX_VIEWS = 4

TIPS = {
    "base": "The pretrained network the new model starts from.\nMobileNetV2 is small and fast; "
    "InceptionV3 is several times larger and slower (92 MB of weights against 14 MB).",
    "weights": "ImageNet: start from a network that already knows photos (what you want).\n"
    "Random: start from scratch, for experiments only; it learns little from a small dataset.",
    "image_size": "Images are resized to this many pixels square.\nLarger sees more detail but "
    "is slower. Automatic: {size} px for {arch}, the measured best trade-off.",
    "epochs": "Phase 1 trains a new head on the frozen base: at most this many passes over the "
    "images.\nIt usually converges in 10-16; early stopping ends it once the validation loss "
    "has not improved for {patience} epochs, so a high number is safe.",
    "fine_tune_epochs": "Phase 2 unfreezes the top of the base and trains the whole model "
    "gently.\nEach epoch costs far more than in phase 1 (about a minute per 2,000 photos on a "
    "laptop CPU); one usually lowers the validation loss again. 0 skips phase 2.",
    "fine_tune_at": "The first base layer phase 2 unfreezes; lower unfreezes more.\n"
    "Automatic: layer {layer} for {arch}. Change it only for experiments.",
    "learning_rate": "The step size of the optimiser (Adam) in phase 1. Phase 2 uses a "
    "hundredth of it (a tenth measurably hurt).\nLower it if the loss curve jumps around.",
    "batch_size": "Images per training step. Smaller uses less memory; larger can be faster.\n"
    "Lower it if training runs out of memory.",
    "augmentation": "Altered copies of each training image (its mirror image first, then small "
    "rotations and zooms), so the model learns the subject, not the exact photos.\n"
    f"Automatic: the mirror image below {SMALL_DATASET:,} training images. Off: no augmentation "
    "at all, for pictures whose orientation matters, such as text.",
    "split": "Set aside this share of each class to measure accuracy; those images are not "
    "trained on.",
    "folder": "Measure accuracy on a separate folder with the same class sub-folders; every "
    "image of the dataset is then used for training.",
}


class TrainingForm(QGroupBox):
    """Parameters of the next run. `options(data_dir, output)` builds the TrainingOptions."""

    changed = Signal()
    validation_changed = Signal()  # split ↔ folder, or another folder: the scan must be redone

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__("Parameters", parent)
        self.settings = settings
        self._loading = False
        self._build()
        self._load(settings.get(Keys.TRAIN_PARAMETERS))
        self._validation_folder = settings.get(Keys.VALIDATION_FOLDER) or ""
        if not self._validation_folder:
            self.use_split.setChecked(True)  # folder mode without a folder cannot work
        self._show_validation_folder()

    # -- public ----------------------------------------------------------------------------

    @property
    def architecture(self) -> Architecture:
        return ARCHITECTURES[self.base.currentData()]

    def validation_folder(self) -> Path | None:
        """The validation folder when the user chose one (and it is set), else None: split."""
        if self.use_folder.isChecked() and self._validation_folder:
            return Path(self._validation_folder)
        return None

    def set_validation_folder(self, path: Path | None) -> None:
        self._validation_folder = str(path) if path else ""
        self.settings.set(Keys.VALIDATION_FOLDER, self._validation_folder)
        self._loading = True  # one change signal below, not one per radio button
        try:
            (self.use_folder if path else self.use_split).setChecked(True)
        finally:
            self._loading = False
        self._show_validation_folder()
        self._on_change()
        self.validation_changed.emit()

    def options(self, data_dir: Path, output: Path) -> TrainingOptions:
        """The engine's options for these values, built as the CLI builds them."""
        v = self.values()
        return make_options(
            data_dir,
            output,
            weights=v["weights"],
            augment=v["augmentation"],
            validation_dir=self.validation_folder(),
            validation_split=v["validation_split"],
            base=v["base"],
            image_size=v["image_size"],
            epochs=v["epochs"],
            fine_tune_epochs=v["fine_tune_epochs"],
            fine_tune_at=v["fine_tune_at"],
            batch_size=v["batch_size"],
            learning_rate=v["learning_rate"],
            backend=self.settings.get(Keys.BACKEND),
        )

    def values(self) -> dict[str, Any]:
        """What is persisted: plain JSON values, independent of widget details."""
        return read_values(self)

    def restore_defaults(self) -> None:
        self._load({})
        self._on_change()
        self.validation_changed.emit()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.base = QComboBox()
        for arch in ARCHITECTURES.values():
            self.base.addItem(arch.display_name, arch.name)
        self.weights = QComboBox()
        self.weights.addItem("ImageNet (recommended)", "imagenet")
        self.weights.addItem("Random (experiments)", "none")
        self.image_size = _spin(0, 1024, " px", step=32)
        self.epochs = _spin(1, 1000)
        self.fine_tune_epochs = _spin(0, 100)
        self.fine_tune_epochs.setSpecialValueText("0 (skip phase 2)")
        self.fine_tune_at = _spin(-1, 2000)
        self.learning_rate = LearningRateSpinBox()
        self.phase2_rate = QLabel()
        self.phase2_rate.setEnabled(False)  # greyed: derived, not an input
        self.batch_size = _spin(1, 1024, step=8)
        self.augmentation = QComboBox()
        self.augmentation.addItem("Automatic", AUTO)
        self.augmentation.addItem("Off", OFF)
        for n in range(1, _MAX_VIEWS + 1):
            self.augmentation.addItem("1 extra view (mirror)" if n == 1 else f"{n} extra views", n)
        self.use_split = QRadioButton("Hold out")
        self.split = _spin(5, 50, " %", step=5)
        self.use_folder = QRadioButton("Separate folder")
        group = QButtonGroup(self)
        group.addButton(self.use_split)
        group.addButton(self.use_folder)
        self.folder_label = QLineEdit()
        self.folder_label.setReadOnly(True)
        self.folder_label.setPlaceholderText("none chosen")
        self.choose_folder = QPushButton("Choose…")
        self.defaults_button = QPushButton("Restore defaults")
        self.defaults_button.setToolTip("Put every parameter back to the recommended value.")
        self.defaults_button.clicked.connect(self.restore_defaults)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._tip_widgets: dict[str, list[QWidget]] = {}
        self._row(form, "Base model", "base", self.base)
        self._row(form, "Weights", "weights", self.weights)
        self._row(form, "Image size", "image_size", self.image_size)
        self._row(form, "Epochs, phase 1", "epochs", self.epochs)
        self._row(form, "Epochs, phase 2", "fine_tune_epochs", self.fine_tune_epochs)
        self._row(form, "Fine-tune from", "fine_tune_at", self.fine_tune_at)
        rate = QHBoxLayout()
        rate.addWidget(self.learning_rate, 1)
        rate.addWidget(self.phase2_rate)
        self._row(form, "Learning rate", "learning_rate", rate, self.learning_rate)
        self._row(form, "Batch size", "batch_size", self.batch_size)
        self._row(form, "Augmentation", "augmentation", self.augmentation)
        split_row = QHBoxLayout()
        split_row.addWidget(self.use_split)
        split_row.addWidget(self.split)
        split_row.addWidget(QLabel("of each class"), 1)
        self._row(form, "Validation", "split", split_row, self.use_split, self.split)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.use_folder, 1)
        folder_row.addWidget(self.choose_folder)
        form.addRow("", folder_row)
        form.addRow("", self.folder_label)
        self._tip_widgets["folder"] = [self.use_folder, self.folder_label, self.choose_folder]
        for widget in self._tip_widgets["folder"]:
            widget.setToolTip(TIPS["folder"])

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        layout.addLayout(buttons)

        for combo in (self.base, self.weights, self.augmentation):
            combo.currentIndexChanged.connect(self._on_change)
        for spin in (
            self.image_size,
            self.epochs,
            self.fine_tune_epochs,
            self.fine_tune_at,
            self.batch_size,
            self.split,
        ):
            spin.valueChanged.connect(self._on_change)
        self.learning_rate.valueChanged.connect(self._on_change)
        self.base.currentIndexChanged.connect(self._base_changed)
        self.image_size.editingFinished.connect(self._clamp_size)
        self.use_folder.toggled.connect(self._validation_mode_changed)
        self.choose_folder.clicked.connect(self._choose_folder)

    def _row(self, form: QFormLayout, text: str, tip: str, field: Any, *tipped: QWidget) -> None:
        label = QLabel(text)
        widgets = [label, *(tipped or [field])]
        if isinstance(field, QWidget):
            label.setBuddy(field)
        elif tipped:
            label.setBuddy(tipped[0])
        self._tip_widgets[tip] = widgets
        form.addRow(label, field)

    # -- state -----------------------------------------------------------------------------

    def _load(self, saved: dict[str, Any]) -> None:
        """Put saved values (or the defaults for anything missing or malformed) in the widgets."""
        self._loading = True
        try:
            write_values(self, saved)
        finally:
            self._loading = False
        self._base_changed()
        self._update_hints()

    def _on_change(self) -> None:
        if self._loading:
            return
        self._update_hints()
        self.settings.set(Keys.TRAIN_PARAMETERS, self.values())
        self.changed.emit()

    def _update_hints(self) -> None:
        # The engine's own rule (a hundredth, unless set), so the hint cannot disagree with it.
        rate = TrainingOptions(Path(), Path(), learning_rate=self.learning_rate.value())
        phase2 = self.learning_rate.textFromValue(rate.fine_tune_rate())
        self.phase2_rate.setText(f"phase 2: {phase2}")
        self.fine_tune_at.setEnabled(self.fine_tune_epochs.value() > 0)
        self.split.setEnabled(self.use_split.isChecked())
        self.folder_label.setEnabled(self.use_folder.isChecked())

    def _base_changed(self) -> None:
        arch = self.architecture
        sizes = sorted({arch.min_train_size, arch.train_size})
        self.image_size.setSpecialValueText(f"Automatic ({'-'.join(map(str, sizes))} px)")
        self.fine_tune_at.setSpecialValueText(f"Automatic (layer {arch.fine_tune_at})")
        values = {
            "arch": arch.display_name,
            "size": arch.train_size,
            "layer": arch.fine_tune_at,
            "patience": DEFAULTS["patience"],
        }
        for key, widgets in self._tip_widgets.items():
            for widget in widgets:
                widget.setToolTip(TIPS[key].format(**values))
        self._clamp_size()

    def _clamp_size(self) -> None:
        """Below the architecture's minimum a size cannot work: raise it rather than fail later."""
        value, minimum = self.image_size.value(), self.architecture.min_size
        if 0 < value < minimum:
            self.image_size.setValue(minimum)

    def _validation_mode_changed(self, use_folder: bool) -> None:
        if self._loading:
            return
        if use_folder and not self._validation_folder:
            self._choose_folder()
            if not self._validation_folder:
                self.use_split.setChecked(True)
                return
        self._on_change()
        self.validation_changed.emit()

    def _choose_folder(self) -> None:
        start = self._validation_folder or self.settings.get(Keys.DATASET_FOLDER)
        chosen = QFileDialog.getExistingDirectory(self, "Choose the validation folder", start)
        if chosen:
            self.set_validation_folder(Path(chosen))

    def _show_validation_folder(self) -> None:
        self.folder_label.setText(self._validation_folder)
        self.folder_label.setCursorPosition(0)
        self._update_hints()


def _spin(low: int, high: int, suffix: str = "", step: int = 1) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setSingleStep(step)
    spin.setAccelerated(True)
    return spin
