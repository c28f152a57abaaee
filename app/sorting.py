"""Sorting classified images into DEST/<label>/ folders, journaled so a crash loses nothing and
the whole sort can be undone: planning (which folder, which name), executing, and undo.

Every file operation is recorded in the manifest (`app.sort_journal`) before it happens: a
"started" row, a "placing" row naming the destination about to be used, then "done". Undo never
trusts the rows alone; it looks at where each file actually is, so a sort cut short at any
instant (Ctrl-C, power loss) is undone exactly, and undoing twice is harmless. The file
operations themselves, which never overwrite anything, are in `app.file_ops`.

What stops the whole operation before it begins (DEST is a file, a manifest that cannot be
created or reopened) is a one-line `UsageError`; what goes wrong with one file is recorded for
that file (left in place, or left alone by undo, with the reason) and the rest carry on.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.discovery import Discovery, discover
from app.errors import UsageError
from app.file_ops import candidates, place, same_file, sha256_of
from app.results import ClassifyResult
from app.safe_names import UNSURE, folder_names
from app.sort_journal import Journal, new_manifest, open_manifest, read_manifest, reason

__all__ = [
    "Outcome",
    "SortSummary",
    "Sorter",
    "UndoSummary",
    "check_dest",
    "check_folders",
    "discover_sources",
    "folder_for",
    "undo_sort",
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
    seconds: float = 0.0

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
        manifest: Path | None = None,
        dry_run: bool = False,
    ) -> None:
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
            self._journal = new_manifest(self.dest, manifest)
        self._root = Path(os.path.realpath(self.dest))
        self.summary = SortSummary(
            self.dest, self._journal.path if self._journal else None, move, dry_run
        )

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
            _discard(temp)
            self._journal.write(**row, status="failed", detail=why)
            self.summary.failed.append((source, why))
            return Outcome(source, None, folder, why)
        # Placed: from here on the image counts as sorted, whatever the tidying up says.
        self.summary.counts[folder] += 1
        _discard(temp)  # a link to the placed file; undo removes it if it stays
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


# -- undo --------------------------------------------------------------------------------------


@dataclass
class UndoSummary:
    manifest: Path
    dry_run: bool
    removed: list[Path] = field(default_factory=list)  # copies deleted
    restored: list[tuple[Path, Path]] = field(default_factory=list)  # (from, back to) moves
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # left alone, with why
    folders: list[Path] = field(default_factory=list)  # empty label folders removed

    @property
    def complete(self) -> bool:
        return not self.skipped


@dataclass
class _Step:
    action: str
    source: Path
    temp: Path | None = None
    destination: Path | None = None  # the done row's, else the last name tried
    size: int | None = None
    sha256: str = ""
    done: bool = False


def undo_sort(manifest: Path, *, dry_run: bool = False) -> UndoSummary:
    """Put everything the sort recorded in `manifest` back: copies are deleted (only while they
    are still exactly what was written), moved files go back to their original path (never over
    a file now there), and label folders the sort created are removed once empty.

    Every action is appended to the manifest as it is done; running it again finds nothing left
    to do.
    """
    rows = read_manifest(manifest)
    steps: dict[int, _Step] = {}
    created: list[Path] = []
    undo_temps: list[Path] = []  # of earlier undos: one cut short may have left its temp behind
    for row in rows:
        if row["action"] == "mkdir":
            created.append(Path(row["destination"]))
        if row["action"] == "undo" and row["temp"]:
            undo_temps.append(Path(row["temp"]))
        if row["action"] not in ("copy", "move"):
            continue
        step = steps.setdefault(int(row["step"]), _Step(row["action"], Path(row["source"])))
        if row["temp"]:
            step.temp = Path(row["temp"])
        if row["status"] in ("placing", "done") and not step.done:
            step.destination = Path(row["destination"])
            step.size = int(row["size"]) if row["size"] else None
            step.sha256 = row["sha256"]
            step.done = row["status"] == "done"
    summary = UndoSummary(manifest, dry_run)
    journal = None if dry_run else open_manifest(manifest)
    run = secrets.token_hex(4)
    try:
        if not dry_run:
            for temp in undo_temps:  # a copy of a file still at its destination: no loss
                _discard(temp)
        for number in sorted(steps, reverse=True):
            _undo_step(number, steps[number], summary, journal, run)
        for folder in reversed(created):
            _remove_if_empty(folder, summary, journal)
    finally:
        if journal is not None:
            journal.close()
    return summary


def _undo_step(
    number: int, step: _Step, summary: UndoSummary, journal: Journal | None, run: str
) -> None:
    def record(status: str, detail: str = "", **more: object) -> None:
        if journal is not None:
            more.setdefault("destination", step.destination)
            journal.write(
                step=number, action="undo", status=status, source=step.source, detail=detail,
                **more,
            )  # fmt: skip

    def skip(why: str) -> None:
        record("skipped", why)
        summary.skipped.append((dest, why))  # type: ignore[arg-type]

    dest, source, temp = step.destination, step.source, step.temp
    temp_exists = temp is not None and os.path.lexists(temp)
    if dest is not None and os.path.lexists(dest) and not os.path.islink(dest):
        ours = _is_our_file(step, dest, temp if temp_exists else None)
        if step.action == "copy":
            if ours:
                _remove(dest, summary, record, skip)
            else:
                skip("changed since it was sorted; left in place")
        elif os.path.lexists(source):
            # A move cut short, or whose original could not be removed: both names exist. The
            # extra one goes only while the original is exactly what was sorted.
            if ours and _same_content(step, dest, source):
                _remove(dest, summary, record, skip)
            else:
                skip(f"{source} is there too, with other content; {dest} left in place")
        else:
            undo_temp = source.parent / f".pictag-undo-{run}-{number}.part"
            _move_back(step, summary, record, skip, undo_temp)
    if temp_exists and not summary.dry_run:
        _discard(temp)


def _remove(
    dest: Path, summary: UndoSummary, record: Callable[..., None], skip: Callable[[str], None]
) -> None:
    """Delete a copy known to be ours (its content is also at the original path)."""
    if not summary.dry_run:
        record("started")
        try:
            dest.unlink()
        except OSError as exc:
            skip(f"cannot be deleted ({reason(exc)}); left in place")
            return
        record("removed")
    summary.removed.append(dest)


def _is_our_file(step: _Step, dest: Path, temp: Path | None) -> bool:
    """Whether `dest` is still the very file the sort wrote (then deleting it loses nothing)."""
    if temp is not None:  # the temporary name still exists: ours is the same file
        return same_file(dest, temp)
    if same_file(dest, step.source):  # a move by hard link, cut short before the source went
        return True
    try:
        return (
            bool(step.sha256)
            and os.stat(dest).st_size == step.size
            and sha256_of(dest) == step.sha256
        )
    except OSError:
        return False


def _same_content(step: _Step, dest: Path, source: Path) -> bool:
    """Whether `source` (the original, still there) holds exactly what `dest` (our copy or
    link of it) holds, so deleting `dest` loses nothing."""
    if same_file(dest, source):
        return True
    try:
        return bool(step.sha256) and sha256_of(source) == step.sha256
    except OSError:
        return False


def _move_back(
    step: _Step,
    summary: UndoSummary,
    record: Callable[..., None],
    skip: Callable[[str], None],
    temp: Path,
) -> None:
    """`temp` is unique to this undo run, and recorded before it may exist: an undo cut short
    leaves one behind, which the next undo removes (it copies a file still at `dest`)."""
    dest, source = step.destination, step.source
    assert dest is not None
    if summary.dry_run:
        summary.restored.append((dest, source))
        return
    record("started", destination=dest, temp=temp)
    try:
        source.parent.mkdir(parents=True, exist_ok=True)
        placed = place(
            dest, source.parent, source.name, temp,
            keep_source=False, exclusive=True, placing=lambda *_: None,
        )  # fmt: skip
    except FileExistsError:
        _discard(temp)
        skip(f"{source} exists again; {dest} left in place")
        return
    except OSError as exc:
        _discard(temp)
        skip(reason(exc))
        return
    _discard(temp)
    record("restored", destination=dest)
    summary.restored.append((dest, source))
    if not placed.source_gone:
        try:
            dest.unlink()
        except OSError as exc:  # the next undo finds both, identical, and deletes this one
            skip(f"moved back to {source}, but this copy cannot be deleted ({reason(exc)})")


def _remove_if_empty(folder: Path, summary: UndoSummary, journal: Journal | None) -> None:
    try:
        if any(os.scandir(folder)):
            return
        if not summary.dry_run:
            os.rmdir(folder)
            if journal is not None:
                journal.write(action="rmdir", status="done", destination=folder)
    except FileNotFoundError:
        return
    except OSError as exc:
        summary.skipped.append((folder, reason(exc)))
        return
    summary.folders.append(folder)


def _discard(path: Path | None) -> None:
    """Remove a temporary file of ours if it is there; one that cannot go is harmless."""
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
