"""The Train tab's choice of where classes come from: the dataset's sub-folders, or the
keywords under a parent in its photos' XMP ("Birds": photos keyworded Birds|heron are class
heron; `training.keywords`). Remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.tag.keywords import DEFAULT_PARENT
from app.ui.common.settings import Keys, Settings

__all__ = ["KeywordSource"]


class KeywordSource(QWidget):
    """A check box and the parent keyword; `changed` when the choice changes (rescan)."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        saved = settings.get(Keys.TRAIN_KEYWORDS)
        self.check = QCheckBox("Classes from keywords under")
        self.check.setToolTip(
            "Train on the keywords already in your photos (sidecars or embedded XMP, as "
            "Lightroom, darktable or digiKam write them), not on sub-folders: nothing is copied."
        )
        self.check.setChecked(bool(saved))
        self.edit = QLineEdit(saved or DEFAULT_PARENT)
        self.edit.setPlaceholderText("Birds")
        self.edit.setEnabled(bool(saved))
        hint = QLabel("Photos keyworded Birds|heron are class heron.")
        hint.setEnabled(False)  # greyed: a hint
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.check.toggled.connect(self._toggled)
        self.edit.editingFinished.connect(self._save)

    def parent_keyword(self) -> str | None:
        """The parent whose children are the classes; None: the sub-folders are."""
        text = self.edit.text().strip()
        return text if self.check.isChecked() and text else None

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self._save()

    @Slot()
    def _save(self) -> None:
        keyword = self.parent_keyword() or ""
        if keyword != self.settings.get(Keys.TRAIN_KEYWORDS):
            self.settings.set(Keys.TRAIN_KEYWORDS, keyword)
            self.changed.emit()
