"""A manifest's file operations read back as steps, and where a step's file really is: what
undo and a resumed sort both need, because neither may trust the rows alone (a sort cut short
may have placed a file without recording it as done)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.core.files import sha256_of
from app.sort.file_ops import same_file

__all__ = ["Step", "JournalSteps", "read_steps", "is_our_file"]

PLACED = ("done", "original-kept")  # the statuses of a step whose file is in place


@dataclass
class Step:
    action: str  # copy or move
    source: Path
    temp: Path | None = None
    destination: Path | None = None  # the done row's, else the last name tried
    size: int | None = None
    sha256: str = ""
    done: bool = False
    failed: bool = False  # the sort recorded that it left this file in place
    label: str = ""


@dataclass
class JournalSteps:
    steps: dict[int, Step] = field(default_factory=dict)  # by step number
    created: list[Path] = field(default_factory=list)  # label folders the sort made
    undo_temps: list[Path] = field(default_factory=list)  # of undos, which one cut short leaves
    undone: bool = False  # an undo has run on this manifest
    last_step: int = 0


def read_steps(rows: list[dict[str, str]]) -> JournalSteps:
    found = JournalSteps()
    for row in rows:
        if row["step"]:
            found.last_step = max(found.last_step, int(row["step"]))
        if row["action"] == "mkdir":
            found.created.append(Path(row["destination"]))
        if row["action"] in ("undo", "rmdir"):
            found.undone = True
            if row["temp"]:
                found.undo_temps.append(Path(row["temp"]))
        if row["action"] not in ("copy", "move"):
            continue
        step = found.steps.setdefault(
            int(row["step"]), Step(row["action"], Path(row["source"]), label=row["label"])
        )
        if row["temp"]:
            step.temp = Path(row["temp"])
        if row["status"] == "failed":
            step.failed = True
        if row["status"] in ("placing", *PLACED) and not step.done:
            step.destination = Path(row["destination"])
            step.size = int(row["size"]) if row["size"] else None
            step.sha256 = row["sha256"]
            step.done = row["status"] in PLACED
    return found


def is_our_file(step: Step, dest: Path, temp: Path | None) -> bool:
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
