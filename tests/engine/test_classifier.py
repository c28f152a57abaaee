"""The batched, streaming classifier, on a model whose outputs the tests control."""

from __future__ import annotations

import threading

import numpy as np
import pytest

import app.core.decode_ahead as decode_module
from app.core.classifier import classify, classify_files, top_k
from app.core.errors import Cancelled, UsageError, WeightsError
from app.core.model_loader import load_classifier
from app.core.progress import Token
from app.core.registry import get_architecture
from tests.helpers import COLORS, color_model, make_color_model_file, make_photo
from tests.shared_data import SHARED_SAMPLES


@pytest.fixture(scope="module")
def color_classifier(tmp_path_factory):
    path = make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")
    return load_classifier(path)


@pytest.fixture
def mixed_files(tmp_path):
    """Seven files in a known order: colours, with two bad files in between."""
    names = ["red", "green", "bad", "blue", "blue", "empty", "red"]
    files = []
    for i, name in enumerate(names):
        path = tmp_path / f"{i:02d}_{name}.png"
        if name == "bad":
            path.write_text("not an image")
        elif name == "empty":
            path.touch()
        else:
            make_photo(path, color=COLORS[name])
        files.append(path)
    return names, files


def test_results_in_input_order_with_errors_in_place(color_classifier, mixed_files):
    names, files = mixed_files
    results = list(classify_files(color_classifier, files, batch_size=2))
    assert [r.path for r in results] == files
    for name, result in zip(names, results, strict=True):
        if name in ("bad", "empty"):
            assert not result.ok and result.predictions == ()
            assert "\n" not in result.error
        else:
            assert result.ok and result.predictions[0].label == name
    assert "empty file" in results[5].error and "not an image" in results[2].error


def test_top_k_sorted_probabilities(color_classifier, mixed_files):
    _, files = mixed_files
    result = next(classify_files(color_classifier, files[:1], top=2))
    assert [p.label for p in result.predictions][0] == "red" and len(result.predictions) == 2
    probs = [p.probability for p in result.predictions]
    assert probs == sorted(probs, reverse=True) and 0.9 < probs[0] <= 1.0
    # more than there are classes: all of them, summing to one
    everything = next(classify_files(color_classifier, files[:1], top=10)).predictions
    assert len(everything) == 3 and sum(p.probability for p in everything) == pytest.approx(
        1, abs=1e-5
    )


def test_top_k_ties_keep_class_order():
    labels = ("a", "b", "c", "d")
    best = top_k(np.array([0.1, 0.4, 0.1, 0.4], np.float32), labels, 3)
    assert [p.label for p in best] == ["b", "d", "a"]


def test_progress_reaches_total(color_classifier, mixed_files):
    _, files = mixed_files
    calls = []
    list(
        classify_files(
            color_classifier,
            files,
            batch_size=2,
            progress=lambda e: calls.append((e.done, e.total)),
        )
    )
    assert calls[0] == (0, 7) and calls[-1] == (7, 7)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_stops_within_a_batch(color_classifier, tmp_path):
    files = [make_photo(tmp_path / f"{i:03d}.png", color=COLORS["blue"]) for i in range(60)]
    token = Token()
    seen = []
    with pytest.raises(Cancelled):
        for result in classify_files(color_classifier, files, batch_size=4, token=token):
            seen.append(result)
            if len(seen) == 5:
                threading.Thread(target=token.cancel).start()  # as a GUI thread would
    assert 5 <= len(seen) <= 12


def test_decoding_runs_a_bounded_window_ahead(color_classifier, tmp_path, monkeypatch):
    """Streaming: taking the first result must not decode the whole folder."""
    files = [make_photo(tmp_path / f"{i:03d}.png") for i in range(200)]
    decoded = []
    real_load = decode_module.load_image
    monkeypatch.setattr(
        decode_module, "load_image", lambda p, s: decoded.append(p) or real_load(p, s)
    )
    stream = classify_files(color_classifier, files, batch_size=8, decode_workers=2)
    next(stream)
    stream.close()
    assert len(decoded) <= 2 * 8 + 2 + 8


def test_classify_discovers_folders_and_reports_unreadable_ones(
    color_classifier, tmp_path, monkeypatch
):
    make_photo(tmp_path / "photos" / "b" / "IMG_10.jpg", color=COLORS["green"])
    make_photo(tmp_path / "photos" / "a.png", color=COLORS["red"])
    make_photo(tmp_path / "photos" / "b" / "IMG_2.jpg", color=COLORS["blue"])
    results = list(classify(color_classifier, [tmp_path / "photos"]))
    assert [(r.path.name, r.predictions[0].label) for r in results] == [
        ("a.png", "red"),
        ("IMG_2.jpg", "blue"),
        ("IMG_10.jpg", "green"),
    ]


def test_inception_v3_builds_small_without_weights():
    model = load_classifier("inception_v3", weights=None, input_size=75)
    probs = model.predict(np.zeros((2, 75, 75, 3), np.uint8))
    assert probs.shape == (2, 1000) and len(model.labels) == 1000


@pytest.mark.real_weights
@pytest.mark.parametrize("backend", ["tensorflow", "litert"])
def test_real_mobilenet_v2_on_sample_photos(shared_keras_home, backend):
    if not SHARED_SAMPLES.is_dir():
        pytest.skip("sample photos in ../shared are not available")
    model = load_classifier("mobilenet_v2", backend=backend)
    assert model.backend == backend
    results = {r.path.name: r for r in classify(model, [SHARED_SAMPLES])}
    cat = [p.label for p in results["cat.bmp"].predictions]
    assert cat[0] == "Egyptian cat" and "tabby" in cat
    assert results["grace_hopper.bmp"].predictions[0].label == "military uniform"


@pytest.mark.filterwarnings("ignore:Skipping nested container:UserWarning")
def test_local_weights_file_that_does_not_fit(tmp_path):
    wrong = tmp_path / "colors.weights.h5"
    color_model().save_weights(wrong)
    with pytest.raises(WeightsError, match="not usable as MobileNetV2 weights"):
        load_classifier("mobilenet_v2", weights=wrong, input_size=32)
    with pytest.raises(UsageError, match="weights file not found"):
        load_classifier("mobilenet_v2", weights=tmp_path / "missing.h5", input_size=32)


def test_damaged_cached_imagenet_file_says_to_delete_it(keras_home):
    arch = get_architecture("mobilenet_v2")
    cached = keras_home / "models" / arch.imagenet_top.filename
    cached.parent.mkdir()
    cached.write_bytes(b"half a download")
    with pytest.raises(WeightsError, match="damaged.*Delete it"):
        load_classifier("mobilenet_v2", input_size=32)


def test_real_weights_as_a_local_file(shared_keras_home, tmp_path, monkeypatch):
    arch = get_architecture("mobilenet_v2")
    local = shared_keras_home / "models" / arch.imagenet_top.filename
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))  # an empty cache: only the file given counts
    with load_classifier("mobilenet_v2", weights=local) as model:
        assert model.name == f"MobileNetV2 ({local.name})"
        cat = make_photo(tmp_path / "x.png", size=(224, 224))
        assert len(next(classify_files(model, [cat])).predictions) == 3
