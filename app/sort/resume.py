"""Continuing a sort from its manifest (`pictag sort SRC DEST --resume MANIFEST`): the photos
it placed are skipped, and a step cut short is settled by looking at where its file really is
(as undo does), so no photo is lost, left behind or filed twice.

A step cut short is one with a "started" or "placing" row and no end. Its photo was either
not placed yet (only a temporary file, if anything, which goes: the photo is sorted again) or
placed without the "done" row (a copy or link that is exactly ours at the destination): then
the row is written now, and a move's original, if it is still there too, is removed as the
sort would have. Every decision is a row in the manifest, so undo sees the resumed sort as one.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import UsageError
from app.core.files import discard, sha256_of
from app.core.i18n import translate
from app.core.journal import Journal, reason
from app.core.resume import Done
from app.sort.file_ops import same_file
from app.sort.filer import original_kept
from app.sort.manifest import open_manifest, read_manifest
from app.sort.steps import Step, is_our_file, read_steps

__all__ = ["ResumedSort", "resume_sort"]


@dataclass
class ResumedSort:
    manifest: Path
    done: Done  # the sources already placed
    counts: Counter[str] = field(default_factory=Counter)  # folder name -> photos placed
    settled: int = 0  # steps cut short that turned out to be placed
    last_step: int = 0


def resume_sort(manifest: Path, dest: Path, *, move: bool) -> ResumedSort:
    """Read `manifest`, check it is a sort into `dest` of the same kind (copy or move), settle
    its unfinished steps; UsageError (one line) when it cannot be continued."""
    rows = read_manifest(manifest)
    recorded = read_steps(rows)
    if recorded.undone:
        raise UsageError(
            translate(
                "sort_resume",
                "{manifest} records a sort that was undone; start a new sort instead of resuming",
            ).format(manifest=manifest)
        )
    _check_same_sort(manifest, recorded.steps.values(), recorded.created, dest, move=move)
    resumed = ResumedSort(manifest, Done(), last_step=recorded.last_step)
    journal = open_manifest(manifest)
    try:
        for number, step in sorted(recorded.steps.items()):
            if not step.done and not step.failed:
                step.done = _settle(number, step, journal)
                resumed.settled += step.done
            if step.done:
                if step.action == "move":
                    _finish_move(number, step, journal)
                resumed.done.add(step.source)
                assert step.destination is not None
                resumed.counts[step.destination.parent.name] += 1
    finally:
        journal.close()
    return resumed


def _check_same_sort(
    manifest: Path, steps: Collection[Step], created: list[Path], dest: Path, *, move: bool
) -> None:
    actions = {step.action for step in steps}
    wanted = "move" if move else "copy"
    if actions - {wanted}:
        if (actions - {wanted}).pop() == "move":
            said = translate("sort_resume", "{manifest} records a move sort: resume it with --move")
        else:
            said = translate(
                "sort_resume", "{manifest} records a copy sort: resume it without --move"
            )
        raise UsageError(said.format(manifest=manifest))
    root = os.path.realpath(dest)
    folders = [*created, *(s.destination.parent for s in steps if s.destination)]
    stranger = next((f for f in folders if os.path.realpath(f.parent) != root), None)
    if stranger is not None:
        raise UsageError(
            translate(
                "sort_resume",
                "{manifest} records a sort into {recorded}, not {dest}: resume it with that "
                "destination",
            ).format(manifest=manifest, recorded=stranger.parent, dest=dest)
        )


def _settle(number: int, step: Step, journal: Journal) -> bool:
    """Whether the step's photo is in place (then recorded as done); otherwise its leftovers
    are removed and the photo is sorted again."""
    dest, temp = step.destination, step.temp
    temp_left = temp if temp is not None and os.path.lexists(temp) else None
    row = {"step": number, "action": step.action, "source": step.source, "label": step.label}
    placed = (
        dest is not None
        and os.path.lexists(dest)
        and not os.path.islink(dest)
        and (is_our_file(step, dest, temp_left) or _moved(step, dest))
    )
    if not placed:
        discard(temp_left)
        return False
    assert dest is not None
    detail = translate("sort_resume", "found in place when the sort was resumed")
    journal.write(**row, status="done", destination=dest, temp=temp, size=step.size,
                  sha256=step.sha256, detail=detail)  # fmt: skip
    discard(temp_left)
    return True


def _finish_move(number: int, step: Step, journal: Journal) -> None:
    """A move placed but cut short before its original went: the original goes now, while it
    is exactly the placed file (the same file, or a copy with the recorded SHA-256)."""
    dest, source = step.destination, step.source
    if dest is None or not os.path.lexists(source) or os.path.islink(source):
        return
    try:
        ours = same_file(dest, source) or (bool(step.sha256) and sha256_of(source) == step.sha256)
        if ours:
            source.unlink()
    except OSError as exc:
        journal.write(
            step=number, action=step.action, status="original-kept", source=source,
            destination=dest, label=step.label,
            detail=original_kept(reason(exc)),
        )  # fmt: skip


def _moved(step: Step, dest: Path) -> bool:
    """A move renamed into place (no hard links): the source is gone, its file at `dest`."""
    return (
        step.action == "move"
        and not os.path.lexists(step.source)
        and step.size
        in (
            None,
            _size(dest),
        )
    )


def _size(path: Path) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None
