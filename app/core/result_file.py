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
from app.core.formats import CSV, JSONL, csv_header, make_writer
from app.core.results import ClassifyResult
from app.core.resume import Done

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one run at a time is the user's to keep
    fcntl = None  # type: ignore[assignment]

__all__ = ["FSYNC_INTERVAL_S", "ResultFile", "lock_exclusively"]

FSYNC_INTERVAL_S = 1.0
_FIELDS = {"path", "predictions", "error"}


class ResultFile:
    """`with ResultFile(path, fmt, top=..., labels=...) as out:` then `out.done` (read back),
    `out.write(result)` per result and `out.checkpoint()` after each batch."""

    def __init__(self, path: Path, fmt: str, *, top: int, labels: Sequence[str]) -> None:
        if fmt not in (CSV, JSONL):
            raise ValueError(fmt)
        kind = not_a_file(path)
        if kind is not None:
            raise UsageError(
                f"{path} is {kind}: --resume reads its output back, so it needs a file"
            )
        self.path, self.fmt, self.done = path, fmt, Done()
        self._expected = min(top, len(labels))
        self._top = top
        self._labels = frozenset(labels)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise UsageError(f"{path}: cannot write there ({exc.strerror or exc})") from None
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
            fmt, self._text, top=top, paths=(), labels=(), header=(valid == 0)
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

    def checkpoint(self) -> None:
        """What was written is handed to the system; synced when the last sync is a second old."""
        with self._writing():
            self._text.flush()
            if time.monotonic() - self._synced >= FSYNC_INTERVAL_S:
                os.fsync(self._file.fileno())
                self._synced = time.monotonic()

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
            advice = "the results so far are kept: free some space, then run again with --resume"
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
            if row != csv_header(self._top):
                self._wrong_header(row)
            return
        if len(row) != 2 * self._top + 2:
            self._damaged(number, "has another number of columns than the header")
        labels = [label for label in row[1:-1:2] if label]
        self._check_labels(number, labels, ok=not row[-1])
        self.done.add(row[0], ok=not row[-1])

    def _json_record(self, number: int, text: str) -> None:
        try:
            record = json.loads(text)
        except ValueError:
            record = None
        if not isinstance(record, dict) or set(record) != _FIELDS:
            self._damaged(number, "is not a Pictag JSON-lines result")
        try:
            labels = [p["label"] for p in record["predictions"]]
        except (TypeError, KeyError):
            self._damaged(number, "has predictions without labels")
        self._check_labels(number, labels, ok=record["error"] is None)
        self.done.add(str(record["path"]), ok=record["error"] is None)

    def _check_labels(self, number: int, labels: list[str], *, ok: bool) -> None:
        if not ok:
            return
        if len(labels) != self._expected:
            raise UsageError(
                f"{self.path} holds {len(labels)} labels per image (line {number}), this run "
                f"{self._expected}: continue it with --top {len(labels)}, or choose a new --output"
            )
        stranger = next((label for label in labels if label not in self._labels), None)
        if stranger is not None:
            raise UsageError(
                f"{self.path} holds a label this model does not have ({stranger!r}, line "
                f"{number}): it was written with another model; continue it with that --model, "
                "or choose a new --output"
            )

    def _wrong_header(self, row: list[str]) -> None:
        if row[:1] == ["path"] and row[-1:] == ["error"] and len(row) % 2 == 0:
            top = (len(row) - 2) // 2
            raise UsageError(
                f"{self.path} was written with --top {top}: continue it with --top {top}, or "
                "choose a new --output"
            )
        raise UsageError(
            f"{self.path} is not a Pictag CSV results file (its first line is not the header "
            f"{','.join(csv_header(self._top))}); choose another --output"
        )

    def _damaged(self, number: int, what: str) -> None:
        raise UsageError(
            f"{self.path} line {number} {what}: the file was changed since Pictag wrote it; "
            "repair or remove that line, or choose a new --output"
        )


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
            f"{path} is being written by another pictag run; wait for it to end, or choose "
            "another --output"
        ) from None
    except OSError:  # a file system without locks (some network shares): carry on
        return
