"""Sorting classified images into DEST/<label>/ folders, one journaled file operation at a time.

Each image is filed by `app.sort.filer` (every operation recorded in the manifest before it
happens, so that `app.sort.undo` can put everything back after a sort cut short at any
instant); this module decides which folder each result goes to, and keeps the summary.

What stops the whole operation before it begins (DEST is a file, a manifest that cannot be
created) is a one-line `UsageError`; what goes wrong with one file is recorded for that file
(left in place, with the reason) and the rest carry on.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.discovery import Discovery, discover
from app.core.errors import UsageError, WriteError
from app.core.files import remove_if_empty
from app.core.i18n import translate
from app.core.journal import Journal, reason
from app.core.results import ClassifyResult
from app.sort.file_ops import candidates
from app.sort.filer import Filer
from app.sort.manifest import new_manifest, open_manifest
from app.sort.safe_names import UNSURE, folder_names, safe_folder_name

if TYPE_CHECKING:
    from app.sort.resume import ResumedSort

__all__ = [
    "Outcome",
    "SortSummary",
    "Sorter",
    "check_dest",
    "check_folders",
    "discover_sources",
    "folder_for",
    "check_none_folder",
]


# -- folders -----------------------------------------------------------------------------------


def check_dest(dest: Path) -> None:
    """Refuse a destination that cannot be sorted into: a one-line UsageError. `Sorter` runs
    this (so the GUI gets the same messages as `pictag sort`); it creates a missing DEST."""
    if os.path.lexists(dest) and not dest.is_dir():
        raise UsageError(
            translate(
                "sort_sorter", "{dest} is a file, not a folder; choose a folder as the destination"
            ).format(dest=dest)
        )
    if dest.is_dir() and not os.access(dest, os.W_OK | os.X_OK):
        raise UsageError(
            translate(
                "sort_sorter", "{dest}: permission denied; choose a destination you can write to"
            ).format(dest=dest)
        )


def check_folders(source: Path, dest: Path) -> None:
    """Refuse what cannot work before anything is written (the model is loaded): one-line
    UsageErrors."""
    if not source.is_dir():
        raise UsageError(translate("sort_sorter", "{source}: no such folder").format(source=source))
    check_dest(dest)
    src, dst = Path(os.path.realpath(source)), Path(os.path.realpath(dest))
    if src == dst:
        raise UsageError(
            translate("sort_sorter", "the destination must be another folder than the source")
        )
    if src.is_relative_to(dst):
        raise UsageError(
            translate(
                "sort_sorter",
                "{source} is inside {dest}: sorting would mix the photos with their own label "
                "folders; choose a destination outside the source",
            ).format(source=source, dest=dest)
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


def check_none_folder(name: str | None) -> str | None:
    """`name` when it can be a folder of its own in DEST, else a UsageError saying why."""
    if name is None:
        return None
    if not name.strip() or safe_folder_name(name) != name or name.casefold() == UNSURE:
        raise UsageError(
            translate(
                "sort_sorter",
                "{name} cannot be the folder for photos of none of the classes: give a plain "
                "folder name (no path separators or special characters, not {unsure})",
            ).format(name=repr(name), unsure=UNSURE)
        )
    return name


# -- sorting -----------------------------------------------------------------------------------


def folder_for(
    result: ClassifyResult,
    names: dict[str, str],
    min_confidence: float,
    none_folder: str | None = None,
) -> str | None:
    """The folder name `result` goes to (`names` from `folder_names`): its label's (the most
    probable of a multi-label model's labels), UNSURE below `min_confidence`, `none_folder`
    for a photo of none of the model's classes; None when it stays where it is (unreadable,
    or none of these without a `none_folder`)."""
    if not result.ok or not result.predictions:
        return None
    if result.none_of_these:
        return none_folder
    label = result.labels[0] if result.labels else result.predictions[0].label
    probability = result.probability_of(label)
    return UNSURE if probability is not None and probability < min_confidence else names[label]


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
    none_of_these: int = 0  # photos of none of the model's classes left where they are

    @property
    def placed(self) -> int:
        return sum(self.counts.values())


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
        none_folder: str | None = None,
        manifest: Path | None = None,
        dry_run: bool = False,
        resume: ResumedSort | None = None,
    ) -> None:
        """`resume` (from `app.sort.resume.resume_sort`) continues that sort, in its manifest.
        `none_folder`: where photos of none of the model's classes go (None: they stay)."""
        self.dest = Path(dest)
        self.move = move
        self.min_confidence = min_confidence
        self.none_folder = check_none_folder(none_folder)
        reserved = (UNSURE,) if self.none_folder is None else (UNSURE, self.none_folder)
        self.names = folder_names(labels, taken=reserved)
        self._planned: dict[str, set[str]] = {}  # dry run: names already given out per folder
        self._journal: Journal | None = None
        self._filer: Filer | None = None
        self._started = time.monotonic()
        check_dest(self.dest)
        if not dry_run:
            created = not self.dest.exists()
            try:
                self.dest.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(
                    translate(
                        "sort_sorter",
                        "cannot create {dest} ({why}); choose a destination you can write to",
                    ).format(dest=self.dest, why=reason(exc))
                ) from None
            try:
                if resume is None:
                    self._journal = new_manifest(self.dest, manifest)
                else:
                    self._journal = open_manifest(resume.manifest)
            except BaseException:
                if created:  # nothing was sorted: no empty DEST left behind either
                    with contextlib.suppress(OSError):
                        remove_if_empty(self.dest)
                raise
            self._filer = Filer(
                self.dest, self._journal, last_step=resume.last_step if resume else 0
            )
        self.summary = SortSummary(
            self.dest, self._journal.path if self._journal else None, move, dry_run
        )
        if resume is not None:
            self.summary.counts.update(resume.counts)
            self.summary.earlier = sum(resume.counts.values())

    def add(self, result: ClassifyResult) -> Outcome:
        """File one image, and its RAW twins beside it (`result.companions`). Only a manifest
        that cannot be written (`ManifestWriteError`) or a full disk (`WriteError`) stops
        everything; any other failure leaves that one image in place, recorded with why."""
        outcome = self._add(result)
        for twin in result.companions:
            self._add(replace(result, path=twin, companions=()))
        return outcome

    def _add(self, result: ClassifyResult) -> Outcome:
        source = Path(result.path)
        folder = folder_for(result, self.names, self.min_confidence, self.none_folder)
        if folder is None and result.none_of_these:
            return self._stay(source)
        if folder is None:
            return self._leave(source, result.error or translate("sort_sorter", "no prediction"))
        if self._filer is None:
            return self._plan(source, folder)
        label = result.labels[0] if result.labels else ""
        confidence = result.probability_of(label)
        filed = self._filer.file(source, folder, move=self.move, label=label, confidence=confidence)
        if not filed.placed:
            self.summary.failed.append((source, filed.error or ""))
            if filed.disk_full:  # every photo after it would fail the same way
                raise self._full(source, folder, filed.disk_full)
            return Outcome(source, None, folder, filed.error)
        self.summary.counts[folder] += 1
        if filed.original_kept is not None:
            self.summary.originals_kept.append((source, filed.original_kept))
        return Outcome(source, filed.destination, folder)

    def close(self) -> SortSummary:
        if self._journal is not None:
            self._journal.close()
        self.summary.seconds = time.monotonic() - self._started
        return self.summary

    def _full(self, source: Path, folder: str, why: str) -> WriteError:
        assert self._journal is not None
        manifest, undo = self._journal.path, self._journal.undo
        if self.move:
            said = translate(
                "sort_sorter",
                "cannot move {source} into {folder} ({why}), so the sort stopped; free some "
                "space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}",
            )
        else:
            said = translate(
                "sort_sorter",
                "cannot copy {source} into {folder} ({why}), so the sort stopped; free some "
                "space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}",
            )
        folder_path = self.dest / folder
        text = said.format(source=source, folder=folder_path, why=why, manifest=manifest, undo=undo)
        return WriteError(text, folder_path, why)

    def _leave(self, source: Path, reason: str) -> Outcome:
        if self._filer is not None:
            self._filer.leave(source, reason)
        self.summary.failed.append((source, reason))
        return Outcome(source, None, None, reason)

    def _stay(self, source: Path) -> Outcome:
        """A photo of none of the model's classes, left where it is on purpose (journaled; a
        resumed sort classifies it again, and leaves it again)."""
        if self._filer is not None:
            none = translate("sort_sorter", "none of the model's classes")
            self._filer.leave(source, none, status="none")
        self.summary.none_of_these += 1
        return Outcome(source, None, None)

    def _plan(self, source: Path, folder: str) -> Outcome:
        """Where a dry run would put `source`: the first name free on disk and in this plan."""
        taken = self._planned.setdefault(folder, set())
        for target in candidates(self.dest / folder, source.name):
            if target.name not in taken and not os.path.lexists(target):
                taken.add(target.name)
                self.summary.counts[folder] += 1
                return Outcome(source, target, folder)
        raise AssertionError("unreachable")
