"""`--backend` on the commands that run a model: its values, its errors, and what -v says."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run_pictag
from tests.helpers import COLORS, make_color_model_file, make_photo


@pytest.mark.parametrize("command", ["classify", "sort", "train"])
def test_an_unknown_backend_is_a_usage_error(tmp_path, command):
    args = {"classify": ["x.jpg"], "sort": ["a", "b"], "train": ["data", "-o", "m.keras"]}
    result = run_pictag(command, *args[command], "--backend", "gpu", tmp=tmp_path)
    assert result.returncode == 2
    assert "argument --backend: invalid choice: 'gpu'" in result.stderr
    assert "(choose from 'auto', 'litert', 'tensorflow')" in result.stderr


@pytest.mark.parametrize(
    ("backend", "said"),
    [
        ("litert", "colors.keras runs on LiteRT (XNNPACK, "),
        ("tensorflow", "colors.keras runs on TensorFlow (chosen)"),
        ("auto", "colors.keras runs on TensorFlow (too small a network for LiteRT to pay)"),
    ],
)
def test_verbose_says_which_backend_runs_and_the_answers_are_right(tmp_path, backend, said):
    model = make_color_model_file(tmp_path / "colors.keras")
    photos = [make_photo(tmp_path / f"{name}.jpg", color=rgb) for name, rgb in COLORS.items()]
    result = run_pictag(
        "-v", "classify", *photos, "--model", model, "--backend", backend, "--format", "csv",
        tmp=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert said in result.stderr
    rows = result.stdout.splitlines()[1:]
    assert [row.split(",")[1] for row in rows] == list(COLORS)
