"""The end of a run: how accurate the model is, which classes it confuses, and on which photos.

The confusion matrix leads to the files: clicking a cell lists the images behind it, so a
mislabeled photo or a genuinely ambiguous class is one click away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QStandardItemModel
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

from app.core.decision import OpenSet
from app.core.progress import Stage
from app.ui.common.file_actions import file_menu, open_file
from app.ui.common.locale_text import decimal, percent
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.train.evaluation_models import (
    ICON,
    PATH_ROLE,
    ConfusionModel,
    GalleryModel,
    per_class_items,
)
from app.ui.train.label_scores import (
    is_multi_label,
    label_items,
    label_photos,
)
from training.evaluation import Evaluation
from training.progress import PHASES, EpochResult

__all__ = ["EvaluationView", "best_epoch"]


def best_epoch(history: dict[Stage, list[EpochResult]]) -> EpochResult | None:
    """The epoch whose weights were kept: the last one marked best, phase 1 then phase 2."""
    marked = [e for stage in PHASES for e in history.get(stage, []) if e.best]
    return marked[-1] if marked else None


class EvaluationView(QWidget):
    save_requested = Signal()
    use_requested = Signal()
    export_requested = Signal()
    check_requested = Signal()  # check the training folder for mistakes

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
        self.save_button = QPushButton(self.tr("Save model as…"))
        self.save_button.setToolTip(self.tr("Copy the model and its report to a place you choose."))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Export as TFLite, SavedModel or ONNX, checked for parity.")
        )
        self.use_button = QPushButton(self.tr("Use this model to classify"))
        self.use_button.setToolTip(self.tr("Load this model in the Classify tab."))
        self.save_button.clicked.connect(self.save_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.use_button.clicked.connect(self.use_requested)
        self.check_button = QPushButton(self.tr("Check the training folder…"))
        self.check_button.setToolTip(
            self.tr(
                "Look for photos whose label is likely wrong, copies and outliers in the folder "
                "this model was trained on (its features are cached: seconds)."
            )
        )
        self.check_button.clicked.connect(self.check_requested)

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
        self.per_class_view.clicked.connect(self._label_clicked)  # multi-label: its photos
        self._data: dict = {}  # the evaluation as the report has it

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
        self.show_all_button = QPushButton(self.tr("Show all mistakes"))
        self.show_all_button.clicked.connect(self.show_all_mistakes)

        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.export_button)
        top.addWidget(self.use_button)
        top.addWidget(self.check_button)
        confusion_box = _group(
            self.tr("Confusion matrix"),
            self.confusion_view,
            self.tr("Rows: true class · columns: predicted"),
        )
        self.confusion_box = confusion_box
        self.per_class_box = per_class_box = _group(self.tr("Per class"), self.per_class_view)
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(confusion_box)
        tables.addWidget(per_class_box)
        tables.setChildrenCollapsible(False)
        gallery_box = QGroupBox(self.tr("Images"))
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
        self,
        evaluation: Evaluation,
        history: dict[Stage, list[EpochResult]],
        stopped: bool,
        open_set: OpenSet | None = None,
    ) -> None:
        self.evaluation = evaluation
        self._data = evaluation.as_dict()
        multi = is_multi_label(self._data)
        self.confusion_box.setVisible(not multi)  # per label instead: no one "predicted" cell
        self.per_class_box.setTitle(self.tr("Per label") if multi else self.tr("Per class"))
        where = self._when(best_epoch(history), stopped)
        score = self._scores(self._data) if multi else self._accuracy(evaluation)
        detector = self._detector(open_set)
        self.headline.setText(
            score + (f" ({where})" if where else "") + (f"\n{detector}" if detector else "")
        )
        if multi:
            label_items(self._data, self.per_class_model)
            self.show_all_button.hide()
            self.gallery_title.setText(self.tr("Click a label to see the photos it got wrong"))
            self.gallery_model.set_mistakes([])
            return
        self.confusion_model.set_evaluation(evaluation)
        self._fill_per_class(evaluation)
        self.show_all_mistakes()

    def _accuracy(self, evaluation: Evaluation) -> str:
        """The headline of a single-label evaluation."""
        return self.tr("Validation accuracy {accuracy} on %Ln images", "", evaluation.count).format(
            accuracy=percent(evaluation.accuracy, 1)
        )

    def _scores(self, data: dict[str, Any]) -> str:
        """The headline of a multi-label evaluation (`label_scores` reads the same dict)."""
        return self.tr(
            "mAP {map} · micro-F1 {micro_f1} · exact match {exact} on %Ln validation photos",
            "",
            data.get("images", 0),
        ).format(
            map=decimal(data["mean_average_precision"], 2),
            micro_f1=decimal(data["micro_f1"], 2),
            exact=percent(data["exact_match"], 1),
        )

    def _detector(self, open_set: OpenSet | None) -> str:
        """What the model's "none of these" detector does, "" when it has none."""
        if open_set is None:
            return ""
        return self.tr(
            '"None of these": {method}, keeps {share} of the %Ln known validation photos',
            "",
            len(open_set.known),
        ).format(method=open_set.method, share=percent(open_set.kept_share()))

    def _when(self, best: EpochResult | None, stopped: bool) -> str:
        """Which weights were kept, and whether the person ended the run; "" when neither."""
        if best is None:
            return self.tr("stopped early by you") if stopped else ""
        values = {"epoch": best.epoch, "phase": best.phase}
        if stopped:
            return self.tr("best epoch {epoch} of phase {phase}; stopped early by you").format(
                **values
            )
        return self.tr("best epoch {epoch} of phase {phase}").format(**values)

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
            self.gallery_title.setText(
                self.tr("<b>{label}</b> classified correctly").format(label=true)
            )
            self.gallery_model.set_mistakes([])
            self._show_note(
                self.tr(
                    "%Ln '{label}' images correctly classified.\nOnly misclassified images are "
                    "listed; click a cell off the diagonal.",
                    "",
                    count,
                ).format(label=true)
            )
            return
        shown = [m for m in ev.mistakes if m.true_label == true and m.predicted_label == predicted]
        self.gallery_title.setText(
            self.tr(
                "<b>{label}</b> predicted as <b>{predicted}</b>: %Ln images", "", len(shown)
            ).format(label=true, predicted=predicted)
        )
        self.gallery_model.set_mistakes(shown)
        if shown:
            self.gallery_pages.setCurrentWidget(self.gallery_view)
        else:
            self._show_note(
                self.tr("No '{label}' image was predicted as '{predicted}'.").format(
                    label=true, predicted=predicted
                )
            )

    @Slot()
    def show_all_mistakes(self) -> None:
        ev = self.evaluation
        if ev is None:
            return
        self.confusion_view.clearSelection()
        self.show_all_button.hide()
        n = len(ev.mistakes)
        self.gallery_title.setText(
            self.tr("<b>Misclassified images</b> (%Ln), most confident first", "", n)
            if n
            else self.tr("<b>Misclassified images</b>")
        )
        self.gallery_model.set_mistakes(list(ev.mistakes))
        if n:
            self.gallery_pages.setCurrentWidget(self.gallery_view)
        else:
            self._show_note(
                self.tr("No mistakes: every validation image was classified correctly.")
            )

    # -- details ---------------------------------------------------------------------------

    def _fill_per_class(self, evaluation: Evaluation | None) -> None:
        per_class_items(evaluation, self.per_class_model)
        header = self.per_class_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    @Slot(QModelIndex)
    def _label_clicked(self, index: QModelIndex) -> None:
        """A multi-label model's label: the photos it missed and those it was given wrongly."""
        if not is_multi_label(self._data) or not index.isValid():
            return
        title, photos = label_photos(self._data, index.row())
        self.gallery_title.setText(title)
        self.gallery_model.set_mistakes(photos)
        if photos:
            self.gallery_pages.setCurrentWidget(self.gallery_view)
        else:
            self._show_note(self.tr("Every validation photo got this label right."))

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
