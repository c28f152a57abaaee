"""One worker pattern for every long job: a `Job` whose `work()` runs on its own QThread.

Signals follow one vocabulary: `started`, `progress` (every event the engine tells: its
`Progress` throttled, the others - notes, a feature's own events - each one), `yielded` (a
chunk of a stream), then exactly one of `result`, `failed` (the domain error, whose text is
the message for the user) or `cancelled` (the `Cancelled` exception, whose text, when there is
one, says what it means), and `finished` last.

Every public signal is emitted on the GUI thread. `work()` calls `send()`, which relays through
a queued connection; so any slot, even a lambda (which PySide would otherwise run on the thread
that emits), runs where widgets may be touched. Cancel is a thread-safe token set straight from
the GUI thread: a queued slot could not run while the job is busy. A run that is replaced
or no longer wanted is `detach()`ed: its late signals then reach nobody.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app.core.errors import Cancelled, PictagError, first_line
from app.core.progress import Event, Progress, Token

__all__ = ["Job", "JobRunner", "Throttle", "only_progress", "running_job_threads"]

log = logging.getLogger(__name__)


class Job(QObject):
    """Subclasses implement `work()`, which passes `self.token` and `self.report` to the engine
    and sends anything else with `send()`."""

    started = Signal()
    progress = Signal(object)  # an app.core.progress.Event: receivers dispatch on its type
    yielded = Signal(object)
    result = Signal(object)
    failed = Signal(object)  # PictagError
    cancelled = Signal(object)  # Cancelled
    finished = Signal()
    _to_gui = Signal(str, object)  # (signal name, arguments), emitted from the job's thread
    _PUBLIC = ("started", "progress", "yielded", "result", "failed", "cancelled")

    def __init__(self, token: Token | None = None, *, progress_hz: float = 15.0) -> None:
        super().__init__()
        self.token = token or Token()
        self.done = False  # `finished` has been delivered
        self._owner = threading.get_ident()  # the GUI thread, where the job is created
        self._throttle = Throttle(progress_hz)
        self._stage: object = None
        self._to_gui.connect(self._relay, Qt.ConnectionType.QueuedConnection)

    def work(self) -> Any:
        raise NotImplementedError

    def cancel(self) -> None:
        self.token.cancel()

    def stop(self) -> None:
        """Finish now with what there is (a job with nothing partial to keep cancels)."""
        self.token.stop()

    def report(self, event: Event) -> None:
        """The engine's progress callback. Events other than `Progress` (a note, an epoch's
        result) are each relayed; of `Progress`, the first event of each stage (or text) and
        the last, and in between at most `progress_hz` a second (a signal per batch would
        flood the event queue)."""
        if not isinstance(event, Progress):
            self.send("progress", event)
            return
        first = (event.stage, event.text) != self._stage
        self._stage = (event.stage, event.text)
        if self._throttle.ready(force=first or event.finished):
            self.send("progress", event)

    def unexpected(self, exc: Exception) -> PictagError:
        """What the user reads about a bug (one line); the traceback goes to the log."""
        log.error("%s failed", type(self).__name__, exc_info=exc)
        return PictagError(
            QCoreApplication.translate(
                "Job",
                "Something went wrong that Pictag did not expect: {error}. The details are in "
                "the log file (Help > About shows where).",
            ).format(error=first_line(exc))
        )

    def detach(self) -> None:
        """Disconnect every slot from this job's public signals (not from `finished`, which
        its JobRunner needs): whatever it still sends, queued or not, reaches nobody."""
        for name in self._PUBLIC:
            signal = getattr(self, name)
            with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
                warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected
                signal.disconnect()

    def send(self, signal: str, *args: Any) -> None:
        """Emit `signal` on the GUI thread (at once when already there, as in inline runs)."""
        if threading.get_ident() == self._owner:
            self._relay(signal, args)
        else:
            self._to_gui.emit(signal, args)

    @Slot(str, object)
    def _relay(self, signal: str, args: tuple) -> None:
        if signal == "finished":
            self.done = True
        getattr(self, signal).emit(*args)

    def run(self) -> None:
        """The whole job, on whichever thread calls it (JobRunner's, or a test's)."""
        self.send("started")
        try:
            value = self.work()
        except Cancelled as exc:
            self.send("cancelled", exc)
        except PictagError as exc:
            self.send("failed", exc)
        except MemoryError:
            self.send(
                "failed",
                PictagError(
                    QCoreApplication.translate(
                        "Job", "Out of memory. Close other programs or use a smaller batch size."
                    )
                ),
            )
        except Exception as exc:  # a bug: the user gets one line, the log gets the traceback
            self.send("failed", self.unexpected(exc))
        else:
            if self.token.cancelled and not self.token.committed:  # a late cancel: written
                self.send("cancelled", Cancelled())
            else:
                self.send("result", value)
        finally:
            self.send("finished")


def only_progress(slot: Callable[[Progress], None]) -> Callable[[Event], None]:
    """For a receiver of `progress` that only draws bars: `Progress` reaches `slot`; the other
    events (an update's notes and epochs) are for whoever shows them, or for the result."""

    def receive(event: Event) -> None:
        if isinstance(event, Progress):
            slot(event)

    return receive


def running_job_threads() -> list[QThread]:
    """Every job thread still running, whichever runner started it (the test suite checks that
    no test leaves one behind)."""
    return [thread for thread in _unjoined if thread.isRunning()]


class _JobThread(QThread):
    def __init__(self, job: Job, name: str) -> None:
        super().__init__()
        self.job = job
        self.setObjectName(name)

    def run(self) -> None:
        self.job.run()


# Every job thread until its runner has joined it. Qt aborts the process when a running QThread
# is destroyed: one whose runner gave up waiting (a conversion cannot be interrupted), or whose
# runner was deleted with its window, stays referenced here until it ends.
_unjoined: set[_JobThread] = set()


class JobRunner(QObject):
    """Runs one job of a kind at a time, each on a fresh QThread, and joins it when done.

    Keeps the references Qt needs (a job and its thread must outlive their signals) and gives
    the window one place to cancel and wait for everything when it closes. `replace` is for
    requests of which only the newest counts (a model to load, a folder to scan).
    """

    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._job: Job | None = None
        self._thread: _JobThread | None = None
        self._next: Callable[[], Job | None] | None = None  # replace()'s, once the job ends

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done

    @property
    def job(self) -> Job | None:
        return self._job

    @property
    def waiting(self) -> bool:
        """A request `replace` keeps until the superseded job ends."""
        return self._next is not None

    def start(self, job: Job) -> Job:
        """Start `job`; connect its signals before or right after (they are queued)."""
        if self.busy:
            raise RuntimeError(f"a {self.name} job is already running")
        self._reap()  # the previous job has finished; its thread is at most returning
        _unjoined.difference_update([t for t in _unjoined if t.isFinished()])
        thread = _JobThread(job, f"pictag-{self.name}")
        _unjoined.add(thread)
        job.finished.connect(self._job_finished)
        self._job, self._thread = job, thread
        thread.start()
        self.busy_changed.emit(True)
        return job

    def replace(self, make: Callable[[], Job | None]) -> None:
        """The newest request wins: `make` builds the job (its signals connected) and it
        starts now when nothing runs; else the running job is detached (whatever it still
        sends reaches nobody) and cancelled, and `make` is called once it has ended, unless a
        newer `replace` or a `cancel` came first. `make` returning None starts nothing."""
        if self.busy:
            assert self._job is not None
            self._next = make
            self._job.detach()
            self._job.cancel()
            return
        job = make()
        if job is not None:
            self.start(job)

    def cancel(self) -> None:
        """Cancel the running job, and a request `replace` keeps waiting."""
        self._next = None
        if self._job is not None:
            self._job.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread; True when it ended in time."""
        self.cancel()
        thread = self._thread
        if thread is not None and not thread.wait(timeout_ms):
            log.warning("The %s job did not stop within %d ms", self.name, timeout_ms)
            return False
        self._reap()
        return True

    @Slot()
    def _job_finished(self) -> None:
        make, self._next = self._next, None
        job = make() if make is not None else None
        if job is not None:
            self.start(job)  # busy all along: no `busy_changed(False)` in between
        else:
            self.busy_changed.emit(self.busy)

    def _reap(self) -> None:
        thread, self._thread, self._job = self._thread, None, None
        if thread is not None:
            thread.wait()
            _unjoined.discard(thread)


class Throttle:
    """Lets a value through at most `hz` times a second (and always the last one via `force`):
    a signal per batch would flood the GUI's event queue."""

    def __init__(self, hz: float = 15.0) -> None:
        self.interval = 1.0 / hz
        self._last = 0.0

    def ready(self, force: bool = False) -> bool:
        now = time.monotonic()
        if force or now - self._last >= self.interval:
            self._last = now
            return True
        return False
