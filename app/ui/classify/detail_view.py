"""The selected photo in detail: a larger preview, where it is, and all of its top-k labels.

The preview shows the shared 160 px thumbnail at once, then a sharper one from a second, small
thumbnail cache that decodes at 720 px and serves only the newest request.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.core.results import ClassifyResult, Prediction
from app.ui.common.file_actions import open_file, show_in_folder
from app.ui.common.given_labels import given_line
from app.ui.common.result_delegate import (
    faded,
    paint_bar,
    paint_thumbnail,
    percent,
    percent_width,
    warning_color,
)
from app.ui.common.thumbnail_cache import ThumbnailCache

__all__ = ["DetailView", "PredictionList", "Preview", "PREVIEW_SIDE"]

PREVIEW_SIDE = 720  # decoded size: sharp at 360 logical px on a 2x screen


class Preview(QWidget):
    """A pixmap fitted to the widget with its aspect ratio, or a placeholder tile.

    Never taller than the photo needs at the current width, so the name and labels sit right
    under it and spare space goes below them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.broken = False
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_pixmap(self, pixmap: QPixmap | None, *, broken: bool = False) -> None:
        self.pixmap, self.broken = pixmap, broken
        self._fit_height()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        aspect = 0.75
        if self.pixmap is not None and not self.pixmap.isNull() and self.pixmap.width():
            aspect = min(1.25, self.pixmap.height() / self.pixmap.width())
        self.setMaximumHeight(max(self.minimumHeight(), round(self.width() * aspect)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        paint_thumbnail(painter, self.rect(), self.pixmap, self.palette(), broken=self.broken)


class PredictionList(QWidget):
    """Each label with its percentage on one line and a full-width bar under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._predictions: tuple[Prediction, ...] = ()
        self._given: frozenset[str] = frozenset()  # labels the photo is given: the rest greyed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_predictions(
        self, predictions: tuple[Prediction, ...], given: frozenset[str] = frozenset()
    ) -> None:
        self._predictions, self._given = predictions, given
        self.updateGeometry()
        self.update()

    def predictions(self) -> tuple[Prediction, ...]:
        return self._predictions

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 16

    def sizeHint(self) -> QSize:
        return QSize(240, self._row_height() * len(self._predictions))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fm = self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.Text)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        width = self.width()
        number_width = percent_width(fm) + 8
        bold = QFont(self.font())
        bold.setBold(True)
        for i, prediction in enumerate(self._predictions):
            y = i * self._row_height()
            strong = prediction.label in self._given
            painter.setFont(bold if strong else self.font())
            painter.setPen(text if strong else faded(text, 150))
            label_rect = QRect(0, y, width - number_width, fm.height())
            label = painter.fontMetrics().elidedText(
                prediction.label, Qt.TextElideMode.ElideRight, label_rect.width()
            )
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft, label)
            painter.drawText(
                QRect(width - number_width, y, number_width, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                percent(prediction.probability),
            )
            bar = QRectF(0, y + fm.height() + 4, width, 6)
            fill = faded(accent, 255 if strong else 120)
            paint_bar(painter, bar, prediction.probability, fill, faded(text, 26))


class DetailView(QWidget):
    """Shows one ClassifyResult (or a hint when none is selected)."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.result: ClassifyResult | None = None
        self._sharp = False  # the large decode has answered: later thumbnails do not count
        # Large previews: a few kept, and only the newest request is decoded (arrowing through
        # the list decodes the row you stop on, not every row passed).
        self._previews = ThumbnailCache(8, self, side=PREVIEW_SIDE, max_pending=1)
        self._previews.ready.connect(self._preview_ready)
        thumbnails.ready.connect(self._thumbnail_ready)

        self.preview = Preview()
        self.name = QLabel()
        self.name.setObjectName("detailName")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLabel()
        self.folder.setObjectName("detailFolder")
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted = self.folder.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, faded(muted.color(QPalette.ColorRole.Text), 150)
        )
        self.folder.setPalette(muted)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warn = self.error.palette()
        warn.setColor(QPalette.ColorRole.WindowText, warning_color(warn))
        self.error.setPalette(warn)
        self.heading = QLabel()
        self.given = QLabel()  # "None of these", or a multi-label photo's labels
        self.given.setObjectName("detailGiven")
        self.given.setWordWrap(True)
        self.predictions = PredictionList()
        self.open_button = QPushButton(self.tr("Open"))
        self.show_button = QPushButton(self.tr("Show in Folder"))
        self.open_button.clicked.connect(lambda: self.result and open_file(self.result.path))
        self.show_button.clicked.connect(lambda: self.result and show_in_folder(self.result.path))

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(6)
        column.addWidget(self.preview, 1)
        column.addSpacing(4)
        column.addWidget(self.name)
        column.addWidget(self.folder)
        column.addSpacing(8)
        column.addWidget(self.given)
        column.addWidget(self.heading)
        column.addWidget(self.predictions)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        column.addSpacing(4)
        column.addLayout(buttons)
        column.addStretch(1)

        self.hint = QLabel(self.tr("Select a photo to see\nits preview and all its labels."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(content)
        self.show_result(None)

    def show_result(self, result: ClassifyResult | None) -> None:
        self.result = result
        self._sharp = False
        if result is None:
            self.preview.set_pixmap(None)
            self._stack.setCurrentWidget(self.hint)
            return
        self._stack.setCurrentIndex(1)
        self.name.setText(result.path.name)
        self._set_folder(result.path.parent)
        self.predictions.set_predictions(
            result.predictions if result.ok else (), frozenset(result.labels)
        )
        self.predictions.setVisible(result.ok)
        self._show_given(result)
        count = len(result.predictions)
        if result.none_of_these:
            self.heading.setText(self.tr("Best guesses (not given)"))
        elif count > 1:
            self.heading.setText(self.tr("Top %Ln labels", "", count))
        else:
            self.heading.setText(self.tr("Top label"))
        self.heading.setVisible(result.ok)
        self.error.setText(
            self.tr("Could not be classified: {error}").format(error=result.error)
            if not result.ok
            else ""
        )
        self.error.setVisible(not result.ok)
        if result.ok:
            self._show_thumbnail(result.path)
            previews = self._previews  # asks for the large preview unless it is known
            if previews.pixmap(result.path) is not None or previews.is_unreadable(result.path):
                self._preview_ready(result.path)
        else:
            self.preview.set_pixmap(None, broken=True)

    def _show_given(self, result: ClassifyResult) -> None:
        """ "None of these" (with why: the model's detector set it aside) or the labels a
        multi-label photo is given; nothing for one label, which the list's top shows."""
        line = html.escape(given_line(result))
        if result.none_of_these:
            self.given.setText(
                self.tr("<b>{labels}</b>: the photo looks like none of the model's classes").format(
                    labels=line
                )
            )
        elif line:
            self.given.setText(self.tr("<b>Labels given:</b> {labels}").format(labels=line))
        self.given.setVisible(bool(line))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        return self._previews.shutdown(timeout_ms)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.result is not None:
            self._set_folder(self.result.path.parent)

    def _set_folder(self, folder: Path) -> None:
        width = max(40, self.folder.width())
        text = self.folder.fontMetrics().elidedText(
            str(folder), Qt.TextElideMode.ElideMiddle, width
        )
        self.folder.setText(text)
        self.folder.setToolTip(str(folder))

    def _show_thumbnail(self, path: Path) -> None:
        pixmap = self.thumbnails.pixmap(path)
        self.preview.set_pixmap(pixmap, broken=self.thumbnails.is_unreadable(path))

    @Slot(Path)
    def _preview_ready(self, path: Path) -> None:
        if self.result is None or path != self.result.path:
            return  # the selection moved on
        self._sharp = True
        broken = self._previews.is_unreadable(path)
        self.preview.set_pixmap(None if broken else self._previews.pixmap(path), broken=broken)

    @Slot(Path)
    def _thumbnail_ready(self, path: Path) -> None:
        if self.result is not None and path == self.result.path and not self._sharp:
            self._show_thumbnail(path)
