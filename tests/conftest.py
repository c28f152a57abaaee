"""Shared fixtures: private Keras and feature caches, the optional real weights in ../shared,
exiftool, a tiny file system to fill, and the check that no test leaves a thread or a timer
running."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.shared_data import SHARED_KERAS_HOME

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English unless they ask for another language (the engine, the CLI they start
# and Qt all take theirs from these).
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture
def keras_home(tmp_path, monkeypatch) -> Path:
    """An empty Keras cache, so no test ever sees (or fills) the user's real one."""
    home = tmp_path / "keras_home"
    home.mkdir()
    monkeypatch.setenv("KERAS_HOME", str(home))
    return home


@pytest.fixture
def shared_keras_home(monkeypatch) -> Path:
    if not (SHARED_KERAS_HOME / "models").is_dir():
        pytest.skip("real ImageNet weights in ../shared are not available")
    monkeypatch.setenv("KERAS_HOME", str(SHARED_KERAS_HOME))
    return SHARED_KERAS_HOME


# -- no test leaves a thread or a timer running ----------------------------------------------------

LEFTOVER_GRACE_S = 2.0  # a thread told to stop may take a moment to return


@pytest.fixture(autouse=True)
def _no_thread_left_running(request):
    """Fail a test that leaves a Python thread, a job's QThread or an active QTimer behind
    (threads and timers that were there before it, such as TensorFlow's, are not its doing).
    Threads that started from C code (_DummyThread) are checked as QThreads, if they are."""
    threads = set(threading.enumerate())
    qthreads, timers = _running_qt_objects()
    yield
    deadline = time.monotonic() + LEFTOVER_GRACE_S
    left = []
    for thread in set(threading.enumerate()) - threads:
        if isinstance(thread, threading._DummyThread):
            continue
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(f"thread {thread.name!r}")
    now_qthreads, now_timers = _running_qt_objects()
    for qthread in now_qthreads - qthreads:
        if not qthread.wait(max(0, int(1000 * (deadline - time.monotonic())))):
            left.append(f"QThread {qthread.objectName()!r}")
    left += [f"active QTimer {_describe(timer)}" for timer in now_timers - timers]
    if left:
        pytest.fail(f"{request.node.nodeid} left running: {', '.join(sorted(left))}")


def _running_qt_objects() -> tuple[set, set]:
    """Running job threads and the active QTimers of the application and its windows; cheap,
    and nothing when the test run has not loaded Qt."""
    if "PySide6.QtWidgets" not in sys.modules:
        return set(), set()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    workers = sys.modules.get("app.ui.workers.base")
    qthreads = set(workers.running_job_threads()) if workers else set()
    app = QApplication.instance()
    if app is None:
        return qthreads, set()
    owners = [app, *app.topLevelWidgets()]
    timers = {
        timer
        for owner in owners
        for timer in owner.findChildren(QTimer)
        if timer.isActive() and _is_pictags(timer.parent())
    }
    return qthreads, timers


def _is_pictags(parent) -> bool:
    """Timers that Pictag's own objects own; Qt's widgets keep their own (a status bar's
    message timeout), which are not a test's doing."""
    return type(parent).__module__.startswith(("app.", "training.", "tests."))


def _describe(timer) -> str:
    parent = timer.parent()
    owner = type(parent).__name__ if parent is not None else "no parent"
    return f"{timer.objectName() or 'unnamed'} ({timer.interval()} ms, in {owner})"


@pytest.fixture
def exiftool() -> str:
    """The exiftool program (tests reading keywords back skip without it)."""
    from tests.exiftool import find_exiftool

    return find_exiftool()


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """No test reads or fills the user's cache folder (features, converted models)."""
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path_factory.mktemp("pictag_cache")))


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Callable[..., Path]]:
    """`small_disk(size="256k")`: a new folder on a file system of its own of `size` (a tmpfs:
    needs root, else the test is skipped); `tests.helpers.fill` leaves it as full as a test
    wants. Unmounted after the test."""
    mounted: list[Path] = []

    def mount(size: str = "256k") -> Path:
        folder = tmp_path / f"small_disk_{len(mounted)}"
        folder.mkdir()
        command = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:
            pytest.skip(f"cannot mount a small file system ({exc})")
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small file system: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
