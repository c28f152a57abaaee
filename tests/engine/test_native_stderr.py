"""Native output on fd 2 goes to the log for a whole command, from many threads at once,
while Python's own stderr still reaches the terminal."""

from __future__ import annotations

import logging
import os
import sys
import threading

from app.core.native_stderr import native_stderr_to_log


def _stderr_on_fd2(monkeypatch):
    """sys.stderr on fd 2, as in a command; set in the test itself, since pytest's capture
    puts its own (not a file descriptor) back at the start of each test phase."""
    stream = open(2, "w", closefd=False)  # noqa: SIM115
    monkeypatch.setattr(sys, "stderr", stream)
    return stream


def _fd2() -> tuple[int, int]:
    st = os.fstat(2)
    return st.st_dev, st.st_ino


def test_lines_from_many_threads_reach_the_log_and_python_text_the_terminal(
    caplog, capfd, monkeypatch
):
    fd2_stderr = _stderr_on_fd2(monkeypatch)
    before = _fd2()
    start = threading.Barrier(8)

    def decoder(n: int) -> None:  # as libtiff does on each decoder thread: no lock taken
        start.wait(10)
        for i in range(50):
            os.write(2, f"TIFFReadDirectory: warning {n}.{i}\n".encode())

    with caplog.at_level(logging.INFO, "app.core.native_stderr"), native_stderr_to_log():
        assert _fd2() != before  # fd 2 is the pipe now
        threads = [threading.Thread(target=decoder, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        print("pictag: 1 of 2 files could not be classified", file=sys.stderr)
        for thread in threads:
            thread.join(10)
    assert _fd2() == before and sys.stderr is fd2_stderr
    logged = [r.getMessage() for r in caplog.records if r.name == "app.core.native_stderr"]
    assert sorted(logged) == sorted(
        f"TIFFReadDirectory: warning {n}.{i}" for n in range(8) for i in range(50)
    )  # every line, none lost or torn, though the writers overlapped
    err = capfd.readouterr().err
    assert err == "pictag: 1 of 2 files could not be classified\n"


def test_a_stderr_that_is_not_fd2_is_left_alone(capsys):
    before = _fd2()
    with native_stderr_to_log():
        assert _fd2() == before
        print("captured", file=sys.stderr)
    assert capsys.readouterr().err == "captured\n"
