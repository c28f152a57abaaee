"""The Classify tab with the colour model and a training set started for it."""

from __future__ import annotations

import pytest

from app.ui.common.settings import Keys
from tests.ui.helpers import COLOR_SPEC
from tests.ui.review.helpers import classify, mixed_photo


@pytest.fixture
def colors_tab(qtbot, tab, colors_model, tmp_path, settings):
    """The colour model with a training set of its three classes started for it."""
    for name in ("red", "green", "blue"):
        (tmp_path / "set" / name).mkdir(parents=True)
    settings.set(Keys.TRAINING_SETS, {COLOR_SPEC.model: str(tmp_path / "set")})
    tab.controller.model, tab.controller.spec = colors_model, COLOR_SPEC
    tab.review.current.refresh()
    photos = [
        mixed_photo(tmp_path / "new" / f"p{i}.png", r)
        for i, r in enumerate((0.9, 0.55, 0.7, 0.6, 0.95))
    ]
    classify(qtbot, tab, photos)
    return tab, photos
