"""What the review panel's parts share: the panel owns them, so they reach it through a weak
reference (a strong one would be a reference cycle through Qt objects, freed only by a full
garbage collection, and the tab would outlive its window)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from app.ui.review.review_panel import ReviewPanel

__all__ = ["PanelPart"]


class PanelPart(QObject):
    def __init__(self, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self._panel = weakref.ref(panel)

    @property
    def panel(self) -> ReviewPanel:
        panel = self._panel()
        assert panel is not None
        return panel
