"""The Results tab's item models: the confusion matrix, the per-class table, the mistakes."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QPixmap, QStandardItem, QStandardItemModel

from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.common.locale_text import decimal, number, percent
from app.ui.common.thumbnail_cache import ThumbnailCache
from training.evaluation import Evaluation, Mistake

__all__ = [
    "ConfusionModel",
    "GalleryModel",
    "PATH_ROLE",
    "ICON",
    "cell_color",
    "per_class_items",
]

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
ICON = 96
_GOOD, _BAD = QColor("#2e9e50"), QColor("#d64541")


class ConfusionModel(QAbstractTableModel):
    """Rows: true class; columns: predicted. Shaded by the share of the row: green on the
    diagonal (right), red off it (wrong), so the eye finds the confusions first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        self.beginResetModel()
        self.evaluation = evaluation
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return _count(parent, len(self.evaluation.classes) if self.evaluation else 0)

    columnCount = rowCount

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.evaluation is None:
            return None
        name = self.evaluation.classes[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.tr("Predicted: {label}").format(label=name)
            return self.tr("True: {label}").format(label=name)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.evaluation is None:
            return None
        t, p = index.row(), index.column()
        matrix = self.evaluation.confusion
        count = int(matrix[t, p])
        if role == Qt.ItemDataRole.DisplayRole:
            return number(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row_total = int(matrix[t].sum())
            background = cell_color(count / row_total if row_total else 0.0, t == p)
            if role == Qt.ItemDataRole.BackgroundRole:
                return background
            return QColor("black") if _luminance(background) > 0.5 else QColor("white")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(self.evaluation, t, p)
        return None

    def _cell_tip(self, evaluation: Evaluation, t: int, p: int) -> str:
        """How many of a class's validation images went to this cell, and what a click does."""
        classes, matrix = evaluation.classes, evaluation.confusion
        count, total = int(matrix[t, p]), int(matrix[t].sum())
        if not total:
            return self.tr("No validation image is '{label}'.").format(label=classes[t])
        values = {"count": number(count), "label": classes[t], "share": percent(count / total)}
        if t == p:
            return self.tr(
                "{count} of %Ln '{label}' images ({share}) correctly classified. "
                "Click to see them.",
                "",
                total,
            ).format(**values)
        return self.tr(
            "{count} of %Ln '{label}' images ({share}) predicted as '{predicted}'. Click to see "
            "them.",
            "",
            total,
        ).format(predicted=classes[p], **values)


def _count(parent: QModelIndex | QPersistentModelIndex | None, n: int) -> int:
    """Rows of a flat model: none under any real parent index."""
    return 0 if parent is not None and parent.isValid() else n


def cell_color(fraction: float, diagonal: bool) -> QColor:
    """The base colour blended toward green (diagonal) or red; off-diagonal shares are small,
    so they are stretched (square root) to stay visible."""
    base = QGuiApplication.palette().base().color()
    if fraction <= 0:
        return base
    strength = fraction if diagonal else math.sqrt(fraction)
    target = _GOOD if diagonal else _BAD
    mix = 0.12 + 0.88 * min(1.0, strength)
    return QColor.fromRgbF(
        *(b + (c - b) * mix for b, c in zip(base.getRgbF()[:3], target.getRgbF()[:3], strict=True))
    )


def _luminance(color: QColor) -> float:
    return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()


# Titles and tooltips, translated where the table is filled.
PER_CLASS_COLUMNS = {
    QT_TRANSLATE_NOOP("EvaluationModels", "Class"): "",
    QT_TRANSLATE_NOOP("EvaluationModels", "Precision"): QT_TRANSLATE_NOOP(
        "EvaluationModels", "Of the images predicted as this class, the share that really are."
    ),
    QT_TRANSLATE_NOOP("EvaluationModels", "Recall"): QT_TRANSLATE_NOOP(
        "EvaluationModels", "Of this class's images, the share the model found."
    ),
    QT_TRANSLATE_NOOP("EvaluationModels", "F1"): QT_TRANSLATE_NOOP(
        "EvaluationModels", "The balance of precision and recall (their harmonic mean)."
    ),
    QT_TRANSLATE_NOOP("EvaluationModels", "Images"): QT_TRANSLATE_NOOP(
        "EvaluationModels", "Validation images of this class."
    ),
}


def per_class_items(evaluation: Evaluation | None, model: QStandardItemModel) -> None:
    """Fill the per-class table: static numbers, so a standard model is enough."""
    model.clear()
    model.setHorizontalHeaderLabels(
        [QCoreApplication.translate("EvaluationModels", title) for title in PER_CLASS_COLUMNS]
    )
    for column, tip in enumerate(PER_CLASS_COLUMNS.values()):
        if tip:
            tip = QCoreApplication.translate("EvaluationModels", tip)
        model.horizontalHeaderItem(column).setToolTip(tip)
    for c in evaluation.per_class if evaluation else ():
        texts = (percent(c.precision, 1), percent(c.recall, 1), decimal(c.f1, 2), number(c.support))
        row = [QStandardItem(c.name)] + [QStandardItem(t) for t in texts]
        for item in row[1:]:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in row:
            item.setEditable(False)
        model.appendRow(row)


class GalleryModel(QAbstractListModel):
    """Mistakes as thumbnails captioned "true → predicted (93%)"."""

    def __init__(self, thumbnails: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.mistakes: list[Mistake] = []
        self._row_of: dict[Path, int] = {}
        self._placeholder = QPixmap(ICON, ICON)
        self._placeholder.fill(QColor(128, 128, 128, 40))
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_mistakes(self, mistakes: list[Mistake]) -> None:
        self.beginResetModel()
        self.mistakes = list(mistakes)
        self._row_of = {m.path: row for row, m in enumerate(self.mistakes)}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return _count(parent, len(self.mistakes))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        m = self.mistakes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{m.true_label} → {m.predicted_label} ({percent(m.confidence)})"
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.thumbnails.pixmap(m.path)
            if pixmap is None:  # a square placeholder keeps the grid steady while it loads
                return self._placeholder
            return pixmap.scaled(
                ICON,
                ICON,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "{path}\nTrue class: {label}\nPredicted: {predicted} with {confidence} confidence"
            ).format(
                path=m.path,
                label=m.true_label,
                predicted=m.predicted_label,
                confidence=percent(m.confidence, 1),
            )
        if role == PATH_ROLE:
            return m.path
        return None

    @Slot(Path)
    def _thumbnail_ready(self, path: Path) -> None:
        row = self._row_of.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
