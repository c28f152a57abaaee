"""One writer per model file, across threads and processes.

Two runs that write one model (an update, a restore, a training run onto it) would each read
the version in use and the next version number, and the later one would replace the earlier
one's work without a word. So each takes the file's lock first: an OS lock (`flock`; `msvcrt`
on Windows) on a hidden `.NAME.keras.lock` beside it, which the kernel drops when the process
ends however it ends (a killed run never leaves a model locked), and, inside one process, a
table of the files held, because on some file systems (NFS) threads share their process's
locks. A second writer waits, telling whoever started it, for at most `WRITER_WAIT_SECONDS`
(cancellable all along), then refuses with a message that names the run holding the file.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from app.core.atomic import not_a_file
from app.core.errors import Cancelled, PictagError
from app.core.i18n import Context, translate
from app.core.progress import Note, Progress, ProgressCallback, Stage, Token

writer_lock = Context("writer_lock")

__all__ = ["WRITER_WAIT_SECONDS", "ModelBusy", "lock_path", "writing"]

# An update takes seconds to a minute, so a second one started meanwhile simply follows it;
# a whole training run can take hours, and a command that sat that long unseen in a script
# would be worse than a clear refusal.
WRITER_WAIT_SECONDS = 600.0
_POLL_SECONDS = 0.2
# Windows locks byte ranges, and a locked range cannot be read: lock one byte far past the
# holder's line, so that a waiting run can still read who holds the file.
_WINDOWS_LOCK_OFFSET = 1 << 20

_held: set[str] = set()  # the files this process holds (their real paths)
_held_guard = threading.Lock()


class ModelBusy(PictagError):
    """Another run is writing the model file, and went on longer than this run would wait."""


def lock_path(model: Path) -> Path:
    """The lock of a model file: `.NAME.keras.lock` beside the file itself (a link's target)."""
    real = Path(os.path.realpath(model))
    return real.with_name(f".{real.name}.lock")


@contextmanager
def writing(
    model: Path,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    wait: float = WRITER_WAIT_SECONDS,
) -> Iterator[None]:
    """Hold `model`'s lock for the block. While another run holds it, wait up to `wait`
    seconds (0: refuse at once), telling `progress` once (a `Note` naming the holder and a
    `Progress` of `Stage.WAIT`); a cancel or a stop of `token` gives up (`Cancelled`), and
    the end of the wait refuses (`ModelBusy`). Nothing is written before the lock is held."""
    if not_a_file(model) is not None:  # a pipe, a device: written into, no file to keep whole
        yield
        return
    path = lock_path(model)
    started = time.monotonic()
    waited = False
    while (fd := _take(path)) is None:
        holder = _holder(path)
        if token is not None and token.ended:
            message = translate(
                "writer_lock", "gave up waiting for the other run writing {model}; nothing written"
            )
            raise Cancelled(message.format(model=model))
        if time.monotonic() - started >= wait:
            raise ModelBusy(_busy(model, holder, wait))
        if not waited and progress is not None:
            note = translate(
                "writer_lock", "Waiting for another Pictag run that is writing {model} "
                "({holder}), at most {duration}; Ctrl-C or Cancel gives up, writing nothing",
            )  # fmt: skip
            progress(
                Note.info(note.format(model=model, holder=holder, duration=_duration(wait)), model)
            )
            text = translate("writer_lock", "Waiting for another Pictag run that is writing {name}")
            progress(Progress(Stage.WAIT, text=text.format(name=model.name)))
        waited = True
        time.sleep(_POLL_SECONDS)
    if waited and progress is not None:
        note = translate("writer_lock", "The other run has finished with {model}; going on")
        progress(Note.info(note.format(model=model), model))
    try:
        yield
    finally:
        _release(path, fd)


def _take(path: Path) -> int | None:
    """The lock file's descriptor, locked, or None while another run (or thread) holds it."""
    key = str(path)
    with _held_guard:
        if key in _held:
            return None
        _held.add(key)
    try:
        fd = _lock_file(path)
    except BaseException:
        _forget(key)
        raise
    if fd is None:
        _forget(key)
    return fd


def _lock_file(path: Path) -> int | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            if not _os_lock(fd):
                os.close(fd)
                return None
            if _same_file(fd, path):
                break
            os.close(fd)  # its holder removed it as we opened it: take the file there now
    except OSError as exc:
        raise PictagError(
            translate(
                "writer_lock", "{path}: cannot lock the model for writing ({why}); make its "
                "folder writable",
            ).format(path=path, why=exc.strerror or exc)
        ) from None  # fmt: skip
    holder = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": datetime.now().strftime("%H:%M:%S"),
        "command": " ".join([_program(), *sys.argv[1:]]),
    }
    with suppress(OSError):  # who holds it is for messages only; a full disk may refuse it
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(holder).encode())
    return fd


def _release(path: Path, fd: int) -> None:
    """Remove the lock file while it is still held (a run waiting on it sees it gone and
    takes a new one), then let it go."""
    with suppress(OSError):  # Windows keeps an open file; the next run takes it as it is
        path.unlink()
    os.close(fd)  # the OS lock goes with the descriptor
    _forget(str(path))


def _forget(key: str) -> None:
    with _held_guard:
        _held.discard(key)


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = path.stat()
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it: "pid 4242 on host, since 14:03:12:
    pictag update m.keras"."""
    try:
        holder = json.loads(path.read_text(encoding="utf-8"))
        return translate("writer_lock", "pid {pid} on {host}, since {since}: {command}").format(
            **holder
        )
    except (OSError, ValueError, KeyError, TypeError):  # gone meanwhile, or half written
        return translate("writer_lock", "another Pictag process or job")


def _program() -> str:
    """This process's program as a person started it: "pictag", "python -m app"."""
    started = Path(sys.argv[0])
    if started.name == "__main__.py":
        return f"python -m {started.parent.name}"
    return started.name


def _busy(model: Path, holder: str, wait: float) -> str:
    """The refusal once the wait is over (or at once, when there was none)."""
    if wait > 0:
        message = translate(
            "writer_lock", "{model}: another Pictag run is writing it ({holder}) after waiting "
            "{duration}; nothing was done: run this again once it has ended",
        )  # fmt: skip
    else:
        message = translate(
            "writer_lock", "{model}: another Pictag run is writing it ({holder}); nothing was "
            "done: run this again once it has ended",
        )  # fmt: skip
    return message.format(model=model, holder=holder, duration=_duration(wait))


def _duration(seconds: float) -> str:
    if seconds >= 120:
        minutes = round(seconds / 60)
        return writer_lock.tr("%Ln minutes", "", minutes)
    return translate("writer_lock", "{seconds:.0f} s").format(seconds=seconds)


if sys.platform == "win32":
    import msvcrt

    def _os_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
