"""`pictag --screenshot DIR`: the real window, driven through a real session, rendered to PNG.

A labeled folder (scikit-image's sample photos, `demo_photos`, unless one is given) is
classified with the start-up model, scanned, trained on with the same buttons a user presses,
checked for label errors (with a pretrained base), and the trained model then classifies the
folder, then new photos, which are reviewed in review mode (least certain first, a few confirmed
or corrected) in the list and in the grid. Each step is grabbed in the state a user would see.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from app.core.errors import UsageError
from app.core.paths import keras_models_dir
from app.core.registry import get_architecture
from app.ui.common.results_model import PathRole, ResultRole
from app.ui.tools.demo_photos import make_demo_dataset, make_demo_validation, make_new_photos
from training.progress import EpochResult

__all__ = ["ScreenshotTour", "run_screenshot_tour"]

log = logging.getLogger(__name__)

WINDOW_SIZE = (1280, 820)
TIME_LIMIT_MS = 15 * 60 * 1000


def run_screenshot_tour(out_dir: Path, data: Path | None = None, verbose: bool = False) -> int:
    """The app with fresh settings (the user's own are left alone), driven by the tour."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.window.gui import run_gui

    tours: list[ScreenshotTour] = []  # kept alive for the whole event loop

    def start(window) -> None:
        tours.append(ScreenshotTour(window, out_dir, data))
        tours[0].start()

    with tempfile.TemporaryDirectory(prefix="pictag-screenshots-") as scratch:
        settings = Path(scratch) / "settings.ini"
        return run_gui(settings_file=settings, on_shown=start, verbose=verbose)


class ScreenshotTour(QObject):
    """Drives the window step by step on its signals; exits the app when done (code 1 if a step
    fails or the time limit passes)."""

    def __init__(self, window, out_dir: Path, data: Path | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.out_dir = Path(out_dir)
        self.data = data
        self.validation: Path | None = None  # the demo set's validation folder
        self._tmp: tempfile.TemporaryDirectory | None = None
        self.saved: list[Path] = []

    def start(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._tmp = tempfile.TemporaryDirectory(prefix="pictag-demo-")
        try:
            scratch = Path(self._tmp.name)
            if self.data is None:
                self.data = make_demo_dataset(scratch / self.tr("sample photos"))
                self.validation = make_demo_validation(scratch / self.tr("validation"))
            self.new_photos = make_new_photos(scratch / self.tr("new photos"))
        except UsageError as exc:
            self._fail(str(exc))
            return
        QTimer.singleShot(TIME_LIMIT_MS, lambda: self._fail(self.tr("the time limit passed")))
        self.window.resize(*WINDOW_SIZE)
        controller = self.window.controller
        if controller.model is None and controller.busy:  # the start-up model is loading
            _loaded(controller, lambda: self._classify_imagenet(), lambda _error: self._scan())
        elif controller.model is not None:
            self._classify_imagenet()
        else:
            self._scan()

    def _classify_imagenet(self) -> None:
        """The start-up model (ImageNet) on the same photos, before any training."""
        tab = self.window.classify_tab
        _once(tab.busy_changed, lambda busy: not busy, lambda _b: self._select_and(self._scan))
        tab.classify_paths([self.data])

    def _select_and(self, then: Callable[[], None], grab: str = "classify-imagenet") -> None:
        """Select the fifth row, or the first "None of these" photo (a trained model with an
        unknown-photo detector on the demo's photos of another kind), then grab."""
        view = self.window.classify_tab.view
        rows = view.model()
        strangers = [
            r for r in range(rows.rowCount()) if rows.index(r, 0).data(ResultRole).none_of_these
        ]
        view.setCurrentIndex(rows.index(strangers[0] if strangers else 4, 0))

        def grab_then() -> None:
            self._grab(grab)
            then()

        QTimer.singleShot(1500, grab_then)  # thumbnails of the rows in sight

    def _scan(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.train_tab)
        tab = self.window.train_tab
        _once(tab.busy_changed, lambda busy: not busy, self._scanned)
        if self.validation is not None:
            tab.form.set_validation_folder(self.validation)
        tab.set_dataset(self.data)

    def _scanned(self, _busy: bool) -> None:
        tab = self.window.train_tab
        if tab.scan is None:
            why = self.tr("the scan of {folder} failed: {error}")
            return self._fail(why.format(folder=self.data, error=tab.scan_error))
        self._configure(tab.form)
        QTimer.singleShot(800, self._train)  # let the sample thumbnails arrive

    def _configure(self, form) -> None:
        """Short but real training: ImageNet weights when the cache has them, else random."""
        arch = get_architecture("mobilenet_v2")
        has_weights = (keras_models_dir() / arch.imagenet_no_top.filename).is_file()
        form.base.setCurrentIndex(form.base.findData(arch.name))
        form.weights.setCurrentIndex(form.weights.findData("imagenet" if has_weights else "none"))
        form.image_size.setValue(160 if has_weights else 96)
        form.epochs.setValue(8)
        form.fine_tune_epochs.setValue(2)

    def _train(self) -> None:
        self._grab("train-dataset")
        tab = self.window.train_tab
        _once(tab.training_finished, lambda _r: True, self._trained)
        tab.start()
        job = tab.job
        if job is not None:
            _once(job.progress, _mid_phase_1, self._mid_training)

    def _mid_training(self, _result) -> None:
        self._grab("train-progress")

    def _trained(self, result) -> None:
        if result is None:
            return self._fail(self.tr("training did not finish"))
        QTimer.singleShot(800, self._after_training)

    def _after_training(self) -> None:
        self._grab("train-results")
        tab = self.window.train_tab
        if tab.run.options is None or tab.run.options.weights is None:
            return self._use_trained()  # the check needs a pretrained base
        _once(tab.checker.busy_changed, lambda busy: not busy, lambda _b: self._checked())
        tab.check_trained()  # the Results page's offer

    def _checked(self) -> None:
        page = self.window.train_tab.check_page
        if page.model.rowCount():
            page.view.setCurrentIndex(page.model.index(0, 0))

        def grab_then() -> None:
            self._grab("train-check")
            self._use_trained()

        QTimer.singleShot(1500, grab_then)  # the rows' thumbnails

    def _use_trained(self) -> None:
        controller = self.window.controller
        _loaded(controller, self._classify, lambda error: self._fail(str(error)))
        self.window.train_tab.use_model()

    def _classify(self) -> None:
        tab = self.window.classify_tab
        _once(tab.busy_changed, lambda busy: not busy, lambda _b: self._classified())
        tab.classify_paths([self.data, self.new_photos])  # the new photos: some of no class

    def _classified(self) -> None:
        self._select_and(self._review, grab="classify")

    def _review(self) -> None:
        """New photos in review mode: least certain first, the first few marked as a person
        would (the true class is in the file name: new_<class>_NN.jpg)."""
        tab = self.window.classify_tab
        _once(tab.busy_changed, lambda busy: not busy, lambda _b: self._mark())
        tab.classify_paths([self.new_photos])

    def _mark(self) -> None:
        tab = self.window.classify_tab
        panel = tab.review
        panel.review_button.setChecked(True)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        selection = tab.view.selectionModel()
        for row in range(min(5, tab.proxy.rowCount())):  # the corrections, then confirmations
            index = tab.proxy.index(row, 0)
            selection.setCurrentIndex(index, flags)
            truth = index.data(PathRole).stem.removeprefix("new_").rsplit("_", 1)[0]
            if index.data(ResultRole).predictions[0].label == truth:
                panel.confirm()
            else:
                panel.correct(truth)

        tab.view.scrollToTop()

        def grid() -> None:
            self._grab("classify-review")
            panel.grid_button.setChecked(True)
            QTimer.singleShot(1500, lambda: (self._grab("classify-grid"), self._finish()))

        QTimer.singleShot(1500, grid)

    def _finish(self) -> None:
        print("\n".join(str(p) for p in self.saved))
        self._quit(0)

    def _grab(self, name: str) -> None:
        QApplication.processEvents()
        path = self.out_dir / f"{name}.png"
        if not self.window.grab().save(str(path)):
            return self._fail(self.tr("could not write {path}").format(path=path))
        self.saved.append(path)
        log.info("Saved %s", path)

    def _fail(self, why: str) -> None:
        print(self.tr("pictag: screenshots failed: {why}").format(why=why), flush=True)
        self._quit(1)

    def _quit(self, code: int) -> None:
        self.window.close()
        result = self.window.train_tab.result
        if result is not None:  # the demo model is not the user's: leave no trace of it
            result.model_path.unlink(missing_ok=True)
            result.report_path.unlink(missing_ok=True)
        if self._tmp is not None:
            self._tmp.cleanup()
        QApplication.instance().exit(code)


def _once(signal: SignalInstance, accept: Callable[..., bool], then: Callable[..., None]) -> None:
    """Call `then` the first time `signal` fires with arguments `accept` likes."""

    def handler(*args) -> None:
        if accept(*args):
            signal.disconnect(handler)
            then(*args)

    signal.connect(handler)


def _loaded(controller, ready: Callable[[], None], failed: Callable[[object], None]) -> None:
    """Whichever comes first of the controller's next `ready` and `failed`; the other is then
    not heard (a later load must not restart a step)."""

    def on_ready(*_args) -> None:
        disconnect()
        ready()

    def on_failed(error, *_args) -> None:
        disconnect()
        failed(error)

    def disconnect() -> None:
        controller.ready.disconnect(on_ready)
        controller.failed.disconnect(on_failed)

    controller.ready.connect(on_ready)
    controller.failed.connect(on_failed)


def _mid_phase_1(event: object) -> bool:
    """A run's event that shows its curves well under way: phase 1's fourth epoch or later."""
    return isinstance(event, EpochResult) and event.phase == 1 and event.epoch >= 4
