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

__all__ = ["KINDS", "Finding", "LABEL", "DUPLICATE", "OUTLIER", "FIELDS", "LACKS", "MISSES"]

LABEL, DUPLICATE, OUTLIER = "label", "duplicate", "outlier"
KINDS = (LABEL, DUPLICATE, OUTLIER)
LACKS, MISSES = "probably not", "probably also"  # a multi-label finding's way
FIELDS = ("kind", "path", "label", "suggested", "score", "group", "reason", "split")


@dataclass(frozen=True)
class Finding:
    kind: str
    path: Path
    label: str
    score: float
    suggested: str | None = None
    group: int | None = None
    reason: str | None = None
    split: str = "train"

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
