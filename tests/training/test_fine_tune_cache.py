"""Phase 2 on activations cached at the fine-tuning boundary: where the base is cut, that the
top trained on them gives the network fine-tuning on the photos gives, the budget's fallback,
and a second run that computes nothing again.

Small MobileNetV2s at 32 px (random weights, or a file of them), so nothing is downloaded."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app.core.boundary import fine_tuning_boundary
from app.core.image_io import load_image
from app.core.progress import Stage, Stages, Token
from app.core.registry import get_architecture
from app.core.tf_runtime import import_keras, uint8_forward
from tests.helpers import make_color_base
from tests.training.helpers import make_color_dataset
from training import activations, transfer
from training.activations import ActivationStore, plan_boundary
from training.augmentation import NO_AUGMENTATION, Augmentation
from training.dataset import scan_dataset
from training.features import ImageStore, extract_features
from training.options import TrainingOptions
from training.phase_state import Best
from training.trainer import train

SIZE = 32
MOBILENET = get_architecture("mobilenet_v2")
MIRROR = Augmentation(flip=True, rotation=0.0, zoom=0.0)  # views 0 and 1: the photo, its mirror


def test_the_boundary_is_read_from_each_architecture():
    """MobileNetV2's block 11 adds block 10's output to its own, so its cut is below that
    residual; InceptionV3's top two blocks read only mixed8."""
    assert fine_tuning_boundary(MOBILENET.build(size=SIZE, include_top=False), 100) == (
        "block_10_project_BN"
    )
    inception = get_architecture("inception_v3")
    assert fine_tuning_boundary(inception.build(size=75, include_top=False), 249) == "mixed8"


def test_no_boundary_above_the_input_means_the_photos():
    base = MOBILENET.build(size=SIZE, include_top=False)
    assert fine_tuning_boundary(base, 1) is None
    boundary, why = plan_boundary(base, 1, views=10)
    assert boundary is None and "decoded photos" in why


def test_a_set_over_the_budget_is_fine_tuned_on_its_photos(monkeypatch):
    base = MOBILENET.build(size=SIZE, include_top=False)
    boundary, why = plan_boundary(base, 100, views=10)
    assert boundary is not None and boundary.shape == (2, 2, 96) and why == ""
    monkeypatch.setattr(activations, "ACTIVATION_BUDGET", 10 * boundary.bytes - 1)
    boundary, why = plan_boundary(base, 100, views=10)
    assert boundary is None
    assert "over the" in why and "block_10_project_BN" in why


# -- the key one: the same network either way --------------------------------------------------


@pytest.fixture(scope="module")
def colors(tmp_path_factory) -> tuple[list[Path], np.ndarray, Path]:
    tmp = tmp_path_factory.mktemp("equivalence")
    data = make_color_dataset(tmp / "data", per_class=8, seed=3, pattern=True)
    scan = scan_dataset(data)
    paths = [s.path for s in scan.samples]
    labels = np.array([s.label for s in scan.samples])
    return paths, labels, make_color_base(tmp / "base.weights.h5", SIZE)


def _fine_tuned_once(colors, scratch: Path, on_activations: bool) -> tuple[np.ndarray, np.ndarray]:
    """(predictions before, after) one phase-2 step on 20 photos, fine-tuned on their stored
    activations or on the decoded photos, from the same weights and seed."""
    paths, labels, weights = colors
    keras = import_keras()
    keras.utils.set_random_seed(0)
    net = transfer.build_networks(
        MOBILENET, SIZE, 3, weights, 0.2, backend="tensorflow",
        fine_tune_at=100 if on_activations else None, views=len(paths),
    )  # fmt: skip
    assert (net.boundary is not None) == on_activations
    if on_activations:
        store: ImageStore | ActivationStore = ActivationStore(len(paths), 1, net.boundary, scratch)
        kept = {"boundary": net.boundary, "activations": store}
    else:
        store = ImageStore(len(paths), SIZE, scratch)
        kept = {"store": store}
    extract_features(
        net.features_of, paths, [1] * len(paths), size=SIZE, cache=None, model_key="",
        augmentation=NO_AUGMENTATION, **kept,
    )  # fmt: skip
    images = np.stack([load_image(p, (SIZE, SIZE)) for p in paths])
    before = uint8_forward(net.classifier, SIZE)(images)
    token = Token()
    stages = Stages(None, token)
    stages.begin(Stage.FINE_TUNE, total=1, epochs=1)
    train_index, val_index = np.arange(20), np.arange(20, len(paths))
    start = Best(math.inf, [], before[val_index], Stage.HEAD, 0)  # any epoch of phase 2 is kept
    try:
        transfer.fine_tune(
            net, transfer.Events(token, stages), store, train_index, labels, val_index,
            best=start, epochs=1, fine_tune_at=100, batch_size=32, learning_rate=1e-3,
            augmentation=NO_AUGMENTATION, patience=3, seed=0,
        )  # fmt: skip
        after = uint8_forward(net.classifier, SIZE)(images)
    finally:
        store.close()
        net.features_of.close()
    return before, after


def test_the_top_on_activations_trains_the_network_fine_tuning_on_photos_does(colors, tmp_path):
    """After one step from the same weights and seed, the whole network fine-tuned on the
    stored activations predicts what the one fine-tuned on the photos does (the activations
    are stored as float16: within its precision)."""
    old_before, old_after = _fine_tuned_once(colors, tmp_path / "a", on_activations=False)
    new_before, new_after = _fine_tuned_once(colors, tmp_path / "b", on_activations=True)
    np.testing.assert_allclose(new_before, old_before, atol=1e-6)
    step = np.abs(old_after - old_before).max()
    assert step > 1e-2  # the step moved the predictions...
    np.testing.assert_allclose(new_after, old_after, atol=step / 50)  # ...the same way


# -- whole runs ------------------------------------------------------------------------------------


def _options(data: Path, output: Path, **overrides) -> TrainingOptions:
    settings = dict(
        weights=None, image_size=SIZE, epochs=1, fine_tune_epochs=1, batch_size=16,
        augmentation=NO_AUGMENTATION, augment_views=0,
    )  # fmt: skip
    settings.update(overrides)
    return TrainingOptions(data_dir=data, output=output, **settings)


def test_over_the_budget_a_run_fine_tunes_on_its_photos_and_says_so(
    tmp_path, monkeypatch, keras_home
):
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(activations, "ACTIVATION_BUDGET", 1000)
    data = make_color_dataset(tmp_path / "data", per_class=6, seed=1, pattern=True)
    notes: list[str] = []
    result = train(_options(data, tmp_path / "m.keras"), lambda e: notes.append(str(e)))
    said = [n for n in notes if "fine-tunes on the decoded photos" in n]
    assert said and "GB, over the" in said[0]
    assert len(result.history["fine_tune"]) == 1


def test_a_second_run_takes_features_and_activations_from_the_cache(
    tmp_path, monkeypatch, keras_home
):
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    data = make_color_dataset(tmp_path / "data", per_class=6, seed=1, pattern=True)
    weights = make_color_base(tmp_path / "base.weights.h5", SIZE)
    options = _options(
        data, tmp_path / "first.keras", weights=weights, augment_views=1, augmentation=MIRROR
    )
    first = train(options)
    report = json.loads(first.report_path.read_text(encoding="utf-8"))["dataset"]
    views = 2 * report["train_images"] + report["validation_images"]
    assert (first.features_computed, first.features_cached) == (views, 0)  # one pass each
    with sqlite3.connect(tmp_path / "cache" / "features.sqlite") as db:
        (stored,) = db.execute(
            "SELECT COUNT(*) FROM features WHERE model LIKE '%activations at block_10%'"
        ).fetchone()
    assert stored == views
    options.output = tmp_path / "second.keras"
    second = train(options)
    assert (second.features_computed, second.features_cached) == (0, views)
    assert len(second.history["fine_tune"]) == 1
