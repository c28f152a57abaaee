"""The Classify tab's results page: the results list beside the selected photo's details, and
the run's progress row under them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.ui.classify.detail_view import DetailView
from app.ui.common.result_delegate import ResultsView
from app.ui.common.results_model import ResultRole
from app.ui.common.run_progress import RunProgress
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache

__all__ = ["ResultsPage"]


class ResultsPage(QWidget):
    """Shows `rows` (the filtered results); the splitter's position is kept in the settings."""

    def __init__(
        self,
        rows: QSortFilterProxyModel,
        thumbnails: ThumbnailCache,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.view = ResultsView(thumbnails)
        self.view.setModel(rows)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        rows.dataChanged.connect(self._rows_changed)
        self.detail = DetailView(thumbnails)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        if not self.splitter.restoreState(settings.get(Keys.SPLITTER)):
            self.splitter.setSizes([640, 320])
        self.splitter.splitterMoved.connect(self.save_splitter)
        self.progress = RunProgress()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.progress)

    def keep_current_in_sight(self) -> None:
        """After the rows were reordered: the selected photo, else the top."""
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)
        else:
            self.view.scrollToTop()

    @Slot()
    def save_splitter(self) -> None:
        self.settings.set(Keys.SPLITTER, self.splitter.saveState())

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Join the detail view's image loading; True when it ended in time."""
        self.save_splitter()
        return self.detail.shutdown(timeout_ms)

    @Slot()
    def _rows_changed(self) -> None:
        """A result was re-decided (a new "none of these" share): the details follow."""
        current = self.view.currentIndex()
        result = current.data(ResultRole) if current.isValid() else None
        if result is not None and result is not self.detail.result:
            self.detail.show_result(result)

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_result(current.data(ResultRole) if current.isValid() else None)
