"""Weights resolution: Keras' cache, downloads with byte progress, and the offline message."""

from __future__ import annotations

import dataclasses
import hashlib
import socket

import pytest

from app.core.errors import Cancelled, WeightsError
from app.core.progress import Progress, Stage, Token
from app.core.registry import Architecture, WeightsFile, get_architecture
from app.core.weights import MIRROR_ENV, imagenet_weights_path, load_weights


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cached_file_is_used_without_download(keras_home, monkeypatch):
    arch = get_architecture("mobilenet_v2")
    cached = keras_home / "models" / arch.imagenet_top.filename
    cached.parent.mkdir()
    cached.write_bytes(b"weights")
    monkeypatch.setenv(MIRROR_ENV, f"http://127.0.0.1:{_closed_port()}")  # would fail if used
    assert imagenet_weights_path(arch) == cached


def test_offline_message_names_file_address_and_folder(keras_home, monkeypatch):
    arch = get_architecture("inception_v3")
    mirror = f"http://127.0.0.1:{_closed_port()}/weights"
    monkeypatch.setenv(MIRROR_ENV, mirror)
    with pytest.raises(WeightsError) as caught:
        imagenet_weights_path(arch, include_top=False)
    message = str(caught.value)
    assert arch.imagenet_no_top.filename in message
    assert f"{mirror}/{arch.imagenet_no_top.filename}" in message
    assert str(keras_home / "models") in message
    assert "offline" in message and "--weights FILE" in message
    assert list((keras_home / "models").iterdir()) == []  # no partial file left behind


def test_default_address_is_keras_applications(keras_home, monkeypatch):
    monkeypatch.delenv(MIRROR_ENV, raising=False)
    arch = get_architecture("mobilenet_v2")
    assert arch.imagenet_top.url == (
        "https://storage.googleapis.com/tensorflow/keras-applications/mobilenet_v2/"
        "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224.h5"
    )


def _fake_arch(filename: str, md5: str | None) -> Architecture:
    base = get_architecture("mobilenet_v2")
    wanted = WeightsFile(filename, "fake", md5=md5)
    return dataclasses.replace(
        base,
        name="fake",
        display_name="Fake",
        default_size=32,
        min_size=32,
        imagenet_top=wanted,
        imagenet_no_top=wanted,
    )


def test_download_reports_byte_progress_and_lands_atomically(keras_home, tmp_path, monkeypatch):
    payload = bytes(range(256)) * 12_000  # ~3 MB: several chunks
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "w.h5").write_bytes(payload)
    monkeypatch.setenv(MIRROR_ENV, (tmp_path / "mirror").as_uri())
    calls: list[tuple[int, int]] = []
    arch = _fake_arch("w.h5", hashlib.md5(payload).hexdigest())
    path = imagenet_weights_path(arch, progress=lambda e: calls.append((e.done, e.total)))
    assert path == keras_home / "models" / "w.h5"
    assert path.read_bytes() == payload
    assert calls[0] == (0, len(payload)) and calls[-1] == (len(payload), len(payload))
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) > 2
    assert [p.name for p in path.parent.iterdir()] == ["w.h5"]


def test_corrupted_download_is_rejected_and_not_cached(keras_home, tmp_path, monkeypatch):
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "w.h5").write_bytes(b"not the real weights")
    monkeypatch.setenv(MIRROR_ENV, (tmp_path / "mirror").as_uri())
    with pytest.raises(WeightsError, match="checksum"):
        imagenet_weights_path(_fake_arch("w.h5", "0" * 32))
    assert list((keras_home / "models").iterdir()) == []


def test_cancel_during_download_leaves_nothing(keras_home, tmp_path, monkeypatch):
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "w.h5").write_bytes(b"x" * (5 << 20))
    monkeypatch.setenv(MIRROR_ENV, (tmp_path / "mirror").as_uri())
    token = Token()

    def progress(event: Progress) -> None:
        assert event.stage == Stage.DOWNLOAD and event.stage.unit == "bytes"
        if event.done >= 1 << 20:
            token.cancel()

    with pytest.raises(Cancelled):
        imagenet_weights_path(_fake_arch("w.h5", None), progress=progress, token=token)
    assert list((keras_home / "models").iterdir()) == []


@pytest.mark.parametrize("include_top", [True, False])
def test_damaged_cached_file_says_delete_it(keras_home, include_top):
    """Classification (with top) and training (without) give the same advice for the cache."""
    arch = get_architecture("mobilenet_v2")
    wanted = arch.imagenet_top if include_top else arch.imagenet_no_top
    cached = keras_home / "models" / wanted.filename
    cached.parent.mkdir()
    cached.write_bytes(b"not an HDF5 file")
    network = arch.build(size=32, include_top=include_top)
    with pytest.raises(WeightsError, match="is damaged .*Delete it"):
        load_weights(network, arch, cached, include_top=include_top)


def test_wrong_local_file_names_the_file_to_use(tmp_path):
    arch = get_architecture("mobilenet_v2")
    wrong = tmp_path / "mine.h5"
    wrong.write_bytes(b"not an HDF5 file")
    network = arch.build(size=32, include_top=False)
    with pytest.raises(WeightsError, match=arch.imagenet_no_top.filename):
        load_weights(network, arch, wrong, include_top=False)


def test_bundled_weights_are_used_when_the_cache_lacks_them(keras_home, tmp_path, monkeypatch):
    arch = get_architecture("mobilenet_v2")
    bundled = tmp_path / "bundle" / arch.imagenet_top.filename
    bundled.parent.mkdir()
    bundled.write_bytes(b"weights")
    monkeypatch.setattr("app.core.weights.bundled_weights_dir", lambda: bundled.parent)
    monkeypatch.setenv(MIRROR_ENV, f"http://127.0.0.1:{_closed_port()}")  # would fail if used
    assert imagenet_weights_path(arch) == bundled
    cached = keras_home / "models" / arch.imagenet_top.filename  # the user's own copy wins
    cached.parent.mkdir()
    cached.write_bytes(b"newer weights")
    assert imagenet_weights_path(arch) == cached
