"""What C libraries write to file descriptor 2 goes to the log, for the whole of a command.

libtiff (inside Pillow) prints "TIFFFetchNormalTag: ..." straight to fd 2 while it decodes an odd
TIFF, on whichever decoder thread met it; on a terminal that lands in the middle of the progress
bar. Redirecting fd 2 around each decode would make the decoders take turns (fd 2 is the whole
process's), so a command redirects it once instead: fd 2 becomes a pipe whose reader thread logs
each line (INFO: `pictag -v` shows it), while Python's own `sys.stderr` (error messages, the
progress bar, logging, tracebacks) is reopened on a copy of the original fd 2 and reaches the
terminal as before. Decoders write to the pipe without waiting for each other.

Leaving, fd 2 is restored and the reader drains the pipe before the command returns, so no line
is lost. Python's crash reports (faulthandler) are pointed at the terminal meanwhile; only what C
code writes in the instant before a hard crash, if anything, may not reach the log.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["native_stderr_to_log"]

log = logging.getLogger(__name__)

_DRAIN_S = 5.0  # a child process still holding the pipe must not keep the command waiting


@contextmanager
def native_stderr_to_log() -> Iterator[None]:
    """Meanwhile fd 2 feeds the log and `sys.stderr` is the terminal's; call before logging is
    set up, so its handler writes to the new `sys.stderr`. Does nothing when `sys.stderr` is not
    fd 2 (an embedding program or a test capturing it has its own plans for both)."""
    if not _is_fd2(sys.stderr):
        yield
        return
    original = sys.stderr
    original.flush()
    terminal = os.dup(2)
    read_end, write_end = os.pipe()
    os.dup2(write_end, 2)
    os.close(write_end)
    # Not closed on leaving: a logging handler made meanwhile may still write to it later.
    sys.stderr = open(  # noqa: SIM115
        terminal, "w", encoding=original.encoding, errors="backslashreplace", buffering=1
    )
    reader = threading.Thread(
        target=_log_lines, args=(read_end,), name="pictag-native-stderr", daemon=True
    )
    reader.start()
    crash_reports = faulthandler.is_enabled()
    faulthandler.enable(sys.stderr)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(terminal, 2)  # the pipe's last writer is gone: the reader sees its end
        reader.join(_DRAIN_S)
        sys.stderr = original
        if crash_reports:
            faulthandler.enable(original)
        else:
            faulthandler.disable()


def _is_fd2(stream: object) -> bool:
    try:
        return stream.fileno() == 2  # type: ignore[attr-defined]
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return False


def _log_lines(read_end: int) -> None:
    with open(read_end, "rb") as pipe:
        for raw in pipe:
            line = raw.decode("utf-8", "replace").rstrip()
            if line:
                log.info("%s", line)
