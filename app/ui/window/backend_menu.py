"""File ▸ Inference Backend: which runtime runs the models (a setting, remembered)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app.core.backend import AUTO, BACKENDS, LITERT, TENSORFLOW
from app.ui.common.settings import Keys, Settings

__all__ = ["BackendMenu"]


class BackendMenu(QMenu):
    """Emits `chosen(str)` with a value of BACKENDS after storing it in the settings."""

    chosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inference &Backend"), parent)
        self.settings = settings
        self.setToolTipsVisible(True)
        group = QActionGroup(self)
        current = settings.get(Keys.BACKEND)
        self.actions_by_backend: dict[str, QAction] = {}
        choices = self._choices()
        for backend in BACKENDS:
            text, tip = choices[backend]
            action = QAction(text, self, checkable=True)
            action.setToolTip(tip)
            action.setChecked(backend == current or (backend == AUTO and current not in BACKENDS))
            action.triggered.connect(lambda _checked, b=backend: self._choose(b))
            group.addAction(action)
            self.addAction(action)
            self.actions_by_backend[backend] = action

    def _choices(self) -> dict[str, tuple[str, str]]:
        """Each backend's menu text and tooltip."""
        return {
            AUTO: (
                self.tr("&Automatic (LiteRT when it answers like TensorFlow)"),
                self.tr(
                    "Starts on TensorFlow, then switches to the 2-3x faster LiteRT once its "
                    "converted copy of the model has given TensorFlow's answers on a check"
                ),
            ),
            LITERT: (
                self.tr("&LiteRT (convert before the first photo)"),
                self.tr(
                    "Converts the model for LiteRT (a few seconds, once: the result is cached) "
                    "before the model is ready; TensorFlow only when the check fails"
                ),
            ),
            TENSORFLOW: (
                self.tr("&TensorFlow only"),
                self.tr("Never converts: every photo runs through TensorFlow"),
            ),
        }

    def _choose(self, backend: str) -> None:
        if backend != self.settings.get(Keys.BACKEND):
            self.settings.set(Keys.BACKEND, backend)
            self.chosen.emit(backend)
