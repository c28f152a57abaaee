"""The Results page of a multi-label model (per-label scores with click-through to the photos,
no confusion matrix) and a model's "none of these" line, from hand-made evaluations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core.decision import OpenSet
from app.ui.train.evaluation_view import EvaluationView
from training.evaluation import ClassScores, Evaluation, Mistake
from training.multi_evaluation import evaluate_multi_label


def multi_label():
    """A real multi-label evaluation: 4 photos, labels sea and sunset, thresholds 0.5."""
    y = np.array([[1, 1], [1, 0], [0, 0], [0, 1]], dtype=np.float32)
    probabilities = np.array([[0.9, 0.8], [0.31, 0.1], [0.82, 0.2], [0.1, 0.7]])
    paths = [Path(f"/photos/{name}.jpg") for name in "abcd"]
    return evaluate_multi_label(y, probabilities, (0.5, 0.5), paths, ("sea", "sunset"))


def single_label() -> Evaluation:
    scores = (ClassScores("ants", 1.0, 0.5, 0.67, 2), ClassScores("bees", 0.67, 1.0, 0.8, 2))
    mistake = Mistake(Path("/photos/ant.jpg"), "ants", "bees", 0.7)
    confusion = np.array([[1, 1], [0, 2]])
    return Evaluation(0.75, 0.5, ("ants", "bees"), confusion, scores, (mistake,), 4)


DETECTOR = OpenSet("mahalanobis", tuple(0.1 * i for i in range(1, 21)), 0.9)


@pytest.fixture
def view(qtbot, thumbnails):
    view = EvaluationView(thumbnails)
    qtbot.addWidget(view)
    return view


def test_a_multi_label_model_shows_scores_per_label_and_their_photos(qtbot, view):
    view.show_result(multi_label(), {}, False)
    assert view.confusion_box.isHidden() and view.per_class_box.title() == "Per label"
    # sea: b missed, c given wrongly; sunset: all right. Exact match: a and d.
    assert "mAP 0.92 · micro-F1 0.75 · exact match 50.0% on 4" in view.headline.text()
    model = view.per_class_model
    assert [model.item(r, 0).text() for r in range(model.rowCount())] == ["sea", "sunset"]
    assert [model.item(0, c).text() for c in range(6)] == [
        "sea", "50.0%", "50.0%", "0.50", "0.83", "2",
    ]  # fmt: skip

    view.per_class_view.clicked.emit(model.index(0, 0))
    captions = [view.gallery_model.index(r).data() for r in range(view.gallery_model.rowCount())]
    assert captions == ["sea → not given (31%)", "not sea → sea (82%)"]
    assert "1 missed, 1 given wrongly" in view.gallery_title.text()
    view.per_class_view.clicked.emit(model.index(1, 0))
    assert view.gallery_model.rowCount() == 0 and "right" in view.note.text()


def test_a_single_label_model_keeps_its_matrix_and_says_what_its_detector_does(qtbot, view):
    view.show_result(multi_label(), {}, False)
    view.show_result(single_label(), {}, False, DETECTOR)  # the page comes back to a matrix
    assert not view.confusion_box.isHidden() and view.per_class_box.title() == "Per class"
    headline = view.headline.text()
    assert headline.startswith("Validation accuracy 75.0% on 4 images")
    # keep 0.9 of 20 novelties: the threshold is the 19th, which keeps 19 of them
    assert '"None of these": mahalanobis, keeps 95% of the 20 known validation photos' in headline
    assert view.gallery_model.rowCount() == 1  # the mistakes, as before
