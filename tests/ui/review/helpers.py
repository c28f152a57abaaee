"""What the review tests share: photos whose colour model margin is known, classifying and
waiting, selecting a row, the rows shown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QItemSelectionModel

from app.ui.classify.classify_tab import ClassifyTab
from app.ui.common.results_model import PathRole

TIMEOUT = 60_000


def mixed_photo(path: Path, red: float) -> Path:
    """Left part red, the rest green: the colour model's margin follows `red`."""
    pixels = np.empty((32, 40, 3), np.uint8)
    split = int(40 * red)
    pixels[:, :split] = (220, 30, 30)
    pixels[:, split:] = (30, 200, 40)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(pixels).save(path)
    return path


def classify(qtbot, tab: ClassifyTab, paths: list[Path]) -> None:
    with qtbot.waitSignal(tab.busy_changed, timeout=TIMEOUT, check_params_cb=lambda b: not b):
        tab.classify_paths(paths)


def select_row(tab: ClassifyTab, row: int) -> None:
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    tab.view.selectionModel().setCurrentIndex(tab.proxy.index(row, 0), flags)


def shown_paths(tab: ClassifyTab) -> list[Path]:
    return [tab.proxy.index(r, 0).data(PathRole) for r in range(tab.proxy.rowCount())]
