"""Undoing a sort from its manifest: put every file back exactly where it was.

Undo never trusts the rows alone; it looks at where each file actually is, so a sort cut short
at any instant (Ctrl-C, power loss) is undone exactly, and undoing twice is harmless. A file
that changed since it was sorted, or whose original name is taken again, is left alone and
reported with the reason.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.files import discard, remove_if_empty, sha256_of
from app.core.i18n import translate
from app.core.journal import Journal, reason
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.sort.file_ops import place, same_file
from app.sort.manifest import open_manifest, read_manifest
from app.sort.steps import Step, is_our_file, read_steps

__all__ = ["UndoSummary", "undo_sort"]


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


def undo_sort(
    manifest: Path,
    *,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> UndoSummary:
    """Put everything the sort recorded in `manifest` back: copies are deleted (only while they
    are still exactly what was written), moved files go back to their original path (never over
    a file now there), and label folders the sort created are removed once empty.

    Every action is appended to the manifest as it is done; running it again finds nothing left
    to do, and a cancel (between two files) leaves the rest to an undo run again.
    """
    recorded = read_steps(read_manifest(manifest))
    summary = UndoSummary(manifest, dry_run)
    journal = None if dry_run else open_manifest(manifest)
    run = secrets.token_hex(4)
    numbers = sorted(recorded.steps, reverse=True)
    try:
        if not dry_run:
            for temp in recorded.undo_temps:  # a copy of a file still at its destination: no loss
                discard(temp)
        for done, number in enumerate(numbers):
            if progress:
                progress(Progress(Stage.UNDO, done, len(numbers)))
            if token is not None:
                token.check()
            _undo_step(number, recorded.steps[number], summary, journal, run)
        for folder in reversed(recorded.created):
            _remove_folder(folder, summary, journal)
    finally:
        if journal is not None:
            journal.close()
    if progress:
        progress(Progress(Stage.UNDO, len(numbers), len(numbers)))
    return summary


def _undo_step(
    number: int, step: Step, summary: UndoSummary, journal: Journal | None, run: str
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
        ours = is_our_file(step, dest, temp if temp_exists else None)
        if step.action == "copy":
            if ours:
                _remove(dest, summary, record, skip)
            else:
                skip(translate("sort_undo", "changed since it was sorted; left in place"))
        elif os.path.lexists(source):
            # A move cut short, or whose original could not be removed: both names exist. The
            # extra one goes only while the original is exactly what was sorted.
            if ours and _same_content(step, dest, source):
                _remove(dest, summary, record, skip)
            else:
                skip(
                    translate(
                        "sort_undo",
                        "{source} is there too, with other content; {dest} left in place",
                    ).format(source=source, dest=dest)
                )
        else:
            undo_temp = source.parent / f".pictag-undo-{run}-{number}.part"
            _move_back(step, summary, record, skip, undo_temp)
    if temp_exists and not summary.dry_run:
        discard(temp)


def _remove(
    dest: Path, summary: UndoSummary, record: Callable[..., None], skip: Callable[[str], None]
) -> None:
    """Delete a copy known to be ours (its content is also at the original path)."""
    if not summary.dry_run:
        record("started")
        try:
            dest.unlink()
        except OSError as exc:
            skip(
                translate("sort_undo", "cannot be deleted ({why}); left in place").format(
                    why=reason(exc)
                )
            )
            return
        record("removed")
    summary.removed.append(dest)


def _same_content(step: Step, dest: Path, source: Path) -> bool:
    """Whether `source` (the original, still there) holds exactly what `dest` (our copy or
    link of it) holds, so deleting `dest` loses nothing."""
    if same_file(dest, source):
        return True
    try:
        return bool(step.sha256) and sha256_of(source) == step.sha256
    except OSError:
        return False


def _move_back(
    step: Step,
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
        discard(temp)
        skip(
            translate("sort_undo", "{source} exists again; {dest} left in place").format(
                source=source, dest=dest
            )
        )
        return
    except OSError as exc:
        discard(temp)
        skip(reason(exc))
        return
    discard(temp)
    record("restored", destination=dest)
    summary.restored.append((dest, source))
    if not placed.source_gone:
        try:
            dest.unlink()
        except OSError as exc:  # the next undo finds both, identical, and deletes this one
            skip(
                translate(
                    "sort_undo", "moved back to {source}, but this copy cannot be deleted ({why})"
                ).format(source=source, why=reason(exc))
            )


def _remove_folder(folder: Path, summary: UndoSummary, journal: Journal | None) -> None:
    """A label folder the sort created goes once empty (recorded); one still holding files
    stays."""
    try:
        if not remove_if_empty(folder, dry_run=summary.dry_run):
            return
    except OSError as exc:
        summary.skipped.append((folder, reason(exc)))
        return
    if journal is not None:
        journal.write(action="rmdir", status="done", destination=folder)
    summary.folders.append(folder)
