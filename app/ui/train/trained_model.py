"""The model a training run produced, as the Results page offers it: kept in Pictag's working
models folder until the user saves it elsewhere; saved, exported or used from there."""

from __future__ import annotations

import html
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.errors import PictagError
from app.core.writer_lock import writing
from app.ui.common.locale_text import decimal
from app.ui.common.messages import show_error
from app.ui.common.settings import Keys, Settings
from app.ui.model.export_dialog import ExportDialog
from app.ui.train.curves import format_duration
from app.ui.train.evaluation_view import EvaluationView
from training.report import copy_trained_model
from training.trainer import TrainingResult
from training.working_files import is_working_model

__all__ = ["TrainedModel"]


class TrainedModel(QObject):
    """Answers the Results page's Save, Export and Use buttons for the last trained model."""

    use_requested = Signal(Path)  # load this model and switch to Classify
    status_message = Signal(str)
    logged = Signal(str)  # a line for the training log

    def __init__(self, view: EvaluationView, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.settings = settings
        self.result: TrainingResult | None = None
        self.path: Path | None = None  # the model "Use" loads: the saved copy, else working
        self._name = "model"
        view.save_requested.connect(self.save_as)
        view.use_requested.connect(self.use)
        view.export_requested.connect(self.export)

    @property
    def window(self) -> QWidget:
        """The tab, which the file dialogs and messages belong to (the parent, not an attribute:
        a reference cycle through Qt objects would leave them to a garbage collection that may
        start on a worker thread)."""
        return cast(QWidget, self.parent())

    @property
    def saved(self) -> bool:
        """The model was saved elsewhere: "Use" loads that copy, not the working file."""
        return self.result is not None and self.path != self.result.model_path

    def show(self, result: TrainingResult, dataset: Path) -> None:
        """The run's evaluation on the Results page; "Save as" proposes the dataset's name."""
        self.result, self.path = result, result.model_path
        self._name = dataset.name or "model"
        self.view.show_result(
            result.evaluation, result.history, result.stopped_by_user, result.open_set
        )
        self._show_details()

    @Slot()
    def save_as(self, target: Path | None = None) -> Path | None:
        """Copy the trained model and its report atomically; None if the user declined."""
        if self.result is None:
            return None
        if target is None:
            folder = self.settings.get(Keys.SAVE_FOLDER) or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save model as"),
                str(Path(folder) / f"{self._name}.keras"),
                self.tr("Pictag model (*.keras)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".keras":
            target = target.with_name(f"{target.name}.keras")
        try:
            with writing(target, wait=0):  # an update or a run writing it now: refused
                copy_trained_model(self.result.model_path, target)
        except (OSError, PictagError) as exc:
            message = (
                str(exc)
                if isinstance(exc, PictagError)
                else self.tr("{path}: {reason}. Choose another folder or file name.").format(
                    path=target, reason=exc.strerror or exc
                )
            )
            self.logged.emit(
                self.tr("Error: could not save the model. {message}").format(message=message)
            )
            show_error(self.window, self.tr("Could not save the model"), message)
            return None
        self.settings.set(Keys.SAVE_FOLDER, str(target.parent))
        self.path = target
        self._show_details()
        self.logged.emit(self.tr("Saved the model as {path}").format(path=target))
        self.status_message.emit(self.tr("Model saved as {path}").format(path=target))
        return target

    @Slot()
    def export(self) -> ExportDialog | None:
        """The export dialog for the model "Use" would load (the saved copy, else working)."""
        if self.path is None:
            return None
        # An unsaved run's model sits in the app's data folder, no place for a user's export.
        saved = not is_working_model(self.path)
        folder = self.path.parent if saved else self.settings.get(Keys.SAVE_FOLDER)
        dialog = ExportDialog(self.path, Path(folder or Path.home()), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    @Slot()
    def use(self) -> None:
        if self.path is not None:
            self.use_requested.emit(self.path)

    def _show_details(self) -> None:
        if self.result is None or self.path is None:
            return
        r = self.result
        values = {"loss": decimal(r.evaluation.loss, 3), "duration": format_duration(r.seconds)}
        if self.saved:
            text = self.tr("Loss {loss} · trained in {duration} · saved as <b>{name}</b>").format(
                name=html.escape(self.path.name), **values
            )
        else:
            text = self.tr(
                "Loss {loss} · trained in {duration} · kept in Pictag's data folder, not saved "
                "elsewhere yet"
            ).format(**values)
        self.view.set_details(text, str(self.path))
