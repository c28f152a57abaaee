"""Taking photos out of a training set without deleting them: each is moved into
ROOT/.pictag/removed/<its class>/, a hidden folder training never reads, by the sort's `Filer`
(journaled before each step, never overwriting) and put back by `app.sort.undo.undo_sort`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import UsageError
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.dataset.adding import new_set_manifest
from app.sort.filer import Filer

__all__ = ["REMOVED", "RemoveSummary", "remove_from_dataset"]

REMOVED = Path(".pictag") / "removed"


@dataclass
class RemoveSummary:
    root: Path
    manifest: Path
    removed: list[tuple[Path, Path]] = field(default_factory=list)  # (photo, where it is now)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    stopped: bool = False

    def message(self) -> str:
        n = len(self.removed)
        parts = [
            f"Took {n} photo{'s' if n != 1 else ''} out of the training set (kept in "
            f"{self.root / REMOVED})."
        ]
        if self.failed:
            photo, why = self.failed[0]
            more = f" (and {len(self.failed) - 1} more)" if len(self.failed) > 1 else ""
            parts.append(f"Not moved: {photo}: {why}{more}.")
        return " ".join(parts)


def remove_from_dataset(
    root: Path,
    photos: Iterable[Path],
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> RemoveSummary:
    """Move each photo of ROOT's class folders into ROOT/.pictag/removed/<class>/, journaled
    in ROOT/.pictag/additions/pictag-remove-<time>.csv (undo it with `undo_sort`). A photo that
    is not in a class folder of ROOT is left where it is, with why."""
    root, photos = Path(root), [Path(p) for p in photos]
    if not root.is_dir():
        raise UsageError(f"{root}: the training folder is not there (moved or deleted?)")
    journal = new_set_manifest(root, "pictag-remove", REMOVED)
    summary = RemoveSummary(root, journal.path)
    filer = Filer(root / REMOVED, journal)
    real_root = Path(os.path.realpath(root))
    try:
        for done, photo in enumerate(photos):
            if progress:
                progress(Progress(Stage.ADD, done, len(photos), text="Taking photos out"))
            if token is not None and token.ended:
                summary.stopped = True
                break
            real = Path(os.path.realpath(photo.parent)) / photo.name
            parts = real.relative_to(real_root).parts if real.is_relative_to(real_root) else ()
            if len(parts) < 2 or parts[0].startswith(".") or not photo.is_file():
                why = "not a photo in a class folder of the training set"
                summary.failed.append((photo, why))
                filer.leave(photo, why)
                continue
            filed = filer.file(photo, parts[0], move=True, label=parts[0], confidence=None)
            if filed.destination is None:
                summary.failed.append((photo, filed.error or ""))
            else:
                summary.removed.append((photo, filed.destination))
    finally:
        journal.close()
    return summary
