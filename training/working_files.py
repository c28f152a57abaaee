"""Where a training run writes when the user has not said where: the working models folder.

The desktop app trains into a working file in Pictag's data folder, so a model is never lost
when the user forgets to save it; saving copies it (with its report) elsewhere.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from app.core.paths import user_data_dir

__all__ = ["models_dir", "working_model_path", "is_working_model"]


def models_dir() -> Path:
    """The working models: `models` in the user's data folder."""
    return user_data_dir() / "models"


def working_model_path(dataset: Path) -> Path:
    """A new working model file named after the dataset folder and the time the run starts."""
    name = re.sub(r"[^\w.-]+", "_", dataset.name).strip("._") or "model"
    return models_dir() / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.keras"


def is_working_model(path: Path) -> bool:
    """The file is a run's working model, not a copy the user saved somewhere of their own."""
    return path.parent == models_dir()
