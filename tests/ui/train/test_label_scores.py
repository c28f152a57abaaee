"""The Results page of a multi-label model (per-label scores with click-through to the photos,
no confusion matrix) and a model's "none of these" line, from hand-made evaluations."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from app.core.decision import OpenSet
from app.ui.train.evaluation_view import EvaluationView
from training.evaluation import ClassScores, Evaluation, Mistake

MULTI = {
    "images": 40,
    "map": 0.912,
    "micro_f1": 0.853,
    "exact_match": 0.725,
    "per_label": [
        {
            "name": "sea", "precision": 0.9, "recall": 0.8, "f1": 0.85, "ap": 0.93,
            "support": 20,
            "missed": [{"path": "/photos/a.jpg", "probability": 0.31}],
            "wrongly_given": [
                {"path": "/photos/b.jpg", "probability": 0.82},
                {"path": "/photos/c.jpg", "probability": 0.64},
            ],
        },
        {
            "name": "sunset", "precision": 1.0, "recall": 1.0, "f1": 1.0, "ap": 1.0,
            "support": 12, "missed": [], "wrongly_given": [],
        },
    ],
}  # fmt: skip


@dataclass(frozen=True)
class MultiLabelEvaluation:
    """What the multi-label evaluation gives the page: its report dict."""

    accuracy: float = float("nan")
    count: int = 40

    def as_dict(self) -> dict:
        return MULTI


@dataclass(frozen=True)
class WithDetector(Evaluation):
    def as_dict(self) -> dict:
        known = tuple(0.1 * i for i in range(1, 21))
        return {**super().as_dict(), "open_set": OpenSet("mahalanobis", known, 0.9).as_dict()}


def single_label() -> WithDetector:
    scores = (ClassScores("ants", 1.0, 0.5, 0.67, 2), ClassScores("bees", 0.67, 1.0, 0.8, 2))
    mistake = Mistake(Path("/photos/ant.jpg"), "ants", "bees", 0.7)
    confusion = np.array([[1, 1], [0, 2]])
    return WithDetector(0.75, 0.5, ("ants", "bees"), confusion, scores, (mistake,), 4)


@pytest.fixture
def view(qtbot, thumbnails):
    view = EvaluationView(thumbnails)
    qtbot.addWidget(view)
    return view


def test_a_multi_label_model_shows_scores_per_label_and_their_photos(qtbot, view):
    view.show_result(MultiLabelEvaluation(), {}, False)
    assert view.confusion_box.isHidden() and view.per_class_box.title() == "Per label"
    assert "mAP 0.91 · micro-F1 0.85 · exact match 72.5% on 40" in view.headline.text()
    model = view.per_class_model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == ["sea", "sunset"]
    assert [model.item(0, c).text() for c in range(6)] == [
        "sea", "90.0%", "80.0%", "0.85", "0.93", "20",
    ]  # fmt: skip

    view.per_class_view.clicked.emit(model.index(0, 0))
    captions = [view.gallery_model.index(r).data() for r in range(view.gallery_model.rowCount())]
    assert captions == ["sea → not given (31%)", "not sea → sea (82%)", "not sea → sea (64%)"]
    assert "1 missed, 2 given wrongly" in view.gallery_title.text()
    view.per_class_view.clicked.emit(model.index(1, 0))
    assert view.gallery_model.rowCount() == 0 and "right" in view.note.text()


def test_a_single_label_model_keeps_its_matrix_and_says_what_its_detector_does(qtbot, view):
    view.show_result(MultiLabelEvaluation(), {}, False)
    view.show_result(single_label(), {}, False)  # the page comes back to a matrix
    assert not view.confusion_box.isHidden() and view.per_class_box.title() == "Per class"
    headline = view.headline.text()
    assert headline.startswith("Validation accuracy 75.0% on 4 images")
    # keep 0.9 of 20 novelties: the threshold is the 19th, which keeps 19 of them
    assert '"None of these": mahalanobis, keeps 95% of the 20 known validation photos' in headline
    assert view.gallery_model.rowCount() == 1  # the mistakes, as before
