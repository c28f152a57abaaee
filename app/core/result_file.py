"""A CSV or JSON-lines results file that a run appends to and a later run continues
(`pictag classify --output FILE --resume`).

Valid at every moment: each result is one complete record (`app.core.formats`), the records of
a batch are handed to the system when the batch ends (a killed process loses nothing handed
over), and synced to the disk at most once a second (a power cut loses at most that second,
which the next run classifies again). fsync costs ~3 ms here, so syncing every batch would
cost a fast machine (a GPU's 16 ms batches) a fifth of its time; once a second costs nothing.

Reopened, the file is read back first: a record cut short by a crash (the end of the file
without its newline) is removed, the files it holds are `done`, and a file written for another
format, another `--top` or another model's labels is refused with a one-line message rather
than mixed into. One run at a time may write it (an advisory lock).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, BinaryIO

from app.core.atomic import not_a_file
from app.core.errors import UsageError, write_error
from app.core.files import kind_text, sync_folder
from app.core.formats import CSV, CSV_TAIL, CSV_TAIL_BEFORE, JSONL, csv_header, make_writer
from app.core.i18n import translate
from app.core.path_text import PATH_BYTES, stored_path
from app.core.results import ClassifyResult
from app.core.resume import Done

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one run at a time is the user's to keep
    fcntl = None  # type: ignore[assignment]

__all__ = ["FSYNC_INTERVAL_S", "ResultFile", "lock_exclusively"]

FSYNC_INTERVAL_S = 1.0
_FIELDS = {"path", "predictions", "error", "labels", "novelty"}  # and PATH_BYTES, not UTF-8
_FIELDS_BEFORE = {"path", "predictions", "error"}  # what an earlier Pictag wrote


class ResultFile:
    """`with ResultFile(path, fmt, top=..., labels=...) as out:` then `out.done` (read back),
    `out.write(result)` per result and `out.checkpoint()` after each batch."""

    def __init__(
        self, path: Path, fmt: str, *, top: int, labels: Sequence[str], name: Path | None = None
    ) -> None:
        """`name`: the file messages name, when `path` is a copy of it being continued."""
        if fmt not in (CSV, JSONL):
            raise ValueError(fmt)
        kind = not_a_file(path)
        if kind is not None:
            raise UsageError(
                translate(
                    "result_file", "{path} is {kind}: --resume reads its output back, so it "
                    "needs a file",
                ).format(path=path, kind=kind_text(kind))
            )  # fmt: skip
        self.path, self.fmt, self.done = path, fmt, Done()
        self.name, self.written = name or path, 0
        self._expected = min(top, len(labels))
        self._top = top
        self._labels = frozenset(labels)
        self._current = True  # False in a CSV file an earlier Pictag wrote (its columns kept)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise UsageError(
                translate("result_file", "{path}: cannot write there ({why})").format(
                    path=path, why=exc.strerror or exc
                )
            ) from None
        self._file: BinaryIO = open(fd, "r+b")  # noqa: SIM115 (closed by close())
        try:
            lock_exclusively(self._file.fileno(), path)
            valid = self._read_back()
            size = os.fstat(fd).st_size
            self.discarded_bytes = size - valid
            if valid < size:
                self._file.truncate(valid)
            self._file.seek(valid)
        except BaseException:
            self._file.close()
            raise
        self._text: IO[str] = open(  # noqa: SIM115 (closed with the binary file)
            fd, "w", encoding="utf-8", errors="backslashreplace", newline="", closefd=False
        )
        self._writer = make_writer(
            fmt,
            self._text,
            top=top,
            paths=(),
            labels=(),
            header=(valid == 0),
            current=self._current,
        )
        self._synced = time.monotonic()
        self._refused = False

    def __enter__(self) -> ResultFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def write(self, result: ClassifyResult) -> None:
        with self._writing():
            self._writer.write(result)
        self.written += 1

    def checkpoint(self) -> None:
        """What was written is handed to the system; synced when the last sync is a second old."""
        with self._writing():
            self._text.flush()
            if time.monotonic() - self._synced >= FSYNC_INTERVAL_S:
                os.fsync(self._file.fileno())
                self._synced = time.monotonic()

    def replace_onto(self, target: Path) -> None:
        """Make the file, synced, `target` (its permissions kept), and close it: the rename
        happens under the lock, so no other run can be appending to it meanwhile."""
        self._text.flush()
        os.fsync(self._file.fileno())
        with contextlib.suppress(OSError):  # a new target keeps the mode the file was made with
            os.chmod(self._file.fileno(), os.stat(target).st_mode & 0o7777)
        try:
            os.replace(self.path, target)
            sync_folder(target.parent)
        finally:
            self.close()

    def close(self) -> None:
        if self._file.closed:
            return
        try:
            if not self._refused:
                with self._writing():
                    self._text.flush()
                    os.fsync(self._file.fileno())
        finally:
            with contextlib.suppress(OSError):  # what the disk refused is not tried again
                self._text.close()
            self._file.close()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write the drive refuses is one line (once: closing does not try it again); what
        was handed over before is kept, and a record cut short is dropped by `--resume`."""
        try:
            yield
        except OSError as exc:
            self._refused = True
            advice = translate(
                "result_file",
                "the results so far are kept: free some space, then run again with --resume",
            )
            if (error := write_error(exc, self.path, advice=advice)) is None:
                raise
            raise error from None

    # -- reading back ------------------------------------------------------------------------

    def _read_back(self) -> int:
        """Fill `done`; returns the length of the file's complete records, in bytes."""
        valid = 0
        for number, (record, end) in enumerate(_records(self._file, quoted=self.fmt == CSV), 1):
            text = record.decode("utf-8", "surrogateescape")
            if self.fmt == CSV:
                self._csv_record(number, next(csv.reader([text])))
            else:
                self._json_record(number, text)
            valid = end
        return valid

    def _csv_record(self, number: int, row: list[str]) -> None:
        if number == 1:
            if row == csv_header(self._top, current=False):
                self._current = False
            elif row != csv_header(self._top):
                self._wrong_header(row)
            return
        tail = CSV_TAIL if self._current else CSV_TAIL_BEFORE
        if len(row) != 2 * self._top + 1 + len(tail):
            self._damaged(
                number, translate(
                    "result_file", "{name} line {number} has another number of columns than "
                    "the header: the file was changed since Pictag wrote it; repair or remove "
                    "that line, or choose a new --output",
                ),
            )  # fmt: skip
        error = row[2 * self._top + 1]
        labels = [label for label in row[1 : 2 * self._top + 1 : 2] if label]
        self._check_labels(number, labels, ok=not error)
        self._add(number, row[0], row[-1] if self._current else None, ok=not error)

    def _json_record(self, number: int, text: str) -> None:
        try:
            record = json.loads(text)
        except ValueError:
            record = None
        if not isinstance(record, dict) or set(record) - {PATH_BYTES} not in (
            _FIELDS,
            _FIELDS_BEFORE,
        ):
            self._damaged(
                number, translate(
                    "result_file", "{name} line {number} is not a Pictag JSON-lines result: the "
                    "file was changed since Pictag wrote it; repair or remove that line, or "
                    "choose a new --output",
                ),
            )  # fmt: skip
        try:
            labels = [p["label"] for p in record["predictions"]]
        except (TypeError, KeyError):
            self._damaged(
                number, translate(
                    "result_file", "{name} line {number} has predictions without labels: the "
                    "file was changed since Pictag wrote it; repair or remove that line, or "
                    "choose a new --output",
                ),
            )  # fmt: skip
        self._check_labels(number, labels, ok=record["error"] is None)
        self._add(number, str(record["path"]), record.get(PATH_BYTES), ok=record["error"] is None)

    def _add(self, number: int, path: str, path_bytes: object, *, ok: bool) -> None:
        """A finished file, by the exact name it was written for."""
        try:
            self.done.add(stored_path(path, str(path_bytes) if path_bytes else None), ok=ok)
        except ValueError:
            self._damaged(
                number, translate(
                    "result_file", "{name} line {number} has a path_bytes that is not base64: "
                    "the file was changed since Pictag wrote it; repair or remove that line, or "
                    "choose a new --output",
                ),
            )  # fmt: skip

    def _check_labels(self, number: int, labels: list[str], *, ok: bool) -> None:
        if not ok:
            return
        if len(labels) != self._expected:
            raise UsageError(
                translate(
                    "result_file", "{name} holds {found} labels per image (line {number}), this "
                    "run {expected}: continue it with --top {found}, or choose a new --output",
                ).format(name=self.name, found=len(labels), number=number, expected=self._expected)
            )  # fmt: skip
        stranger = next((label for label in labels if label not in self._labels), None)
        if stranger is not None:
            raise UsageError(
                translate(
                    "result_file", "{name} holds a label this model does not have ({label!r}, "
                    "line {number}): it was written with another model; continue it with that "
                    "--model, or choose a new --output",
                ).format(name=self.name, label=stranger, number=number)
            )  # fmt: skip

    def _wrong_header(self, row: list[str]) -> None:
        for tail in (CSV_TAIL, CSV_TAIL_BEFORE):
            if row[:1] == ["path"] and row[-len(tail) :] == tail and (len(row) - len(tail)) % 2:
                top = (len(row) - 1 - len(tail)) // 2
                break
        else:
            top = None
        if top is not None:
            raise UsageError(
                translate(
                    "result_file", "{name} was written with --top {top}: continue it with --top "
                    "{top}, or choose a new --output",
                ).format(name=self.name, top=top)
            )  # fmt: skip
        raise UsageError(
            translate(
                "result_file", "{name} is not a Pictag CSV results file (its first line is not "
                "the header {header}); choose another --output",
            ).format(name=self.name, header=",".join(csv_header(self._top)))
        )  # fmt: skip

    def _damaged(self, number: int, message: str) -> None:
        """`message` (its `{name}` and line `{number}` filled) as a UsageError."""
        raise UsageError(message.format(name=self.name, number=number))


def _records(file: BinaryIO, *, quoted: bool) -> Iterator[tuple[bytes, int]]:
    """Each complete record and the offset just past it; a record is complete at a newline
    (in CSV, one outside quotes: a quoted file name may hold a newline). What follows the
    last complete record, if anything, was cut short."""
    file.seek(0)
    offset, pending = 0, b""
    for line in file:
        offset += len(line)
        pending += line
        if not pending.endswith(b"\n") or (quoted and pending.count(b'"') % 2):
            continue
        if pending.strip(b"\r\n"):
            yield pending.rstrip(b"\r\n"), offset
        pending = b""


def lock_exclusively(fd: int, path: Path | str) -> None:
    """Refuse to write an output another run is writing (the lock goes with the process)."""
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise UsageError(
            translate(
                "result_file", "{path} is being written by another pictag run; wait for it to "
                "end, or choose another --output",
            ).format(path=path)
        ) from None  # fmt: skip
    except OSError:  # a file system without locks (some network shares): carry on
        return
