"""Scores of a model on validation images, checked against values worked out by hand."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from training.evaluation import cross_entropy, evaluate

CLASSES = ("cat", "dog", "fox")
# True labels and predicted probabilities of six images:
#   0 cat -> cat (0.7)   1 cat -> cat (0.6)   2 cat -> dog (0.5)
#   3 dog -> dog (0.8)   4 dog -> fox (0.9)   5 fox -> fox (0.4)
LABELS = np.array([0, 0, 0, 1, 1, 2])
PROBABILITIES = np.array(
    [
        [0.7, 0.2, 0.1],
        [0.6, 0.1, 0.3],
        [0.3, 0.5, 0.2],
        [0.1, 0.8, 0.1],
        [0.05, 0.05, 0.9],
        [0.3, 0.3, 0.4],
    ]
)
PATHS = [Path(f"img{i}.jpg") for i in range(6)]


@pytest.fixture
def evaluation():
    return evaluate(LABELS, PROBABILITIES, PATHS, CLASSES)


def test_confusion_matrix_rows_are_true_columns_predicted(evaluation):
    assert evaluation.confusion.tolist() == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    assert evaluation.classes == CLASSES
    assert evaluation.count == 6


def test_accuracy(evaluation):
    assert evaluation.accuracy == pytest.approx(4 / 6)


def test_precision_recall_f1_support(evaluation):
    cat, dog, fox = evaluation.per_class
    assert (cat.name, dog.name, fox.name) == CLASSES
    # cat: predicted twice, both right; 2 of 3 cats found.
    assert (cat.precision, cat.recall, cat.support) == (1.0, pytest.approx(2 / 3), 3)
    assert cat.f1 == pytest.approx(0.8)
    # dog: predicted twice, once right; 1 of 2 dogs found.
    assert (dog.precision, dog.recall, dog.f1, dog.support) == (0.5, 0.5, 0.5, 2)
    # fox: predicted twice, once right; the one fox found.
    assert (fox.precision, fox.recall, fox.support) == (0.5, 1.0, 1)
    assert fox.f1 == pytest.approx(2 / 3)


def test_loss_is_the_mean_cross_entropy_of_the_true_class(evaluation):
    expected = -np.mean(np.log([0.7, 0.6, 0.3, 0.8, 0.05, 0.4]))
    assert evaluation.loss == pytest.approx(expected)
    assert cross_entropy(LABELS, PROBABILITIES) == pytest.approx(expected)


def test_zero_probability_gives_a_finite_loss():
    loss = cross_entropy(np.array([0, 1]), np.array([[0.0, 1.0], [1.0, 0.0]]))
    assert math.isfinite(loss) and loss == pytest.approx(-math.log(1e-7))


def test_mistakes_most_confident_first(evaluation):
    assert [(m.path, m.true_label, m.predicted_label) for m in evaluation.mistakes] == [
        (Path("img4.jpg"), "dog", "fox"),
        (Path("img2.jpg"), "cat", "dog"),
    ]
    assert [m.confidence for m in evaluation.mistakes] == [0.9, 0.5]


def test_equally_confident_mistakes_keep_their_order():
    labels = np.array([1, 0, 1, 0])
    probabilities = np.array([[0.6, 0.4], [0.1, 0.9], [0.6, 0.4], [0.1, 0.9]])
    paths = [Path(n) for n in "abcd"]
    mistakes = evaluate(labels, probabilities, paths, ("x", "y")).mistakes
    assert [m.path.name for m in mistakes] == ["b", "d", "a", "c"]


def test_perfect_predictions():
    labels = np.array([0, 1, 1])
    result = evaluate(labels, np.eye(2)[labels] * 0.98 + 0.01, PATHS[:3], ("a", "b"))
    assert result.accuracy == 1.0
    assert result.mistakes == ()
    assert all(c.precision == c.recall == c.f1 == 1.0 for c in result.per_class)


def test_a_class_never_predicted_or_absent_scores_zero():
    labels = np.array([0, 0, 1])
    probabilities = np.array([[0.9, 0.1, 0.0], [0.6, 0.4, 0.0], [0.8, 0.2, 0.0]])
    _, b, c = evaluate(labels, probabilities, PATHS[:3], ("a", "b", "c")).per_class
    assert (b.precision, b.recall, b.f1, b.support) == (0.0, 0.0, 0.0, 1)
    assert (c.precision, c.recall, c.f1, c.support) == (0.0, 0.0, 0.0, 0)


def test_no_images():
    result = evaluate(np.zeros(0, np.int64), np.zeros((0, 2)), [], ("a", "b"))
    assert (result.count, result.accuracy, result.loss, result.mistakes) == (0, 0.0, 0.0, ())
    assert result.confusion.tolist() == [[0, 0], [0, 0]]


def test_as_dict_is_json_ready(evaluation):
    data = json.loads(json.dumps(evaluation.as_dict()))
    assert data["images"] == 6
    assert data["accuracy"] == pytest.approx(4 / 6)
    assert data["classes"] == list(CLASSES)
    assert data["confusion_matrix"] == [[2, 1, 0], [0, 1, 1], [0, 0, 1]]
    assert data["per_class"][1] == {
        "name": "dog",
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "support": 2,
    }
    assert data["misclassified"][0] == {
        "path": "img4.jpg",
        "true": "dog",
        "predicted": "fox",
        "confidence": 0.9,
    }
