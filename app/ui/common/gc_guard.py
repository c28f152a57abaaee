"""Python's garbage collector, run only on the GUI thread.

A Qt object owned by Python is deleted when the collector frees it, on whichever thread the
collection happened to start. If that is a worker thread and the object belongs to the GUI
thread (a finished job kept alive by a cycle through a connected lambda, a chart series), Qt
crashes. So automatic collection is switched off, and a timer on the GUI thread collects, by
generation, as often as the interpreter's own thresholds would.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

__all__ = ["GuiThreadGarbageCollector"]

log = logging.getLogger(__name__)


class GuiThreadGarbageCollector(QObject):
    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold (as gc would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()
