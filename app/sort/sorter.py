"""Sorting classified images into DEST/<label>/ folders, one journaled file operation at a time.

Every file operation is recorded in the manifest (`app.sort.journal`) before it happens: a
"started" row, a "placing" row naming the destination about to be used, then "done", so that
`app.sort.undo` can put everything back after a sort cut short at any instant. The file
operations themselves, which never overwrite anything, are in `app.sort.file_ops`.

What stops the whole operation before it begins (DEST is a file, a manifest that cannot be
created) is a one-line `UsageError`; what goes wrong with one file is recorded for that file
(left in place, with the reason) and the rest carry on.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.discovery import Discovery, discover
from app.core.errors import PictagError, UsageError
from app.core.results import ClassifyResult
from app.sort.file_ops import candidates, discard, place
from app.sort.journal import Journal, new_manifest, open_manifest, reason
from app.sort.safe_names import UNSURE, folder_names

if TYPE_CHECKING:
    from app.sort.resume import ResumedSort

__all__ = [
    "Outcome",
    "SortStopped",
    "SortSummary",
    "Sorter",
    "check_dest",
    "check_folders",
    "discover_sources",
    "folder_for",
]


# -- folders -----------------------------------------------------------------------------------


def check_dest(dest: Path) -> None:
    """Refuse a destination that cannot be sorted into: a one-line UsageError. `Sorter` runs
    this (so the GUI gets the same messages as `pictag sort`); it creates a missing DEST."""
    if os.path.lexists(dest) and not dest.is_dir():
        raise UsageError(f"{dest} is a file, not a folder; choose a folder as the destination")
    if dest.is_dir() and not os.access(dest, os.W_OK | os.X_OK):
        raise UsageError(f"{dest}: permission denied; choose a destination you can write to")


def check_folders(source: Path, dest: Path) -> None:
    """Refuse what cannot work before anything is written (the model is loaded): one-line
    UsageErrors."""
    if not source.is_dir():
        raise UsageError(f"{source}: no such folder")
    check_dest(dest)
    src, dst = Path(os.path.realpath(source)), Path(os.path.realpath(dest))
    if src == dst:
        raise UsageError("the destination must be another folder than the source")
    if src.is_relative_to(dst):
        raise UsageError(
            f"{source} is inside {dest}: sorting would mix the photos with their own label "
            "folders; choose a destination outside the source"
        )


def discover_sources(source: Path, dest: Path) -> Discovery:
    """The images under `source`, without those already under `dest` (when DEST is inside SRC,
    an earlier sort's folders must not be sorted again)."""
    found = discover([source])
    dst = os.path.realpath(dest)
    inside = lambda p: Path(os.path.realpath(p)).is_relative_to(dst)  # noqa: E731
    found.files = [f for f in found.files if not inside(f)]
    found.problems = [(p, why) for p, why in found.problems if not inside(p)]
    return found


# -- sorting -----------------------------------------------------------------------------------


def folder_for(result: ClassifyResult, names: dict[str, str], min_confidence: float) -> str | None:
    """The folder name `result` goes to (`names` from `folder_names`), None when unreadable."""
    if not result.ok or not result.predictions:
        return None
    top = result.predictions[0]
    return UNSURE if top.probability < min_confidence else names[top.label]


@dataclass(frozen=True)
class Outcome:
    """What happened to one image: its destination, or why it stayed where it is."""

    source: Path
    destination: Path | None
    folder: str | None
    error: str | None = None


@dataclass
class SortSummary:
    dest: Path
    manifest: Path | None
    move: bool
    dry_run: bool
    counts: Counter[str] = field(default_factory=Counter)  # folder name -> images placed
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left in place, with why
    # moves placed (counted above) whose original could not be removed, with why: two copies
    originals_kept: list[tuple[Path, str]] = field(default_factory=list)
    stopped: bool = False  # cut short on request: what was done can be undone like a whole sort
    seconds: float = 0.0
    earlier: int = 0  # of `placed`, those an earlier run of a resumed sort placed

    @property
    def placed(self) -> int:
        return sum(self.counts.values())


class SortStopped(PictagError):
    """A sort that failed partway (a manifest that cannot be written...): `summary` is what
    was done until then, recorded in its manifest, so it can still be undone."""

    def __init__(self, message: str, summary: SortSummary) -> None:
        super().__init__(message)
        self.summary = summary


class Sorter:
    """Copies (or moves) images one at a time into DEST/<safe label>/, journaling each.

    `labels` is every label a result may carry (the model's): folder names are decided for
    the whole set at once, so they do not depend on which labels happen to occur. A dry run
    works out the same destinations and touches nothing.
    """

    def __init__(
        self,
        dest: Path,
        labels: Iterable[str],
        *,
        move: bool = False,
        min_confidence: float = 0.0,
        manifest: Path | None = None,
        dry_run: bool = False,
        resume: ResumedSort | None = None,
    ) -> None:
        """`resume` (from `app.sort.resume.resume_sort`) continues that sort, in its manifest."""
        self.dest = Path(dest)
        self.move = move
        self.min_confidence = min_confidence
        self.names = folder_names(labels)
        self._run = secrets.token_hex(4)
        self._step = 0
        self._ready: set[str] = set()
        self._planned: dict[str, set[str]] = {}  # dry run: names already given out per folder
        self._journal: Journal | None = None
        self._started = time.monotonic()
        check_dest(self.dest)
        if not dry_run:
            try:
                self.dest.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(
                    f"cannot create {self.dest} ({reason(exc)}); choose a destination you can "
                    "write to"
                ) from None
            if resume is None:
                self._journal = new_manifest(self.dest, manifest)
            else:
                self._journal = open_manifest(resume.manifest)
                self._step = resume.last_step
        self._root = Path(os.path.realpath(self.dest))
        self.summary = SortSummary(
            self.dest, self._journal.path if self._journal else None, move, dry_run
        )
        if resume is not None:
            self.summary.counts.update(resume.counts)
            self.summary.earlier = sum(resume.counts.values())

    def add(self, result: ClassifyResult) -> Outcome:
        """File one image. Only a manifest that cannot be written (`ManifestWriteError`) stops
        everything; any other failure leaves this one image in place, recorded with why."""
        source, folder = Path(result.path), folder_for(result, self.names, self.min_confidence)
        self._step += 1
        if folder is None:
            return self._leave(source, result.error or "no prediction")
        if self._journal is None:
            return self._plan(source, folder)
        top = result.predictions[0]
        action = "move" if self.move else "copy"
        row = {"step": self._step, "action": action, "source": source, "label": top.label}
        row["confidence"] = f"{top.probability:.6f}"
        temp: Path | None = None
        try:
            path = self._folder(folder)
            temp = path / f".pictag-{self._run}-{self._step}.part"
            self._journal.write(**row, status="started", temp=temp)
            placed = place(
                source, path, source.name, temp,
                keep_source=not self.move,
                exclusive=False,
                placing=lambda p, n, h: self._journal.write(  # type: ignore[union-attr]
                    **row, status="placing", destination=p, temp=temp, size=n, sha256=h
                ),
            )  # fmt: skip
            done = {"destination": placed.path, "size": placed.size, "sha256": placed.sha256}
            self._journal.write(**row, status="done", temp=temp, **done)
        except (OSError, UsageError) as exc:
            why = reason(exc) if isinstance(exc, OSError) else str(exc)
            discard(temp)
            self._journal.write(**row, status="failed", detail=why)
            self.summary.failed.append((source, why))
            return Outcome(source, None, folder, why)
        # Placed: from here on the image counts as sorted, whatever the tidying up says.
        self.summary.counts[folder] += 1
        discard(temp)  # a link to the placed file; undo removes it if it stays
        if self.move and not placed.source_gone:
            try:
                source.unlink()
            except OSError as exc:
                # The copy is in place and the original too: undo deletes the copy only while
                # the original is still identical to it.
                why = f"placed, but the original could not be removed: {reason(exc)}"
                self._journal.write(**row, status="original-kept", **done, detail=why)
                self.summary.originals_kept.append((source, reason(exc)))
        return Outcome(source, placed.path, folder)

    def close(self) -> SortSummary:
        if self._journal is not None:
            self._journal.close()
        self.summary.seconds = time.monotonic() - self._started
        return self.summary

    def _leave(self, source: Path, reason: str) -> Outcome:
        if self._journal is not None:
            self._journal.write(
                step=self._step, action="leave", status="unreadable", source=source, detail=reason
            )
        self.summary.failed.append((source, reason))
        return Outcome(source, None, None, reason)

    def _plan(self, source: Path, folder: str) -> Outcome:
        """Where a dry run would put `source`: the first name free on disk and in this plan."""
        taken = self._planned.setdefault(folder, set())
        for target in candidates(self.dest / folder, source.name):
            if target.name not in taken and not os.path.lexists(target):
                taken.add(target.name)
                self.summary.counts[folder] += 1
                return Outcome(source, target, folder)
        raise AssertionError("unreachable")

    def _folder(self, name: str) -> Path:
        """DEST/name, created (and journaled) if needed; never a link or a file, and checked
        to be inside DEST before every write."""
        path = self.dest / name
        assert self._journal is not None
        if name not in self._ready:
            try:
                os.mkdir(path)
            except FileExistsError:
                pass
            else:
                self._journal.write(action="mkdir", status="done", destination=path)
            self._ready.add(name)
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
            raise UsageError(f"{path} is a link or a file, not a folder; nothing is written there")
        if Path(os.path.realpath(path)).parent != self._root:
            raise UsageError(f"{path} leads outside {self.dest}")
        return path
