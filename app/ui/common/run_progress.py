"""The Classify tab's bottom row: how many rows the filter shows, the run's progress, Cancel."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.core.progress import Progress
from app.ui.common.locale_text import decimal, number

__all__ = ["RunProgress"]


class RunProgress(QWidget):
    """The tab connects `cancel_button.clicked` and says what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._started: float | None = None
        self.shown_label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.shown_label, self.bar, self.label, self.cancel_button):
            row.addWidget(widget)
        row.setStretchFactor(self.bar, 1)

    def waiting(self, text: str) -> None:
        """`text`, with the bar busy until progress arrives."""
        self.bar.setRange(0, 0)
        self.label.setText(text)

    def show_progress(self, progress: Progress) -> None:
        """A run's count and rate; its first event (nothing done yet) starts the clock."""
        now = time.monotonic()
        if progress.done == 0 or self._started is None:
            self._started = now
        rate = progress.done / max(now - self._started, 1e-6)
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done)
        self.label.setText(
            self.tr("{done} / {total} · {rate} images/s").format(
                done=number(progress.done), total=number(progress.total), rate=decimal(rate, 1)
            )
        )

    def set_running(self, running: bool) -> None:
        """Cancel works while running; after, a bar still busy (no progress came) stops."""
        self.cancel_button.setEnabled(running)
        if not running and self.bar.maximum() == 0:
            self.bar.setRange(0, 1)

    def show_shown(self, shown: int, total: int, *, filtered: bool) -> None:
        text = self.tr("Showing {shown} of {total}") if filtered else ""
        self.shown_label.setText(text.format(shown=number(shown), total=number(total)))
