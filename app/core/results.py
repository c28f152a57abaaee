"""What classification produces: one result per file, with predictions or an error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Prediction", "ClassifyResult"]


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float


@dataclass(frozen=True)
class ClassifyResult:
    path: Path
    predictions: tuple[Prediction, ...] = ()
    error: str | None = None  # one line saying why this file has no predictions

    @property
    def ok(self) -> bool:
        return self.error is None
