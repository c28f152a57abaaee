"""A spin box for a learning rate: steps by order of magnitude, shows plain numbers."""

from __future__ import annotations

import math

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

__all__ = ["LearningRateSpinBox"]


class LearningRateSpinBox(QDoubleSpinBox):
    """Steps through 1-2-5 per decade (0.001 → 0.002 → 0.005 → 0.01) and shows plain numbers;
    a linear step is useless for a value that matters by its order of magnitude."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(7)
        self.setRange(1e-6, 1.0)

    def textFromValue(self, value: float) -> str:
        return f"{value:.7f}".rstrip("0").rstrip(".") if value >= 1e-4 else f"{value:.0e}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        ok = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:
        ladder = [m * 10.0**e for e in range(-6, 1) for m in (1, 2, 5)]
        value = self.value()
        index = min(range(len(ladder)), key=lambda i: abs(math.log(ladder[i] / value)))
        index = max(0, min(len(ladder) - 1, index + steps))
        self.setValue(ladder[index])
