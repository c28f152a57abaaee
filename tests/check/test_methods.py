"""The check's methods on numbers whose answer is known: confident learning, folds that keep
groups whole, heads that never see their own photos, outliers, near-duplicate groups."""

from __future__ import annotations

import numpy as np

from training.check.confident import label_issues
from training.check.folds import out_of_sample_probabilities, stratified_folds
from training.check.outliers import OUTLIER_Z, outlier_scores
from training.near_duplicates import near_duplicate_groups, normalized, similar_pairs


def _probabilities(labels: np.ndarray, truth: np.ndarray, sure: float = 0.9) -> np.ndarray:
    rng = np.random.default_rng(0)
    k = int(labels.max()) + 1
    p = np.full((len(labels), k), (1 - sure) / (k - 1))
    p[np.arange(len(labels)), truth] = sure
    p += rng.uniform(0, 0.02, p.shape)
    return p / p.sum(axis=1, keepdims=True)


def test_confident_learning_flags_the_flipped_labels_least_believed_first():
    truth = np.repeat([0, 1, 2], 30)
    labels = truth.copy()
    labels[[3, 40, 77]] = [1, 2, 0]
    p = _probabilities(labels, truth)
    p[40] = [0.02, 0.97, 0.01]  # the surest of the three that its label (2) is wrong
    issues = label_issues(p, labels)
    assert [i.index for i in issues][0] == 40
    assert {i.index for i in issues} == {3, 40, 77}
    assert {(i.index, i.suggested) for i in issues} == {(3, 0), (40, 1), (77, 2)}
    assert [i.score for i in issues] == sorted((i.score for i in issues), reverse=True)


def test_an_unsure_photo_whose_likeliest_class_is_its_label_is_not_flagged():
    labels = np.repeat([0, 1], 20)
    p = _probabilities(labels, labels)
    p[5] = [0.55, 0.45]
    assert label_issues(p, labels) == []


def test_a_class_keeps_at_least_one_photo():
    labels = np.array([0, 0, 1, 1, 1, 1])
    p = np.array([[0.1, 0.9], [0.1, 0.9], [0.1, 0.9], [0.2, 0.8], [0.1, 0.9], [0.1, 0.9]])
    assert len([i for i in label_issues(p, labels) if labels[i.index] == 0]) <= 1


def test_folds_are_stratified_and_keep_a_group_in_one_fold():
    labels = np.repeat([0, 1], [50, 23])
    groups = list(range(73))
    groups[1] = groups[2] = groups[60] = 0  # a group across classes
    folds = stratified_folds(labels, groups, 5, seed=3)
    assert len({folds[0], folds[1], folds[2], folds[60]}) == 1
    for c in (0, 1):
        per_fold = np.bincount(folds[labels == c], minlength=5)
        assert per_fold.max() - per_fold.min() <= 3
    assert (stratified_folds(labels, groups, 5, seed=3) == folds).all()


def test_a_photo_is_judged_by_heads_that_never_saw_it():
    """A photo whose features are unlike its class's (a mistake) gets a low probability for
    its label: a head that had seen it would have learned it."""
    rng = np.random.default_rng(1)
    labels = np.repeat([0, 1], 40)
    features = rng.normal(0, 1, (80, 16)) + labels[:, None] * 4.0
    features[7] += 4.0  # labelled 0, looks like a 1
    folds = stratified_folds(labels, list(range(80)), 5, 0)
    p = out_of_sample_probabilities(features, labels, folds, 2)
    assert p[7, 0] < 0.2 and np.median(p[labels == 0, 0]) > 0.9


def test_outliers_are_far_from_every_class_and_a_mislabeled_photo_is_not_one():
    rng = np.random.default_rng(2)
    centres = np.eye(8)[:2] * 3
    labels = np.repeat([0, 1], 30)
    x = centres[labels] + rng.normal(0, 0.3, (60, 8))
    x[10] = centres[1] + rng.normal(0, 0.3, 8)  # mislabeled: near class 1
    x[20] = np.eye(8)[5] * 3  # something else
    scores = outlier_scores(normalized(x), labels, np.ones(60, bool))
    assert scores.argmax() == 20 and scores[20] > OUTLIER_Z
    assert scores[10] < OUTLIER_Z


def test_near_duplicate_groups_are_connected_components_most_similar_first():
    rng = np.random.default_rng(3)
    base = normalized(rng.normal(size=(6, 32)).astype(np.float32))
    near = [base[1] + rng.normal(0, 0.02, 32), base[1] + rng.normal(0, 0.04, 32)]
    x = np.vstack([base, *near, base[4] + rng.normal(0, 0.05, 32)]).astype(np.float32)
    x = normalized(x)
    assert {(i, j) for i, j, _ in similar_pairs(x, 0.9)} >= {(1, 6), (1, 7), (6, 7)}
    groups = near_duplicate_groups(x, None)
    assert groups.members == [[1, 6, 7], [4, 8]]
    assert groups.of[6] == groups.of[1] and groups.of[0] != groups.of[1]
    assert groups.similarity[0] == 0 and groups.similarity[6] > 0.9
