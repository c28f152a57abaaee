"""The main window: the model picker, the Classify and Train tabs, menus and the status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QToolBar,
)

from app.core.backend import LITERT
from app.core.errors import PictagError, WeightsError
from app.core.progress import Progress, Stage
from app.core.registry import ARCHITECTURES, DEFAULT_ARCHITECTURE
from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common.drop_area import DropTarget
from app.ui.common.language import LanguageMenu
from app.ui.common.messages import show_error
from app.ui.common.settings import Keys, Settings
from app.ui.common.thumbnail_cache import ThumbnailCache
from app.ui.model.export_dialog import ExportDialog
from app.ui.model.model_controller import ModelController
from app.ui.model.model_picker import ModelPicker
from app.ui.train.train_tab import TrainTab
from app.ui.window.about import show_about
from app.ui.window.backend_menu import BackendMenu
from app.ui.workers.base import JobRunner
from app.ui.workers.model import ModelSpec

__all__ = ["MainWindow"]

LOAD_AFTER_SHOWN_MS = 50  # the model starts loading this long after the window is built

log = logging.getLogger(__name__)

CLASSIFY_TAB, TRAIN_TAB = 0, 1
SHUTDOWN_TIMEOUT_MS = 60_000  # a training batch on a slow machine; cancel is checked per batch


class MainWindow(DropTarget, QMainWindow):
    def __init__(self, settings: Settings | None = None, *, load_model: bool = True) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setWindowTitle("Pictag")
        self.setAcceptDrops(True)
        self.thumbnails = ThumbnailCache(parent=self)
        self.controller = ModelController(self.settings, self)
        self.picker = ModelPicker(self.settings)
        self.classify_tab = ClassifyTab(self.controller, self.thumbnails, self.settings)
        self.train_tab = TrainTab(self.thumbnails, self.settings)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.classify_tab, self.tr("Classify"))
        self.tabs.addTab(self.train_tab, self.tr("Train"))
        self.setCentralWidget(self.tabs)
        self._build_toolbar()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore()
        if load_model:
            # After the first paint: the window is on screen before TensorFlow starts loading
            # (a zero timer can fire in the very turn of the event loop that paints it).
            QTimer.singleShot(LOAD_AFTER_SHOWN_MS, self._load_initial_model)

    # -- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Model"))
        bar.setObjectName("modelToolbar")
        bar.setMovable(False)
        label = QLabel(self.tr("Model:"))
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        bar.addWidget(self.picker)
        self.model_status = QLabel()
        self.model_status.setObjectName("modelStatus")
        self.model_status.setContentsMargins(10, 0, 6, 0)
        bar.addWidget(self.model_status)
        self.addToolBar(bar)

    def _build_status_bar(self) -> None:
        self.download_bar = QProgressBar()
        self.download_bar.setMaximumWidth(220)
        self.download_bar.setFormat(self.tr("%p% downloaded"))
        self.download_bar.hide()
        self.statusBar().addPermanentWidget(self.download_bar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_images_action = self._action(
            file_menu, self.tr("Open &Images…"), QKeySequence.StandardKey.Open, self._open_images
        )
        self.open_folder_action = self._action(
            file_menu, self.tr("Open &Folder…"), "Ctrl+Shift+O", self._open_folder
        )
        self.open_model_action = self._action(
            file_menu, self.tr("Open &Model…"), "Ctrl+M", self.picker.choose_file
        )
        self.backend_menu = BackendMenu(self.settings, self)
        file_menu.addMenu(self.backend_menu)
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export Results as CSV…"), "Ctrl+E", self.classify_tab.export_csv
        )
        self.export_action.setEnabled(False)
        self.export_model_action = self._action(
            file_menu, self.tr("Export &Model…"), None, self._export_model
        )
        self.export_model_action.setToolTip(
            self.tr("Export the model file in use as TFLite, SavedModel or ONNX")
        )
        self.export_model_action.setEnabled(False)
        file_menu.addSeparator()
        self.pairs_action = self._action(
            file_menu, self.tr("Classify RAW+JPEG Pairs &Once"), None, None
        )
        self.pairs_action.setCheckable(True)
        self.pairs_action.setChecked(not self.settings.get(Keys.KEEP_RAW_PAIRS))
        self.pairs_action.setToolTip(
            self.tr(
                "IMG_0001.CR2 beside IMG_0001.JPG: classify the JPEG only; sorting and keywords "
                "take the RAW along"
            )
        )
        self.pairs_action.toggled.connect(
            lambda once: self.settings.set(Keys.KEEP_RAW_PAIRS, 0 if once else 1)
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addMenu(LanguageMenu(self.settings, self))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Pictag"), None, lambda: show_about(self))

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect(self) -> None:
        c = self.controller
        c.loading.connect(self._model_loading)
        c.ready.connect(self._model_ready)
        c.failed.connect(self._model_failed)
        c.backend_changed.connect(self._backend_changed)
        self.backend_menu.chosen.connect(self._reload_model)
        self.picker.chosen.connect(lambda choice: c.load(c.spec_for(choice)))
        self.classify_tab.status_message.connect(self._status)
        self.classify_tab.has_results_changed.connect(self.export_action.setEnabled)
        self.classify_tab.model_dropped.connect(self.use_model)
        self.train_tab.status_message.connect(self._status)
        self.train_tab.use_model_requested.connect(self.use_model)
        self.tabs.currentChanged.connect(lambda i: self.settings.set(Keys.TAB, i))

    def _restore(self) -> None:
        geometry = self.settings.get(Keys.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        else:
            self._keep_on_screen()
        state = self.settings.get(Keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.tabs.setCurrentIndex(min(max(self.settings.get(Keys.TAB), 0), self.tabs.count() - 1))

    def _keep_on_screen(self) -> None:
        """A window saved on a monitor that is gone comes back onto one that is there."""
        screens = [s.availableGeometry() for s in self.screen().virtualSiblings()]
        frame = self.frameGeometry()
        if not any(s.intersects(frame) for s in screens) and screens:
            self.move(screens[0].topLeft())

    # -- model --------------------------------------------------------------------------------

    def _load_initial_model(self) -> None:
        choice = self.settings.get(Keys.MODEL)
        if choice not in ARCHITECTURES and not Path(choice).is_file():
            choice, gone = DEFAULT_ARCHITECTURE, choice
            log.info("The last model %s is gone; starting with %s", gone, choice)
        self.controller.load(self.controller.spec_for(choice))

    def use_model(self, path: Path) -> None:
        """Load a model file (a trained one, a dropped one) and go to the Classify tab."""
        self.controller.load(self.controller.spec_for(str(path)))
        self.tabs.setCurrentIndex(CLASSIFY_TAB)

    @Slot()
    def _reload_model(self) -> None:
        """The backend setting changed: load the current model again with it."""
        spec = self.controller.spec
        if spec is not None:
            self.controller.load(self.controller.spec_for(spec.model))

    @Slot(object)
    def _model_loading(self, status: Progress) -> None:
        self.model_status.setText(status.title)
        self.statusBar().showMessage(status.title)
        downloading = status.stage == Stage.DOWNLOAD
        self.download_bar.setVisible(downloading)
        if downloading:
            self.download_bar.setRange(0, 100 if status.total else 0)
            if status.total:
                self.download_bar.setValue(int(100 * status.done / status.total))

    @Slot(object, object)
    def _model_ready(self, model, spec: ModelSpec) -> None:
        self.download_bar.hide()
        self.picker.show_spec(spec)
        self._show_model_status(model, spec)
        if model.notice:  # made before "none of these": said once, until the next message
            self.statusBar().showMessage(model.notice)
        else:
            self.statusBar().showMessage(
                self.tr("Model ready: {model}").format(model=spec.title), 5000
            )
        self.export_model_action.setEnabled(spec.is_file)  # ImageNet models are Keras' own

    def _show_model_status(self, model, spec: ModelSpec) -> None:
        backend = "LiteRT" if model.backend == LITERT else "TensorFlow"
        status = self.tr("✓ {model} · %Ln classes · {size} px · {backend}", "", len(model.labels))
        self.model_status.setText(
            status.format(model=spec.title, size=model.input_size, backend=backend)
        )
        runs = self.tr("Runs on {backend}").format(backend=model.forward.describe())
        self.model_status.setToolTip(f"{spec.model}\n{runs}" if spec.is_file else runs)

    @Slot(object)
    def _backend_changed(self, model) -> None:
        if model is self.controller.model and self.controller.spec is not None:
            self._show_model_status(model, self.controller.spec)

    @Slot(object, object)
    def _model_failed(self, error: PictagError, spec: ModelSpec) -> None:
        message = str(error)
        self.download_bar.hide()
        self.picker.show_spec(self.controller.spec)
        current = self.controller.spec.title if self.controller.spec else self.tr("no model loaded")
        self.model_status.setText(
            self.tr("⚠ Could not load {model} ({current})").format(
                model=spec.title, current=current
            )
        )
        if isinstance(error, WeightsError) and not spec.is_file:  # offer a local file
            self._offer_weights_file(message, spec)
        else:
            show_error(self, self.tr("Could not load {model}").format(model=spec.title), message)

    def _offer_weights_file(self, message: str, spec: ModelSpec) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("{model}: weights missing").format(model=spec.title),
            message,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("weightsMissing")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = box.addButton(self.tr("Choose Weights File…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(choose)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def done() -> None:
            if box.clickedButton() is choose:
                self._choose_weights_file(spec.model)

        box.finished.connect(done)
        box.open()

    def _choose_weights_file(self, architecture: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the ImageNet Weights File"),
            str(Path.home()),
            self.tr("Keras weights (*.h5)"),
        )
        if path:
            self.controller.use_weights_file(architecture, Path(path))

    # -- files --------------------------------------------------------------------------------

    def _open_images(self) -> None:
        self.tabs.setCurrentIndex(CLASSIFY_TAB)
        self.classify_tab.open_images()

    def _open_folder(self) -> None:
        self.tabs.setCurrentIndex(CLASSIFY_TAB)
        self.classify_tab.open_folder()

    def paths_dropped(self, paths: list[Path]) -> None:
        """Drops that land outside the tabs' own targets: a folder on the Train tab becomes the
        dataset; anything else goes where the Classify tab sends it (a model file is loaded)."""
        if self.tabs.currentIndex() == TRAIN_TAB and len(paths) == 1 and paths[0].is_dir():
            self.train_tab.set_dataset(paths[0])
        else:
            self.tabs.setCurrentIndex(CLASSIFY_TAB)
            self.classify_tab.paths_dropped(paths)

    def _export_model(self) -> None:
        spec = self.controller.spec
        if spec is None or not spec.is_file:
            return
        model = Path(spec.model)
        dialog = ExportDialog(model, model.parent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    @Slot(str)
    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    # -- closing ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel whatever runs and wait for every thread, so the process exits cleanly."""
        self.settings.set(Keys.GEOMETRY, self.saveGeometry())
        self.settings.set(Keys.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self.shutdown()
        event.accept()

    def shutdown(self) -> bool:
        """Cancel every job first (they stop in parallel), then join each one; True when all
        ended in time. The parts shut down themselves first, for what they do beyond joining
        (the Train tab discards a cancelled run's files); then every JobRunner in the window,
        wherever it is (an open dialog's: export, sort), so none is missed or left running."""
        runners = self.findChildren(JobRunner)
        for part in (self.train_tab, self.classify_tab, self.controller):
            part.cancel()
        for runner in runners:
            runner.cancel()
        ended = [
            part.shutdown(SHUTDOWN_TIMEOUT_MS)
            for part in (self.train_tab, self.classify_tab, self.controller, self.thumbnails)
        ]
        ended += [runner.shutdown(SHUTDOWN_TIMEOUT_MS) for runner in runners]  # joined: at once
        return all(ended)
