"""Which training folder the Classify tab's corrections go to, for the model in use.

A Pictag model remembers its folder in its report; the app adds what the report cannot know:
the new place of a folder that moved (the person located it) and the folder of a model that
has none (ImageNet, or a file from elsewhere: the person started a training set for it). Both
are kept in the settings, by model, so they survive a restart.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.core.discovery import class_folders
from app.core.model_file import report_path_for
from app.ui.common.settings import Keys, Settings
from app.ui.model.model_controller import ModelController
from app.ui.workers.model import ModelSpec
from training.dataset import NONE_FOLDER

__all__ = ["CurrentSet", "TrainingSet", "find_training_set", "remember_folder"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainingSet:
    model: Path | None  # the Pictag model file that can be updated; None for ImageNet
    root: Path | None  # where photos go; None: no folder yet, or the recorded one is gone
    recorded: Path | None = None  # the folder the model's report names
    classes: tuple[str, ...] = ()  # the folder's class folders now
    located: bool = False  # `root` is where the person said the recorded folder went
    labels: tuple[str, ...] = field(default=())  # the model's classes

    @property
    def missing(self) -> bool:
        """The report names a folder that is not there any more (moved or deleted)."""
        return self.recorded is not None and self.root is None

    def choices(self) -> list[str]:
        """The classes a correction picks from, keys 1-9 first: the model's classes (when it
        was trained on this folder), then the folder's other classes (not its "none of
        these" folder, which the N key fills)."""
        own = list(self.labels) if self.model is not None else []
        return own + [name for name in self.classes if name not in own and name != NONE_FOLDER]


class CurrentSet(QObject):
    """The training set of the model in use, kept in one place: the review panel and its parts
    read it here and hear when it changes (another model, a folder started, located or filled)."""

    changed = Signal(object)  # TrainingSet

    def __init__(
        self, controller: ModelController, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller, self._settings = controller, settings
        self.found = TrainingSet(None, None)
        controller.ready.connect(self._model_ready)

    def refresh(self) -> None:
        """Look again: the model, the settings or the folder changed."""
        controller = self._controller
        labels = controller.model.labels if controller.model is not None else ()
        self.found = find_training_set(controller.spec, tuple(labels), self._settings)
        self.changed.emit(self.found)

    @Slot(object, object)
    def _model_ready(self, _model: object, _spec: object) -> None:
        self.refresh()


def find_training_set(
    spec: ModelSpec | None, labels: tuple[str, ...], settings: Settings
) -> TrainingSet:
    if spec is None:
        return TrainingSet(None, None)
    chosen = settings.get(Keys.TRAINING_SETS).get(spec.model)
    chosen_dir = Path(chosen) if chosen and Path(chosen).is_dir() else None
    model = Path(spec.model) if spec.is_file else None
    recorded = _recorded_root(model) if model is not None else None
    if recorded is None:  # ImageNet, or a model with no report: a set the person started
        return _with_classes(TrainingSet(None, chosen_dir, labels=labels))
    if recorded.is_dir():
        return _with_classes(TrainingSet(model, recorded, recorded, labels=labels))
    located = chosen_dir is not None
    return _with_classes(TrainingSet(model, chosen_dir, recorded, located=located, labels=labels))


def remember_folder(settings: Settings, spec: ModelSpec, folder: Path) -> None:
    sets = dict(settings.get(Keys.TRAINING_SETS))
    sets[spec.model] = str(folder)
    settings.set(Keys.TRAINING_SETS, sets)


def _recorded_root(model: Path) -> Path | None:
    try:
        report = json.loads(report_path_for(model).read_text(encoding="utf-8"))
        return Path(report["dataset"]["root"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _with_classes(found: TrainingSet) -> TrainingSet:
    if found.root is None:
        return found
    try:
        classes = tuple(p.name for p in class_folders(found.root))
    except OSError as exc:
        log.warning("Cannot read %s: %s", found.root, exc)
        classes = ()
    return TrainingSet(
        found.model, found.root, found.recorded, classes, found.located, found.labels
    )
