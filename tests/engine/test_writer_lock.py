"""One writer per model file: the lock of `app.core.writer_lock` between threads of one process
and between processes, its wait (told, bounded, cancellable) and its refusal, and a holder
that dies without releasing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core import writer_lock
from app.core.errors import Cancelled
from app.core.progress import Note, Progress, Stage, Token
from app.core.writer_lock import ModelBusy, lock_path, writing
from tests.helpers import hold_model_lock, make_null_device


@pytest.fixture
def model(tmp_path) -> Path:
    path = tmp_path / "leaves.keras"
    path.write_bytes(b"a model")
    return path


def test_a_second_thread_waits_for_the_first_and_is_told_so(model):
    inside: list[str] = []
    events: list[object] = []
    first_in = threading.Event()

    def first() -> None:
        with writing(model):
            first_in.set()
            inside.append("first in")
            time.sleep(0.6)
            inside.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with writing(model, progress=events.append, wait=10):
        inside.append("second in")
    thread.join()

    assert inside == ["first in", "first out", "second in"]
    notes = [e.text for e in events if isinstance(e, Note)]
    assert notes[0].startswith(f"Waiting for another Pictag run that is writing {model} (pid ")
    assert f"pid {os.getpid()} on " in notes[0] and "at most 10 s" in notes[0]
    assert notes[-1] == f"The other run has finished with {model}; going on"
    waits = [e for e in events if isinstance(e, Progress)]
    assert [e.stage for e in waits] == [Stage.WAIT]
    assert waits[0].title == "Waiting for another Pictag run that is writing leaves.keras"


def test_no_wait_means_no_message(model):
    events: list[object] = []
    with writing(model, progress=events.append):
        assert lock_path(model).is_file()
    assert events == []
    assert not lock_path(model).exists()  # nothing left beside the model


def test_another_process_holding_it_makes_a_writer_refuse_naming_it(model):
    holder = hold_model_lock(model)
    try:
        with pytest.raises(ModelBusy) as refused, writing(model, wait=0):
            pytest.fail("entered a model another process writes")
        started = time.monotonic()
        with pytest.raises(ModelBusy) as waited, writing(model, wait=0.5):
            pytest.fail("entered a model another process writes")
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()
    message = str(refused.value)
    assert message.startswith(f"{model}: another Pictag run is writing it (pid {holder.pid} on ")
    assert "-c " in message and message.endswith("run this again once it has ended")
    assert "after waiting 0 s" in str(waited.value)


def test_a_killed_holder_leaves_the_model_free(model):
    holder = hold_model_lock(model)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path(model).is_file()  # its lock file stays, but no lock on it
    with writing(model, wait=0):
        pass


def test_a_cancel_or_a_stop_gives_up_the_wait(model):
    for end in (Token.cancel, Token.stop):
        token = Token()
        holder = hold_model_lock(model)
        try:
            threading.Timer(0.3, end, (token,)).start()
            started = time.monotonic()
            with pytest.raises(Cancelled, match="gave up waiting"), writing(model, token=token):
                pytest.fail("entered a model another process writes")
            assert time.monotonic() - started < 5
        finally:
            holder.kill()
            holder.wait()


def test_a_link_and_its_target_are_one_model(model, tmp_path):
    link = tmp_path / "link.keras"
    link.symlink_to(model)
    with writing(model), pytest.raises(ModelBusy), writing(link, wait=0):
        pytest.fail("two writers of one file")
    assert lock_path(link) == lock_path(model) == model.with_name(".leaves.keras.lock")


def test_threads_racing_for_one_model_never_overlap(model):
    """Many short holders at once (the lock file removed and made again between them): at
    most one is inside at any time."""
    inside, most, guard = [0], [0], threading.Lock()

    def writer() -> None:
        for _ in range(20):
            with writing(model, wait=30):
                with guard:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                time.sleep(0.001)
                with guard:
                    inside[0] -= 1

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most[0] == 1


_COUNT = """
import sys
from pathlib import Path
from app.core.writer_lock import writing
model, counter = Path(sys.argv[1]), Path(sys.argv[2])
for _ in range(15):
    with writing(model, wait=60):
        value = int(counter.read_text())  # read, then write: lost without the lock
        counter.write_text(str(value + 1))
"""


def test_processes_racing_for_one_model_lose_no_write(model, tmp_path):
    counter = tmp_path / "counter"
    counter.write_text("0")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    runs = [
        subprocess.Popen([sys.executable, "-c", _COUNT, str(model), str(counter)], env=env)
        for _ in range(3)
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0]
    assert counter.read_text() == "45"
    assert not lock_path(model).exists()


def test_a_lock_file_removed_as_it_is_opened_is_not_the_one_taken(model, monkeypatch):
    """Its holder removes the lock file as it lets it go: a run that opened that file just
    before must take the one at the name, or two runs would each hold a lock of their own."""
    real_open, opened = os.open, []

    def open_then_released(path, flags, mode=0o777):
        fd = real_open(path, flags, mode)
        if not opened:
            os.unlink(path)  # the holder's release, between this open and the lock
        opened.append(path)
        return fd

    monkeypatch.setattr(writer_lock.os, "open", open_then_released)
    with writing(model, wait=0):
        assert lock_path(model).is_file()
    assert len(opened) == 2


def test_a_device_is_written_into_without_a_lock_beside_it(tmp_path):
    null = make_null_device(tmp_path / "null")
    with writing(null, wait=0), writing(null, wait=0):
        assert not lock_path(null).exists()
