"""The results as a grid of thumbnails, beside the list: the same filtered and sorted rows, the
same selection, the same menu, for a person who judges photos faster by eye than by name."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.results import ClassifyResult
from app.ui.common.given_labels import given_line
from app.ui.common.result_delegate import (
    ResultsView,
    begin_item,
    faded,
    paint_review,
    paint_thumbnail,
    percent,
)
from app.ui.common.results_model import Index, ResultRole, Review, ReviewRole
from app.ui.common.thumbnail_cache import ThumbnailCache

__all__ = ["ResultsGrid"]

TILE = 156  # thumbnail side
PAD = 6


class GridDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height() + 2
        return QSize(TILE + 2 * PAD, TILE + 3 * line + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result: ClassifyResult | None = index.data(ResultRole)
        if result is None:
            return
        painter.save()
        _selected, text = begin_item(painter, option)
        palette, fm, rect = option.palette, option.fontMetrics, option.rect
        tile = QRect(rect.left() + PAD, rect.top() + PAD, TILE, TILE)
        pixmap = self.thumbnails.pixmap(result.path) if result.ok else None
        broken = not result.ok or self.thumbnails.is_unreadable(result.path)
        paint_thumbnail(painter, tile, pixmap, palette, broken=broken)
        line = fm.height() + 2
        y = tile.bottom() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        centre = Qt.AlignmentFlag.AlignCenter
        name = QFontMetrics(bold).elidedText(result.path.name, Qt.TextElideMode.ElideMiddle, TILE)
        painter.drawText(QRect(tile.left(), y, TILE, line), centre, name)
        painter.setFont(option.font)
        if result.ok and result.predictions:
            top = result.predictions[0]
            guess = f"{top.label} {percent(top.probability)}"
            given = given_line(result)
            if result.none_of_these:  # "None of these · best guess", the guess greyed
                given += " · "
            elif given:  # several labels: all of them, no guess
                guess = ""
            slot = QRect(tile.left(), y + line, TILE, line)
            self._paint_given(painter, slot, fm, given, guess, text)
        review: Review | None = index.data(ReviewRole)
        if review is not None:
            paint_review(painter, QRect(tile.left(), y + 2 * line, TILE, line), review, fm, palette)
        painter.restore()

    @staticmethod
    def _paint_given(
        painter: QPainter, slot: QRect, fm: QFontMetrics, given: str, guess: str, text: QColor
    ) -> None:
        """`given` in the text colour then `guess`, greyed when it follows "None of these",
        centred together in `slot`; when both do not fit, `given` alone, elided."""
        if not given:
            painter.setPen(text)
            shown = fm.elidedText(guess, Qt.TextElideMode.ElideMiddle, slot.width())
            painter.drawText(slot, Qt.AlignmentFlag.AlignCenter, shown)
            return
        whole = given + guess
        if fm.horizontalAdvance(whole) > slot.width():
            painter.setPen(text)
            shown = fm.elidedText(given.rstrip(" ·"), Qt.TextElideMode.ElideRight, slot.width())
            painter.drawText(slot, Qt.AlignmentFlag.AlignCenter, shown)
            return
        left = slot.left() + (slot.width() - fm.horizontalAdvance(whole)) // 2
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(text)
        painter.drawText(QRect(left, slot.top(), slot.width(), slot.height()), middle, given)
        painter.setPen(faded(text, 130))
        x = left + fm.horizontalAdvance(given)
        painter.drawText(QRect(x, slot.top(), slot.right() - x, slot.height()), middle, guess)


class ResultsGrid(ResultsView):
    """Thumbnails in rows that wrap with the width; the list's selection, menu and opening."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(thumbnails, parent)
        self.setItemDelegate(GridDelegate(thumbnails, self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(4)
        self.setWrapping(True)
