"""The inference backend: LiteRT only after a parity check, TensorFlow otherwise, and the cache
of converted networks (hit, miss, refusal, pruning)."""

from __future__ import annotations

import logging
import os
import threading
import time

import numpy as np
import pytest

from app.core import forward as forward_module
from app.core import litert
from app.core.caches import least_recently_used
from app.core.converted_cache import ConvertedCache
from app.core.errors import UsageError
from app.core.forward import Forward
from app.core.model_loader import load_classifier
from app.core.tf_runtime import uint8_forward
from tests.export.helpers import SWAPPED, WEIGHTS
from tests.helpers import color_model, make_color_model_file

PHOTOS = np.random.default_rng(1).integers(0, 256, (10, 32, 32, 3), dtype=np.uint8)


@pytest.fixture
def model_file(tmp_path):
    return make_color_model_file(tmp_path / "colors.keras")


@pytest.fixture
def conversions(monkeypatch):
    """Counts the conversions really run."""
    calls: list[int] = []
    convert = litert.convert

    def counted(network, size):
        calls.append(size)
        return convert(network, size)

    monkeypatch.setattr(litert, "convert", counted)
    return calls


def tampering_converter(monkeypatch):
    """A converter whose output has the colour model's weight matrix permuted."""
    convert = litert.convert

    def tampered(network, size):
        content = convert(network, size)
        assert WEIGHTS in content, "the weights were not found in the converted file"
        return content.replace(WEIGHTS, SWAPPED)

    monkeypatch.setattr(litert, "convert", tampered)


def test_a_correct_conversion_is_used_and_answers_like_tensorflow(model_file, conversions):
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "litert"
        assert model.forward.describe().startswith("LiteRT (XNNPACK, ")
        assert "parity on 12 images" in model.forward.note
        got = model.predict(PHOTOS)
    expected = uint8_forward(model.keras_model, 32)(PHOTOS)
    assert got.dtype == np.float32 and got.shape == (10, 3)
    assert np.abs(got - expected).max() < 1e-5
    assert np.array_equal(got.argmax(1), expected.argmax(1))
    assert conversions == [32]


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 9])
def test_any_batch_length_comes_back_whole(model_file, n):
    with load_classifier(model_file, backend="litert") as model:
        assert model.predict(PHOTOS[:n]).shape == (n, 3)


def test_a_tampered_conversion_is_refused_said_why_and_tensorflow_answers(
    model_file, monkeypatch, caplog
):
    tampering_converter(monkeypatch)
    with caplog.at_level(logging.INFO), load_classifier(model_file, backend="litert") as model:
        assert model.backend == "tensorflow"
        note = model.forward.describe()
        expected = uint8_forward(model.keras_model, 32)(PHOTOS)
        assert np.array_equal(model.predict(PHOTOS), expected)
    assert note.startswith("TensorFlow (LiteRT not used: its outputs differ")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("stays on TensorFlow" in r.getMessage() for r in warnings)  # asked for LiteRT


def test_a_refusal_is_remembered_and_not_converted_again(model_file, monkeypatch, conversions):
    tampering_converter(monkeypatch)
    load_classifier(model_file, backend="litert").close()
    monkeypatch.setattr(litert, "convert", lambda *_: pytest.fail("converted again"))
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "tensorflow"
        assert "found at an earlier load" in model.forward.note
        assert "differ" in model.forward.note


def test_a_conversion_that_raises_leaves_tensorflow_running(model_file, monkeypatch, caplog):
    def broken(network, size):
        raise RuntimeError("converter exploded\nwith a long traceback")

    monkeypatch.setattr(litert, "convert", broken)
    with caplog.at_level(logging.INFO), load_classifier(model_file, backend="litert") as model:
        assert model.backend == "tensorflow"
        assert model.predict(PHOTOS).shape == (10, 3)
    assert "the conversion failed (converter exploded)" in model.forward.note
    assert "converter exploded" in caplog.text


def test_the_second_load_takes_the_converted_file_from_the_cache(model_file, conversions):
    load_classifier(model_file, backend="litert").close()
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "litert"
        assert model.forward.note.startswith("from the cache")
    assert conversions == [32]


def test_a_changed_model_file_is_converted_again(model_file, conversions):
    load_classifier(model_file, backend="litert").close()
    from app.core.model_file import ModelInfo, save_model_file

    sharper = color_model(32, sharpness=5.0)
    save_model_file(sharper, model_file, ModelInfo(("red", "green", "blue"), "mobilenet_v2", 32))
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "litert" and model.forward.note.startswith("converted")
        expected = uint8_forward(sharper, 32)(PHOTOS)
        assert np.abs(model.predict(PHOTOS) - expected).max() < 1e-5
    assert conversions == [32, 32]


def test_a_damaged_cached_file_is_dropped_and_tensorflow_answers(model_file, tmp_path):
    load_classifier(model_file, backend="litert").close()
    (stored,) = (ConvertedCache().folder).glob("*.tflite")
    content = stored.read_bytes()
    stored.write_bytes(content.replace(WEIGHTS, SWAPPED))
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "tensorflow" and "differ" in model.forward.note
    assert not stored.exists()  # converted afresh at the next load
    with load_classifier(model_file, backend="litert") as model:
        assert model.backend == "litert"


def test_auto_starts_on_tensorflow_and_switches_once_checked(model_file, monkeypatch):
    monkeypatch.setattr(forward_module, "MIN_WEIGHTS", 0)  # the colour model is tiny
    heard: list[str] = []
    with load_classifier(model_file) as model:
        model.forward.subscribe(lambda: heard.append(model.backend))
        assert model.predict(PHOTOS).shape == (10, 3)  # answered whatever runs meanwhile
        assert model.forward.wait(60)
        assert model.backend == "litert"
    assert heard == ["litert"]  # LiteRT is prepared after the first batch, so after subscribing


def test_auto_leaves_random_weights_and_tiny_networks_on_tensorflow(model_file):
    random = load_classifier("mobilenet_v2", weights=None, input_size=32)
    assert random.backend == "tensorflow" and "random weights" in random.forward.note
    with load_classifier(model_file) as tiny:
        assert tiny.backend == "tensorflow" and "too small" in tiny.forward.note
    chosen = load_classifier(model_file, backend="tensorflow")
    assert chosen.forward.describe() == "TensorFlow (chosen)"


def test_auto_prepares_litert_only_once_the_first_batch_is_answered(monkeypatch, conversions):
    monkeypatch.setattr(forward_module, "MIN_WEIGHTS", 0)
    forward = Forward(color_model(32), 32, identity=lambda: "colors", name="colors")
    try:
        assert not forward.wait(0.3) and conversions == []  # waiting for the first batch
        forward(PHOTOS[:1])
        assert forward.wait(60) and conversions == [32]
        assert forward.backend == "litert"
    finally:
        forward.close()


def test_closing_before_the_first_batch_converts_nothing(monkeypatch, conversions):
    monkeypatch.setattr(forward_module, "MIN_WEIGHTS", 0)
    forward = Forward(color_model(32), 32, identity=lambda: "colors", name="colors")
    forward.close()
    assert conversions == [] and forward.backend == "tensorflow"
    assert "closed before the first batch" in forward.note


def test_closing_while_the_identity_is_computed_stops_before_converting(monkeypatch, conversions):
    monkeypatch.setattr(forward_module, "MIN_WEIGHTS", 0)
    computing = threading.Event()

    def slow_identity() -> str:
        computing.set()
        time.sleep(0.5)
        return "slow"

    forward = Forward(color_model(32), 32, identity=slow_identity, name="colors")
    forward(PHOTOS[:1])
    assert computing.wait(10)
    forward.close()
    assert conversions == [] and forward.backend == "tensorflow"
    assert "closed before it was converted" in forward.note


def test_an_unknown_backend_is_a_usage_error(model_file):
    with pytest.raises(UsageError, match="unknown backend 'gpu'; choose auto, litert, tensorflow"):
        load_classifier(model_file, backend="gpu")


def test_features_from_both_backends_agree():
    """The pooled features of a frozen MobileNetV2 base (phase 1's), through each backend."""
    from app.core.registry import get_architecture
    from training.transfer import build_networks

    net = build_networks(get_architecture("mobilenet_v2"), 64, 2, None, 0.2, backend="litert")
    try:
        assert net.features_of.backend == "litert"
        images = np.random.default_rng(2).integers(0, 256, (6, 64, 64, 3), dtype=np.uint8)
        got = net.features_of(images)
        expected = net.features_of._tensorflow(images)
        assert got.shape == expected.shape == (6, 1280)
        assert np.abs(got - expected).max() <= 1e-4 * max(1.0, np.abs(expected).max())
    finally:
        net.features_of.close()


def test_the_cache_keeps_the_most_recently_used_files(tmp_path):
    cache = ConvertedCache(tmp_path, max_bytes=2500)
    for i, key in enumerate(["old", "middle", "new"]):
        cache.store(key, bytes(1000))
        os.utime(tmp_path / f"{key}.tflite", (1000 + i, 1000 + i))
    cache.prune()
    assert sorted(p.stem for p in tmp_path.glob("*.tflite")) == ["middle", "new"]
    assert cache.load("middle") == bytes(1000) and cache.load("old") is None


def test_least_recently_used_drops_oldest_first_until_the_rest_fit():
    entries = [("a", 10, 3.0), ("b", 10, 1.0), ("c", 10, 2.0)]
    assert least_recently_used(entries, 30) == []
    assert least_recently_used(entries, 15) == ["b", "c"]
    assert least_recently_used(entries, 0) == ["b", "c", "a"]
