"""Fixtures for the dataset check: a calibrated random base saved as a weights file (so its
features are cached, as ImageNet's are) and a private cache folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import make_color_base


@pytest.fixture(scope="session")
def color_base(tmp_path_factory) -> Path:
    return make_color_base(tmp_path_factory.mktemp("check-base") / "colors.weights.h5")


@pytest.fixture
def isolated(tmp_path, monkeypatch, keras_home) -> Path:
    monkeypatch.setenv("PICTAG_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path
