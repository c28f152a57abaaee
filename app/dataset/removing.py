"""Taking photos out of a training set without deleting them: each is moved into
ROOT/.pictag/removed/<its class>/, a hidden folder training never reads, by the sort's `Filer`
(journaled before each step, never overwriting) and put back by `app.sort.undo.undo_sort`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.i18n import Context, translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.dataset.adding import and_more, new_set_manifest, training_folder_missing
from app.sort.filer import Filer

dataset_removing = Context("dataset_removing")

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
        """The outcome in a sentence or two, for the status line or the terminal."""
        removed = len(self.removed)
        parts = [
            dataset_removing.tr(
                "Took %Ln photos out of the training set (kept in {folder}).",
                "",
                removed,
            ).format(folder=self.root / REMOVED)
        ]
        if self.failed:
            photo, why = self.failed[0]
            parts.append(
                translate("dataset_removing", "Not moved: {photo}: {why}{more}.").format(
                    photo=photo, why=why, more=and_more(self.failed)
                )
            )
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
        raise training_folder_missing(root)
    journal = new_set_manifest(root, "pictag-remove", REMOVED)
    summary = RemoveSummary(root, journal.path)
    filer = Filer(root / REMOVED, journal)
    real_root = Path(os.path.realpath(root))
    try:
        for done, photo in enumerate(photos):
            if progress:
                text = translate("dataset_removing", "Taking photos out")
                progress(Progress(Stage.ADD, done, len(photos), text=text))
            if token is not None and token.ended:
                summary.stopped = True
                break
            real = Path(os.path.realpath(photo.parent)) / photo.name
            parts = real.relative_to(real_root).parts if real.is_relative_to(real_root) else ()
            if len(parts) < 2 or parts[0].startswith(".") or not photo.is_file():
                why = translate(
                    "dataset_removing", "not a photo in a class folder of the training set"
                )
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
