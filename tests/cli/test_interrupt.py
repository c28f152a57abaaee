"""`ctrl_c_stops` in this process: real SIGINTs to ourselves, as a terminal's Ctrl-C sends them,
each handled before the next statement runs (Python runs a signal's handler on the main
thread between two bytecodes)."""

from __future__ import annotations

import io
import os
import signal
import sys
from collections.abc import Iterator

import pytest

from app.cli.interrupt import FIRST_CTRL_C, SAVING_CTRL_C, SECOND_CTRL_C, ctrl_c_stops
from app.core.progress import Token

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")


class Sentinel:
    """The SIGINT handler in place before the context: counts the presses that reach it."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, _signum: int, _frame: object) -> None:
        self.calls += 1


@pytest.fixture
def sentinel() -> Iterator[Sentinel]:
    handler = Sentinel()
    before = signal.signal(signal.SIGINT, handler)
    yield handler
    signal.signal(signal.SIGINT, before)


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def test_the_first_ctrl_c_stops_and_says_what_is_kept(sentinel):
    token, stream = Token(), io.StringIO()
    with ctrl_c_stops(token, stream):
        ctrl_c()
        assert (token.stop_requested, token.cancelled) == (True, False)
        assert signal.getsignal(signal.SIGINT) is not sentinel  # the next press is ours too
    assert stream.getvalue() == f"\n{FIRST_CTRL_C}\n"
    assert signal.getsignal(signal.SIGINT) is sentinel
    assert sentinel.calls == 0


def test_the_second_cancels_and_the_third_reaches_the_previous_handler(sentinel):
    token, stream = Token(), io.StringIO()
    with ctrl_c_stops(token, stream):
        ctrl_c()
        ctrl_c()
        assert token.cancelled
        assert signal.getsignal(signal.SIGINT) is sentinel
        ctrl_c()
        assert sentinel.calls == 1
    assert stream.getvalue() == f"\n{FIRST_CTRL_C}\n\n{SECOND_CTRL_C}\n"
    assert signal.getsignal(signal.SIGINT) is sentinel


def test_once_saving_a_ctrl_c_says_it_is_too_late_and_the_next_reaches_the_previous(sentinel):
    token, stream = Token(), io.StringIO()
    with ctrl_c_stops(token, stream):
        ctrl_c()
        token.commit()  # the run's last check passed: it is writing its result
        ctrl_c()
        assert (token.stop_requested, token.cancelled) == (True, False)
        ctrl_c()
        assert sentinel.calls == 1
    assert stream.getvalue() == f"\n{FIRST_CTRL_C}\n\n{SAVING_CTRL_C}\n"


def test_a_first_ctrl_c_while_saving_neither_stops_nor_cancels(sentinel):
    token, stream = Token(), io.StringIO()
    token.commit()
    with ctrl_c_stops(token, stream):
        ctrl_c()
        assert (token.stop_requested, token.cancelled) == (False, False)
        assert signal.getsignal(signal.SIGINT) is sentinel
    assert stream.getvalue() == f"\n{SAVING_CTRL_C}\n"


def test_an_ignored_ctrl_c_before_still_lets_the_third_end_the_process():
    """Started with SIGINT ignored (`nohup`, a background job): after two presses Ctrl-C is
    Python's KeyboardInterrupt, so a run that does not end can still be ended."""
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        token = Token()
        with ctrl_c_stops(token, io.StringIO()):
            ctrl_c()
            ctrl_c()
            with pytest.raises(KeyboardInterrupt):
                ctrl_c()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
