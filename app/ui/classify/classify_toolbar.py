"""The Classify tab's toolbar: open images or a folder, then filter, sort, export and file the
results into folders."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.result_order import Order
from app.ui.common.results_model import (
    ALL_LABELS,
    ERRORS_ONLY,
    LABELLED_ONLY,
    NONE_ONLY,
    choice_text,
)
from app.ui.workers.classify import DETAIL_TOP

__all__ = ["ClassifyToolbar", "LabelFilterBox", "order_titles"]


def order_titles() -> dict[Order, str]:
    """The sort box's orders as the person reads them, in the order it lists them."""
    return {
        Order.FILE: QCoreApplication.translate("ClassifyToolbar", "File order"),
        Order.LABEL: QCoreApplication.translate("ClassifyToolbar", "Top label A–Z"),
        Order.CONFIDENCE: QCoreApplication.translate("ClassifyToolbar", "Confidence high→low"),
        Order.CONFIDENCE_ASC: QCoreApplication.translate("ClassifyToolbar", "Confidence low→high"),
        Order.LEAST_CERTAIN: QCoreApplication.translate("ClassifyToolbar", "Least certain first"),
    }


class ClassifyToolbar(QWidget):
    """The tab connects the controls; `show_state` enables what the results allow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_images_button = QPushButton(self.tr("Open Images…"))
        self.open_folder_button = QPushButton(self.tr("Open Folder…"))
        self.filter_box = LabelFilterBox()
        self.sort_box = QComboBox()
        for order, title in order_titles().items():
            self.sort_box.addItem(title, order)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Save every result (top %Ln labels each) as a CSV file", "", DETAIL_TOP)
        )
        self.sort_folders_button = QPushButton(self.tr("Sort into Folders…"))
        self.sort_folders_button.setToolTip(
            self.tr("Copy or move these images into one folder per top label (can be undone)")
        )
        self.keywords_button = QPushButton(self.tr("Write Keywords…"))
        self.keywords_button.setToolTip(
            self.tr("Write the labels as XMP keywords photo managers read")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for item in (
            self.open_images_button,
            self.open_folder_button,
            None,
            QLabel(self.tr("Show:")),
            self.filter_box,
            8,
            QLabel(self.tr("Sort:")),
            self.sort_box,
            8,
            self.export_button,
            self.sort_folders_button,
            self.keywords_button,
        ):
            if item is None:
                row.addStretch(1)
            elif isinstance(item, int):
                row.addSpacing(item)
            else:
                row.addWidget(item)
        self.show_state(has_results=False, busy=False)

    def show_state(self, *, has_results: bool, busy: bool) -> None:
        """Filtering, sorting and exporting need results; filing them into folders or writing
        keywords also needs the run to have stopped adding to them."""
        for widget in (self.filter_box, self.sort_box, self.export_button):
            widget.setEnabled(has_results)
        for widget in (self.sort_folders_button, self.keywords_button):
            widget.setEnabled(has_results and not busy)


class LabelFilterBox(QComboBox):
    """ "All labels", "Errors only", "None of these", "Given a label", then the top-1 labels
    seen so far, sorted; editable, with a completer that matches anywhere in a label."""

    CHOICES = (ALL_LABELS, ERRORS_ONLY, NONE_ONLY, LABELLED_ONLY)
    FIRST_LABEL = len(CHOICES) + 1  # after the choices and a separator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []  # casefolded, sorted: the labels listed
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([choice_text(choice) for choice in self.CHOICES])
        self.insertSeparator(len(self.CHOICES))
        self.setMinimumContentsLength(18)
        self.lineEdit().setPlaceholderText(self.tr("Filter by label"))
        self.setToolTip(
            self.tr(
                "Show the photos whose top label is this one (or contains this text), "
                'or only those the model gives no label ("None of these") or gives one'
            )
        )
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    @Slot(list)
    def add_labels(self, labels: list[str]) -> None:
        for label in labels:  # inserting leaves the text being typed alone
            position = bisect_right(self._keys, label.casefold())
            self._keys.insert(position, label.casefold())
            self.insertItem(self.FIRST_LABEL + position, label)

    def labels(self) -> list[str]:
        return [self.itemText(i) for i in range(self.FIRST_LABEL, self.count())]

    def reset(self) -> None:
        self.setCurrentIndex(0)
        while self.count() > self.FIRST_LABEL:
            self.removeItem(self.FIRST_LABEL)
        self._keys = []
