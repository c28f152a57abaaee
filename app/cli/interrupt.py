"""Ctrl-C during a run that can keep what it has so far (`pictag train`, `pictag update`), as
the app's Stop and Cancel buttons do: the first Ctrl-C stops the run, which keeps its best
weights so far, evaluates and saves them; a second one cancels it, and nothing is written.
Once the run is saving (its token committed), it is too late to discard it, and a press says so.
From the second press on (or the first once saving), Ctrl-C is the previous handler's again, so
that the process can always be ended. Outside `ctrl_c_stops`, Ctrl-C is Python's
KeyboardInterrupt, as for every other command.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Token

__all__ = ["FIRST_CTRL_C", "SECOND_CTRL_C", "SAVING_CTRL_C", "EXIT_HELP", "ctrl_c_stops"]

# Said in the user's language when the key is pressed (`_say`).
FIRST_CTRL_C = QT_TRANSLATE_NOOP(
    "cli_interrupt",
    "Ctrl-C: stopping; the best weights so far are kept, evaluated and saved (before training "
    "begins there are none, and nothing is written). Press Ctrl-C again to discard the run.",
)
SECOND_CTRL_C = QT_TRANSLATE_NOOP(
    "cli_interrupt", "Ctrl-C again: discarding the run; nothing is written."
)
SAVING_CTRL_C = QT_TRANSLATE_NOOP(
    "cli_interrupt",
    "Ctrl-C: too late to discard the run, it is being saved and ends in a moment. "
    "Press Ctrl-C again to end pictag at once.",
)
EXIT_HELP = (
    "the first Ctrl-C stops: the best weights so far are evaluated and saved; a second writes "
    "nothing"
)
"""What exit status 130 means for these commands, for their help."""


@contextmanager
def ctrl_c_stops(token: Token, stream: IO[str]) -> Iterator[None]:
    """Meanwhile SIGINT stops `token` (first) or cancels it (second), saying so on `stream`;
    once `token` is committed, a press only says it is too late. After the second press, or
    any press once committed, and after the context, the previous handler is back. Call it on
    the main thread (Python's rule for signal handlers)."""
    presses = 0

    def handle(_signum: int, _frame: object) -> None:
        nonlocal presses
        presses += 1
        if token.committed:
            _say(stream, SAVING_CTRL_C)
        elif presses == 1:
            token.stop()
            _say(stream, FIRST_CTRL_C)
        else:
            token.cancel()
            _say(stream, SECOND_CTRL_C)
        if presses > 1 or token.committed:
            signal.signal(signal.SIGINT, restored)

    previous = signal.signal(signal.SIGINT, handle)
    # Python's own handler when the previous one is not Python's (ignored, or the default):
    # an end the next Ctrl-C can always reach.
    restored = previous if callable(previous) else signal.default_int_handler
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _say(stream: IO[str], text: str) -> None:
    """Straight to the stream's file descriptor when it has one: the handler may have
    interrupted a write to `stream`, and a buffered stream refuses a reentrant call."""
    said = translate("cli_interrupt", text)  # marked above with QT_TRANSLATE_NOOP
    line = f"\n{said}\n"
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # a stream in memory: nothing to interrupt
        stream.write(line)
        return
    os.write(fd, line.encode(errors="backslashreplace"))
