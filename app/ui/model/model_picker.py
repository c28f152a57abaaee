"""The model chooser in the toolbar: the ImageNet networks, recent model files, or open one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from app.core.registry import ARCHITECTURES
from app.ui.common.settings import Keys, Settings
from app.ui.workers.model import ModelSpec

__all__ = ["ModelPicker"]

_OPEN = "__open__"
_BUILT_IN = {name: f"{arch.display_name} · ImageNet" for name, arch in ARCHITECTURES.items()}


class ModelPicker(QComboBox):
    """Emits `chosen(str)`: an architecture name or a model file path. `show_spec` makes the
    box reflect what is actually loaded (after a load, or to undo a choice that failed)."""

    chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("modelPicker")
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setToolTip(
            self.tr(
                "The model that classifies your photos: an ImageNet network (1,000 everyday "
                "categories) or a model you trained on your own folders (.keras file)"
            )
        )
        self._shown: str | None = None
        self._rebuild()
        self.activated.connect(self._activated)

    def show_spec(self, spec: ModelSpec | None) -> None:
        self._shown = spec.model if spec else None
        self._rebuild()

    def choose_file(self) -> None:
        start = self.settings.get(Keys.SAVE_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window(), self.tr("Open a Pictag Model"), start, self.tr("Pictag models (*.keras)")
        )
        if path:
            self.chosen.emit(path)
        else:
            self._rebuild()

    def _rebuild(self) -> None:
        self.blockSignals(True)
        self.clear()
        for name, title in _BUILT_IN.items():
            self.addItem(title, name)
        files = list(self.settings.get(Keys.RECENT_MODELS))
        if self._shown and self._shown not in _BUILT_IN and self._shown not in files:
            files.insert(0, self._shown)
        if files:
            self.insertSeparator(self.count())
            for path in files:
                self.addItem(Path(path).name, path)
                self.setItemData(self.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.insertSeparator(self.count())
        self.addItem(self.tr("Open Model File…"), _OPEN)
        index = self.findData(self._shown) if self._shown else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setPlaceholderText(self.tr("Loading…"))
        self.blockSignals(False)

    @Slot(int)
    def _activated(self, index: int) -> None:
        data = self.itemData(index)
        if data == _OPEN:
            self.choose_file()
        elif data and data != self._shown:
            self.chosen.emit(data)
