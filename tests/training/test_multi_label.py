"""Multi-label training: the automatic choice and its overrides, thresholds per label, the
figures on a hand-made example, and a tiny run whose model file keeps its thresholds."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import DatasetError
from app.core.model_file import load_model_file, read_model_info
from app.core.progress import Note, NoteKind
from tests.training.helpers import make_multi_label_set
from training.augmentation import NO_AUGMENTATION
from training.dataset import NONE, DatasetScan, Sample
from training.multi_evaluation import average_precision, evaluate_multi_label
from training.multi_label import best_thresholds, choose_multi_label, targets
from training.options import TrainingOptions
from training.progress import EpochResult
from training.split import stratified_split
from training.trainer import train
from training.update import update_model


def _scan(*labels: tuple[int, ...]) -> DatasetScan:
    samples = [Sample.of(Path(f"p{i}.jpg"), ls) for i, ls in enumerate(labels)]
    return DatasetScan(Path("root"), ["a", "b"], samples)


def test_multi_label_is_chosen_when_a_photo_has_two_labels_or_none():
    assert choose_multi_label(_scan((0,), (1,), (0,)), None)[0] is False
    chosen, note = choose_multi_label(_scan((0,), (1,), (0, 1)), None)
    assert chosen and "1 photo has several labels" in note.text
    chosen, note = choose_multi_label(_scan((0,), (1,), ()), None)
    assert chosen and '1 photo is a "none of these" example' in note.text
    assert choose_multi_label(_scan((0,), (1,)), True)[0] is True  # --multi-label


def test_single_label_as_asked_leaves_out_what_it_cannot_learn_and_says_so():
    scan = _scan((0,), (1,), (0, 1), (), (1,))
    chosen, note = choose_multi_label(scan, False)
    assert chosen is False and note.kind is NoteKind.WARNING
    assert [s.labels for s in scan.samples] == [(0,), (1,), (1,)]
    assert "left out" in scan.warnings[-1]
    with pytest.raises(DatasetError, match="a has no photos left"):
        choose_multi_label(_scan((0, 1), (1,), (1,)), False)


def test_targets_are_multi_hot_and_all_zero_for_none():
    samples = [Sample.of(Path("x"), ls) for ls in [(1,), (0, 1), ()]]
    assert samples[2].label == NONE
    assert targets(samples, 2).tolist() == [[0, 1], [1, 1], [0, 0]]


def test_the_threshold_per_label_is_the_best_f1_on_validation():
    y = np.array([[1, 0], [1, 0], [0, 0], [0, 1], [1, 0]], np.float32)
    p = np.array([[0.9, 0.1], [0.6, 0.2], [0.5, 0.3], [0.2, 0.25], [0.4, 0.3]])
    thresholds = best_thresholds(y, p)
    # label a: giving it to the 0.9, 0.6, 0.5, 0.4 photos finds all 3 for 1 wrong (F1 6/7),
    # better than 0.9 and 0.6 alone (F1 4/5); the threshold sits below 0.4, above 0.2
    assert thresholds[0] == pytest.approx(0.3)
    assert thresholds[1] <= 0.25  # its one photo is its least probable: all given (F1 2/5)
    assert best_thresholds(np.zeros((2, 1)), np.array([[0.7], [0.1]])) == (0.5,)  # no positive


def test_the_evaluation_figures_on_a_hand_made_example():
    y = np.array([[1, 0], [1, 1], [0, 1], [0, 0], [0, 0]], np.float32)
    p = np.array([[0.9, 0.2], [0.8, 0.4], [0.3, 0.7], [0.6, 0.1], [0.1, 0.1]])
    paths = [Path(f"p{i}.jpg") for i in range(5)]
    e = evaluate_multi_label(y, p, (0.5, 0.5), paths, ["a", "b"])
    a, b = e.per_label
    # a given to p0, p1, p3: 2 right of 3; found 2 of 2
    assert (a.precision, a.recall, a.given, a.support) == (pytest.approx(2 / 3), 1.0, 3, 2)
    assert a.f1 == pytest.approx(0.8)
    # b given to p2 only: right; p1's b missed
    assert (b.precision, b.recall, b.f1) == (1.0, 0.5, pytest.approx(2 / 3))
    assert a.average_precision == 1.0  # both a photos ranked first
    assert b.average_precision == 1.0  # 0.7 and 0.4 above every other
    assert e.mean_average_precision == 1.0
    assert e.micro_f1 == pytest.approx(2 * 3 / (4 + 4))  # 3 right of 4 given, 4 true
    assert e.accuracy == pytest.approx(3 / 5)  # p0, p2, p4 exactly right
    assert e.none_photos == 2 and e.none_labeled == pytest.approx(0.5)  # p3 given a
    assert [m.path.name for m in e.mistakes] == ["p1.jpg", "p3.jpg"]
    assert average_precision(np.array([0, 1, 1]), np.array([0.9, 0.5, 0.1])) == pytest.approx(
        (1 / 2 + 2 / 3) / 2
    )


def test_the_split_stratifies_by_the_rarest_label():
    samples = [Sample.of(Path(f"c{i}"), (0,)) for i in range(20)]
    samples += [Sample.of(Path(f"r{i}"), (0, 1)) for i in range(5)]  # b only ever with a
    samples += [Sample.of(Path(f"n{i}"), ()) for i in range(5)]
    _, validation = stratified_split(samples, 0.2, seed=0)
    assert sum(1 in s.labels for s in validation) == 1  # a fifth of b's five
    assert sum(s.label == NONE for s in validation) == 1


# -- a tiny run ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("multi")
    root = make_multi_label_set(tmp / "data")
    options = TrainingOptions(
        data_dir=root, output=tmp / "out" / "m.keras", labels_csv=root / "labels.csv",
        weights=None, image_size=32, epochs=4, fine_tune_epochs=1, batch_size=16,
        augmentation=NO_AUGMENTATION, augment_views=0,
    )  # fmt: skip
    events: list = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PICTAG_CACHE_DIR", str(tmp / "cache"))
        mp.setenv("KERAS_HOME", str(tmp / "keras_home"))
        result = train(options, events.append)
    return result, events, options


def test_a_run_with_several_labels_trains_multi_label_and_says_so(run):
    result, events, _ = run
    notes = [e.text for e in events if isinstance(e, Note)]
    assert any(t.startswith("Multi-label: 12 photos have several labels") for t in notes)
    epochs = [e for e in events if isinstance(e, EpochResult)]
    assert {e.stage for e in epochs} == {"head", "fine_tune"}  # both phases
    assert all(e.metric == "micro-F1" for e in epochs)
    assert result.evaluation.multi_label and result.evaluation.count > 0


def test_the_model_file_keeps_a_threshold_per_label_and_a_sigmoid_per_label(run):
    result, _, _ = run
    info = read_model_info(result.model_path)
    assert info.labels == ("blue", "red")
    assert info.decision.multi_label and len(info.decision.thresholds) == 2
    thresholds = tuple(s.threshold for s in result.evaluation.per_label)
    assert info.decision.thresholds == pytest.approx(thresholds)
    model, _ = load_model_file(result.model_path)
    photos = np.random.default_rng(0).integers(0, 255, (6, 32, 32, 3)).astype(np.float32)
    outputs = np.asarray(model(photos))
    assert outputs.shape == (6, 3)  # a probability per label, then the detector's novelty
    assert info.decision.open_set is not None
    assert not np.allclose(outputs[:, :2].sum(axis=1), 1.0)  # not a softmax


def test_the_report_has_the_multi_label_figures_and_each_photos_labels(run):
    result, _, _ = run
    report = json.loads(result.report_path.read_text())
    assert report["multi_label"] is True
    evaluation = report["evaluation"]
    for key in ("mean_average_precision", "micro_f1", "exact_match", "none_labeled"):
        assert evaluation[key] is not None
    assert {p["name"] for p in evaluation["per_label"]} == {"blue", "red"}
    truth = dict(zip(report["split"]["validation"], report["split"]["true"], strict=True))
    assert truth and all(t == {"red": "red", "blue": "blue", "both": "blue|red", "none": ""}[
        name.split("_")[0]] for name, t in truth.items())  # fmt: skip
    assert report["dataset"]["none_images"] > 0


def test_a_multi_label_model_updates_head_only(run, tmp_path, monkeypatch):
    result, _, _ = run
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    updated = update_model(result.model_path)
    assert updated.training.evaluation.multi_label
    assert read_model_info(result.model_path).decision.multi_label
    assert updated.comparison.images == result.evaluation.count
    assert any("Exact match" in line for line in updated.describe())
