"""Fixtures for the training engine: the session's read-only colour folder (see helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.training.helpers import make_color_dataset


@pytest.fixture(scope="session")
def color_dataset(tmp_path_factory) -> Path:
    """Three classes of 20 images each. Read-only: copy it before changing anything."""
    return make_color_dataset(tmp_path_factory.mktemp("colors") / "data")
