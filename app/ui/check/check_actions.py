"""What a person does about a dataset check's findings, with undo: move a photo to another
class, take it out of the training set, or keep it as it is. The file operations are the
engine's (`app.dataset`: journaled, never overwriting, undone from their journal), the same
calls as the Classify tab's corrections; "keep" is remembered in the folder's .pictag/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.dataset.adding import Addition, add_to_dataset
from app.dataset.removing import remove_from_dataset
from app.sort.undo import undo_sort
from training.check.findings import Finding
from training.check.kept import Kept

__all__ = ["ReviewActions", "Done"]


@dataclass
class Done:
    """One action, as the undo stack holds it."""

    what: str  # what the rows say: "Moved to dogs", "Removed", "Kept"
    undone: str  # what undoing it says: "Undone: moved to dogs."
    rows: list[int]
    manifest: Path | None = None  # the journal of a file operation
    kept: list[tuple[Path, str]] = field(default_factory=list)


class ReviewActions:
    """The actions on one training folder; `undo()` reverses the last one still standing."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.history: list[Done] = []

    def move(self, findings: dict[int, Finding], label: str) -> tuple[Done, str]:
        summary = add_to_dataset(
            self.root, [Addition(f.path, label) for f in findings.values()], move=True
        )
        moved = {photo for photo, _ in summary.relabelled + summary.added}
        rows = [row for row, f in findings.items() if f.path in moved]
        done = Done(
            QCoreApplication.translate("ReviewActions", "Moved to {label}").format(label=label),
            QCoreApplication.translate("ReviewActions", "Undone: moved to {label}.").format(
                label=label
            ),
            rows,
            summary.manifest,
        )
        self.history.append(done)
        return done, summary.message()

    def remove(self, findings: dict[int, Finding]) -> tuple[Done, str]:
        summary = remove_from_dataset(self.root, [f.path for f in findings.values()])
        removed = {photo for photo, _ in summary.removed}
        rows = [row for row, f in findings.items() if f.path in removed]
        done = Done(
            QCoreApplication.translate("ReviewActions", "Removed from the training set"),
            QCoreApplication.translate("ReviewActions", "Undone: removed from the training set."),
            rows,
            summary.manifest,
        )
        self.history.append(done)
        return done, summary.message()

    def keep(self, findings: dict[int, Finding]) -> Done:
        kept = [(f.path, f.kind) for f in findings.values()]
        Kept(self.root).keep(kept)
        done = Done(
            QCoreApplication.translate("ReviewActions", "Kept"),
            QCoreApplication.translate("ReviewActions", "Undone: kept."),
            list(findings),
            kept=kept,
        )
        self.history.append(done)
        return done

    def undo(self) -> tuple[Done | None, str]:
        """Undo the last action; (None, why) when there is none."""
        if not self.history:
            return None, QCoreApplication.translate("ReviewActions", "Nothing to undo.")
        done = self.history.pop()
        if done.manifest is not None:
            summary = undo_sort(done.manifest)
            if not summary.complete:
                path, why = summary.skipped[0]
                return done, QCoreApplication.translate(
                    "ReviewActions", "Undone, except {path}: {reason}"
                ).format(path=path, reason=why)
        else:
            Kept(self.root).forget(done.kept)
        return done, done.undone
