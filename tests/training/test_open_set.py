"""The unknown-photo detector: its distance, built from Keras layers, sets aside features unlike
the training ones and keeps the chosen share of the validation photos; multi-hot targets; a model
file with it loads in safe mode and in plain Keras with the novelty as its last column; and a
real (small) training run and update fit it, save it and honour --keep-known.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.core.decision import Decision, OpenSet
from app.core.model_file import ModelInfo, load_model_file, save_model_file
from app.core.model_loader import load_classifier
from app.core.tf_runtime import import_keras
from tests.cli.helpers import run_pictag
from tests.helpers import as_version_one, make_color_base
from tests.training.helpers import make_color_dataset, make_flat_image
from training.augmentation import NO_AUGMENTATION
from training.open_set import attach_open_set, describe_open_set, detector_network, fit_detector
from training.options import TrainingOptions
from training.trainer import train
from training.update import update_model

DIM = 24


def _clusters(
    rng, n: int, centres: np.ndarray, spread: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Features around `centres` (positive, as pooled ReLU features are), noise `spread`
    per dimension, and their class indices."""
    labels = rng.integers(0, len(centres), n)
    return centres[labels] + rng.normal(0, 1, (n, DIM)) * spread, labels


@pytest.fixture(scope="module")
def known_world():
    """Training, validation and unknown features: the unknown ones lie around other centres."""
    rng = np.random.default_rng(0)
    centres, others = rng.uniform(2, 4, (3, DIM)), rng.uniform(2, 4, (2, DIM))
    spread = rng.uniform(0.1, 0.4, DIM)  # the classes vary more along some directions
    train_x, train_y = _clusters(rng, 600, centres, spread)
    val_x, _ = _clusters(rng, 200, centres, spread)
    unknown, _ = _clusters(rng, 200, others, spread)
    return train_x, train_y, val_x, unknown


def _novelty(network, x: np.ndarray) -> np.ndarray:
    return network.predict(x.astype(np.float32), verbose=0)[:, 0]


def test_the_network_computes_the_distance_to_the_nearest_centre(known_world):
    train_x, train_y, val_x, unknown = known_world
    detector = fit_detector(train_x, train_y)
    unit = val_x / np.linalg.norm(val_x, axis=1, keepdims=True)
    whitened = (unit - detector.centre) @ detector.whiten
    squared = ((whitened[:, None] - detector.means[None]) ** 2).sum(axis=-1)
    expected = squared.min(axis=1) / DIM
    np.testing.assert_allclose(_novelty(detector_network(detector), val_x), expected, rtol=1e-4)
    assert 0.3 < np.median(expected) < 3  # about 1 for known photos: LiteRT's tolerance holds


def test_unlike_features_are_set_aside_and_the_chosen_share_kept(known_world):
    train_x, train_y, val_x, unknown = known_world
    network = detector_network(fit_detector(train_x, train_y))
    known = np.sort(_novelty(network, val_x))
    threshold = np.quantile(known, 0.95, method="higher")
    assert np.mean(known <= threshold) == pytest.approx(0.95, abs=0.01)
    assert np.mean(_novelty(network, unknown) > threshold) > 0.95


def test_multi_hot_targets_count_a_photo_for_each_label_and_none_is_a_centre(known_world):
    train_x, train_y, _, unknown = known_world
    hot = np.eye(3, dtype=bool)[train_y]
    hot[:50, 1] = True  # 50 photos carry two labels
    hot = np.c_[hot, np.zeros(len(hot), bool)]  # a fourth label no photo carries
    none = unknown[:100]  # photos that carry none of the labels
    features = np.r_[train_x, none]
    targets = np.r_[hot, np.zeros((len(none), 4), bool)]
    detector = fit_detector(features, targets)
    assert detector.details["centres"] == 4  # 3 labels with photos, and "none"
    network = detector_network(detector)
    # Photos like the "none" examples are near their own centre: not novel.
    near_none = _novelty(network, unknown[100:])
    without_none = _novelty(detector_network(fit_detector(train_x, hot)), unknown[100:])
    assert np.median(near_none) < np.median(without_none) / 3


def _tiny_classifier(classes: int = 3):
    keras = import_keras()
    pixels = keras.Input((8, 8, 3), name="rgb_0_255")
    x = keras.layers.Rescaling(1 / 255)(pixels)
    x = keras.layers.Conv2D(DIM, 3, activation="relu")(x)
    pooled = keras.layers.GlobalAveragePooling2D(name="pool")(x)
    probabilities = keras.layers.Dense(classes, activation="softmax", name="predictions")(pooled)
    return keras.Model(pixels, probabilities), keras.Model(pixels, pooled)


@pytest.fixture
def detector_file(tmp_path) -> tuple[Path, np.ndarray, np.ndarray, object]:
    """A tiny model file with a detector: (path, photos, their pooled features, classifier)."""
    keras = import_keras()
    keras.utils.set_random_seed(0)
    classifier, pooled = _tiny_classifier()
    rng = np.random.default_rng(1)
    images = rng.integers(0, 256, (40, 8, 8, 3)).astype(np.uint8)
    features = pooled.predict(images.astype(np.float32), verbose=0)
    model, open_set = attach_open_set(
        classifier, features[:30], rng.integers(0, 3, 30), features[30:], keep=0.9
    )
    path = tmp_path / "tiny.keras"
    info = ModelInfo(("a", "b", "c"), "mobilenet_v2", 8, decision=Decision(open_set=open_set))
    save_model_file(model, path, info)
    return path, images, features, classifier


def test_a_model_file_with_a_detector_loads_in_safe_mode_and_plain_keras(detector_file):
    keras = import_keras()
    path, images, features, classifier = detector_file
    safe, read = load_model_file(path)  # Keras' safe mode
    plain = keras.saving.load_model(path)
    outputs = safe.predict(images.astype(np.float32), verbose=0)
    assert outputs.shape == (40, 4)
    np.testing.assert_allclose(plain.predict(images.astype(np.float32), verbose=0), outputs)
    np.testing.assert_allclose(outputs[:, :3], classifier.predict(images, verbose=0), rtol=1e-5)
    # The threshold's known novelties are the validation rows' own, as the network gives them.
    assert sorted(outputs[30:, 3]) == pytest.approx(list(read.decision.open_set.known), rel=1e-5)
    assert read.decision.open_set.keep == 0.9
    with load_classifier(path, backend="tensorflow") as loaded:
        probabilities, novelty = loaded.run(images)
    np.testing.assert_allclose(novelty, outputs[:, 3], rtol=1e-5)


YELLOW, MAGENTA = (220, 210, 30), (200, 40, 200)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A head-only run on a calibrated random base (a weights file, so features are cached)
    keeping 90% of known photos; its model made "before none of these"; then updated."""
    tmp = tmp_path_factory.mktemp("open_set")
    weights = make_color_base(tmp / "colors.weights.h5")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PICTAG_CACHE_DIR", str(tmp / "cache"))
        mp.setenv("KERAS_HOME", str(tmp / "keras_home"))
        data = make_color_dataset(tmp / "data", per_class=20, seed=3, pattern=True)
        model = tmp / "colors.keras"
        options = TrainingOptions(
            data_dir=data, output=model, weights=weights, image_size=32, epochs=8,
            fine_tune_epochs=0, batch_size=16, augmentation=NO_AUGMENTATION, augment_views=0,
            keep_known=0.9,
        )  # fmt: skip
        result = train(options)
        report = json.loads(result.report_path.read_text("utf-8"))
        unknown = [
            make_flat_image(tmp / "unknown" / f"u{i}.png", color, (40 + i, 50), pattern=True)
            for i, color in enumerate([YELLOW, MAGENTA] * 6)
        ]
        with load_classifier(model) as loaded:
            images = np.stack([_load(p) for p in unknown])
            _, novelty = loaded.run(images)
            decision = loaded.decision
        old = tmp / "old.keras"
        as_version_one(model, old)
        (tmp / "old.report.json").write_text(result.report_path.read_text("utf-8"), "utf-8")
        updated = update_model(old)
    return result, report, decision, novelty, updated


def _load(path: Path) -> np.ndarray:
    from app.core.image_io import load_image

    return load_image(path, (32, 32))


def test_training_fits_a_detector_that_keeps_the_chosen_share(trained):
    result, report, decision, _, _ = trained
    assert decision.open_set is not None and decision.open_set.keep == 0.9
    assert result.open_set is not None and result.open_set.keep == 0.9
    assert result.open_set.known == pytest.approx(decision.open_set.known, rel=1e-6)  # as saved
    kept = decision.open_set.kept_share()
    assert 0.9 <= kept < 1.0
    assert report["open_set"]["keep_known"] == 0.9
    assert report["open_set"]["validation_kept"] == pytest.approx(kept)
    assert report["open_set"]["method"] == "mahalanobis"
    assert report["parameters"]["keep_known"] == 0.9


def test_photos_of_colours_no_class_has_are_set_aside(trained):
    _, _, decision, novelty, _ = trained
    assert np.mean([decision.is_novel(n) for n in novelty]) >= 0.8


def test_an_update_of_a_model_from_before_gives_it_a_detector(trained):
    *_, updated = trained
    assert updated.training.open_set is not None
    _, info = load_model_file(updated.model)
    assert info.decision.open_set is not None and not info.before_open_set
    assert info.decision.open_set.keep == 0.9  # the run's setting, from the report
    lines = updated.describe()
    assert any('"None of these"' in line for line in lines)
    assert any("can say" in line and "none of these" in line for line in lines)


def test_keep_known_out_of_range_is_refused_before_any_work(tmp_path):
    data = make_color_dataset(tmp_path / "data", per_class=3)
    model = tmp_path / "m.keras"
    result = run_pictag(
        "train", data, "--output", model, "--weights", "none", "--keep-known", "0.3",
        tmp=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "keep-known" in result.stderr and "0.3 is out of range" in result.stderr
    assert "Traceback" not in result.stderr
    assert not model.exists()


def test_litert_gives_the_novelty_as_tensorflow_does(detector_file, tmp_path, monkeypatch):
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    path, images, _, _ = detector_file
    with load_classifier(path, backend="tensorflow") as tf_model:
        expected = tf_model.run(images)
    with load_classifier(path, backend="litert") as model:
        assert model.backend == "litert", model.forward.note  # its parity check passed
        probabilities, novelty = model.run(images)
    np.testing.assert_allclose(probabilities, expected[0], atol=1e-5)
    np.testing.assert_allclose(novelty, expected[1], rtol=1e-4)


def test_the_description_says_the_share_kept_and_when_the_detector_is_off():
    open_set = OpenSet("mahalanobis", tuple(float(v) for v in range(1, 21)), keep=0.9)
    line = describe_open_set(open_set)
    assert "threshold 19 keeps 95.0% of the 20 validation photos (1 set aside)" in line
    assert "is off" in describe_open_set(OpenSet("mahalanobis", open_set.known, keep=1.0))
