"""Manifests: the CSV files in which a job journals the changes it makes to a user's files,
each row on disk before the change it announces begins, so the job can be undone (and
continued) after a crash at any instant.

One word, one API: the file is a *manifest* (as `--manifest` and every message call it); a
`ManifestKind` names one job's columns (a sort's, which adding to and taking out of a training
set share; a write of keywords'), and creates, reopens and reads its manifests; a `Journal` is
a manifest open for appending. This module keeps the rows safe and the names never taken.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.atomic import not_a_file
from app.core.errors import UsageError, WriteError
from app.core.files import kind_text
from app.core.i18n import translate

__all__ = ["Journal", "ManifestKind", "ManifestWriteError", "reason"]


class ManifestWriteError(WriteError):
    """A row could not reach the manifest (disk full, removed drive): nothing more may be done,
    as undo could not know about it. Not a per-file failure: the whole job stops."""


class Journal:
    """Append-only CSV with the columns `fields`; each row is on disk (fsync) before `write`
    returns. `undo` is the command that undoes what it records (for messages).

    Rows are written unbuffered, and a row the disk refuses is cut off again, so the manifest
    holds whole rows only whatever fails, and closing it never writes (nor fails) again. A new
    manifest is created with its header on disk, or not at all.

    Paths that are not valid text (Linux allows any bytes) are written as their raw bytes
    (surrogateescape), so undo finds exactly the same files again.
    """

    def __init__(self, path: Path, fields: Sequence[str], *, new: bool, undo: str) -> None:
        self.path = path
        self.undo = undo
        self._fields = tuple(fields)
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | _BINARY | (_NEW if new else 0), 0o666)
        if new:
            try:
                self._append(_csv_line(self._fields))
            except OSError as exc:
                self.close()
                os.unlink(path)  # no manifest rather than one without its header
                message = translate(
                    "journal", "cannot create the manifest {path} ({why}); nothing was done: "
                    "free some space there or choose a --manifest elsewhere, then run again",
                )  # fmt: skip
                raise WriteError(message.format(path=path, why=reason(exc)), path) from None

    def write(self, **row: object) -> None:
        if unknown := row.keys() - set(self._fields):
            raise ValueError(f"not columns of {self.path}: {sorted(unknown)}")
        values = ["" if row.get(name) is None else row[name] for name in self._fields]
        try:
            self._append(_csv_line(values))
        except OSError as exc:
            message = translate(
                "journal", "cannot write to the manifest {path} ({why}), so Pictag stopped; free "
                "some space or reconnect the drive, then undo what it recorded: {undo} {path}",
            )  # fmt: skip
            raise ManifestWriteError(
                message.format(path=self.path, why=reason(exc), undo=self.undo), self.path
            ) from None

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _append(self, line: str) -> None:
        """`line` and its newline on disk, or nothing of it (the file cut back, OSError)."""
        data = (line + "\n").encode("utf-8", "surrogateescape")
        start = os.lseek(self._fd, 0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)
            raise


_NEW = os.O_CREAT | os.O_EXCL
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: "\n" written as it is


def _csv_line(values: Sequence[object]) -> str:
    """`values` as one CSV row, quoted as the csv module quotes them, without its newline."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow(values)
    return buffer.getvalue()


@dataclass(frozen=True)
class ManifestKind:
    """One job's manifests: their `fields`, the `kind` a wrong file is told it is not ("a
    Pictag sort manifest", marked `QT_TRANSLATE_NOOP("journal", ...)` where it is defined and
    translated here), the name `prefix` of new ones, and the `undo` command (messages)."""

    fields: tuple[str, ...]
    kind: str
    prefix: str
    undo: str

    def new(self, folder: Path, path: Path | None = None, *, prefix: str = "") -> Journal:
        """A new manifest at `path`, or FOLDER/<prefix>-<time>.csv; never an existing file."""
        return _new(folder, path, self.fields, prefix=prefix or self.prefix, undo=self.undo)

    def open(self, path: Path) -> Journal:
        """An existing manifest reopened to append (undo, resume); UsageError when it cannot
        be."""
        return _open(path, self.fields, undo=self.undo)

    def read(self, path: Path) -> list[dict[str, str]]:
        """Every row; a UsageError when `path` is missing, unreadable or not of this kind."""
        return _read(path, self.fields, self.kind)


def _new(
    folder: Path, path: Path | None, fields: Sequence[str], *, prefix: str, undo: str
) -> Journal:
    """A new manifest at `path`, or FOLDER/<prefix>-<time>.csv; never an existing file.
    UsageError (one line: which file, what is wrong, what to do) when it cannot be created."""
    if path is not None:
        kind = not_a_file(path)
        if kind is not None:
            # Not written into as other outputs are: undo reads the manifest back, which a pipe
            # or a device cannot give, and each row is synced to disk before its operation.
            raise UsageError(
                translate(
                    "journal", "{path} is {kind}, not a file: undo needs the manifest later, so "
                    "it must be a new file; choose a new --manifest file name",
                ).format(path=path, kind=kind_text(kind))
            )  # fmt: skip
        try:
            return Journal(path, fields, new=True, undo=undo)
        except WriteError:  # its own message: created with no room for its header
            raise
        except FileExistsError:
            raise UsageError(
                translate("journal", "{path} already exists; choose a new manifest name").format(
                    path=path
                )
            ) from None
        except FileNotFoundError:
            raise UsageError(
                translate(
                    "journal", "cannot create the manifest {path}: the folder {folder} does not "
                    "exist; create it or choose another --manifest",
                ).format(path=path, folder=path.parent)
            ) from None  # fmt: skip
        except OSError as exc:
            raise UsageError(
                translate(
                    "journal", "cannot create the manifest {path} ({why}); choose a --manifest "
                    "in a folder you can write to",
                ).format(path=path, why=reason(exc))
            ) from None  # fmt: skip
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        name = f"{prefix}-{stamp}.csv" if n == 1 else f"{prefix}-{stamp}-{n}.csv"
        try:
            return Journal(folder / name, fields, new=True, undo=undo)
        except FileExistsError:
            continue
        except WriteError:
            raise
        except OSError as exc:
            raise UsageError(
                translate(
                    "journal", "cannot create a manifest in {folder} ({why}); choose a folder "
                    "you can write to, or a --manifest elsewhere",
                ).format(folder=folder, why=reason(exc))
            ) from None  # fmt: skip
    raise UsageError(
        translate(
            "journal", "cannot create a manifest in {folder}: too many manifests from this second"
        ).format(folder=folder)
    )


def _open(path: Path, fields: Sequence[str], *, undo: str) -> Journal:
    try:
        return Journal(path, fields, new=False, undo=undo)
    except OSError as exc:
        raise UsageError(
            translate(
                "journal", "cannot write to {path} ({why}); undo records what it does in the "
                "manifest: make the file writable, then undo again",
            ).format(path=path, why=reason(exc))
        ) from None  # fmt: skip


def reason(exc: OSError) -> str:
    """What an OSError says, without the errno number and path (the message names the file)."""
    return exc.strerror or str(exc)


def _read(path: Path, fields: Sequence[str], kind: str) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            reader = csv.DictReader(f)
            if tuple(reader.fieldnames or ()) != tuple(fields):
                message = translate("journal", "{path} is not {kind}")
                raise UsageError(message.format(path=path, kind=translate("journal", kind)))
            return list(reader)
    except FileNotFoundError:
        message = translate("journal", "{path}: no such file")
        raise UsageError(message.format(path=path)) from None
    except (OSError, csv.Error, UnicodeError) as exc:
        message = translate("journal", "{path} cannot be read: {why}")
        raise UsageError(message.format(path=path, why=exc)) from None
