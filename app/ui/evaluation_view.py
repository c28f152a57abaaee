"""The end of a run: how accurate the model is, which classes it confuses, and on which photos.

The confusion matrix leads to the files: clicking a cell lists the images behind it, so a
mislabeled photo or a genuinely ambiguous class is one click away.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.file_actions import file_menu, open_file
from app.ui.thumbnail_cache import ThumbnailCache
from training.evaluation import Evaluation, Mistake
from training.progress import EpochResult

__all__ = ["ConfusionModel", "GalleryModel", "EvaluationView", "best_epoch", "cell_color"]

log = logging.getLogger(__name__)

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
            return f"{'Predicted' if orientation == Qt.Orientation.Horizontal else 'True'}: {name}"
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.evaluation is None:
            return None
        t, p = index.row(), index.column()
        matrix = self.evaluation.confusion
        count = int(matrix[t, p])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row_total = int(matrix[t].sum())
            background = cell_color(count / row_total if row_total else 0.0, t == p)
            if role == Qt.ItemDataRole.BackgroundRole:
                return background
            return QColor("black") if _luminance(background) > 0.5 else QColor("white")
        if role == Qt.ItemDataRole.ToolTipRole:
            classes, total = self.evaluation.classes, int(matrix[t].sum())
            share = f" ({count / total:.0%})" if total else ""
            verb = "correctly classified" if t == p else f"predicted as '{classes[p]}'"
            return f"{count} of {total} '{classes[t]}' images{share} {verb}. Click to see them."
        return None


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


PER_CLASS_COLUMNS = {
    "Class": "",
    "Precision": "Of the images predicted as this class, the share that really are.",
    "Recall": "Of this class's images, the share the model found.",
    "F1": "The balance of precision and recall (their harmonic mean).",
    "Images": "Validation images of this class.",
}


def per_class_items(evaluation: Evaluation | None, model: QStandardItemModel) -> None:
    """Fill the per-class table: static numbers, so a standard model is enough."""
    model.clear()
    model.setHorizontalHeaderLabels(list(PER_CLASS_COLUMNS))
    for column, tip in enumerate(PER_CLASS_COLUMNS.values()):
        model.horizontalHeaderItem(column).setToolTip(tip)
    for c in evaluation.per_class if evaluation else ():
        texts = (f"{c.precision:.1%}", f"{c.recall:.1%}", f"{c.f1:.2f}", f"{c.support:,}")
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
            return f"{m.true_label} → {m.predicted_label} ({m.confidence:.0%})"
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
            return (
                f"{m.path}\nTrue class: {m.true_label}\nPredicted: {m.predicted_label} "
                f"with {m.confidence:.1%} confidence"
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


def best_epoch(history: dict[str, list[EpochResult]]) -> EpochResult | None:
    """The epoch whose weights were kept: the last one marked best, phase 1 then phase 2."""
    marked = [e for stage in ("head", "fine_tune") for e in history.get(stage, []) if e.best]
    return marked[-1] if marked else None


class EvaluationView(QWidget):
    save_requested = Signal()
    use_requested = Signal()

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.headline = QLabel()
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton("Save model as…")
        self.save_button.setToolTip("Copy the model and its report to a place you choose.")
        self.use_button = QPushButton("Use this model to classify")
        self.use_button.setToolTip("Load this model in the Classify tab.")
        self.save_button.clicked.connect(self.save_requested)
        self.use_button.clicked.connect(self.use_requested)

        self.confusion_model = ConfusionModel(self)
        self.confusion_view = QTableView()
        self.confusion_view.setModel(self.confusion_model)
        self.confusion_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.confusion_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (
            self.confusion_view.horizontalHeader(),
            self.confusion_view.verticalHeader(),
        ):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a square-ish grid
            header.setMinimumSectionSize(36)
        self.confusion_view.clicked.connect(self._cell_clicked)
        self.per_class_model = QStandardItemModel(self)
        self.per_class_view = QTableView()
        self.per_class_view.setModel(self.per_class_model)
        self.per_class_view.verticalHeader().hide()
        self.per_class_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.gallery_model = GalleryModel(thumbnails, self)
        self.gallery_view = QListView()
        self.gallery_view.setModel(self.gallery_model)
        self.gallery_view.setViewMode(QListView.ViewMode.IconMode)
        self.gallery_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.gallery_view.setMovement(QListView.Movement.Static)
        self.gallery_view.setIconSize(QSize(ICON, ICON))
        self.gallery_view.setGridSize(QSize(ICON + 48, ICON + 44))
        self.gallery_view.setWordWrap(True)
        self.gallery_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gallery_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.gallery_view.customContextMenuRequested.connect(self._context_menu)
        self.gallery_view.doubleClicked.connect(_open)
        self.note = QLabel()
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.gallery_pages = QStackedWidget()
        self.gallery_pages.addWidget(self.gallery_view)
        self.gallery_pages.addWidget(self.note)
        self.gallery_title = QLabel()
        self.show_all_button = QPushButton("Show all mistakes")
        self.show_all_button.clicked.connect(self.show_all_mistakes)

        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.use_button)
        confusion_box = _group(
            "Confusion matrix",
            self.confusion_view,
            "Rows: true class · columns: predicted",
        )
        per_class_box = _group("Per class", self.per_class_view)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(confusion_box)
        tables.addWidget(per_class_box)
        tables.setChildrenCollapsible(False)
        gallery_box = QGroupBox("Images")
        gallery_layout = QVBoxLayout(gallery_box)
        title_row = QHBoxLayout()
        title_row.addWidget(self.gallery_title, 1)
        title_row.addWidget(self.show_all_button)
        gallery_layout.addLayout(title_row)
        gallery_layout.addWidget(self.gallery_pages)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(tables)
        body.addWidget(gallery_box)
        body.setChildrenCollapsible(False)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        self.clear()

    # -- public ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.evaluation = None
        self.headline.setText("")
        self.details.setText("")
        self.confusion_model.set_evaluation(None)
        self._fill_per_class(None)
        self.gallery_model.set_mistakes([])

    def show_result(
        self, evaluation: Evaluation, history: dict[str, list[EpochResult]], stopped: bool
    ) -> None:
        self.evaluation = evaluation
        best = best_epoch(history)
        where = ""
        if best is not None:
            phase = 1 if best.stage == "head" else 2
            where = f"best epoch {best.epoch} of phase {phase}"
        if stopped:
            where = f"{where}; stopped early by you" if where else "stopped early by you"
        self.headline.setText(
            f"Validation accuracy {evaluation.accuracy:.1%} on {evaluation.count:,} images"
            + (f" ({where})" if where else "")
        )
        self.confusion_model.set_evaluation(evaluation)
        self._fill_per_class(evaluation)
        self.show_all_mistakes()

    def set_details(self, text: str, tooltip: str = "") -> None:
        self.details.setText(text)
        self.details.setToolTip(tooltip)

    def select_cell(self, true_row: int, predicted_column: int) -> None:
        """Show the images behind one cell of the confusion matrix."""
        ev = self.evaluation
        if ev is None:
            return
        self.confusion_view.setCurrentIndex(self.confusion_model.index(true_row, predicted_column))
        true, predicted = ev.classes[true_row], ev.classes[predicted_column]
        count = int(ev.confusion[true_row, predicted_column])
        self.show_all_button.setVisible(bool(ev.mistakes))
        if true_row == predicted_column:
            self.gallery_title.setText(f"<b>{true}</b> classified correctly")
            self.gallery_model.set_mistakes([])
            self._show_note(
                f"{count:,} '{true}' image{'s' if count != 1 else ''} correctly classified.\n"
                "Only misclassified images are listed; click a cell off the diagonal."
            )
            return
        shown = [m for m in ev.mistakes if m.true_label == true and m.predicted_label == predicted]
        self.gallery_title.setText(
            f"<b>{true}</b> predicted as <b>{predicted}</b>: {len(shown):,} image"
            f"{'s' if len(shown) != 1 else ''}"
        )
        self.gallery_model.set_mistakes(shown)
        if shown:
            self.gallery_pages.setCurrentWidget(self.gallery_view)
        else:
            self._show_note(f"No '{true}' image was predicted as '{predicted}'.")

    @Slot()
    def show_all_mistakes(self) -> None:
        ev = self.evaluation
        if ev is None:
            return
        self.confusion_view.clearSelection()
        self.show_all_button.hide()
        n = len(ev.mistakes)
        self.gallery_title.setText(
            f"<b>Misclassified images</b> ({n:,}), most confident first"
            if n
            else "<b>Misclassified images</b>"
        )
        self.gallery_model.set_mistakes(list(ev.mistakes))
        if n:
            self.gallery_pages.setCurrentWidget(self.gallery_view)
        else:
            self._show_note("No mistakes: every validation image was classified correctly.")

    # -- details ---------------------------------------------------------------------------

    def _fill_per_class(self, evaluation: Evaluation | None) -> None:
        per_class_items(evaluation, self.per_class_model)
        header = self.per_class_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @Slot(QModelIndex)
    def _cell_clicked(self, index: QModelIndex) -> None:
        self.select_cell(index.row(), index.column())

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.gallery_pages.setCurrentWidget(self.note)

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        rows = self.gallery_view.selectionModel().selectedIndexes()
        if not rows:
            index = self.gallery_view.indexAt(pos)
            rows = [index] if index.isValid() else []
        paths = [index.data(PATH_ROLE) for index in rows]
        if paths:
            file_menu(paths, self).exec(self.gallery_view.viewport().mapToGlobal(pos))


def _open(index: QModelIndex) -> None:
    open_file(index.data(PATH_ROLE))


def _group(title: str, widget: QWidget, caption: str = "") -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    if caption:
        label = QLabel(caption)
        label.setWordWrap(True)
        label.setEnabled(False)  # greyed: a hint, not content
        layout.addWidget(label)
    layout.addWidget(widget)
    return box
