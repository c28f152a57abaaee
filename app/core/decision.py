"""Which labels Pictag gives a photo: none, one, or (multi-label) several.

A model's outputs are its labels' probabilities and, for models that can say "none of these",
one more column: the photo's novelty, how far its features lie from every training photo's
(larger is stranger). The decision turns them into the labels given, the same way for every
path that runs a model (the app, the command line, sort, tag, review, Ray), so that no two
places can disagree on what a photo is.

- Single-label: the most probable label, unless the novelty is above the threshold.
- Multi-label: every label whose probability reaches that label's own threshold (chosen on
  the validation photos), none if the novelty is above the threshold.

The novelty threshold is kept as the share of known (validation) photos it keeps; the model
file holds the validation photos' novelties, so a person can move the share and the
threshold follows, with no retraining.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from app.core.errors import UsageError
from app.core.i18n import translate

if TYPE_CHECKING:  # numpy is imported where arrays are met: model files are read without it
    import numpy as np

__all__ = [
    "DEFAULT_KEEP_KNOWN",
    "Decision",
    "OpenSet",
    "check_keep_known",
]

DEFAULT_KEEP_KNOWN = 0.95  # the share of known photos a detector keeps unless told otherwise
MIN_KEEP_KNOWN = 0.5  # below this a detector would set aside half of the photos it knows


def check_keep_known(value: float, what: str = "--keep-known") -> float:
    """`value` when it is a share a detector can keep, else a UsageError that says which."""
    if not (MIN_KEEP_KNOWN <= value <= 1.0) or not math.isfinite(value):
        raise UsageError(
            translate(
                "decision", "{option} {value:g} is out of range: give the share of known photos "
                'to keep, from {least:g} to 1 (1 turns "none of these" off)',
            ).format(option=what, value=value, least=MIN_KEEP_KNOWN)
        )  # fmt: skip
    return float(value)


@dataclass(frozen=True)
class OpenSet:
    """A model's unknown-photo detector: its method, and the validation photos' novelties
    (sorted) from which a threshold follows for any share of known photos to keep."""

    method: str
    known: tuple[float, ...]  # the validation photos' novelties, ascending
    keep: float = DEFAULT_KEEP_KNOWN
    details: dict[str, Any] = field(default_factory=dict)  # how it was fitted, for the report

    @cached_property  # asked once per photo shown: the quantile is computed once
    def threshold(self) -> float:
        """The largest novelty still given a label: `keep` of the validation photos are at or
        below it (keep 1: every photo is given a label)."""
        if self.keep >= 1.0 or not self.known:
            return float("inf")
        import numpy as np

        return float(np.quantile(np.asarray(self.known), self.keep, method="higher"))

    def kept_share(self, threshold: float | None = None) -> float:
        """The share of validation photos at or below `threshold` (default: this one)."""
        if not self.known:
            return 1.0
        limit = self.threshold if threshold is None else threshold
        return sum(v <= limit for v in self.known) / len(self.known)

    def as_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "known": [round(v, 6) for v in self.known],
            "keep": self.keep,
            "details": self.details,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OpenSet:
        known = tuple(sorted(float(v) for v in data["known"]))
        keep = check_keep_known(float(data.get("keep", DEFAULT_KEEP_KNOWN)), "keep")
        return cls(str(data["method"]), known, keep, dict(data.get("details") or {}))


@dataclass(frozen=True)
class Decision:
    """How a model's outputs become the labels given (see the module's docstring).

    `thresholds`: one per label for a multi-label model (None: single-label).
    `open_set`: the unknown-photo detector, whose novelty is the network's last output
    column (None: a closed-set model, ImageNet's and those made before Pictag had one)."""

    thresholds: tuple[float, ...] | None = None
    open_set: OpenSet | None = None

    @property
    def multi_label(self) -> bool:
        return self.thresholds is not None

    @property
    def extra_outputs(self) -> int:
        """Columns the network outputs after its labels' probabilities."""
        return 1 if self.open_set is not None else 0

    def keeping(self, keep: float | None) -> Decision:
        """This decision with its detector keeping `keep` of the known photos (None: as
        the model file says)."""
        if keep is None or self.open_set is None:
            return self
        return replace(self, open_set=replace(self.open_set, keep=check_keep_known(keep)))

    def matched(self, probabilities: np.ndarray, labels: Sequence[str]) -> tuple[str, ...]:
        """The labels given before the detector has its say: the best one, or (multi-label)
        all that reach their thresholds, most probable first."""
        import numpy as np

        if self.thresholds is None:
            return (labels[int(np.argmax(probabilities))],)
        hits = np.flatnonzero(probabilities >= np.asarray(self.thresholds))
        order = hits[np.argsort(-probabilities[hits], kind="stable")]
        return tuple(labels[i] for i in order)

    def is_novel(self, novelty: float | None) -> bool:
        """True when the detector sets the photo aside as none of the model's classes."""
        return self.open_set is not None and novelty is not None and novelty > self.threshold

    @property
    def threshold(self) -> float:
        return self.open_set.threshold if self.open_set is not None else float("inf")

    def give(self, matched: tuple[str, ...], novelty: float | None) -> tuple[str, ...]:
        """The labels given: `matched`, or none when the photo is novel."""
        return () if self.is_novel(novelty) else matched

    def split(self, outputs: np.ndarray, labels: int) -> tuple[np.ndarray, np.ndarray | None]:
        """A network's (n, labels + extra) outputs as (probabilities, novelties or None)."""
        if outputs.shape[-1] != labels + self.extra_outputs:
            raise ValueError(f"{outputs.shape[-1]} outputs for {labels} labels")
        novelty = outputs[:, labels] if self.open_set is not None else None
        return outputs[:, :labels], novelty

    def as_dict(self) -> dict[str, Any]:
        return {
            "thresholds": None if self.thresholds is None else list(self.thresholds),
            "open_set": None if self.open_set is None else self.open_set.as_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None, labels: int) -> Decision:
        """Raises ValueError/KeyError/TypeError on damaged data (the caller says which file)."""
        if not data:
            return cls()
        thresholds = data.get("thresholds")
        if thresholds is not None:
            thresholds = tuple(float(t) for t in thresholds)
            if len(thresholds) != labels or not all(0.0 <= t <= 1.0 for t in thresholds):
                raise ValueError("thresholds do not match the labels")
        open_set = data.get("open_set")
        return cls(thresholds, OpenSet.from_dict(open_set) if open_set else None)
