"""The plain progress/cancel vocabulary that every long engine job shares (CLI and GUI alike)."""

from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["CancelToken", "ProgressCallback", "ByteProgressCallback"]

ProgressCallback = Callable[[int, int], None]
"""Called with (done, total) items; total is 0 when unknown."""

ByteProgressCallback = Callable[[int, int], None]
"""Called with (bytes_done, bytes_total) during a download; total is 0 when unknown."""


class CancelToken:
    """Set from any thread (e.g. the GUI's), polled by the job at least once per batch."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
