"""An exported model that can say "none of these" carries its novelty, checked for parity, and
its README says how Pictag draws the line."""

from __future__ import annotations

import numpy as np
import pytest

from app.export.exporter import ExportOptions, export_model
from app.export.parity import artifact_runner
from tests.export.helpers import needs_onnx
from tests.helpers import COLORS, GREY, open_set_decision, save_open_set_model


@pytest.mark.parametrize("fmt", ["tflite", pytest.param("onnx", marks=needs_onnx)])
def test_the_novelty_is_exported_and_checked(tmp_path, fmt):
    model = save_open_set_model(tmp_path / "colors.keras")
    result = export_model(ExportOptions(model, fmt, tmp_path / "export"))

    assert result.parity.passed and result.parity.novelty_difference is not None
    assert any("novelty" in line for line in result.parity.lines())
    readme = (tmp_path / "export" / "README.txt").read_text()
    assert "Output 'novelty'" in readme and "none of these" in readme
    run = artifact_runner(fmt, result.artifact)
    for color, novel in ((COLORS["red"], False), (GREY, True)):
        pixels = np.broadcast_to(np.array(color, np.float32), (1, 32, 32, 3)).copy()
        outputs = run(pixels)
        assert outputs.shape == (1, 4)  # the three probabilities, then the novelty
        assert (outputs[0, 3] > open_set_decision().threshold) == novel
