"""Review marks beyond "this one label": "none of these" (N or 0), and for a multi-label model
a set of labels per photo, toggled with 1-9 and confirmed with Enter.

A multi-label row starts from the labels the model gave it; each toggle marks the row with
the set as it is now (corrected when it differs from what the model gave), and Enter
confirms the set shown. "None of these" is the label NONE_FOLDER, so that adding the photo to
the training set files it where the training folder keeps such photos.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from app.core.results import ClassifyResult
from app.ui.common.results_model import ResultsModel, Review
from app.ui.model.model_controller import ModelController
from training.dataset import NONE_FOLDER

__all__ = ["LabelMarks", "NONE_KEYS", "fill_class_menu", "no_class_message"]

NONE_KEYS = (Qt.Key.Key_N, Qt.Key.Key_0)  # review mode: "none of these"


class LabelMarks:
    """Marks rows of `results` for the model the controller has."""

    def __init__(self, results: ResultsModel, controller: ModelController) -> None:
        self._results, self._controller = results, controller

    @property
    def multi_label(self) -> bool:
        model = self._controller.model
        return model is not None and model.decision.multi_label

    def none_of_these(self, paths: Iterable[Path]) -> None:
        """The photos show none of the model's classes (confirmed when the model said so)."""
        for_multi = self.multi_label

        def mark(path: Path) -> Review:
            result = self._result(path)
            if for_multi:
                return Review.of_set((), result.labels)
            return Review(NONE_FOLDER, corrected=not result.none_of_these)

        self._results.set_review(list(paths), mark)

    def toggle(self, paths: Iterable[Path], label: str) -> None:
        """Add `label` to each photo's set, or take it out (multi-label models)."""

        def mark(path: Path) -> Review:
            labels = self.current_set(path)
            toggled = tuple(x for x in labels if x != label)
            if len(toggled) == len(labels):
                toggled = (*labels, label)
            return Review.of_set(toggled, self._result(path).labels)

        self._results.set_review(list(paths), mark)

    def confirm_sets(self, paths: Iterable[Path]) -> None:
        """Each photo's set as shown (the model's, or the one toggled) is right."""
        self._results.set_review(
            list(paths), lambda p: Review.of_set(self.current_set(p), self._result(p).labels)
        )

    def current_set(self, path: Path) -> tuple[str, ...]:
        """The labels a multi-label row shows now: toggled ones, else the model's."""
        review = self._results.review(path)
        if review is not None and review.labels is not None:
            return review.labels
        if review is not None:
            return () if review.none_of_these else (review.label,)
        return self._result(path).labels

    def _result(self, path: Path) -> ClassifyResult:
        row = self._results.row_of(path)
        assert row is not None, path
        return self._results.result_at(row)


def fill_class_menu(menu: QMenu, choices: list[str]) -> None:
    """The Correct menu: the classes (keys 1-9 shown for the first nine), then a new one."""
    menu.clear()
    for n, label in enumerate(choices, 1):
        action = menu.addAction(f"{label}" + (f"\t{n}" if n <= 9 else ""))
        action.setData(label)
    menu.addSeparator()
    menu.addAction(new_class_text()).setData(None)


def new_class_text() -> str:
    """The menus' last choice: a class the model and the set do not have yet."""
    return QCoreApplication.translate("label_marks", "New class…")


def no_class_message(key: int, choices: list[str]) -> str:
    """A status line for a digit key with no class: the classes keys 1-9 stand for."""
    if not choices:
        return QCoreApplication.translate(
            "label_marks",
            "There is no class {key}: start a training set, or type a class with Correct › "
            "New class…",
        ).format(key=key)
    listed = ", ".join(f"{n} {label}" for n, label in enumerate(choices[:9], 1))
    return QCoreApplication.translate("label_marks", "There is no class {key}: {classes}").format(
        key=key, classes=listed
    )
