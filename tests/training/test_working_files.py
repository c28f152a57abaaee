"""Where a run writes when the user has not said where: the data folder's working models."""

from __future__ import annotations

from pathlib import Path

from app.core.paths import DATA_DIR_ENV
from training.working_files import is_working_model, models_dir, working_model_path


def test_working_models_live_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert models_dir() == tmp_path / "data" / "models"
    path = working_model_path(Path("/photos/My holiday: 2024"))
    assert path.parent == models_dir() and is_working_model(path)
    assert path.name.startswith("My_holiday_2024-") and path.suffix == ".keras"
    assert not is_working_model(tmp_path / "saved" / path.name)


def test_a_folder_name_with_nothing_usable_gives_model(monkeypatch, tmp_path):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert working_model_path(Path("/photos/...")).name.startswith("model-")
