"""Pictag model files: round trip, plain-Keras compatibility, and every kind of bad file."""

from __future__ import annotations

import json
import time
import tracemalloc
import zipfile

import numpy as np
import pytest

from app.core import model_file
from app.core.errors import ModelFileError, UsageError
from app.core.model_file import (
    METADATA_MEMBER,
    ModelInfo,
    load_model_file,
    read_model_info,
    save_model_file,
)
from app.core.model_loader import load_classifier
from app.core.registry import get_architecture
from app.core.tf_runtime import import_keras
from tests.helpers import COLORS, color_model, make_color_model_file, make_zip_bomb


def test_round_trip_keeps_labels_base_size_and_outputs(tmp_path):
    path = make_color_model_file(tmp_path / "colors.keras")
    model, info = load_model_file(path)
    assert info.labels == ("red", "green", "blue")
    assert (info.base, info.input_size) == ("mobilenet_v2", 32)
    batch = np.stack([np.full((32, 32, 3), c, np.float32) for c in COLORS.values()])
    np.testing.assert_allclose(
        model.predict(batch, verbose=0), color_model().predict(batch, verbose=0), atol=1e-6
    )


def test_plain_keras_loads_it_without_pictag_code(tmp_path):
    path = make_color_model_file(tmp_path / "colors.keras")
    keras = import_keras()
    model = keras.saving.load_model(path, compile=False, safe_mode=True)
    probs = model.predict(np.full((1, 32, 32, 3), COLORS["green"], np.float32), verbose=0)
    assert int(probs.argmax()) == 1  # raw pixels in: preprocessing lives inside the model


def test_real_architecture_round_trip_classifies(tmp_path):
    keras = import_keras()
    arch = get_architecture("mobilenet_v2")
    base = arch.build(size=32, include_top=False)
    head = keras.Sequential(
        [base, keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(2, activation="softmax")]
    )
    model = arch.with_raw_input(head, size=32, name="tiny")
    path = tmp_path / "tiny.keras"
    save_model_file(
        model, path, ModelInfo(("cat", "dog"), "mobilenet_v2", 32, details={"accuracy": 0.5})
    )
    loaded = load_classifier(path, backend="tensorflow")  # the backends: test_backend.py
    assert loaded.labels == ("cat", "dog") and loaded.input_size == 32
    probs = loaded.predict(np.zeros((3, 32, 32, 3), np.uint8))
    assert probs.shape == (3, 2)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert read_model_info(path).details == {"accuracy": 0.5}


def test_metadata_read_without_loading_the_model(tmp_path):
    info = read_model_info(make_color_model_file(tmp_path / "m.keras"))
    assert info.labels == tuple(COLORS)


def test_save_is_atomic_existing_file_survives_a_failed_save(tmp_path):
    path = make_color_model_file(tmp_path / "m.keras")
    before = path.read_bytes()
    bad = ModelInfo(("a", "b"), "mobilenet_v2", 32)  # 3 outputs, 2 labels
    with pytest.raises(ModelFileError, match="3 outputs but 2 class names"):
        save_model_file(color_model(), path, bad)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.keras"]


def test_missing_file(tmp_path):
    with pytest.raises(UsageError, match="model file not found"):
        load_model_file(tmp_path / "nope.keras")


@pytest.mark.parametrize("content", [b"", b"hello, not a model", b"\x89PNG\r\n\x1a\n" + b"0" * 100])
def test_not_a_model_file(tmp_path, content):
    path = tmp_path / "x.keras"
    path.write_bytes(content)
    with pytest.raises(ModelFileError, match="not a Keras model file"):
        load_model_file(path)


def test_truncated_file(tmp_path):
    path = make_color_model_file(tmp_path / "m.keras")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="truncated or damaged"):
        load_model_file(path)


def test_plain_keras_model_is_not_a_pictag_model(tmp_path):
    path = tmp_path / "plain.keras"
    color_model().save(path)
    with pytest.raises(ModelFileError, match="not a Pictag model"):
        load_model_file(path)


def _rewrite_metadata(path, change) -> None:
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    metadata = json.loads(members[METADATA_MEMBER])
    change(metadata)
    members[METADATA_MEMBER] = json.dumps(metadata).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in members.items():
            dst.writestr(name, data)


def test_class_count_disagreeing_with_labels(tmp_path):
    path = make_color_model_file(tmp_path / "m.keras")
    _rewrite_metadata(path, lambda m: m.update(labels=["a", "b", "c", "d"]))
    with pytest.raises(ModelFileError, match="3 outputs but 4 class names"):
        load_model_file(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(format="other"), "damaged"),
        (lambda m: m.pop("labels"), "incomplete"),
        (lambda m: m.update(labels=["a", "a", "b"]), "repeated"),
        (lambda m: m.update(version=99), "newer Pictag"),
        (lambda m: m.update(input_size=64), "metadata says"),
    ],
)
def test_bad_metadata(tmp_path, change, message):
    path = make_color_model_file(tmp_path / "m.keras")
    _rewrite_metadata(path, change)
    with pytest.raises(ModelFileError, match=message):
        load_model_file(path)


def test_unsafe_model_is_refused_in_safe_mode(tmp_path):
    keras = import_keras()
    inputs = keras.Input((32, 32, 3))
    x = keras.layers.Lambda(lambda t: t / 255.0)(inputs)
    x = keras.layers.GlobalAveragePooling2D()(x)
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax")(x))
    path = tmp_path / "lambda.keras"
    save_model_file(model, path, ModelInfo(tuple(COLORS), "mobilenet_v2", 32))
    with pytest.raises(ModelFileError, match="refused: the model holds Python code") as error:
        load_model_file(path)
    assert "safe_mode=False" not in str(error.value)  # Keras' advice: no Pictag option
    assert "pictag train" in str(error.value)


# -- hostile files: refused from the zip's directory, before anything is inflated ---------------


@pytest.fixture(scope="module")
def metadata_bomb(tmp_path_factory):
    return make_zip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.keras")


def _refused_quickly_and_small(call, match):
    """`call()` raises ModelFileError matching `match` within a second, allocating < 16 MB."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(ModelFileError, match=match) as error:
            call()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.monotonic() - started < 1.0
    assert peak < 16 * 2**20
    assert "\n" not in str(error.value)


def test_a_metadata_bomb_is_refused_before_keras_sees_it(metadata_bomb, monkeypatch):
    assert metadata_bomb.stat().st_size < 2**20  # 256 MB inflated
    keras = import_keras()

    def keras_load(*args, **kwargs):
        raise AssertionError("Keras opened a hostile file")

    monkeypatch.setattr(keras.saving, "load_model", keras_load)
    for read in (read_model_info, load_model_file, load_classifier):
        _refused_quickly_and_small(
            lambda read=read: read(metadata_bomb), r"pictag\.json inside would take over 4 MB"
        )


def test_the_read_itself_is_bounded_when_the_directory_understates(metadata_bomb, monkeypatch):
    monkeypatch.setattr(model_file, "_check_sizes", lambda archive, path: None)
    _refused_quickly_and_small(
        lambda: read_model_info(metadata_bomb), r"pictag\.json inside would take over 4 MB"
    )


def test_a_weights_bomb_is_refused_by_its_ratio(tmp_path):
    bomb = make_zip_bomb(tmp_path / "bomb.keras", "model.weights.h5", megabytes=64)
    _refused_quickly_and_small(
        lambda: load_model_file(bomb), r"model\.weights\.h5 inside inflates 1,0\d\d times"
    )


def test_a_file_too_large_in_all_is_refused(tmp_path, monkeypatch):
    path = make_color_model_file(tmp_path / "m.keras")
    monkeypatch.setattr(model_file, "MAX_TOTAL_SIZE", 1000)
    with pytest.raises(ModelFileError, match="its content inside would take over"):
        read_model_info(path)


def test_many_long_class_names_are_within_the_bounds(tmp_path):
    """The bounds leave room: 10,000 long class names make a 1.2 MB pictag.json."""
    path = make_color_model_file(tmp_path / "m.keras")
    labels = [f"class {i} " + "x" * 100 for i in range(10_000)]  # pictag.json about 1.2 MB
    _rewrite_metadata(path, lambda m: m.update(labels=labels))
    assert len(read_model_info(path).labels) == 10_000
