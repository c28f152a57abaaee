"""`pictag export` end to end, in a subprocess, as a user runs it (a 32 px three-colour model)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.cli.helpers import run_pictag
from tests.export.helpers import photo_folder, tampering_writer
from tests.helpers import make_color_model_file

needs_onnx = pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("tf2onnx", "onnxruntime")),
    reason="the onnx extra is not installed",
)


@pytest.fixture(scope="module")
def model_file(tmp_path_factory) -> Path:
    return make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")


@pytest.mark.parametrize(
    ("fmt", "extra", "artifact"),
    [
        ("tflite", ["--quantize", "dynamic"], "model.tflite"),
        pytest.param("onnx", [], "model.onnx", marks=needs_onnx),
    ],
)
def test_export_prints_the_parity_report_and_writes_the_folder(
    model_file, tmp_path, fmt, extra, artifact
):
    out = tmp_path / "out"
    done = run_pictag("export", model_file, "--format", fmt, *extra, "-o", out, tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Parity check passed: 100 generated images" in done.stdout
    assert "top-1 agreement   100.00%" in done.stdout
    assert "Exported colors.keras as" in done.stdout and str(out) in done.stdout
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "labels.txt", artifact]


def test_usage_errors_are_one_line_with_exit_status_2(model_file, tmp_path):
    cases = [
        (["export", tmp_path / "missing.keras", "--format", "tflite", "-o", tmp_path / "o"],
         "model file not found"),
        (["export", model_file, "--format", "savedmodel", "--quantize", "float16", "-o",
          tmp_path / "o"], "tflite format only"),
        (["export", model_file, "--format", "tflite", "-o", model_file.parent],
         "not empty; choose a new folder, or pass --force"),
        (["export", model_file, "--format", "tflite", "-o", tmp_path / "o", "--images",
          tmp_path], "no images found"),
    ]  # fmt: skip
    for args, message in cases:
        done = run_pictag(*args, tmp=tmp_path)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.strip().splitlines()
        assert lines[-1].startswith("pictag: error: ") and message in lines[-1], done.stderr
    unknown = run_pictag("export", model_file, "--format", "coreml", "-o", "x", tmp=tmp_path)
    assert unknown.returncode == 2 and "invalid choice: 'coreml'" in unknown.stderr
    assert not (tmp_path / "o").exists()


def test_images_checks_parity_on_the_photos_in_a_folder(model_file, tmp_path):
    photos = photo_folder(tmp_path / "photos")
    out = tmp_path / "out"
    done = run_pictag(
        "export", model_file, "--format", "tflite", "-o", out, "--images", photos, tmp=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert f"Parity check passed: 12 images from {photos} (1 unreadable skipped)" in done.stdout
    assert (out / "model.tflite").is_file()


def test_a_parity_failure_exits_1_with_the_report_and_writes_nothing(
    model_file, tmp_path, monkeypatch, capsys
):
    """In process, so the conversion can be sabotaged: the model's weights swapped."""
    from app.cli.main import main

    tampering_writer(monkeypatch, "tflite")
    code = main(["export", str(model_file), "--format", "tflite", "-o", str(tmp_path / "o")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Parity check FAILED: 100 generated images" in out
    assert "top-1 agreement   0.00%" in out
    last = err.strip().splitlines()[-1]
    assert last.startswith("pictag: error: export refused: ")
    assert "check on real photos with --images FOLDER" in last  # on generated images
    assert list(tmp_path.iterdir()) == []
