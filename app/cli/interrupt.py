"""Ctrl-C during a run that can keep what it has so far (`pictag train`, `pictag update`), as
the app's Stop and Cancel buttons do: the first Ctrl-C stops the run, which keeps its best
weights so far, evaluates and saves them; a second one cancels it, and nothing is written.
Outside `ctrl_c_stops`, Ctrl-C is Python's KeyboardInterrupt, as for every other command.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from app.core.progress import Token

__all__ = ["FIRST_CTRL_C", "SECOND_CTRL_C", "EXIT_HELP", "ctrl_c_stops"]

FIRST_CTRL_C = (
    "Ctrl-C: stopping; the best weights so far are kept, evaluated and saved. "
    "Press Ctrl-C again to discard the run instead (nothing is written)."
)
SECOND_CTRL_C = "Ctrl-C again: discarding the run; nothing is written."
EXIT_HELP = (
    "the first Ctrl-C stops: the best weights so far are evaluated and saved; a second writes "
    "nothing"
)
"""What exit status 130 means for these commands, for their help."""


@contextmanager
def ctrl_c_stops(token: Token, stream: IO[str]) -> Iterator[None]:
    """Meanwhile SIGINT stops `token` (first) or cancels it (second), saying so on `stream`;
    the previous handler is back afterwards. Call it on the main thread (Python's rule for
    signal handlers)."""
    presses = 0

    def handle(_signum: int, _frame: object) -> None:
        nonlocal presses
        presses += 1
        if presses == 1:
            token.stop()
            _say(stream, FIRST_CTRL_C)
        else:
            token.cancel()
            _say(stream, SECOND_CTRL_C)

    previous = signal.signal(signal.SIGINT, handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _say(stream: IO[str], text: str) -> None:
    """Straight to the stream's file descriptor when it has one: the handler may have
    interrupted a write to `stream`, and a buffered stream refuses a reentrant call."""
    line = f"\n{text}\n"
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a stream in memory: nothing to interrupt
        stream.write(line)
        return
    os.write(fd, line.encode(errors="backslashreplace"))
