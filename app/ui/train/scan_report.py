"""What is in the chosen dataset folder: classes, counts, a few thumbnails each, and what the
training engine warns about, before anything is trained."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.progress import Progress
from app.ui.common.drop_area import DropArea
from app.ui.common.locale_text import number
from app.ui.common.result_delegate import paint_thumbnail
from app.ui.common.thumbnail_cache import ThumbnailCache
from training.dataset import DatasetScan

__all__ = ["ScanTableModel", "SampleDelegate", "ScanReport", "SAMPLES_ROLE"]

SAMPLES_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = 64  # px, side of a sample thumbnail in the table
SAMPLES_PER_CLASS = 4
_GAP = 4

WARNING_STYLE = "background:#fff4c2; color:#4d3b00; border:1px solid #e6cf6e; border-radius:4px;"
ERROR_STYLE = "background:#fde2e1; color:#7a1410; border:1px solid #ef9a96; border-radius:4px;"

# The table's columns by their English titles, which `data` also reads them by; the header
# shows them translated.
CLASS = QT_TRANSLATE_NOOP("ScanTableModel", "Class")
TRAINING_IMAGES = QT_TRANSLATE_NOOP("ScanTableModel", "Training images")
VALIDATION_IMAGES = QT_TRANSLATE_NOOP("ScanTableModel", "Validation images")
SAMPLES = QT_TRANSLATE_NOOP("ScanTableModel", "Samples")
_COUNTS = (TRAINING_IMAGES, VALIDATION_IMAGES)  # right-aligned numbers


class ScanTableModel(QAbstractTableModel):
    """One row per class. Columns: Class, Training images, [Validation images], Samples."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.scan: DatasetScan | None = None
        self.train_counts: list[int] = []
        self.val_counts: list[int] | None = None
        self.samples: list[list[Path]] = []
        self._row_of: dict[Path, int] = {}

    def set_scan(self, scan: DatasetScan | None) -> None:
        self.beginResetModel()
        self.scan = scan
        self.train_counts = scan.counts() if scan else []
        self.val_counts = (
            scan.counts(scan.validation_samples) if scan and scan.validation_root else None
        )
        self.samples = _spread_samples(scan) if scan else []
        self._row_of = {p: row for row, paths in enumerate(self.samples) for p in paths}
        self.endResetModel()

    def set_counts(self, train_counts: list[int], val_counts: list[int]) -> None:
        """The split the training run actually made (held-out images are not trained on)."""
        self.beginResetModel()
        self.train_counts, self.val_counts = list(train_counts), list(val_counts)
        self.endResetModel()

    def thumbnail_ready(self, path: Path) -> None:
        row = self._row_of.get(path)
        if row is not None:
            index = self.index(row, self.columnCount() - 1)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def columns(self) -> list[str]:
        middle = [TRAINING_IMAGES] + ([VALIDATION_IMAGES] if self.val_counts else [])
        return [CLASS, *middle, SAMPLES]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return (
            0
            if parent is not None and parent.isValid() or self.scan is None
            else len(self.scan.classes)
        )

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns()[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or self.scan is None:
            return None
        row, column = index.row(), self.columns()[index.column()]
        if role == SAMPLES_ROLE and column == SAMPLES:
            return self.samples[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CLASS:
                return self.scan.classes[row]
            if column == TRAINING_IMAGES:
                return number(self.train_counts[row])
            if column == VALIDATION_IMAGES and self.val_counts:
                return number(self.val_counts[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == SAMPLES:
            return "\n".join(str(p) for p in self.samples[row])
        return None


def _spread_samples(scan: DatasetScan) -> list[list[Path]]:
    """A few images per class, spread over the folder rather than the first few files."""
    per_class: list[list[Path]] = [[] for _ in scan.classes]
    for sample in scan.samples:
        per_class[sample.label].append(sample.path)
    return [
        paths[:: max(1, len(paths) // SAMPLES_PER_CLASS)][:SAMPLES_PER_CLASS] for paths in per_class
    ]


class SampleDelegate(QStyledItemDelegate):
    """Paints the sample thumbnails side by side, a placeholder until each is decoded."""

    def __init__(self, thumbnails: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        paths = index.data(SAMPLES_ROLE)
        if paths is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:  # background and selection, without text
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        top = option.rect.top() + (option.rect.height() - THUMB) // 2
        fits = max(1, (option.rect.width() - _GAP) // (THUMB + _GAP))
        for i, path in enumerate(paths[:fits]):
            cell = QRect(option.rect.left() + _GAP + i * (THUMB + _GAP), top, THUMB, THUMB)
            pixmap = self.thumbnails.pixmap(path)
            broken = self.thumbnails.is_unreadable(path)
            paint_thumbnail(painter, cell, pixmap, option.palette, broken=broken)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(SAMPLES_PER_CLASS * (THUMB + _GAP) + _GAP, THUMB + 2 * _GAP)


class ScanReport(QWidget):
    """Empty: a drop target. Scanning: a note. Scanned: the table and the engine's notes.
    Failed: the error in red, with what to do."""

    dropped = Signal(list)  # paths dropped on the empty state
    check_requested = Signal()  # Check labels

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScanTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.delegate = SampleDelegate(thumbnails, self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 2 * _GAP)
        self.table.setWordWrap(False)
        self.model.modelReset.connect(self._columns_changed)
        thumbnails.ready.connect(self.model.thumbnail_ready)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warnings = _note(WARNING_STYLE)
        self.error = _note(ERROR_STYLE)
        self.error.setObjectName("scanError")
        self.skipped_button = QToolButton()
        self.skipped_button.setCheckable(True)
        self.skipped_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.skipped_button.setArrowType(Qt.ArrowType.RightArrow)
        self.skipped_button.setAutoRaise(True)
        self.skipped_button.toggled.connect(self._toggle_skipped)
        self.skipped_list = QListWidget()
        self.skipped_list.setMaximumHeight(120)
        self.skipped_list.hide()

        self.empty = DropArea(
            self.tr(
                "Drop a dataset folder here, or use Choose… on the left.\n\n"
                "The folder needs one sub-folder per class, named after the class, with that "
                "class's photos inside (at least 2 classes; 10 or more photos each is better)."
            )
        )
        self.empty.dropped.connect(self.dropped)
        self.busy = QLabel(self.tr("Scanning…"))
        self._scanning = ""  # which folder the running scan reads
        self.busy.setAlignment(Qt.AlignmentFlag.AlignCenter)

        report = QWidget()
        column = QVBoxLayout(report)
        column.setContentsMargins(0, 0, 0, 0)
        self.check_button = QPushButton(self.tr("Check labels…"))
        self.check_button.setToolTip(
            self.tr("Find likely label errors, near-duplicates and outliers in this folder.")
        )
        self.check_button.clicked.connect(self.check_requested)
        heading = QHBoxLayout()
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.check_button)
        column.addLayout(heading)
        column.addWidget(self.table, 1)
        column.addWidget(self.warnings)
        column.addWidget(self.skipped_button)
        column.addWidget(self.skipped_list)
        column.addWidget(self.error)
        column.addStretch(0)  # takes the room only while the table is hidden

        self.pages = QStackedWidget()
        for page in (self.empty, self.busy, report):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- states ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.model.set_scan(None)
        self.pages.setCurrentWidget(self.empty)

    def show_scanning(self, root: Path) -> None:
        self._scanning = self.tr("Scanning {folder}…").format(folder=root)
        self.busy.setText(self._scanning)
        self.pages.setCurrentWidget(self.busy)

    def show_scan_progress(self, event: Progress) -> None:
        """How far the running scan is: a folder of many thousand photos takes a while."""
        if event.total:
            read = self.tr("{done} of %Ln images read", "", event.total)
            self.busy.setText(f"{self._scanning}\n{read.format(done=number(event.done))}")

    def show_scan(self, scan: DatasetScan) -> None:
        self.model.set_scan(scan)
        facts = [
            self.tr(
                "<b>%Ln classes</b>, {images} images in {folder}", "", len(scan.classes)
            ).format(images=number(len(scan.samples)), folder=html.escape(str(scan.root)))
        ]
        if scan.validation_root:
            facts.append(
                self.tr("validation: {images} images in {folder}").format(
                    images=number(len(scan.validation_samples)),
                    folder=html.escape(str(scan.validation_root)),
                )
            )
        if none := scan.none_count():
            facts.append(self.tr("%Ln photos of none of these", "", none))
        if scan.has_multiple:
            facts.append(self.tr("several labels per photo: multi-label"))
        self.summary.setText(" · ".join(facts))
        self.summary.show()
        self.check_button.show()
        self.table.show()
        self._set_notes(scan.warnings, scan.skipped)
        self.error.hide()
        self.pages.setCurrentIndex(2)

    def show_counts(self, train_counts: list[int], val_counts: list[int]) -> None:
        self.model.set_counts(train_counts, val_counts)

    def show_error(self, message: str) -> None:
        self.model.set_scan(None)
        self.summary.hide()
        self.check_button.hide()
        self.table.hide()
        self._set_notes([], [])
        self.error.setText(
            self.tr(
                "<b>This folder cannot be trained on yet.</b><br>{message}<br><br>"
                "Fix the folder, then press Rescan (or choose another folder)."
            ).format(message=html.escape(message))
        )
        self.error.show()
        self.pages.setCurrentIndex(2)

    # -- details ---------------------------------------------------------------------------

    def _set_notes(self, warnings: list[str], skipped: list[tuple[Path, str]]) -> None:
        self.warnings.setText("<br>".join(f"⚠ {html.escape(w)}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.skipped_list.clear()
        self.skipped_list.addItems([f"{path} — {reason}" for path, reason in skipped])
        self.skipped_button.setText(self.tr("%Ln files skipped", "", len(skipped)))
        self.skipped_button.setToolTip(
            self.tr("Files that will not be used, and why. Click to list them.")
        )
        self.skipped_button.setVisible(bool(skipped))
        self.skipped_button.setChecked(False)

    @Slot(bool)
    def _toggle_skipped(self, shown: bool) -> None:
        self.skipped_list.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.skipped_button.setArrowType(arrow)

    def _columns_changed(self) -> None:
        header = self.table.horizontalHeader()
        last = self.model.columnCount() - 1
        for column in range(self.model.columnCount()):
            self.table.setItemDelegateForColumn(column, None)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == last
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        if last > 0:
            self.table.setItemDelegateForColumn(last, self.delegate)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(0)
            self.table.setColumnWidth(0, max(160, self.table.columnWidth(0) + 16))


def _note(style: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"QLabel {{ {style} padding:6px; }}")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    label.hide()
    return label
