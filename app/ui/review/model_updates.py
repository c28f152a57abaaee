"""The review panel's second row: the training folder of the model in use, and what is done with
it. *Update model* (head only, seconds) and *Full retrain* (both phases) make a new version from
the folder and load it; *Versions…* lists them and puts an earlier one back; a model without a
folder offers *Start a training set…* (then *Train a model from this set*), and a folder that
moved offers *Locate training folder…*."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from app.core.errors import PictagError
from app.dataset.adding import start_training_set
from app.ui.common.locale_text import percent
from app.ui.common.messages import show_error
from app.ui.common.settings import Keys, Settings
from app.ui.model.model_controller import ModelController
from app.ui.model.versions_dialog import VersionsDialog
from app.ui.review.review_jobs import ReviewJobs
from app.ui.review.set_additions import SetAdditions
from app.ui.review.start_set_dialog import StartSetDialog
from app.ui.review.training_set import CurrentSet, remember_folder
from app.ui.workers.model import ModelSpec
from app.ui.workers.training_set import FirstModelJob, RestoreVersionJob, UpdateModelJob

if TYPE_CHECKING:
    from training.trainer import TrainingResult
    from training.update import UpdateResult
    from training.versions import Version

__all__ = ["ModelUpdates", "SetRow"]


@dataclass(frozen=True)
class SetRow:
    """The widgets of the panel's second row that `ModelUpdates` drives."""

    label: QLabel
    set_button: QPushButton
    update_button: QPushButton
    full_button: QPushButton
    versions_button: QPushButton


class ModelUpdates(QObject):
    status_message = Signal(str)

    def __init__(
        self,
        row: SetRow,
        current: CurrentSet,
        controller: ModelController,
        settings: Settings,
        additions: SetAdditions,
        jobs: ReviewJobs,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._row, self._current, self._additions, self._jobs = row, current, additions, jobs
        self._controller, self._settings = controller, settings
        self.last_update: UpdateResult | None = None
        self.versions_dialog: VersionsDialog | None = None
        row.set_button.clicked.connect(self.need_folder)
        row.update_button.clicked.connect(self.update_head)
        row.full_button.clicked.connect(self.full_retrain)
        row.versions_button.clicked.connect(self.show_versions)
        additions.folder_needed.connect(self.need_folder)
        row.update_button.setToolTip(
            self.tr(
                "A new version from the training folder as it is now: the head only, from "
                "cached features (seconds); the earlier versions are kept"
            )
        )
        row.full_button.setToolTip(
            self.tr("A new version trained with both phases again (minutes)")
        )

    def _window(self) -> QWidget:
        """Where its dialogs open: the panel, reached through Qt's parent link (a Python
        reference back to the panel, which holds this part, would be a cycle)."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    # -- the folder ----------------------------------------------------------------------------

    def need_folder(self) -> None:
        """Start a set (a model without a folder) or locate the one that moved."""
        if self._current.found.missing:
            self.locate()
        else:
            self.start_set()

    def start_set(self) -> None:
        spec = self._controller.spec
        if spec is None:
            return
        home = Path(self._settings.get(Keys.DATASET_FOLDER) or Path.home())
        name = self.tr("training set", "the name a new training folder is offered")
        dialog = StartSetDialog(home / name, self._window())
        if dialog.exec() != StartSetDialog.DialogCode.Accepted:
            return
        try:
            classes = start_training_set(dialog.folder(), dialog.classes())
        except PictagError as exc:
            show_error(self._window(), self.tr("Cannot start the training set"), str(exc))
            return
        remember_folder(self._settings, spec, dialog.folder())
        self._current.refresh()
        started = (
            self.tr("Training set {folder}: {classes}").format(
                folder=dialog.folder(), classes=", ".join(classes)
            )
            if classes
            else self.tr("Training set {folder}: no classes yet").format(folder=dialog.folder())
        )
        self.status_message.emit(started)

    def locate(self) -> None:
        recorded = self._current.found.recorded
        start = str(recorded.parent) if recorded is not None else ""
        name = QFileDialog.getExistingDirectory(
            self._window(),
            self.tr("Where is the training folder {folder} now?").format(folder=recorded),
            start,
        )
        if name:
            self.use_folder(Path(name))

    def use_folder(self, folder: Path) -> None:
        """The training folder of the model in use is `folder` (it moved there)."""
        spec = self._controller.spec
        if spec is not None:
            remember_folder(self._settings, spec, folder)
            self._current.refresh()

    # -- updates -------------------------------------------------------------------------------

    @Slot()
    def update_head(self) -> None:
        self.update(full=False)

    @Slot()
    def full_retrain(self) -> None:
        self.update(full=True)

    def update(self, *, full: bool) -> None:
        """Add what is marked first (the update learns from it), then update."""
        if not self._additions.add_marked(then=lambda: self._start(full)):
            self._start(full)

    def _start(self, full: bool) -> None:
        found = self._current.found
        if found.root is None:
            self.need_folder()
            return
        if found.model is None:
            self._first_model(found.root)
            return
        located = found.root if found.located else None
        job = UpdateModelJob(found.model, full=full, data_dir=located)
        job.result.connect(self._updated)
        doing = (
            self.tr("Full retrain of {model} from {folder}…")
            if full
            else self.tr("Updating {model} from {folder}…")
        )
        self._jobs.run(job, doing.format(model=found.model.name, folder=found.root.name))

    def _updated(self, result: UpdateResult) -> None:
        self.last_update = result
        lines = result.describe()
        self.status_message.emit(lines[2] if len(lines) > 2 else lines[0])
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("{model}: version {number}").format(
                model=result.model.name, number=result.version.number
            ),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self._window(),
        )
        box.setObjectName("updateResult")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        self._load(result.model)

    def _first_model(self, root: Path) -> None:
        start = str(root.parent / f"{root.name}.keras")
        name, _ = QFileDialog.getSaveFileName(
            self._window(),
            self.tr("Save the first model as"),
            start,
            self.tr("Pictag models (*.keras)"),
        )
        if not name:
            return
        # On the network being used (ImageNet's MobileNetV2 or InceptionV3 and its weights).
        spec = self._controller.spec
        base, weights = (
            ("mobilenet_v2", "imagenet")
            if spec is None or spec.is_file
            else (spec.model, spec.weights)
        )
        job = FirstModelJob(root, Path(name).with_suffix(".keras"), base=base, weights=weights)
        job.result.connect(self._first_trained)
        training = self.tr("Training a first model from {folder} (head only)…")
        self._jobs.run(job, training.format(folder=root.name))

    def _first_trained(self, result: TrainingResult) -> None:
        evaluation = result.evaluation
        self.status_message.emit(
            self.tr(
                "Trained {model}: {accuracy} on %Ln validation photos", "", evaluation.count
            ).format(model=result.model_path.name, accuracy=percent(evaluation.accuracy, 1))
        )
        self._load(result.model_path)

    def _load(self, model: Path) -> None:
        """The new version in use: load it (the tab then classifies what it shows again)."""
        self._controller.load(ModelSpec(str(model)))

    # -- versions ------------------------------------------------------------------------------

    def show_versions(self) -> VersionsDialog | None:
        model = self._current.found.model
        if model is None:
            return None
        try:
            dialog = VersionsDialog(model, self._window())
        except PictagError as exc:
            show_error(self._window(), self.tr("No versions"), str(exc))
            return None
        dialog.use_version.connect(lambda number: self.restore(model, number))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.versions_dialog = dialog
        return dialog

    def restore(self, model: Path, number: int) -> None:
        job = RestoreVersionJob(model, number)
        job.result.connect(lambda version: self._restored(model, version))
        self._jobs.run(job, self.tr("Putting version {number} back in use…").format(number=number))

    def _restored(self, model: Path, version: Version) -> None:
        self.status_message.emit(
            self.tr(
                "Version {number} of {model} is in use again ({made}, %Ln images)",
                "",
                version.images,
            ).format(number=version.number, model=model.name, made=version.made)
        )
        self._load(model)

    # -- state ---------------------------------------------------------------------------------

    def update_buttons(self, busy: bool) -> None:
        row, found = self._row, self._current.found
        if found.missing:
            row.label.setText(
                self.tr(
                    "⚠ The training folder {folder} is not there any more (moved or deleted?)"
                ).format(folder=found.recorded)
            )
            row.set_button.setText(self.tr("Locate training folder…"))
        elif found.root is None:
            row.label.setText(self.tr("No training folder for this model"))
            row.set_button.setText(self.tr("Start a training set…"))
        else:
            classes = len(found.classes)
            text = (
                self.tr("Training set: {folder} (located) · %Ln classes", "", classes)
                if found.located
                else self.tr("Training set: {folder} · %Ln classes", "", classes)
            )
            row.label.setText(text.format(folder=found.root))
            row.set_button.setText(self.tr("Start a training set…"))
        row.set_button.setVisible(found.root is None or found.model is None)
        can_update = found.root is not None and not busy
        row.update_button.setText(
            self.tr("Update model")
            if found.model is not None
            else self.tr("Train a model from this set")
        )
        row.update_button.setEnabled(
            can_update and (found.model is not None or len(found.classes) >= 2)
        )
        row.full_button.setEnabled(can_update and found.model is not None)
        row.versions_button.setEnabled(found.model is not None and not busy)
