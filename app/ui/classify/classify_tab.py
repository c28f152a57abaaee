"""The Classify tab: drop photos or folders, watch results stream in, filter, sort and export.

Its parts: the toolbar (`ClassifyToolbar`), the drop area, the results page (`ResultsPage`:
list, details, progress) and the runs (`ClassifyRuns`: one classification at a time, a new
request replacing the running one); the tab keeps them in step with the results model.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from app.core.discovery import IMAGE_EXTENSIONS
from app.core.errors import Cancelled, PictagError
from app.core.formats import write_csv
from app.core.progress import Progress, Stage
from app.core.result_order import Order
from app.core.results import ClassifyResult
from app.ui.classify.classify_runs import ClassifyRuns
from app.ui.classify.classify_toolbar import ClassifyToolbar
from app.ui.classify.open_set_box import OpenSetBox
from app.ui.classify.results_page import ResultsPage
from app.ui.common.drop_area import DropArea, DropTarget
from app.ui.common.locale_text import decimal, number
from app.ui.common.messages import show_error
from app.ui.common.results_model import ResultsFilter, ResultsModel, describe_summary
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.filing.keywords_dialog import KeywordsDialog
from app.ui.filing.sort_dialog import SortDialog
from app.ui.model.model_controller import ModelController
from app.ui.review.review_panel import ReviewPanel
from app.ui.workers.classify import DETAIL_TOP, ClassifyJob, ClassifySummary

if TYPE_CHECKING:
    from app.core.model_loader import LoadedModel

__all__ = ["ClassifyTab", "image_filter"]

log = logging.getLogger(__name__)


def image_filter() -> str:
    """The Open Images dialog's choice of files: every format Pictag reads, or all."""
    patterns = " ".join(f"*{ext}" for ext in sorted(IMAGE_EXTENSIONS))
    return QCoreApplication.translate("ClassifyTab", "Images ({patterns});;All files (*)").format(
        patterns=patterns
    )


class ClassifyTab(DropTarget, QWidget):
    """See the module docstring; the main window uses the public methods and signals."""

    status_message = Signal(str)
    busy_changed = Signal(bool)
    has_results_changed = Signal(bool)
    model_dropped = Signal(Path)  # a .keras file was dropped: load it rather than classify it

    def __init__(
        self,
        controller: ModelController,
        thumbnails: ThumbnailCache,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.thumbnails = thumbnails
        self.settings = settings
        self._inputs: list[Path] = []  # what the results shown (or awaited) are of
        self._results_labels: tuple[str, ...] | None = None  # of the model behind the results
        self._model = ""  # its name, recorded with keywords
        self._last_progress = Progress(Stage.CLASSIFY)
        self._has_results = False
        self.runs = ClassifyRuns(controller, settings, self)
        self.runs.waiting_for_model.connect(self._waiting_for_model)
        self.runs.waiting_for_previous.connect(self._waiting_for_previous)
        self.runs.started.connect(self._started)
        self.runs.idle.connect(self._idle)
        self.runs.busy_changed.connect(self._busy_changed)

        self.model = ResultsModel(self)
        self.proxy = ResultsFilter(self.model, self)
        self._build()
        self.model.labels_added.connect(self.filter_box.add_labels)
        self.model.rowsInserted.connect(self._contents_changed)
        self.model.modelReset.connect(self._contents_changed)
        for changed in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            changed.connect(self._update_shown)
        thumbnails.ready.connect(self.model.thumbnail_ready)
        controller.ready.connect(self._model_ready)
        self.setAcceptDrops(True)  # anywhere on the tab, the results list included

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = ClassifyToolbar()
        t = self.toolbar
        self.open_images_button = t.open_images_button
        self.open_folder_button = t.open_folder_button
        self.filter_box, self.sort_box = t.filter_box, t.sort_box
        self.export_button, self.sort_folders_button = t.export_button, t.sort_folders_button
        self.open_images_button.clicked.connect(self.open_images)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.filter_box.editTextChanged.connect(self._filter_changed)
        self.sort_box.currentIndexChanged.connect(self._sort_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.sort_folders_button.clicked.connect(self.sort_into_folders)
        self.keywords_button = t.keywords_button
        self.keywords_button.clicked.connect(self.write_keywords)

        self.drop_area = DropArea(
            self.tr("Drop photos or folders here\nor use Open Images… / Open Folder…")
        )
        self.drop_area.dropped.connect(self.paths_dropped)
        self.results_page = ResultsPage(self.proxy, self.thumbnails, self.settings)
        self.view, self.detail = self.results_page.view, self.results_page.detail
        self.progress = self.results_page.progress
        self.progress.cancel_button.clicked.connect(self.cancel)
        self.review = ReviewPanel(  # review rows, the grid beside the list, the keys
            self.controller,
            self.settings,
            self.model,
            self.proxy,
            self.view,
            self.thumbnails,
            self.results_page.splitter,  # the grid takes the list's place in it
            self,
        )
        self.review.status_message.connect(self.status_message)
        self.review.least_certain_wanted.connect(self._least_certain_first)
        self.review.shown_changed.connect(self._update_shown)
        self.review.cancel_run_wanted.connect(self.cancel_run)
        self.results_page.layout().insertWidget(0, self.review)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.drop_area)
        self.stack.addWidget(self.results_page)
        self.open_set = OpenSetBox(self.controller, self.model)  # "None of these": keep N %
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.open_set)
        layout.addWidget(self.stack, 1)

    # -- public API ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.runs.busy

    def classify_paths(self, paths: list[Path]) -> None:
        """Replace what is shown with the results for `paths` (files and/or folders)."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        self._inputs = paths
        self._clear()
        self.stack.setCurrentWidget(self.results_page)
        self.runs.request(paths)  # whatever the running job still sends is stale now

    def open_images(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Images"), self.settings.get(Keys.IMAGE_FOLDER), image_filter()
        )
        if names:
            self.settings.set(Keys.IMAGE_FOLDER, str(Path(names[0]).parent))
            self.classify_paths([Path(n) for n in names])

    def open_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Open Folder"), self.settings.get(Keys.IMAGE_FOLDER)
        )
        if name:
            self.settings.set(Keys.IMAGE_FOLDER, name)
            self.classify_paths([Path(name)])

    def export_csv(self) -> None:
        """Every result in file order (whatever is filtered), in the CLI's CSV schema."""
        results = self.model.results()
        if not results:
            self.status_message.emit(self.tr("There are no results to export yet."))
            return
        start = Path(self.settings.get(Keys.SAVE_FOLDER) or Path.home()) / "pictag-results.csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), str(start), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
        try:
            write_csv(results, path, top=DETAIL_TOP)
        except OSError as exc:
            log.warning("CSV export to %s failed: %s", path, exc)
            show_error(
                self,
                self.tr("Export failed"),
                self.tr(
                    "Could not write {path}: {reason}. Choose another folder, or make room on "
                    "the drive."
                ).format(path=path, reason=exc.strerror or exc),
            )
            return
        self.settings.set(Keys.SAVE_FOLDER, str(path.parent))
        self.status_message.emit(
            self.tr("Exported %Ln results to {path}", "", len(results)).format(path=path)
        )

    def sort_into_folders(self) -> SortDialog | None:
        """The results shown, as they are (no classifying again), into one folder per label."""
        if self.busy or not self._has_results:
            return None
        dialog = SortDialog(
            self.model.results(), self.settings, self, model_labels=self._results_labels
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def write_keywords(self) -> KeywordsDialog | None:
        """The results shown, as they are, written as XMP keywords (sidecars or embedded)."""
        if self.busy or not self._has_results:
            return None
        loaded = self.controller.model
        dialog = KeywordsDialog(
            self.model.results(), self.settings, self, model_name=self._model,
            multi_label=loaded is not None and loaded.decision.multi_label,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def cancel_run(self) -> None:
        """Esc in the results (the review panel asks when no review job runs): cancel the
        classification that runs, keeping the rows classified so far; nothing when none runs."""
        if self.busy:
            self.cancel()

    def cancel(self) -> None:
        """Stop the run (rows classified so far stay) or the wait for the model."""
        if self.runs.cancel():
            self.progress.label.setText(self.tr("Cancelling…"))
        elif self.model.rowCount() == 0:
            self._show_drop_area()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and join the worker threads; True when they ended in time."""
        ended = self.runs.shutdown(timeout_ms) and self.review.shutdown(timeout_ms)
        return self.results_page.shutdown(timeout_ms) and ended

    # -- running -------------------------------------------------------------------------------

    @Slot()
    def _waiting_for_model(self) -> None:
        waiting = self.tr("Waiting for the model…")
        self.progress.waiting(waiting)
        self.status_message.emit(waiting)

    @Slot()
    def _waiting_for_previous(self) -> None:
        self.progress.waiting(self.tr("Waiting for the previous run to stop…"))

    @Slot(object, object)
    def _started(self, job: ClassifyJob, model: LoadedModel) -> None:
        self._results_labels, self._model = model.labels, model.name
        self.open_set.results_from(model)
        job.yielded.connect(self._chunk)
        job.progress.connect(self._progress)
        job.result.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.progress.waiting(self.tr("Looking for images…"))
        self.status_message.emit(self.tr("Classifying with {model}…").format(model=model.name))

    @Slot()
    def _idle(self) -> None:
        if self.model.rowCount() == 0:
            self._show_drop_area()

    @Slot(object)
    def _chunk(self, chunk: list[ClassifyResult]) -> None:
        self.model.append(self.open_set.decided(chunk))

    @Slot(object)
    def _progress(self, progress: Progress) -> None:
        self._last_progress = progress
        self.progress.show_progress(progress)

    @Slot(object)
    def _done(self, summary: ClassifySummary) -> None:
        images = summary.classified + summary.failed
        self.progress.label.setText(
            self.tr("%Ln images in {seconds} s", "", images).format(
                seconds=decimal(summary.seconds, 1)
            )
        )
        if images == 0:
            names = ", ".join(p.name or str(p) for p in self._inputs)
            self.status_message.emit(self.tr("No images found in {names}").format(names=names))
        else:
            self.status_message.emit(describe_summary(summary))

    @Slot(object)
    def _failed(self, error: PictagError) -> None:
        self.progress.label.setText(self.tr("Stopped"))
        self.status_message.emit(str(error))
        show_error(self, self.tr("Classification stopped"), str(error))

    @Slot(object)
    def _cancelled(self, _cancelled: Cancelled) -> None:
        p = self._last_progress
        done, total = number(p.done), number(p.total)
        self.progress.label.setText(
            self.tr("Cancelled at {done} / {total}").format(done=done, total=total)
        )
        self.status_message.emit(
            self.tr("Cancelled: {done} of %Ln images classified", "", p.total).format(done=done)
        )

    @Slot(object, object)
    def _model_ready(self, model: object, spec: object) -> None:
        """Re-classify what is shown with the new model (or start what waited for one)."""
        if self.runs.resume():
            return
        if self._inputs and self.stack.currentWidget() is self.results_page:
            self.classify_paths(self._inputs)

    # -- view state ----------------------------------------------------------------------------

    def _clear(self) -> None:
        self.model.clear()
        self._results_labels = None
        self._last_progress = Progress(Stage.CLASSIFY)
        self.detail.show_result(None)
        self.filter_box.reset()

    def _show_drop_area(self) -> None:
        self._inputs = []
        self.stack.setCurrentWidget(self.drop_area)

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.progress.set_running(busy)
        self.toolbar.show_state(has_results=self._has_results, busy=busy)
        self.busy_changed.emit(busy)

    @Slot()
    def _contents_changed(self) -> None:
        has = self.model.rowCount() > 0
        if has != self._has_results:
            self._has_results = has
            self.toolbar.show_state(has_results=has, busy=self.busy)
            self.has_results_changed.emit(has)

    @Slot()
    def _update_shown(self) -> None:
        self.progress.show_shown(
            self.proxy.rowCount(), self.model.rowCount(), filtered=self.proxy.active
        )

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_shown()

    @Slot()
    def _least_certain_first(self) -> None:
        self.sort_box.setCurrentIndex(self.sort_box.findData(Order.LEAST_CERTAIN))

    @Slot(int)
    def _sort_changed(self, _index: int) -> None:
        self.model.set_sort_mode(self.sort_box.currentData())
        self.results_page.keep_current_in_sight()

    # -- drops anywhere on the tab: a new run, like the drop area's ----------------------------

    @Slot(list)
    def paths_dropped(self, paths: list[Path]) -> None:
        models = [p for p in paths if p.suffix.lower() == ".keras"]
        if models:
            self.model_dropped.emit(models[0])
        else:
            self.classify_paths(paths)
