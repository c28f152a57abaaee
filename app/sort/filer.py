"""Filing one file into DEST/<folder>/, journaled: what a sort does per photo, and what adding
a photo to a training set does.

Every operation is recorded in the manifest (`app.sort.manifest`) before it happens: a
"started" row, a "placing" row naming the destination about to be used, then "done", so that
`app.sort.undo` can put everything back after a run cut short at any instant. The file
operations themselves, which never overwrite anything, are in `app.sort.file_ops`; which folder
a file goes to is the caller's business.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import UsageError, write_failure
from app.core.files import discard
from app.core.i18n import translate
from app.core.journal import Journal, ManifestWriteError, reason
from app.sort.file_ops import place

__all__ = ["Filed", "Filer", "original_kept"]


@dataclass(frozen=True)
class Filed:
    """What happened to one file: where it is now, or why it stayed where it was."""

    source: Path
    destination: Path | None
    error: str | None = None  # not placed: why (the file is where it was)
    disk_full: str | None = None  # the drive refused the write: the system's words for why
    original_kept: str | None = None  # a move placed whose original could not be removed: why

    @property
    def placed(self) -> bool:
        return self.destination is not None


class Filer:
    """Copies or moves files one at a time into DEST/<folder>/, journaling each step.

    Only a manifest that cannot be written (`ManifestWriteError`) stops everything; any other
    failure leaves that one file in place, recorded with why (`Filed.disk_full` tells the
    caller when the rest would fail too).
    """

    def __init__(self, dest: Path, journal: Journal, *, last_step: int = 0) -> None:
        """`last_step`: the journal's last step number, when it continues an earlier run."""
        self.dest = dest
        self.journal = journal
        self._run = secrets.token_hex(4)
        self._step = last_step
        self._ready: set[str] = set()
        self._root = Path(os.path.realpath(dest))

    def file(
        self, source: Path, folder: str, *, move: bool, label: str, confidence: float | None
    ) -> Filed:
        self._step += 1
        row: dict[str, object] = {"step": self._step, "source": source, "label": label}
        row["action"] = "move" if move else "copy"
        row["confidence"] = "" if confidence is None else f"{confidence:.6f}"
        temp: Path | None = None
        try:
            path = self._folder(folder)
            temp = path / f".pictag-{self._run}-{self._step}.part"
            self.journal.write(**row, status="started", temp=temp)
            placed = place(
                source, path, source.name, temp,
                keep_source=not move,
                exclusive=False,
                placing=lambda p, n, h: self.journal.write(
                    **row, status="placing", destination=p, temp=temp, size=n, sha256=h
                ),
            )  # fmt: skip
            done = {"destination": placed.path, "size": placed.size, "sha256": placed.sha256}
            self.journal.write(**row, status="done", temp=temp, **done)
        except ManifestWriteError:  # an OSError too, but not this file's: the job stops
            raise
        except (OSError, UsageError) as exc:
            why = reason(exc) if isinstance(exc, OSError) else str(exc)
            discard(temp)
            self.journal.write(**row, status="failed", detail=why)
            full = write_failure(exc) if isinstance(exc, OSError) else None
            return Filed(source, None, why, full)
        # Placed: from here on the file counts as filed, whatever the tidying up says.
        discard(temp)  # a link to the placed file; undo removes it if it stays
        if move and not placed.source_gone:
            try:
                source.unlink()
            except OSError as exc:
                # The copy is in place and the original too: undo deletes the copy only while
                # the original is still identical to it.
                why = original_kept(reason(exc))
                self.journal.write(**row, status="original-kept", **done, detail=why)
                return Filed(source, placed.path, original_kept=reason(exc))
        return Filed(source, placed.path)

    def leave(self, source: Path, why: str, status: str = "unreadable") -> None:
        """Record a file that is not filed at all (unreadable, a duplicate...), with why."""
        self._step += 1
        self.journal.write(
            step=self._step, action="leave", status=status, source=source, detail=why
        )

    def _folder(self, name: str) -> Path:
        """DEST/name, created (and journaled) if needed; never a link or a file, and checked
        to be inside DEST before every write."""
        path = self.dest / name
        if name not in self._ready:
            try:
                os.mkdir(path)
            except FileExistsError:
                pass
            else:
                try:
                    self.journal.write(action="mkdir", status="done", destination=path)
                except ManifestWriteError:
                    with contextlib.suppress(OSError):
                        os.rmdir(path)  # not in the manifest, so undo would leave it behind
                    raise
            self._ready.add(name)
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
            raise UsageError(
                translate(
                    "sort_filer",
                    "{path} is a link or a file, not a folder; nothing is written there",
                ).format(path=path)
            )
        if Path(os.path.realpath(path)).parent != self._root:
            raise UsageError(
                translate("sort_filer", "{path} leads outside {dest}").format(
                    path=path, dest=self.dest
                )
            )
        return path


def original_kept(why: str) -> str:
    """Why a move left its original behind (its copy is in place), for the manifest."""
    return translate("sort_filer", "placed, but the original could not be removed: {why}").format(
        why=why
    )
