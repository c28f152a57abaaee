"""The training parameters as a form a person can read, mapped to `TrainingOptions`.

The fields come from one table (`training_fields`, which also holds the defaults); every change
is saved at once to Keys.TRAIN_PARAMETERS; tooltips explain each parameter with the chosen
architecture's numbers.
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
    QVBoxLayout,
    QWidget,
)

from app.core.registry import ARCHITECTURES, Architecture
from app.ui.common.locale_text import number
from app.ui.common.settings import Keys, Settings
from app.ui.train.training_fields import FIELDS, FOLDER_TIP, read_fields, shown, write_fields
from training.options import DEFAULTS, SMALL_DATASET, TrainingOptions, make_options

__all__ = ["TrainingForm"]


class TrainingForm(QGroupBox):
    """Parameters of the next run. `options(data_dir, output)` builds the TrainingOptions."""

    changed = Signal()
    validation_changed = Signal()  # split ↔ folder, or another folder: the scan must be redone

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Parameters"))
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
        validation = "folder" if self.use_folder.isChecked() else "split"
        return {**read_fields(self._fields), "validation": validation}

    def restore_defaults(self) -> None:
        self._load({})
        self._on_change()
        self.validation_changed.emit()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self._fields = {f.name: f.make() for f in FIELDS}
        for name, widget in self._fields.items():
            setattr(self, name, widget)  # self.base, self.epochs...: the table's names
        self.phase2_rate = QLabel()
        self.phase2_rate.setEnabled(False)  # greyed: derived, not an input
        self.use_split = QRadioButton(self.tr("Hold out"))
        self.use_folder = QRadioButton(self.tr("Separate folder"))
        group = QButtonGroup(self)
        group.addButton(self.use_split)
        group.addButton(self.use_folder)
        self.folder_label = QLineEdit()
        self.folder_label.setReadOnly(True)
        self.folder_label.setPlaceholderText(self.tr("none chosen"))
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.setToolTip(
            self.tr("Put every parameter back to the recommended value.")
        )
        self.defaults_button.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        layout.addLayout(buttons)

        for widget in self._fields.values():
            changed = widget.currentIndexChanged if isinstance(widget, QComboBox) else None
            (changed or widget.valueChanged).connect(self._on_change)
        self.base.currentIndexChanged.connect(self._base_changed)
        self.image_size.editingFinished.connect(self._clamp_size)
        self.use_folder.toggled.connect(self._validation_mode_changed)
        self.choose_folder.clicked.connect(self._choose_folder)

    def _form(self) -> QFormLayout:
        """A row per field, in the table's order; the learning rate's and the validation's rows
        hold more than their field."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rate = QHBoxLayout()
        rate.addWidget(self.learning_rate, 1)
        rate.addWidget(self.phase2_rate)
        split_row = QHBoxLayout()
        split_row.addWidget(self.use_split)
        split_row.addWidget(self.split)
        split_row.addWidget(QLabel(self.tr("of each class")), 1)
        rows: dict[str, tuple[Any, list[QWidget]]] = {
            "learning_rate": (rate, [self.learning_rate]),
            "split": (split_row, [self.use_split, self.split]),
        }
        self._tip_widgets: dict[str, list[QWidget]] = {}  # by tooltip
        for f in FIELDS:
            field, tipped = rows.get(f.name, (self._fields[f.name], []))
            self._row(form, shown(f.label), f.tip, field, *tipped)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.use_folder, 1)
        folder_row.addWidget(self.choose_folder)
        form.addRow("", folder_row)
        form.addRow("", self.folder_label)
        self._tip_widgets[FOLDER_TIP] = [self.use_folder, self.folder_label, self.choose_folder]
        return form

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
            write_fields(self._fields, saved)
            folder = saved.get("validation") == "folder"
            (self.use_folder if folder else self.use_split).setChecked(True)
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
        # The engine's own rule (a tenth, unless set), so the hint cannot disagree with it.
        rate = TrainingOptions(Path(), Path(), learning_rate=self.learning_rate.value())
        phase2 = self.learning_rate.textFromValue(rate.fine_tune_rate())
        self.phase2_rate.setText(self.tr("phase 2: {rate}").format(rate=phase2))
        self.fine_tune_at.setEnabled(self.fine_tune_epochs.value() > 0)
        self.split.setEnabled(self.use_split.isChecked())
        self.folder_label.setEnabled(self.use_folder.isChecked())

    def _base_changed(self) -> None:
        arch = self.architecture
        sizes = sorted({arch.min_train_size, arch.train_size})
        self.image_size.setSpecialValueText(
            self.tr("Automatic ({sizes} px)").format(sizes="-".join(map(str, sizes)))
        )
        self.fine_tune_at.setSpecialValueText(
            self.tr("Automatic (layer {layer})").format(layer=arch.fine_tune_at)
        )
        values = {
            "arch": arch.display_name,
            "size": arch.train_size,
            "layer": arch.fine_tune_at,
            "patience": DEFAULTS["patience"],
            "small": number(SMALL_DATASET),
        }
        for tip, widgets in self._tip_widgets.items():
            for widget in widgets:
                widget.setToolTip(shown(tip).format(**values))
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
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the validation folder"), start
        )
        if chosen:
            self.set_validation_folder(Path(chosen))

    def _show_validation_folder(self) -> None:
        self.folder_label.setText(self._validation_folder)
        self.folder_label.setCursorPosition(0)
        self._update_hints()
