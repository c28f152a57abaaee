"""A long-lived job that decodes thumbnails on demand, newest request first.

The views ask only for what they paint, so scrolling through 10,000 results decodes the rows in
sight; requests that have scrolled away are dropped once the queue grows past `max_pending`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtGui import QImage

from app.core.errors import ImageLoadError
from app.core.image_io import load_thumbnail
from app.ui.workers.base import Job

__all__ = ["ThumbnailJob", "THUMBNAIL_SIDE"]

THUMBNAIL_SIDE = 160  # decoded once at this size; views scale it down


class ThumbnailJob(Job):
    """`yielded` carries (path, QImage or None when the file cannot be read)."""

    def __init__(self, side: int = THUMBNAIL_SIDE, max_pending: int = 400) -> None:
        super().__init__()
        self.side = side
        self.max_pending = max_pending
        self._pending: OrderedDict[Path, None] = OrderedDict()
        self._lock = threading.Lock()
        self._wake = threading.Event()

    def request(self, path: Path) -> None:
        """Called from the GUI thread; the most recent request is served first."""
        with self._lock:
            self._pending[path] = None
            self._pending.move_to_end(path)
            while len(self._pending) > self.max_pending:
                self._pending.popitem(last=False)
        self._wake.set()

    def cancel(self) -> None:
        super().cancel()
        self._wake.set()

    def work(self) -> None:
        while not self.token.cancelled:
            with self._lock:
                path = self._pending.popitem()[0] if self._pending else None
                if path is None:
                    self._wake.clear()
            if path is None:
                self._wake.wait(0.5)
                continue
            self.send("yielded", (path, _thumbnail(path, self.side)))


def _thumbnail(path: Path, side: int) -> QImage | None:
    try:
        pixels = load_thumbnail(path, side)
    except ImageLoadError:
        return None
    height, width, _ = pixels.shape
    # QImage does not own numpy's buffer: copy() detaches it before `pixels` goes away.
    return QImage(pixels.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
