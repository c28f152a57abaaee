"""The suite's check that no test leaves a thread or a timer running (tests/conftest.py) can
fail: tests that leak each kind are run in a child pytest, and each is reported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LEAKY_TESTS = """
import threading
import time

from PySide6.QtWidgets import QApplication

release = threading.Event()


def test_leaves_a_thread_running():
    threading.Thread(target=release.wait, args=(30,), name="leaky", daemon=True).start()


def test_a_thread_that_ends_within_the_grace_period_is_fine():
    threading.Thread(target=time.sleep, args=(0.2,), name="brief").start()


def test_leaves_a_timer_running(qapp):
    from app.ui.common.gc_guard import GuiThreadGarbageCollector

    GuiThreadGarbageCollector(parent=QApplication.instance())  # its timer, never stopped


def test_leaves_a_job_thread_running(qapp):
    from app.ui.workers.base import Job, JobRunner

    class Blocked(Job):
        def work(self):
            release.wait(30)

    test_leaves_a_job_thread_running.runner = JobRunner("blocked")
    test_leaves_a_job_thread_running.runner.start(Blocked())


def test_zz_release_what_the_others_left():
    release.set()
    test_leaves_a_job_thread_running.runner.shutdown(10_000)
"""


def test_each_kind_of_leftover_fails_its_test(tmp_path):
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import _no_thread_left_running  # noqa: F401\n"
    )
    (tmp_path / "test_leaky.py").write_text(textwrap.dedent(LEAKY_TESTS))
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    out = child.stdout
    assert "5 passed, 3 errors" in out, out  # each leak is an error in its own teardown
    assert "test_leaves_a_thread_running left running: thread 'leaky'" in out
    assert "test_leaves_a_timer_running left running: active QTimer" in out
    assert "in GuiThreadGarbageCollector" in out
    assert "test_leaves_a_job_thread_running left running: QThread 'pictag-blocked'" in out
