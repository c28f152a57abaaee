"""What a check found, one finding per photo and reason, and its stable JSON form.

JSON lines (`pictag check --format jsonl`), one object per finding:
`{"kind", "path", "label", "suggested", "score", "group", "reason", "split"}`
- kind: "label" (the folder label is likely wrong), "duplicate" (a near-duplicate of another
  photo), "outlier" (far from every class);
- label: the photo's class folder (multi-label: the label judged); suggested: the likeliest
  other class (single-label label findings only, else null); score: label, 1 - the
  out-of-sample probability of the folder label; duplicate,
  the highest similarity to another member of its group (cosine, 0..1); outlier, the robust
  z-score of its distance to the nearest class (above 3.5);
- group: the number that ties the members of one duplicate set (else null);
- reason: for duplicates "conflicting" (the group is under several classes), "leak" (across
  training and validation), "redundant" (same class, same side); for label findings of a
  multi-label set (labels from keywords or a CSV, or "none of these" examples), which way
  `label` is likely wrong: "probably not" (the photo carries it, heads believe it lacks it)
  or "probably also" (it lacks it, heads believe it carries it), with score the heads'
  confidence in that; else null;
- split: "train" or "validation", the side the photo is on in training's split.
Within each kind, findings come most likely first (a duplicate group's members together).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "CONFLICTING", "DUPLICATE", "FIELDS", "Finding", "KINDS", "LABEL", "LACKS", "LEAK",
    "MISSES", "OUTLIER", "REDUNDANT", "TRAIN", "VALIDATION", "duplicate_reason", "shown_word",
]  # fmt: skip

LABEL, DUPLICATE, OUTLIER = "label", "duplicate", "outlier"
KINDS = (LABEL, DUPLICATE, OUTLIER)
LACKS, MISSES = "probably not", "probably also"  # a multi-label finding's way
CONFLICTING, LEAK, REDUNDANT = "conflicting", "leak", "redundant"  # a duplicate's reason
TRAIN, VALIDATION = "train", "validation"  # the side of training's split
FIELDS = ("kind", "path", "label", "suggested", "score", "group", "reason", "split")

# The words above as a table shows them; the files keep the English values.
_SHOWN = {
    LABEL: QT_TRANSLATE_NOOP("findings", "label"),
    DUPLICATE: QT_TRANSLATE_NOOP("findings", "duplicate"),
    OUTLIER: QT_TRANSLATE_NOOP("findings", "outlier"),
    LACKS: QT_TRANSLATE_NOOP("findings", "probably not"),
    MISSES: QT_TRANSLATE_NOOP("findings", "probably also"),
    CONFLICTING: QT_TRANSLATE_NOOP("findings", "conflicting"),
    LEAK: QT_TRANSLATE_NOOP("findings", "leak"),
    REDUNDANT: QT_TRANSLATE_NOOP("findings", "redundant"),
    TRAIN: QT_TRANSLATE_NOOP("findings", "train"),
    VALIDATION: QT_TRANSLATE_NOOP("findings", "validation"),
}


def duplicate_reason(label_sets: set[Any], sides: set[str]) -> str:
    """Why a near-duplicate group is one, from its members' label sets and sides of the
    split: under several labels, across the split (a leak), or neither."""
    if len(label_sets) > 1:
        return CONFLICTING
    return LEAK if len(sides) > 1 else REDUNDANT


def shown_word(value: str | None) -> str:
    """A finding's kind, reason or split in the user's language ("" for none); a value this
    version does not know is shown as it is."""
    if not value:
        return ""
    return translate("findings", _SHOWN[value]) if value in _SHOWN else value


@dataclass(frozen=True)
class Finding:
    kind: str
    path: Path
    label: str
    score: float
    suggested: str | None = None
    group: int | None = None
    reason: str | None = None
    split: str = TRAIN

    def record(self) -> dict[str, Any]:
        """The JSON object (the keys in FIELDS' order)."""
        return {
            "kind": self.kind,
            "path": str(self.path),
            "label": self.label,
            "suggested": self.suggested,
            "score": round(self.score, 4),
            "group": self.group,
            "reason": self.reason,
            "split": self.split,
        }
