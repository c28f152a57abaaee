"""The training report: JSON without NaN, written like every other output file."""

from __future__ import annotations

import json
import os
import stat

from app.core.model_file import report_path_for
from tests.helpers import FifoReader
from training.report import write_report


def test_nan_becomes_null_and_the_report_sits_beside_its_model(tmp_path):
    path = report_path_for(tmp_path / "leaves.keras")
    assert path == tmp_path / "leaves.report.json"
    write_report(path, {"loss": float("nan"), "epochs": [1.0, float("inf")]})
    assert json.loads(path.read_text(encoding="utf-8")) == {"loss": None, "epochs": [1.0, None]}


def test_a_report_onto_a_named_pipe_reaches_its_reader(tmp_path):
    reader = FifoReader(tmp_path / "run.json")
    write_report(reader.path, {"model": "m.keras"})
    assert json.loads(reader.join()) == {"model": "m.keras"}
    assert stat.S_ISFIFO(os.stat(reader.path).st_mode)
