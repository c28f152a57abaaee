"""Thumbnails for every view, decoded off the GUI thread and kept in a bounded LRU cache."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from app.ui.workers.base import JobRunner
from app.ui.workers.thumbnails import THUMBNAIL_SIDE, ThumbnailJob

__all__ = ["ThumbnailCache"]


class ThumbnailCache(QObject):
    """`pixmap(path)` answers at once from the cache, or None and asks the worker; `ready(path)`
    fires when it arrives, and views repaint that row. At 160 px, 1,500 entries are ~100 MB."""

    ready = Signal(Path)

    def __init__(
        self,
        capacity: int = 1500,
        parent: QObject | None = None,
        *,
        side: int = THUMBNAIL_SIDE,
        max_pending: int = 400,
    ) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self.side = side
        self.max_pending = max_pending
        self._pixmaps: OrderedDict[Path, QPixmap] = OrderedDict()
        self._unreadable: set[Path] = set()
        # In request order, capped like the worker's queue: what it drops, we forget asking for,
        # so a row scrolled back into view asks again.
        self._asked: OrderedDict[Path, None] = OrderedDict()
        self._runner = JobRunner("thumbnails", self)
        self._job: ThumbnailJob | None = None

    def pixmap(self, path: Path) -> QPixmap | None:
        found = self._pixmaps.get(path)
        if found is not None:
            self._pixmaps.move_to_end(path)
            return found
        if path not in self._unreadable and path not in self._asked:
            worker = self._worker()
            self._asked[path] = None
            while len(self._asked) > worker.max_pending:
                self._asked.popitem(last=False)
            worker.request(path)
        return None

    def is_unreadable(self, path: Path) -> bool:
        return path in self._unreadable

    def prefetch(self, path: Path) -> None:
        self.pixmap(path)

    def forget(self, path: Path) -> None:
        """Drop a cached thumbnail so the next request reads the file again (it changed)."""
        self._pixmaps.pop(path, None)
        self._unreadable.discard(path)
        self._asked.pop(path, None)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        self._job = None
        return self._runner.shutdown(timeout_ms)

    def _worker(self) -> ThumbnailJob:
        if self._job is None:
            self._job = ThumbnailJob(self.side, self.max_pending)
            self._job.yielded.connect(self._arrived)
            self._runner.start(self._job)
        return self._job

    @Slot(object)
    def _arrived(self, item: tuple[Path, QImage | None]) -> None:
        path, image = item
        self._asked.pop(path, None)
        if image is None:
            self._unreadable.add(path)
        else:
            self._pixmaps[path] = QPixmap.fromImage(image)
            while len(self._pixmaps) > self.capacity:
                self._pixmaps.popitem(last=False)
        self.ready.emit(path)
