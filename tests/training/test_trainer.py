"""Real (small) training runs: from a folder to a saved model and its report, the feature cache,
cancel and stop at every stage, failures that must leave the user's files alone, and the
errors that must come before any model is built.

Every run uses random weights (or a weights file of random weights) at 32 px, so nothing is
downloaded, and $PICTAG_CACHE_DIR points into the test's own folder.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app.core.errors import Cancelled, DatasetError, UsageError, WriteError
from app.core.image_io import load_image
from app.core.model_file import load_model_file, read_model_info
from app.core.progress import Event, Note, Progress, Token
from app.core.registry import get_architecture
from app.core.tf_runtime import import_keras
from tests.helpers import make_color_base, make_photo
from tests.training.helpers import CLASS_COLORS, make_color_dataset, make_flat_image
from training import transfer
from training.augmentation import Augmentation
from training.dataset import scan_dataset
from training.near_duplicates import SIGNATURE_KEY
from training.options import TrainingOptions, check_output
from training.progress import DatasetSplit, EpochResult
from training.report import save_trained_model
from training.split import stratified_split
from training.trainer import train

CLASSES = sorted(CLASS_COLORS)  # ["blue", "green", "red"]
NO_AUGMENTATION = Augmentation(flip=False, rotation=0.0, zoom=0.0)


class Recorder:
    """Keeps every event by its type; `act(kind, item)` runs after each, to cancel or stop at
    a given point."""

    def __init__(self, act: Callable[[str, object], None] | None = None) -> None:
        self.stages: list[Progress] = []  # the first event of each stage
        self.steps: list[Progress] = []  # the others
        self.epochs: list[EpochResult] = []
        self.messages: list[str] = []
        self.datasets: list[tuple[list[int], list[int]]] = []
        self.act = act or (lambda kind, item: None)

    @property
    def stage_keys(self) -> list[str]:
        return [s.stage for s in self.stages]

    def __call__(self, event: Event) -> None:
        match event:
            case Progress():
                self.progress(event)
            case EpochResult():
                self.epochs.append(event)
                self.act("epoch", event)
            case DatasetSplit():
                self.datasets.append((event.train_counts, event.validation_counts))
            case Note():
                self.messages.append(event.line)
            case _:
                raise AssertionError(f"an event of no known type: {event!r}")

    def progress(self, event: Progress) -> None:
        if not self.stages or self.stages[-1].stage != event.stage:
            self.stages.append(event)
            self.act("stage", event)
        else:
            self.steps.append(event)
            self.act("step", event)


def _options(data: Path, output: Path, **overrides) -> TrainingOptions:
    settings = dict(
        weights=None,
        image_size=32,
        epochs=3,
        fine_tune_epochs=0,
        batch_size=16,
        augmentation=NO_AUGMENTATION,
        augment_views=0,
    )
    settings.update(overrides)
    return TrainingOptions(data_dir=data, output=output, **settings)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _bn_statistics(model) -> dict[str, list[np.ndarray]]:
    """Moving mean and variance of every batch-norm layer, nested models included."""
    keras = import_keras()
    found: dict[str, list[np.ndarray]] = {}
    for layer in model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            found[layer.name] = [layer.moving_mean.numpy(), layer.moving_variance.numpy()]
        elif hasattr(layer, "layers"):
            found.update(_bn_statistics(layer))
    return found


def _decoded(paths: list[Path]) -> np.ndarray:
    return np.stack([load_image(p, (32, 32)) for p in paths])


@pytest.fixture
def isolated(tmp_path, monkeypatch, keras_home) -> Path:
    """Pictag's cache folder (features, decoded-image scratch files) inside this test's folder."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(cache))
    return cache


def _scratch(cache: Path) -> list[str]:
    """What phase 2's decoded-image stores left in the cache folder."""
    return _files(cache / "scratch")


@pytest.fixture
def small_dataset(tmp_path) -> Path:
    """Three classes of 8 images: 6 train and 2 validate each."""
    return make_color_dataset(tmp_path / "data", per_class=8, seed=1, pattern=True)


@pytest.fixture(scope="module")
def weights_file(tmp_path_factory) -> Path:
    """A weights file whose features tell the patterned colour photos apart (plain random
    weights would make every photo a near-duplicate of every other)."""
    return make_color_base(tmp_path_factory.mktemp("weights") / "colors.weights.h5")


# -- one full run, both phases ---------------------------------------------------------------------


class FullRun:
    def __init__(self, result, recorder, options, cache_dir, net, snapshot) -> None:
        self.result, self.recorder, self.options = result, recorder, options
        self.cache_dir, self.net, self.snapshot = cache_dir, net, snapshot


@pytest.fixture(scope="module")
def full_run(color_dataset, tmp_path_factory) -> FullRun:
    """Phase 1 and 2 on the 3 x 20 colour images; the base's weights are copied when phase 2
    starts, from the networks the run builds."""
    tmp = tmp_path_factory.mktemp("full_run")
    nets: list[transfer.Networks] = []
    snapshot: dict[str, object] = {}
    real_build = transfer.build_networks

    def build_and_keep(*args, **kwargs):
        nets.append(real_build(*args, **kwargs))
        return nets[-1]

    def act(kind, item):
        if kind == "stage" and item.stage == "fine_tune":
            base = nets[0].base
            snapshot["bn"] = _bn_statistics(base)
            snapshot["weights"] = [[w.numpy() for w in layer.weights] for layer in base.layers]

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PICTAG_CACHE_DIR", str(tmp / "cache"))
        mp.setenv("KERAS_HOME", str(tmp / "keras_home"))
        mp.setattr(transfer, "build_networks", build_and_keep)
        options = _options(
            color_dataset,
            tmp / "out" / "colors.keras",
            epochs=4,
            fine_tune_epochs=1,
            augmentation=Augmentation(),
            augment_views=1,
        )
        recorder = Recorder(act)
        result = train(options, recorder)
    return FullRun(result, recorder, options, tmp / "cache", nets[0], snapshot)


def test_learns_well_above_chance(full_run):
    evaluation = full_run.result.evaluation
    assert evaluation.count == 12  # 20% of 3 x 20
    assert evaluation.accuracy >= 0.8  # chance is 1/3
    assert evaluation.classes == tuple(CLASSES)
    assert int(evaluation.confusion.sum()) == 12


def test_result_describes_the_run(full_run):
    result = full_run.result
    assert result.model_path == full_run.options.output
    assert result.report_path == full_run.options.output.with_name("colors.report.json")
    assert not result.stopped_by_user
    assert 1 <= len(result.history["head"]) <= 4
    assert [e.stage for e in result.history["head"]] == ["head"] * len(result.history["head"])
    assert [(e.stage, e.epoch) for e in result.history["fine_tune"]] == [("fine_tune", 1)]
    assert result.seconds > 0
    # No cache with random weights: 48 training images x 2 views (+ mirror) and 12 validation.
    assert (result.features_computed, result.features_cached) == (48 * 2 + 12, 0)


def test_saved_model_loads_with_class_names_and_classifies(full_run, color_dataset):
    model, info = load_model_file(full_run.result.model_path)
    assert info.labels == tuple(CLASSES)
    assert (info.base, info.input_size) == ("mobilenet_v2", 32)
    assert info.details["report"] == "colors.report.json"
    assert info.details["validation_accuracy"] == full_run.result.evaluation.accuracy
    assert read_model_info(full_run.result.model_path) == info
    # The file alone (raw RGB in, preprocessing inside) sorts the photos by colour.
    paths = sorted(color_dataset.rglob("*.*"))
    truth = np.array([CLASSES.index(p.parent.name) for p in paths])
    predicted = model.predict(_decoded(paths).astype(np.float32), verbose=0).argmax(axis=1)
    assert np.mean(predicted == truth) >= 0.8


def test_only_the_model_and_its_report_are_written(full_run):
    assert _files(full_run.options.output.parent) == ["colors.keras", "colors.report.json"]


def test_random_weights_are_never_cached(full_run):
    """Only the content signatures of the near-duplicate grouping are, which no base makes."""
    db = sqlite3.connect(full_run.cache_dir / "features.sqlite")
    models = {model for (model,) in db.execute("SELECT DISTINCT model FROM features")}
    db.close()
    assert models == {SIGNATURE_KEY}


def test_report_beside_the_model(full_run, color_dataset):
    report = json.loads(full_run.result.report_path.read_text(encoding="utf-8"))
    assert report["model"] == str(full_run.options.output)
    assert report["stopped_by_user"] is False

    parameters = report["parameters"]
    assert parameters["data_dir"] == str(color_dataset)
    assert parameters["output"] == str(full_run.options.output)
    assert parameters["report"] == str(full_run.result.report_path)
    assert parameters["base"] == "mobilenet_v2"
    assert parameters["weights"] is None
    assert parameters["image_size"] == 32
    assert (parameters["epochs"], parameters["fine_tune_epochs"]) == (4, 1)
    assert parameters["fine_tune_at"] == get_architecture("mobilenet_v2").fine_tune_at
    assert parameters["fine_tune_learning_rate"] == full_run.options.fine_tune_rate()
    assert 0 < parameters["fine_tune_learning_rate"] < parameters["learning_rate"]
    assert parameters["augmentation"] == {"flip": True, "rotation": 0.05, "zoom": 0.1}
    assert parameters["seed"] == 0

    dataset = report["dataset"]
    assert dataset["root"] == str(color_dataset)
    assert [(c["name"], c["images"]) for c in dataset["classes"]] == [(n, 20) for n in CLASSES]
    assert (dataset["train_images"], dataset["validation_images"]) == (48, 12)
    assert dataset["skipped"] == [] and dataset["warnings"] == []

    history = report["history"]
    assert len(history["head"]) == len(full_run.result.history["head"])
    assert len(history["fine_tune"]) == 1
    for epoch in history["head"] + history["fine_tune"]:
        assert set(epoch) == {
            "epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds", "best", "metric",
        }  # fmt: skip
        assert epoch["metric"] == "accuracy"  # a single-label run's
    # The best is the last epoch that improved, across both phases, and the lowest val_loss.
    epochs = [(stage, e) for stage in ("head", "fine_tune") for e in history[stage]]
    stage, best = [(stage, e) for stage, e in epochs if e["best"]][-1]
    assert report["best"] == {"stage": stage, "epoch": best["epoch"], "val_loss": best["val_loss"]}
    assert best["val_loss"] == min(e["val_loss"] for _, e in epochs)

    evaluation = report["evaluation"]
    assert evaluation == json.loads(json.dumps(full_run.result.evaluation.as_dict()))
    assert evaluation["images"] == 12
    assert report["features"] == {
        "computed": 108,
        "from_cache": 0,
        "model_key": "",
        "backend": "TensorFlow (random weights: a conversion would be repeated at every load)",
    }

    # What an update needs: the split by name under the folder, and what the model predicted.
    split = report["split"]
    assert len(split["train"]) == 48 and len(split["validation"]) == 12
    assert not set(split["train"]) & set(split["validation"])
    assert all((color_dataset / name).is_file() for name in split["train"] + split["validation"])
    assert len(split["predicted"]) == 12
    pairs = zip(split["validation"], split["predicted"], strict=True)
    right = [p == name.split("/")[0] for name, p in pairs]
    assert sum(right) / 12 == pytest.approx(evaluation["accuracy"])

    assert report["seconds"] > 0
    assert {"scan", "extract", "head", "fine_tune", "evaluate"} <= set(report["stage_seconds"])
    assert {"pictag", "python", "tensorflow", "keras", "numpy", "pillow"} <= set(report["versions"])


def test_progress_hears_every_stage_in_order(full_run):
    recorder = full_run.recorder
    assert recorder.stage_keys == [
        "scan", "group", "calibrate", "extract", "head", "fine_tune", "open_set", "evaluate",
        "save",
    ]  # fmt: skip
    assert recorder.epochs == (
        full_run.result.history["head"] + full_run.result.history["fine_tune"]
    )
    assert any(m.startswith("Features: 108 computed") for m in recorder.messages)
    assert recorder.datasets == [([16, 16, 16], [4, 4, 4])]


def test_progress_only_moves_forward(full_run):
    steps = full_run.recorder.steps
    # The scan counts the headers it reads, then the stages that count images or steps; a
    # fine-tuned base computes the features its detector is fitted on again.
    report = json.loads(full_run.result.report_path.read_text("utf-8"))
    tuned = {"open_set"} if report["best"]["stage"] == "fine_tune" else set()
    assert {s.stage for s in steps} == {"scan", "group", "extract", "head", "fine_tune"} | tuned
    overall = [s.overall for s in steps]
    assert all(0.0 <= x <= 1.0 for x in overall)
    assert overall == sorted(overall)
    for stage in ("head", "fine_tune"):
        updates = [s for s in steps if s.stage == stage]
        assert all(s.done <= s.total for s in updates)
        assert [s.done for s in updates] == sorted(s.done for s in updates)
        assert all(set(s.metrics) == {"loss", "accuracy"} for s in updates)


def test_phase_two_keeps_the_batch_norm_statistics(full_run):
    """Batch-norm layers stay frozen in phase 2 (in the live network and in the saved file)
    while the unfrozen layers above `fine_tune_at` do change."""
    before = full_run.snapshot["bn"]
    assert len(before) > 30
    after_live = _bn_statistics(full_run.net.base)
    model, _ = load_model_file(full_run.result.model_path)
    after_saved = _bn_statistics(model)
    assert set(after_live) == set(after_saved) == set(before)
    for name, (mean, variance) in before.items():
        np.testing.assert_array_equal(after_live[name][0], mean, err_msg=name)
        np.testing.assert_array_equal(after_live[name][1], variance, err_msg=name)
        np.testing.assert_allclose(after_saved[name][0], mean, rtol=0, atol=0, err_msg=name)
        np.testing.assert_allclose(after_saved[name][1], variance, rtol=0, atol=0, err_msg=name)


def test_phase_two_trains_only_the_top_of_the_base(full_run):
    at = get_architecture("mobilenet_v2").fine_tune_at
    layers = full_run.net.base.layers
    before = full_run.snapshot["weights"]

    def changed(index: int) -> bool:
        now = [w.numpy() for w in layers[index].weights]
        return any(not np.array_equal(a, b) for a, b in zip(now, before[index], strict=True))

    assert not any(changed(i) for i in range(at))
    assert any(changed(i) for i in range(at, len(layers)))


# -- the feature cache -----------------------------------------------------------------------------


class CacheRuns:
    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.results = []  # first, second, after a change, with other weights


@pytest.fixture(scope="module")
def cache_runs(tmp_path_factory, weights_file) -> CacheRuns:
    """Runs with one weights file: fresh, again, and after one training photo changed; then
    one with another weights file. The folder also holds random bytes and a truncated JPEG."""
    tmp = tmp_path_factory.mktemp("cache_runs")
    data = make_color_dataset(tmp / "data", per_class=5, seed=2, pattern=True)
    (data / "red" / "random_bytes.jpg").write_bytes(np.random.default_rng(0).bytes(3000))
    # A noisy photo cut in half: the header reads fine, the pixels do not decode.
    truncated = make_photo(data / "green" / "truncated.jpg", (200, 200), (40, 180, 60))
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size // 2])
    runs = CacheRuns(tmp / "cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PICTAG_CACHE_DIR", str(tmp / "cache"))
        mp.setenv("KERAS_HOME", str(tmp / "keras_home"))

        def run(name: str, weights: Path = weights_file):
            options = _options(
                data, tmp / "out" / f"{name}.keras", weights=weights, epochs=1,
                augmentation=Augmentation(), augment_views=1,
            )  # fmt: skip
            runs.results.append(train(options))

        run("first")
        run("second")
        scan = scan_dataset(data)
        train_samples, _ = stratified_split(scan.samples, 0.2, seed=0)
        changed = next(s.path for s in train_samples if s.path.suffix == ".png")
        make_flat_image(changed, (255, 255, 0), (50, 50))  # new content, same name
        run("third")
        other = make_color_base(tmp / "other.weights.h5", seed=1)  # other weights
        run("fourth", other)
    return runs


def test_first_run_computes_every_view_and_fills_the_cache(cache_runs):
    first = cache_runs.results[0]
    # 5 per class and the truncated JPEG in green (its header is fine, so the scan keeps it),
    # 1 per class held out: 13 training images x 2 views, 3 validation images x 1, less the
    # views of the truncated JPEG, which cannot be decoded.
    report = json.loads(first.report_path.read_text(encoding="utf-8"))
    train_images = report["dataset"]["train_images"]
    assert (train_images, report["dataset"]["validation_images"]) == (13, 3)
    total = 2 * 13 + 3 - (2 if _truncated_in_training(report) else 1)
    assert (first.features_computed, first.features_cached) == (total, 0)
    assert (cache_runs.cache_dir / "features.sqlite").is_file()


def _truncated_in_training(report) -> bool:
    """Whether the split put the truncated JPEG among the training images."""
    data = Path(report["dataset"]["root"])
    scan = scan_dataset(data)
    train_samples, _ = stratified_split(scan.samples, 0.2, seed=0)
    return data / "green" / "truncated.jpg" in {s.path for s in train_samples}


def test_second_run_computes_nothing(cache_runs):
    first, second = cache_runs.results[:2]
    assert second.features_computed == 0
    assert second.features_cached == first.features_computed > 0
    report = json.loads(second.report_path.read_text(encoding="utf-8"))
    features = report["features"]
    assert (features["computed"], features["from_cache"]) == (0, first.features_computed)
    assert len(features["model_key"]) == 64  # a weights file: its features are cacheable


def test_a_changed_photo_is_recomputed_alone(cache_runs):
    first, _, third, _ = cache_runs.results
    assert third.features_computed == 2  # the changed training photo and its mirror
    assert third.features_cached == first.features_computed - 2


def test_unreadable_files_are_skipped_and_reported(cache_runs):
    report = json.loads(cache_runs.results[0].report_path.read_text(encoding="utf-8"))
    skipped = {Path(s["path"]).name: s["reason"] for s in report["dataset"]["skipped"]}
    assert set(skipped) == {"random_bytes.jpg", "truncated.jpg"}
    assert "not an image" in skipped["random_bytes.jpg"]
    assert "truncated" in skipped["truncated.jpg"]
    # The run went on without them.
    held_out = 3 if _truncated_in_training(report) else 2
    assert cache_runs.results[0].evaluation.count == held_out


def test_another_weights_file_is_not_served_from_the_cache(cache_runs):
    first, fourth = cache_runs.results[0], cache_runs.results[3]
    assert (fourth.features_computed, fourth.features_cached) == (first.features_computed, 0)


def test_an_unusable_cache_folder_does_not_stop_training(
    tmp_path, monkeypatch, keras_home, small_dataset, weights_file
):
    (tmp_path / "a_file").write_text("x")
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "a_file" / "cache"))
    result = train(_options(small_dataset, tmp_path / "m.keras", weights=weights_file, epochs=1))
    assert result.model_path.is_file()
    assert (result.features_computed, result.features_cached) == (24, 0)


def test_an_unusable_cache_folder_does_not_stop_phase_two(
    tmp_path, monkeypatch, keras_home, small_dataset
):
    (tmp_path / "a_file").write_text("x")
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "a_file" / "cache"))
    options = _options(
        small_dataset, tmp_path / "m.keras", epochs=1, fine_tune_epochs=1, batch_size=8,
        fine_tune_at=150,
    )  # fmt: skip
    result = train(options)
    assert result.model_path.is_file()
    assert len(result.history["fine_tune"]) == 1


# -- cancel: nothing is written --------------------------------------------------------------------


def _cancel_when(token: Token, kind: str, stage: str, index: int = 1) -> Recorder:
    """A recorder that cancels at the `index`-th step/epoch of `stage`."""
    seen = []

    def act(event_kind, item):
        if event_kind == kind and item.stage == stage:
            seen.append(item)
            if len(seen) == index:
                token.cancel()

    return Recorder(act)


@pytest.mark.parametrize(
    ("kind", "stage", "fine_tune_epochs"),
    [("step", "extract", 1), ("epoch", "head", 1), ("step", "fine_tune", 2)],
    ids=["extraction", "phase 1", "phase 2"],
)
def test_cancel_raises_and_writes_nothing(
    isolated, tmp_path, small_dataset, kind, stage, fine_tune_epochs
):
    out = tmp_path / "out"
    token = Token()
    recorder = _cancel_when(token, kind, stage, index=2 if stage == "extract" else 1)
    options = _options(
        small_dataset, out / "m.keras", fine_tune_epochs=fine_tune_epochs, batch_size=8,
        fine_tune_at=150,  # fewer layers to train: a faster phase 2
    )  # fmt: skip
    with pytest.raises(Cancelled):
        train(options, recorder, token)
    assert token.cancelled
    assert stage in recorder.stage_keys  # cancelled during that stage...
    assert "save" not in recorder.stage_keys  # ...and nothing after it was saved
    assert recorder.stage_keys[-1] == stage
    assert _files(out) == []  # no model, no report, no temporary file
    assert _scratch(isolated) == []  # the decoded-image store is gone too


def test_cancel_when_saving_begins_writes_nothing(isolated, tmp_path, small_dataset):
    out = tmp_path / "out"
    token = Token()

    def act(kind, item):
        if kind == "stage" and item.stage == "save":
            token.cancel()

    with pytest.raises(Cancelled):
        train(_options(small_dataset, out / "m.keras", epochs=1), Recorder(act), token)
    assert _files(out) == []


@pytest.mark.parametrize(
    ("kind", "stage"), [("stage", "scan"), ("step", "extract")], ids=["scanning", "extraction"]
)
def test_stop_before_training_began_saves_nothing(isolated, tmp_path, small_dataset, kind, stage):
    out = tmp_path / "out"
    token = Token()

    def act(event_kind, item):
        if event_kind == kind and item.stage == stage:
            token.stop()

    recorder = Recorder(act)
    with pytest.raises(Cancelled, match="stopped before training began"):
        train(_options(small_dataset, out / "m.keras"), recorder, token)
    assert recorder.stage_keys[-1] == stage  # it says why, wherever it was stopped
    assert _files(out) == []


def test_a_cancel_once_saving_is_under_way_is_too_late(
    isolated, tmp_path, small_dataset, monkeypatch
):
    """Past the run's last check its token is committed: a cancel then (a second Ctrl-C)
    changes nothing, and whoever cancels can tell."""
    token = Token()
    committed = []

    def act(kind, item):
        if kind == "stage" and item.stage == "save":
            committed.append(token.committed)

    def cancel_then_save(*args, **kwargs):
        committed.append(token.committed)
        token.cancel()
        return save_trained_model(*args, **kwargs)

    monkeypatch.setattr("training.run_result.save_trained_model", cancel_then_save)
    options = _options(small_dataset, tmp_path / "out" / "m.keras", epochs=1)
    result = train(options, Recorder(act), token)
    assert committed == [False, True]
    assert read_model_info(result.model_path).labels == tuple(CLASSES)


# -- stop: the best weights so far are saved -------------------------------------------------------


def test_stop_in_phase_one_saves_and_skips_phase_two(isolated, tmp_path, small_dataset):
    token = Token()

    def act(kind, item):
        if kind == "epoch" and item.stage == "head" and item.epoch == 1:
            token.stop()

    recorder = Recorder(act)
    options = _options(small_dataset, tmp_path / "out" / "m.keras", epochs=6, fine_tune_epochs=1)
    result = train(options, recorder, token)
    assert result.stopped_by_user
    assert len(result.history["head"]) == 2  # the epoch under way when asked ends it
    assert result.history["fine_tune"] == []
    assert "fine_tune" not in recorder.stage_keys
    assert any(m.startswith("Stopped") for m in recorder.messages)
    _assert_saved_after_stop(result, options, isolated, "head", 2)


def _assert_saved_after_stop(result, options, isolated, phase: str, epochs: int) -> None:
    """A stopped run still leaves a loadable model and a report that says it was stopped."""
    _, info = load_model_file(result.model_path)
    assert info.labels == tuple(CLASSES)
    report = json.loads(result.report_path.read_text(encoding="utf-8"))
    assert report["stopped_by_user"] is True
    assert len(report["history"][phase]) == epochs
    assert _files(options.output.parent) == ["m.keras", "m.report.json"]
    assert _scratch(isolated) == []


def test_stop_in_phase_two_saves(isolated, tmp_path, small_dataset):
    token = Token()

    def act(kind, item):
        if kind == "step" and item.stage == "fine_tune":
            token.stop()

    options = _options(
        small_dataset, tmp_path / "out" / "m.keras", epochs=2, fine_tune_epochs=3, batch_size=8,
        fine_tune_at=150,
    )  # fmt: skip
    result = train(options, Recorder(act), token)
    assert result.stopped_by_user
    assert len(result.history["fine_tune"]) == 1  # 18 images in batches of 8: stopped in epoch 1
    _assert_saved_after_stop(result, options, isolated, "fine_tune", 1)


def test_stop_at_the_end_of_phase_one_skips_phase_two(isolated, tmp_path, small_dataset):
    token = Token()

    def act(kind, item):
        if kind == "epoch" and item.stage == "head" and item.epoch == 2:
            token.stop()  # in the last epoch of phase 1: no batch of it is left to see it

    recorder = Recorder(act)
    options = _options(
        small_dataset, tmp_path / "out" / "m.keras", epochs=2, fine_tune_epochs=1,
        fine_tune_at=150,
    )  # fmt: skip
    result = train(options, recorder, token)
    assert result.stopped_by_user
    assert "fine_tune" not in recorder.stage_keys
    assert result.history["fine_tune"] == []
    assert (result.model_path.is_file(), result.report_path.is_file()) == (True, True)


# -- a failed save leaves the old files alone ------------------------------------------------------


def test_failed_save_keeps_the_previous_model_and_report(
    isolated, tmp_path, small_dataset, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    old_model = out / "m.keras"
    old_model.write_bytes(b"PK\x03\x04 the user's previous model" * 100)
    old_report = out / "m.report.json"
    old_report.write_text('{"previous": true}\n')
    model_bytes, report_bytes = old_model.read_bytes(), old_report.read_bytes()

    keras = import_keras()

    def save_half_then_fail(self, path, *args, **kwargs):
        Path(path).write_bytes(b"PK\x03\x04 half a model")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keras.Model, "save", save_half_then_fail)
    with pytest.raises(WriteError, match=r"m\.keras \(No space left.*kept in .*checkpoints"):
        train(_options(small_dataset, old_model, epochs=1))
    assert old_model.read_bytes() == model_bytes
    assert old_report.read_bytes() == report_bytes
    # No temporary file left behind; the checkpoints stay, so that the same run, once there is
    # room, saves without training again (training/checkpoints.py).
    assert _files(out) == [".m.keras.checkpoints", "m.keras", "m.report.json"]


def test_a_report_in_a_new_folder_is_written_there(isolated, tmp_path, small_dataset):
    """As for the model, the report's missing folders are created when it is saved."""
    report = tmp_path / "reports" / "run.json"
    options = _options(small_dataset, tmp_path / "out" / "m.keras", epochs=1, report=report)
    result = train(options)
    assert result.report_path == report
    assert json.loads(report.read_text(encoding="utf-8"))["model"] == str(options.output)
    assert _files(tmp_path / "reports") == ["run.json"]


# -- errors before any model is built --------------------------------------------------------------


class ModelBuilt(Exception):
    pass


@pytest.fixture
def no_model_building(monkeypatch):
    def fail(*args, **kwargs):
        raise ModelBuilt("a model was built before the error")

    monkeypatch.setattr(transfer, "build_networks", fail)


def _two_classes(root: Path, counts: tuple[int, int]) -> Path:
    for (name, color), n in zip(CLASS_COLORS.items(), counts, strict=False):
        for i in range(n):
            make_flat_image(root / name / f"{i}.png", color, (16, 16))
    return root


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        ((10, 0), "at least 2 classes"),
        ((10, 1), "at least 2 usable images"),
        ((2, 2), "No validation images"),  # 20% of 2 rounds to none
    ],
)
def test_dataset_errors_come_before_any_model(
    isolated, tmp_path, no_model_building, counts, message
):
    data = _two_classes(tmp_path / "data", counts)
    with pytest.raises(DatasetError, match=message):
        train(_options(data, tmp_path / "out" / "m.keras"))
    assert _files(tmp_path / "out") == []


def test_classes_too_small_to_validate_are_warned_about_before_any_model(
    isolated, tmp_path, no_model_building
):
    data = _two_classes(tmp_path / "data", (10, 2))  # 20% of 2 rounds to no image
    recorder = Recorder()
    with pytest.raises(ModelBuilt):
        train(_options(data, tmp_path / "m.keras"), recorder)
    (warning,) = [m for m in recorder.messages if "hold any out" in m]
    assert "validation in green (near-duplicates" in warning
    assert recorder.datasets == [([2, 8], [0, 2])]  # green, red


def test_validation_folder_with_unknown_class_fails_before_any_model(
    isolated, tmp_path, no_model_building
):
    data = _two_classes(tmp_path / "data", (10, 10))
    val = tmp_path / "val"
    make_flat_image(val / "purple" / "p.png", (128, 0, 128), (16, 16))
    with pytest.raises(DatasetError, match="purple"):
        train(_options(data, tmp_path / "m.keras", validation_dir=val))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"image_size": 16}, "at least 32 px"),
        ({"base": "resnet"}, "Unknown model"),
        ({"epochs": 0}, "epochs must be at least 1"),
        ({"batch_size": 0}, "batch size must be at least 1"),
        ({"fine_tune_epochs": -1}, "cannot be negative"),
        ({"validation_split": 1.0}, "between 0 and 1"),
        ({"learning_rate": 0.0}, r"learning rate \(learning-rate\) must be a positive number"),
        ({"learning_rate": float("nan")}, r"\(learning-rate\) must be a positive number, got nan"),
        ({"fine_tune_learning_rate": 0.0}, r"phase 2 learning rate .* positive number, got 0$"),
        ({"fine_tune_learning_rate": -1e-5}, r"\(fine-tune-learning-rate\) must be a positive"),
        ({"fine_tune_learning_rate": float("inf")}, r"positive number, got inf"),
        ({"weights": "missing.weights.h5"}, "weights file not found"),
    ],
)
def test_bad_options_fail_before_any_model(
    isolated, tmp_path, no_model_building, overrides, message
):
    data = _two_classes(tmp_path / "data", (10, 10))
    with pytest.raises(UsageError, match=message):
        train(_options(data, tmp_path / "m.keras", **overrides))


def test_phase_2_rate_defaults_to_a_tenth_and_is_otherwise_kept(tmp_path):
    options = TrainingOptions(tmp_path, tmp_path / "m.keras", learning_rate=1e-3)
    assert options.fine_tune_rate() == pytest.approx(1e-4)
    assert replace(options, fine_tune_learning_rate=3e-4).fine_tune_rate() == 3e-4


def test_bad_output_fails_before_the_scan(isolated, tmp_path, no_model_building):
    recorder = Recorder()
    with pytest.raises(UsageError, match=r"\.keras"):
        train(_options(tmp_path / "no_data_here", tmp_path / "model.h5"), recorder)
    assert recorder.stages == []


# -- check_output ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["model.h5", "model", "model.keras.zip"])
def test_check_output_wants_a_keras_name(tmp_path, name):
    with pytest.raises(UsageError, match=r"must end in \.keras"):
        check_output(tmp_path / name)


def test_check_output_refuses_a_folder(tmp_path):
    (tmp_path / "model.keras").mkdir()
    with pytest.raises(UsageError, match="is a folder"):
        check_output(tmp_path / "model.keras")


def test_check_output_refuses_an_unwritable_place(tmp_path):
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(UsageError, match="cannot write there"):
        check_output(tmp_path / "a_file" / "model.keras")


def test_check_output_accepts_a_new_folder_without_creating_it(tmp_path):
    """A run that fails later (a bad dataset) must not leave empty folders behind."""
    target = tmp_path / "new" / "deeper" / "Model.KERAS"
    check_output(target)
    assert _files(tmp_path) == []


def test_check_output_accepts_an_existing_model_without_touching_it(tmp_path):
    existing = tmp_path / "model.keras"
    existing.write_bytes(b"old")
    check_output(existing)
    assert existing.read_bytes() == b"old"
    assert _files(tmp_path) == ["model.keras"]


def test_fine_tune_at_beyond_the_last_layer_is_refused(color_dataset, tmp_path, monkeypatch):
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    options = TrainingOptions(
        data_dir=color_dataset, output=tmp_path / "m.keras", weights=None, image_size=32,
        fine_tune_at=154,
    )  # fmt: skip
    with pytest.raises(UsageError, match="has 154 layers"):
        train(options)
    # Random weights group by content alone: the signatures are cached before the network.
    assert _files(tmp_path) == ["cache"]
