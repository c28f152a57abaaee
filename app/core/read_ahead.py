"""Running a producer (such as classification) on its own thread, a bounded number of items
ahead of whoever consumes them on the calling thread.

Why: `pictag sort` both classifies (CPU: decoding and the model) and writes files (mostly
waiting on the disk: each copy and manifest row is synced). Done one after the other on one
thread, the model sits idle during every sync; run side by side they overlap.

The consumer stays on the calling thread on purpose: in Python only the main thread receives
Ctrl-C, so the journaled file operations are interrupted exactly as they would be without a
thread, and whatever they raise propagates as usual. The producer is told to stop (its cancel
token) and is joined whenever the consumer leaves the `with` block, for whatever reason, so no
thread outlives it. An exception in the producer is raised again, the same object with its
message and traceback, in the consumer, at the place in the sequence where it happened.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Generic, TypeVar

from app.core.progress import Token

__all__ = ["ReadAhead"]

T = TypeVar("T")

# Blocking waits are sliced so that the producer notices a cancel, and so that Ctrl-C reaches
# the consumer on every platform (a lock wait without a timeout is not interruptible on Windows).
_POLL_S = 0.1


class _End:
    """Put after the producer's last item; carries its exception, if it failed."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class ReadAhead(Generic[T]):
    """`with ReadAhead(produce, depth) as items: for item in items: ...`

    `produce(token)` is called on a new thread and should stop soon after `token` is cancelled
    (raising `Cancelled` is fine then); at most `depth` of its items wait in between.
    """

    def __init__(
        self, produce: Callable[[Token], Iterable[T]], depth: int, *, name: str = "ahead"
    ) -> None:
        if depth < 1:
            raise ValueError(f"depth must be at least 1, got {depth}")
        self._produce = produce
        self._queue: queue.Queue[T | _End] = queue.Queue(maxsize=depth)
        self._cancel = Token()
        self._thread = threading.Thread(target=self._run, name=f"pictag-{name}", daemon=True)

    def __enter__(self) -> Iterator[T]:
        self._thread.start()
        return self._items()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the producer and wait for its thread to end (promptly: at most the item it is
        computing, e.g. one batch). Safe to call more than once."""
        self._cancel.cancel()
        while self._thread.is_alive():
            self._thread.join(_POLL_S)

    def _items(self) -> Iterator[T]:
        while True:
            try:
                item = self._queue.get(timeout=_POLL_S)
            except queue.Empty:
                if not self._thread.is_alive() and self._queue.empty():
                    raise RuntimeError("the producer thread ended without a result") from None
                continue
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield item

    def _run(self) -> None:
        items = None
        try:
            items = iter(self._produce(self._cancel))
            for item in items:
                if not self._put(item):
                    return
            self._put(_End())
        except BaseException as exc:  # noqa: BLE001 (raised again in the consumer)
            self._put(_End(exc))  # after our cancel (e.g. `Cancelled`) nobody is listening
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # a generator's `finally` (e.g. shutting its decoder pool) runs here

    def _put(self, item: T | _End) -> bool:
        """Wait for room; False when the consumer has gone (cancelled) meanwhile."""
        while not self._cancel.cancelled:
            try:
                self._queue.put(item, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False
