"""What classification produces: one result per file, with predictions or an error."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Prediction", "ClassifyResult", "file_stamp", "margin"]


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float


@dataclass(frozen=True)
class ClassifyResult:
    path: Path
    predictions: tuple[Prediction, ...] = ()
    error: str | None = None  # one line saying why this file has no predictions
    # RAW twins classified through this JPEG (`app.core.raw_pairs`): what is done with the
    # result (sorting, keywords) is done to them too.
    companions: tuple[Path, ...] = ()
    # (size, modification time in ns) of the file when it was classified: a later write (its
    # keywords) can tell that the photo changed since.
    stamp: tuple[int, int] | None = None
    # The labels Pictag gives the photo (`app.core.decision`): none ("none of these"), one, or
    # several for a multi-label model. `matched` are those it would give without the
    # unknown-photo detector, whose `novelty` (None: the model has none) decides between them.
    # Left out (None), both are the top prediction, as a closed-set single-label model gives.
    labels: tuple[str, ...] | None = None  # type: ignore[assignment]
    matched: tuple[str, ...] | None = None  # type: ignore[assignment]
    novelty: float | None = None

    def __post_init__(self) -> None:
        top = (self.predictions[0].label,) if self.predictions and self.error is None else ()
        if self.labels is None:
            object.__setattr__(self, "labels", top)
        if self.matched is None:
            object.__setattr__(self, "matched", self.labels)

    @property
    def ok(self) -> bool:
        return self.error is None

    def probability_of(self, label: str) -> float | None:
        """`label`'s probability among the top predictions kept, None when it is not one of
        them (a multi-label model may give a label beyond them)."""
        return next((p.probability for p in self.predictions if p.label == label), None)

    @property
    def none_of_these(self) -> bool:
        """Classified, and given no label: none of the model's classes."""
        return self.ok and not self.labels


def margin(result: ClassifyResult) -> float:
    """How sure the model is: the top probability minus the second's (1 for a lone label). The
    smallest margins first is the least-certain order, in which a person's corrections teach
    a model the most."""
    p = [prediction.probability for prediction in result.predictions[:2]]
    return p[0] - (p[1] if len(p) > 1 else 0.0) if p else 0.0


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(size, modification time in ns) of `path`, None when it cannot be read."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns
