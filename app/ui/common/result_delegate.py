"""The results list: rows painted with a thumbnail, the file name and the top-3 labels with
probability bars, what a user can do with them (context menu, double-click to open).

A delegate rather than a widget per row, so 10,000 results cost 10,000 small Python objects and
only the rows in sight are ever painted (and only they ask for their thumbnails).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.results import ClassifyResult
from app.ui.common.file_actions import file_menu, open_file
from app.ui.common.given_labels import given_line, is_given, none_of_these_text
from app.ui.common.locale_text import percent as locale_percent
from app.ui.common.results_model import Index, PathRole, ResultRole, Review, ReviewRole
from app.ui.common.thumbnail_cache import ThumbnailCache

__all__ = [
    "ResultDelegate",
    "ResultsView",
    "ROW_LABELS",
    "begin_item",
    "faded",
    "paint_bar",
    "paint_review",
    "paint_thumbnail",
    "percent",
    "percent_width",
    "warning_color",
]

ROW_LABELS = 3
THUMB = 76
MARGIN = 8
GAP = 12
MAX_LABEL_WIDTH = 220
MAX_BAR_WIDTH = 280


def percent(probability: float) -> str:
    """A probability as the views show it: with one decimal, in the person's locale."""
    return locale_percent(probability, 1)


def percent_width(fm: QFontMetrics) -> int:
    """The widest `percent()` text."""
    return fm.horizontalAdvance(percent(1.0))


def warning_color(palette: QPalette) -> QColor:
    """Readable on the palette's base colour: a warm red on light themes, a soft one on dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(255, 130, 120) if dark else QColor(185, 40, 30)


def faded(color: QColor, alpha: int) -> QColor:
    result = QColor(color)
    result.setAlpha(alpha)
    return result


def paint_bar(
    painter: QPainter, rect: QRectF, fraction: float, fill: QColor, track: QColor
) -> None:
    """A rounded track with the filled part; antialiasing must be on."""
    radius = rect.height() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(rect, radius, radius)
    width = rect.width() * max(0.0, min(1.0, fraction))
    if width >= 1.0:
        painter.setBrush(fill)
        filled = QRectF(rect.left(), rect.top(), max(width, rect.height()), rect.height())
        painter.drawRoundedRect(filled, radius, radius)


def begin_item(painter: QPainter, option: QStyleOptionViewItem) -> tuple[bool, QColor]:
    """The item's background (selected or not) by the style, smooth painting on; returns
    whether it is selected and the colour of its text."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    return selected, option.palette.color(role)


def review_text(review: Review) -> str:
    mark = "✎" if review.corrected else "✓"
    label = none_of_these_text() if review.none_of_these else review.label
    if review.added:
        label = QApplication.translate("Results", "{label} · in training set").format(label=label)
    return f"{mark} {label}"


def paint_review(
    painter: QPainter, rect: QRect, review: Review, fm: QFontMetrics, palette: QPalette
) -> int:
    """A rounded badge at the right end of `rect`: ✓ label (confirmed, green) or ✎ label
    (corrected, orange), "· in training set" once added. Returns the width it took."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if review.corrected:
        colour = QColor(255, 170, 80) if dark else QColor(200, 100, 0)
    else:
        colour = QColor(110, 210, 120) if dark else QColor(30, 130, 50)
    text = fm.elidedText(review_text(review), Qt.TextElideMode.ElideMiddle, rect.width() - 12)
    width = fm.horizontalAdvance(text) + 12
    badge = QRectF(rect.right() - width, rect.top() + 1, width, rect.height() - 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(faded(colour, 60 if review.added else 36))
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    painter.setPen(colour)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    return width


def paint_thumbnail(
    painter: QPainter,
    rect: QRect,
    pixmap: QPixmap | None,
    palette: QPalette,
    *,
    broken: bool = False,
) -> None:
    """The pixmap fitted into `rect`, or a placeholder tile (with a warning sign if `broken`)."""
    if pixmap is not None and not pixmap.isNull():
        size = pixmap.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(faded(palette.color(QPalette.ColorRole.Text), 18))
    painter.drawRoundedRect(QRectF(rect), 6, 6)
    if broken:
        side = min(32, rect.width() // 2)
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon_rect = QRect(0, 0, side, side)
        icon_rect.moveCenter(rect.center())
        icon.paint(painter, icon_rect)


class ResultDelegate(QStyledItemDelegate):
    """Rows of one height (the view sets uniform item sizes, so it measures one row only)."""

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = _line_height(option.fontMetrics)
        height = max(THUMB, line * (1 + ROW_LABELS) + 2) + 2 * MARGIN
        return QSize(320, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        result: ClassifyResult | None = index.data(ResultRole)
        if result is None:
            return
        painter.save()
        selected, text = begin_item(painter, option)
        palette, rect = option.palette, option.rect
        thumb = QRect(rect.left() + MARGIN, rect.top() + (rect.height() - THUMB) // 2, THUMB, THUMB)
        pixmap = self.thumbnails.pixmap(result.path) if result.ok else None
        broken = not result.ok or self.thumbnails.is_unreadable(result.path)
        paint_thumbnail(painter, thumb, pixmap, palette, broken=broken)

        left = thumb.right() + 1 + GAP
        width = rect.right() - MARGIN - left
        fm = option.fontMetrics
        line = _line_height(fm)
        top = rect.top() + (rect.height() - line * (1 + ROW_LABELS)) // 2
        review: Review | None = index.data(ReviewRole)
        name_width = width
        if review is not None:
            badge = QRect(left, top, width, line)
            name_width -= paint_review(painter, badge, review, fm, palette) + GAP
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        name = QFontMetrics(bold).elidedText(
            result.path.name, Qt.TextElideMode.ElideMiddle, name_width
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(left, top, width, line), align, name)
        painter.setFont(option.font)
        body = QRect(left, top + line, width, line * ROW_LABELS)
        if result.ok:
            self._paint_labels(painter, body, result, fm, palette, text, selected)
        else:
            painter.setPen(text if selected else warning_color(palette))
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            reason = fm.elidedText(result.error or "", Qt.TextElideMode.ElideRight, width * 2)
            painter.drawText(body, int(flags) | int(Qt.TextFlag.TextWordWrap), reason)
        painter.restore()

    def _paint_labels(
        self,
        painter: QPainter,
        body: QRect,
        result: ClassifyResult,
        fm: QFontMetrics,
        palette: QPalette,
        text: QColor,
        selected: bool,
    ) -> None:
        line = body.height() // ROW_LABELS
        number_width = percent_width(fm) + 4
        label_width = min(MAX_LABEL_WIDTH, max(80, int(body.width() * 0.38)))
        bar_width = min(MAX_BAR_WIDTH, body.width() - label_width - number_width - 2 * GAP)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = text if selected else accent
        track = faded(text, 45 if selected else 26)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        given = given_line(result)  # "None of these" or the labels, above the greyed guesses
        if given:
            font = QFont(painter.font())
            font.setItalic(result.none_of_these)
            painter.setFont(font)
            painter.setPen(text)
            shown = fm.elidedText(given, Qt.TextElideMode.ElideRight, body.width())
            painter.drawText(QRect(body.left(), body.top(), body.width(), line), left, shown)
            font.setItalic(False)
            painter.setFont(font)
        first = 1 if given else 0
        for i, prediction in enumerate(result.predictions[: ROW_LABELS - first]):
            y = body.top() + (i + first) * line
            strong = is_given(result, prediction.label)  # given: full colour; else greyed
            colour = text if strong or selected else faded(text, 110 if given else 170)
            bar_fill = faded(fill, 255 if strong else 90 if given else 150)
            painter.setPen(colour)
            label = fm.elidedText(prediction.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRect(body.left(), y, label_width, line), left, label)
            x = body.left() + label_width + GAP
            if bar_width >= 24:
                bar = QRectF(x, y + (line - 6) / 2, bar_width, 6)
                paint_bar(painter, bar, prediction.probability, bar_fill, track)
                x += bar_width + GAP
            painter.setPen(colour)
            painter.drawText(
                QRect(x, y, number_width, line), right, percent(prediction.probability)
            )


def _line_height(fm: QFontMetrics) -> int:
    return fm.height() + 3


class ResultsView(QListView):
    """A list of uniform rows (so scrolling 10,000 costs what 20 do), multi-selection, the file
    context menu, and double-click to open. Drops reach the parent, which starts a new run.
    `menu_built` lets others add to the context menu before it shows (the review actions)."""

    menu_built = Signal(QMenu)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ResultDelegate(thumbnails, self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_context_menu)
        self.doubleClicked.connect(self._open_index)

    def selected_results(self) -> list[ClassifyResult]:
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ResultRole) for index in rows]

    def context_menu(self, pos: QPoint) -> QMenu | None:
        """The menu for the selection, after selecting the row under `pos` if it was not."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        selection = self.selectionModel()
        if not selection.isSelected(index):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(index, flags | QItemSelectionModel.SelectionFlag.Rows)
        menu = file_menu([result.path for result in self.selected_results()], self)
        self.menu_built.emit(menu)
        return menu

    @Slot(QPoint)
    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            menu.popup(self.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        path = index.data(PathRole)
        if path is not None:
            open_file(path)
