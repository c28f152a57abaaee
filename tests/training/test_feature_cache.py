"""The on-disk feature cache: round trips, keys that must not collide, failures that must not
raise, and least-recently-used pruning."""

from __future__ import annotations

import logging
import os
import sqlite3
from types import SimpleNamespace

import numpy as np
import pytest

from app.core.caches import digest_file
from training import feature_cache
from training.feature_cache import FeatureCache, file_key

DIM = 64


def _vector(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, 2, DIM).astype(np.float32)


@pytest.fixture
def cache(tmp_path):
    cache = FeatureCache(tmp_path / "cache" / "features.sqlite")
    yield cache
    cache.close()


@pytest.fixture
def clock(monkeypatch):
    """The cache's notion of "now", moved by hand: LRU order without sleeping."""
    now = SimpleNamespace(value=1000.0)
    monkeypatch.setattr(feature_cache, "time", SimpleNamespace(time=lambda: now.value))
    return now


def test_put_then_get_round_trips_within_float16_precision(cache):
    vectors = {f"file{i}": _vector(i) for i in range(5)}
    cache.put(("model", key, 0, v) for key, v in vectors.items())
    found = cache.get("model", list(vectors), 0)
    assert set(found) == set(vectors)
    for key, v in vectors.items():
        assert found[key].dtype == np.float32 and found[key].shape == (DIM,)
        np.testing.assert_allclose(found[key], v, rtol=1e-3, atol=1e-3)
        np.testing.assert_array_equal(found[key], v.astype(np.float16).astype(np.float32))


def test_missing_files_are_simply_absent(cache):
    cache.put([("model", "a", 0, _vector(0))])
    assert set(cache.get("model", ["a", "b", "c"], 0)) == {"a"}
    assert cache.get("model", [], 0) == {}


def test_another_model_key_or_view_misses(cache):
    cache.put([("model-1", "a", 0, _vector(0)), ("model-1", "a", 1, _vector(1))])
    assert cache.get("model-2", ["a"], 0) == {}
    assert cache.get("model-1", ["a"], 2) == {}
    np.testing.assert_allclose(cache.get("model-1", ["a"], 1)["a"], _vector(1), atol=1e-2)
    np.testing.assert_allclose(cache.get("model-1", ["a"], 0)["a"], _vector(0), atol=1e-2)


def test_put_replaces_an_entry(cache):
    cache.put([("model", "a", 0, _vector(0))])
    cache.put([("model", "a", 0, _vector(1))])
    np.testing.assert_allclose(cache.get("model", ["a"], 0)["a"], _vector(1), atol=1e-2)


def test_many_files_in_one_get(cache):
    """SQLite limits the number of parameters per query; get() must chunk its IN (...) list."""
    keys = [f"file{i}" for i in range(1234)]
    cache.put(("model", key, 0, np.full(4, i, np.float32)) for i, key in enumerate(keys))
    found = cache.get("model", keys, 0)
    assert len(found) == len(keys)
    assert found["file1000"][0] == 1000.0


def test_entries_survive_reopening(tmp_path):
    path = tmp_path / "features.sqlite"
    first = FeatureCache(path)
    first.put([("model", "a", 0, _vector(0))])
    first.close()
    second = FeatureCache(path)
    try:
        assert set(second.get("model", ["a"], 0)) == {"a"}
    finally:
        second.close()


def test_file_key_changes_with_the_file_content(tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"one")
    before = file_key(photo)
    assert before == file_key(photo)
    assert before.startswith(os.path.abspath(photo))
    photo.write_bytes(b"two!")  # a different size
    assert file_key(photo) != before
    info = photo.stat()
    os.utime(photo, ns=(info.st_atime_ns, info.st_mtime_ns + 1))  # a different time only
    assert file_key(photo) != before


def test_file_key_is_absolute(tmp_path, monkeypatch):
    (tmp_path / "a.jpg").write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    assert file_key(tmp_path / "a.jpg") == file_key(type(tmp_path)("a.jpg"))


def test_digest_file_tells_contents_apart(tmp_path):
    (tmp_path / "a").write_bytes(b"weights 1")
    (tmp_path / "b").write_bytes(b"weights 1")
    (tmp_path / "c").write_bytes(b"weights 2")
    assert digest_file(tmp_path / "a") == digest_file(tmp_path / "b")
    assert digest_file(tmp_path / "a") != digest_file(tmp_path / "c")


# -- a cache that cannot be used behaves as an empty one -------------------------------------------


def test_path_under_a_file_does_not_raise(tmp_path, caplog):
    (tmp_path / "not_a_folder").write_text("x")
    with caplog.at_level(logging.WARNING, logger="training.feature_cache"):
        cache = FeatureCache(tmp_path / "not_a_folder" / "features.sqlite")
    assert "unusable" in caplog.text
    cache.put([("model", "a", 0, _vector(0))])
    assert cache.get("model", ["a"], 0) == {}
    cache.prune()
    cache.close()


def test_path_that_is_a_folder_does_not_raise(tmp_path):
    (tmp_path / "features.sqlite").mkdir()
    cache = FeatureCache(tmp_path / "features.sqlite")
    cache.put([("model", "a", 0, _vector(0))])
    assert cache.get("model", ["a"], 0) == {}
    cache.close()


def test_file_that_is_not_a_database_does_not_raise(tmp_path):
    path = tmp_path / "features.sqlite"
    path.write_bytes(b"garbage, not SQLite" * 100)
    cache = FeatureCache(path)
    cache.put([("model", "a", 0, _vector(0))])
    assert cache.get("model", ["a"], 0) == {}
    cache.prune()
    cache.close()


def test_database_with_another_layout_does_not_raise(tmp_path, caplog):
    path = tmp_path / "features.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE features (something TEXT)")
    cache = FeatureCache(path)
    with caplog.at_level(logging.WARNING, logger="training.feature_cache"):
        cache.put([("model", "a", 0, _vector(0))])
        assert cache.get("model", ["a"], 0) == {}
        cache.prune()
    assert "failed" in caplog.text
    cache.close()


def test_closed_cache_acts_empty(cache):
    cache.put([("model", "a", 0, _vector(0))])
    cache.close()
    assert cache.get("model", ["a"], 0) == {}
    cache.put([("model", "b", 0, _vector(0))])  # no error
    cache.close()


# -- pruning ---------------------------------------------------------------------------------------


def _fill(cache: FeatureCache, clock, names: str) -> None:
    for name in names:
        clock.value += 1
        cache.put([("model", name, 0, _vector(ord(name)))])


def _stored(cache: FeatureCache, names: str = "abcdef") -> set[str]:
    return set(cache.get("model", list(names), 0))


ENTRY = DIM * 2  # bytes of one float16 vector


def test_prune_keeps_everything_that_fits(cache, clock):
    _fill(cache, clock, "abc")
    cache.max_bytes = 3 * ENTRY
    cache.prune()
    assert _stored(cache) == {"a", "b", "c"}


def test_prune_drops_the_least_recently_used(cache, clock):
    _fill(cache, clock, "abcd")  # a is the oldest...
    clock.value += 1
    cache.get("model", ["a"], 0)  # ...until it is read again; now b is the oldest
    cache.max_bytes = 2 * ENTRY + ENTRY // 2
    cache.prune()
    remaining = set(cache.get("model", list("abcd"), 0))
    assert remaining == {"a", "d"}


def test_prune_to_zero_empties_the_cache(cache, clock):
    _fill(cache, clock, "abc")
    cache.max_bytes = 0
    cache.prune()
    assert _stored(cache) == set()


def test_prune_shrinks_the_file_without_a_warning(tmp_path, clock, caplog):
    path = tmp_path / "features.sqlite"
    cache = FeatureCache(path)
    try:
        cache.put(("model", f"f{i}", 0, np.ones(1280, np.float32)) for i in range(300))
        full = path.stat().st_size
        cache.max_bytes = 10 * 1280 * 2
        with caplog.at_level(logging.WARNING, logger="training.feature_cache"):
            cache.prune()
        assert len(cache.get("model", [f"f{i}" for i in range(300)], 0)) == 10
        assert "pruning failed" not in caplog.text
        assert path.stat().st_size < full / 4
    finally:
        cache.close()
