"""The findings of a dataset check as a list model, each row a finding with what a person did
about it (moved, removed, kept), and the delegate that paints a row: thumbnail, file name, the
folder label and the suggested one, why it was flagged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.common.locale_text import decimal, percent
from app.ui.common.result_delegate import paint_thumbnail, warning_color
from app.ui.common.thumbnail_cache import ThumbnailCache
from training.check.findings import (
    CONFLICTING,
    DUPLICATE,
    LABEL,
    LACKS,
    LEAK,
    MISSES,
    REDUNDANT,
    VALIDATION,
    Finding,
)

__all__ = ["FindingsModel", "FindingDelegate", "FindingRole", "describe_finding"]

FindingRole = Qt.ItemDataRole.UserRole + 1
THUMB = 72
_MARGIN = 6


def describe_finding(f: Finding) -> str:
    """Why a photo is listed, in a few words."""
    if f.kind == LABEL and f.reason == LACKS:  # multi-label: one label, one way
        return QCoreApplication.translate(
            "check_model", "Probably not {label}: heads that never saw it give it {share}"
        ).format(label=f.label, share=percent(1 - f.score, 1))
    if f.kind == LABEL and f.reason == MISSES:
        return QCoreApplication.translate(
            "check_model", "Probably also {label}: heads that never saw it give it {share}"
        ).format(label=f.label, share=percent(f.score, 1))
    if f.kind == LABEL:
        return QCoreApplication.translate(
            "check_model",
            "Looks like {suggested}: heads that never saw it give {label} only {share}",
        ).format(suggested=f.suggested, label=f.label, share=percent(1 - f.score, 1))
    if f.kind == DUPLICATE:
        return _duplicate_text(f.reason or REDUNDANT).format(
            group=f.group, similarity=decimal(f.score, 2)
        )
    return QCoreApplication.translate(
        "check_model", "Outlier: unlike every class (score {score})"
    ).format(score=decimal(f.score, 1))


def _duplicate_text(reason: str) -> str:
    """A near-duplicate's sentence for why it is one, with `{group}` and `{similarity}`."""
    if reason == CONFLICTING:
        return QCoreApplication.translate(
            "check_model",
            "Near-duplicate, group {group}: a copy of it is under another class "
            "(similarity {similarity})",
        )
    if reason == LEAK:
        return QCoreApplication.translate(
            "check_model",
            "Near-duplicate, group {group}: a copy of it is on the other side of the split "
            "(a leak) (similarity {similarity})",
        )
    return QCoreApplication.translate(
        "check_model",
        "Near-duplicate, group {group}: a copy of it is in the same class "
        "(similarity {similarity})",
    )


def _split_text(split: str) -> str:
    """The side of training's split a photo is on ("train" or "validation"), as words."""
    if split == VALIDATION:
        return QCoreApplication.translate("check_model", "validation set")
    return QCoreApplication.translate("check_model", "training set")


class FindingsModel(QAbstractListModel):
    """Rows: findings; `done[row]` says what was done about it ("" while it is open)."""

    def __init__(self, thumbnails: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.done: list[str] = []
        self.thumbnails = thumbnails
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings, self.done = list(findings), [""] * len(findings)
        self.endResetModel()

    def mark(self, rows: list[int], what: str) -> None:
        for row in rows:
            self.done[row] = what
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.findings)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.path}\n{describe_finding(f)}"
        if role == FindingRole:
            return f
        return None

    @Slot(Path)
    def _thumbnail_ready(self, path: Path) -> None:
        for row, f in enumerate(self.findings):
            if f.path == path:
                index = self.index(row)
                self.dataChanged.emit(index, index)


class FindingDelegate(QStyledItemDelegate):
    def __init__(self, model: FindingsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(420, THUMB + 2 * _MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        f: Finding = index.data(FindingRole)
        done = self.model.done[index.row()]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        palette = option.palette
        rect = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        thumb = QRect(rect.left(), rect.top(), THUMB, THUMB)
        cache = self.model.thumbnails
        paint_thumbnail(
            painter, thumb, cache.pixmap(f.path), palette, broken=cache.is_unreadable(f.path)
        )
        text = rect.adjusted(THUMB + 12, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        line = option.fontMetrics.height() + 4
        labels = f"{f.label}  →  {f.suggested}" if f.suggested else f.label
        painter.drawText(text.adjusted(0, 0, 0, -2 * line), Qt.AlignmentFlag.AlignLeft, labels)
        painter.setFont(option.font)
        second = text.adjusted(0, line, 0, 0)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft, describe_finding(f))
        third = text.adjusted(0, 2 * line, 0, 0)
        where = f"{f.path.parent.name}/{f.path.name} · {_split_text(f.split)}"
        if done:
            painter.setPen(warning_color(palette) if not selected else palette.color(role))
            where = f"{done} · {where}"
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft, where)
        painter.restore()
