"""Exporting a small Pictag model in every format, with the parity check that guards it.

The three-colour model (tests/helpers.py) has one 3x3 weight matrix, 20 x identity; each format
stores it as plain float32 bytes, which is how the tamper tests find and swap it.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from app.core.atomic import UMASK
from app.core.errors import ModelFileError, UsageError
from app.core.model_file import report_path_for
from app.export import exporter as export_module
from app.export.exporter import ONNX_MISSING, ExportOptions, export_model
from app.export.parity import (
    ParityError,
    artifact_runner,
    check_parity,
    generated_images,
    parity_images,
)
from tests.export.helpers import needs_onnx, photo_folder, tampering_writer
from tests.helpers import COLORS, color_model, make_color_model_file, make_photo

CASES = [
    ("savedmodel", None),
    ("tflite", None),
    ("tflite", "dynamic"),
    ("tflite", "float16"),
    pytest.param("onnx", None, marks=needs_onnx),
]


@pytest.fixture(scope="module")
def model_file(tmp_path_factory) -> Path:
    return make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")


def flat(color, size: int = 32) -> np.ndarray:
    return np.broadcast_to(np.array(color, np.float32), (1, size, size, 3)).copy()


@pytest.mark.parametrize(("fmt", "quantize"), CASES)
def test_each_format_exports_a_checked_model_with_labels_and_readme(
    model_file, tmp_path, fmt, quantize, capsys
):
    steps = []
    out = tmp_path / "export"
    result = export_model(
        ExportOptions(model_file, fmt, out, quantize), progress=lambda e: steps.append(e.title)
    )

    assert result.parity.passed and result.parity.images == 100
    assert result.parity.agreement == 1.0
    assert "generated" in result.parity.source
    assert (result.parity.tolerance == 1e-3) == (quantize is None)  # quantized: looser
    assert result.artifact.exists() and result.size_bytes > 0
    assert (out / "labels.txt").read_text().splitlines() == list(COLORS)
    readme = (out / "README.txt").read_text()
    assert "[N, 32, 32, 3]" in readme and "0..255" in readme and "labels.txt" in readme
    assert "Checking parity" in steps
    assert [p.name for p in tmp_path.iterdir()] == ["export"]  # no staging left behind

    # The README's snippet runs as printed, beside the export, on a photo of any size.
    make_photo(out / "photo.jpg", size=(120, 80), color=COLORS["green"])
    snippet = readme.split("Minimal use in Python:", 1)[1]
    with pytest.MonkeyPatch.context() as m:
        m.chdir(out)
        exec(compile(snippet, "README.txt", "exec"), {})
    assert capsys.readouterr().out.startswith("green ")
    (out / "photo.jpg").unlink()

    # Raw pixels in, probabilities in labels.txt order out: preprocessing is inside.
    run = artifact_runner(fmt, result.artifact)
    for i, color in enumerate(COLORS.values()):
        probabilities = run(flat(color))
        assert probabilities.shape == (1, 3) and probabilities.argmax() == i
        assert probabilities.sum() == pytest.approx(1.0, abs=1e-3)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_the_export_folder_gets_the_umask_mode_without_touching_the_umask(
    model_file, tmp_path, monkeypatch
):
    """Setting the umask to read it would race threads creating files: app.core.atomic's is used."""

    def no_umask(_mask: int) -> int:
        raise AssertionError("os.umask called during an export")

    monkeypatch.setattr(os, "umask", no_umask)
    out = tmp_path / "export"
    export_model(ExportOptions(model_file, "savedmodel", out))
    assert out.stat().st_mode & 0o777 == 0o777 & ~UMASK


def test_parity_gives_the_reference_uint8_and_the_export_float32():
    """The reference is `uint8_forward`'s, which takes uint8; exported models take float32."""
    images = generated_images(8, count=40)
    seen: dict[str, set] = {"reference": set(), "exported": set()}

    def runner(name: str):
        def run(batch: np.ndarray) -> np.ndarray:
            seen[name].add(batch.dtype)
            means = batch.astype(np.float32).mean(axis=(1, 2))
            return means / means.sum(axis=1, keepdims=True).clip(1e-6)

        return run

    report = check_parity(runner("exported"), runner("reference"), images, "test", 1e-3, classes=3)
    assert seen == {"reference": {np.dtype(np.uint8)}, "exported": {np.dtype(np.float32)}}
    assert report.passed and report.images == 40


def test_quantized_exports_are_refused_for_other_formats(model_file, tmp_path):
    for fmt in ("savedmodel", "onnx"):
        with pytest.raises(UsageError, match="tflite format only"):
            export_model(ExportOptions(model_file, fmt, tmp_path / "x", "dynamic"))
    assert not (tmp_path / "x").exists()


def test_parity_uses_the_validation_images_named_in_the_report(tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    files = [
        make_photo(tmp_path / "val" / f"{name}_{i}.jpg", (40, 30), color)
        for name, color in COLORS.items()
        for i in range(4)
    ]
    gone = tmp_path / "val" / "deleted.jpg"
    report = {"dataset": {"validation_files": [str(f) for f in files] + [str(gone)]}}
    report_path_for(model).write_text(json.dumps(report))

    result = export_model(ExportOptions(model, "tflite", tmp_path / "out"))

    assert result.parity.images == 12 and result.parity.passed
    assert result.parity.source == "validation images from colors.report.json"


def test_images_given_take_precedence_and_unreadable_ones_are_skipped(
    model_file, tmp_path, monkeypatch
):
    model = make_color_model_file(tmp_path / "colors.keras")
    listed = [make_photo(tmp_path / "val" / "red.jpg", (40, 30), COLORS["red"])]
    report_path_for(model).write_text(
        json.dumps({"dataset": {"validation_files": [str(f) for f in listed]}})
    )
    photos = photo_folder(tmp_path / "photos")

    result = export_model(ExportOptions(model, "tflite", tmp_path / "out", images=photos))

    assert result.parity.passed and result.parity.images == 12
    assert result.parity.source == f"images from {photos} (1 unreadable skipped)"

    # Refused on real photos, the message has no hint about generated images.
    tampering_writer(monkeypatch, "tflite")
    with pytest.raises(ParityError, match="top-1 agreement 0.0%") as caught:
        export_model(ExportOptions(model_file, "tflite", tmp_path / "out2", images=photos))
    assert caught.value.report.source.startswith(f"images from {photos}")
    assert "--images" not in str(caught.value)


def test_images_given_are_capped_with_an_even_spread(tmp_path):
    photos = photo_folder(tmp_path / "photos", per_class=10)  # 31 files, one unreadable
    images, source = parity_images(tmp_path / "m.keras", 16, limit=6, folder=photos)
    assert images.shape == (6, 16, 16, 3) and source == f"images from {photos}"
    dominant = {int(img.reshape(-1, 3).mean(0).argmax()) for img in images}
    assert dominant == {0, 1, 2}  # every colour's subfolder is represented


def test_a_folder_without_readable_images_is_refused_before_any_conversion(
    model_file, tmp_path, monkeypatch
):
    def no_conversion(*_args):
        raise AssertionError("converted despite a bad --images folder")

    monkeypatch.setitem(export_module._WRITERS, "tflite", no_conversion)
    monkeypatch.setattr(export_module, "load_model_file", no_conversion)
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "notes.txt").write_text("x")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.jpg").write_bytes(b"not a jpeg")
    (broken / "b.png").write_bytes(b"")
    cases = [
        (empty, "no images found"),
        (broken, "none of its 2 image files could be read"),
        (tmp_path / "missing", "no such folder"),
        (empty / "sub" / "notes.txt", "is not a folder"),
    ]
    for folder, message in cases:
        with pytest.raises(UsageError, match=message) as caught:
            export_model(ExportOptions(model_file, "tflite", tmp_path / "out", images=folder))
        assert "\n" not in str(caught.value) and str(caught.value).startswith(str(folder))
    assert not (tmp_path / "out").exists()


def test_a_report_without_validation_files_falls_back_to_generated_images(tmp_path):
    model = make_color_model_file(tmp_path / "colors.keras")
    report_path_for(model).write_text(json.dumps({"dataset": {"validation_images": 12}}))
    result = export_model(ExportOptions(model, "tflite", tmp_path / "out"))
    assert "generated" in result.parity.source


def test_generated_images_are_deterministic_and_varied():
    a, b = generated_images(24, 100), generated_images(24, 100)
    assert a.shape == (100, 24, 24, 3) and a.dtype == np.uint8
    assert np.array_equal(a, b) and len({img.tobytes() for img in a}) == 100


@pytest.mark.parametrize("fmt", ["tflite", pytest.param("onnx", marks=needs_onnx)])
def test_a_tampered_export_is_refused_and_nothing_is_written(
    model_file, tmp_path, monkeypatch, fmt
):
    tampering_writer(monkeypatch, fmt)
    with pytest.raises(ParityError, match="export refused.*top-1 agreement 0.0%") as caught:
        export_model(ExportOptions(model_file, fmt, tmp_path / "out"))
    assert caught.value.report is not None and not caught.value.report.passed
    assert "nothing was written" in str(caught.value)
    # Generated images: the message says why they may mislead, and how to check on photos.
    assert "generated images sit near the decision boundary" in str(caught.value)
    assert "check on real photos with --images FOLDER" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_tampered_savedmodel_is_refused_by_its_checksum(model_file, tmp_path, monkeypatch):
    """A SavedModel's variables carry checksums: swapped weights fail to load at all."""
    tampering_writer(monkeypatch, "savedmodel")
    with pytest.raises(ParityError, match="export refused: .*cannot be loaded.*Checksum"):
        export_model(ExportOptions(model_file, "savedmodel", tmp_path / "out"))
    assert list(tmp_path.iterdir()) == []


def test_a_refused_export_leaves_the_earlier_one_untouched(model_file, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export_model(ExportOptions(model_file, "tflite", out))
    before = (out / "model.tflite").read_bytes()
    tampering_writer(monkeypatch, "tflite")
    with pytest.raises(ParityError):
        export_model(ExportOptions(model_file, "tflite", out, force=True))
    assert (out / "model.tflite").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_damaged_artifact_fails_the_check_with_its_reason(model_file, tmp_path, monkeypatch):
    def write_garbage(model, info, artifact, quantize, staging):
        artifact.write_bytes(b"not a model")

    monkeypatch.setitem(export_module._WRITERS, "tflite", write_garbage)
    with pytest.raises(ParityError, match="cannot be loaded"):
        export_model(ExportOptions(model_file, "tflite", tmp_path / "out"))
    assert list(tmp_path.iterdir()) == []


def test_force_replaces_an_earlier_export_only(model_file, tmp_path):
    out = tmp_path / "out"
    export_model(ExportOptions(model_file, "savedmodel", out))
    with pytest.raises(UsageError, match="--force"):
        export_model(ExportOptions(model_file, "tflite", out))
    export_model(ExportOptions(model_file, "tflite", out, force=True))
    assert sorted(p.name for p in out.iterdir()) == ["README.txt", "labels.txt", "model.tflite"]

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    with pytest.raises(UsageError, match="not a Pictag export"):
        export_model(ExportOptions(model_file, "tflite", mine, force=True))
    assert (mine / "notes.txt").read_text() == "keep me"


def test_bad_requests_fail_before_any_work(model_file, tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        export_model(ExportOptions(model_file, "tflite", a_file))
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(UsageError, match="is a named pipe; the export goes into a folder"):
        export_model(ExportOptions(model_file, "tflite", tmp_path / "fifo"))
    assert stat.S_ISFIFO(os.stat(tmp_path / "fifo").st_mode)
    with pytest.raises(UsageError, match="unknown format"):
        export_model(ExportOptions(model_file, "coreml", tmp_path / "o"))
    with pytest.raises(UsageError, match="unknown quantization"):
        export_model(ExportOptions(model_file, "tflite", tmp_path / "o", "int4"))
    with pytest.raises(UsageError, match="model file not found"):
        export_model(ExportOptions(tmp_path / "none.keras", "tflite", tmp_path / "o"))
    plain = tmp_path / "plain.keras"
    color_model(8).save(plain)
    with pytest.raises(ModelFileError, match="not a Pictag model"):
        export_model(ExportOptions(plain, "tflite", tmp_path / "o"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "file", "plain.keras"]


def test_missing_onnx_extra_gives_the_install_command(model_file, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "tf2onnx", None)  # `import tf2onnx` raises ImportError
    with pytest.raises(UsageError) as caught:
        export_model(ExportOptions(model_file, "onnx", tmp_path / "o"))
    assert str(caught.value) == ONNX_MISSING
    assert "pip install 'pictag[onnx]'" in ONNX_MISSING
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the standalone app
    with pytest.raises(UsageError, match="this standalone Pictag does not include ONNX"):
        export_model(ExportOptions(model_file, "onnx", tmp_path / "out"))


@needs_onnx
def test_checking_for_the_onnx_extra_imports_neither_it_nor_tensorflow():
    """Importing tf2onnx imports TensorFlow outside app.core.tf_runtime's quiet import, whose
    start-up lines would then reach the terminal: the check only looks the modules up."""
    code = (
        "import sys\n"
        "from app.export.exporter import require_onnx\n"
        "require_onnx()\n"
        "print(sorted({'tensorflow', 'tf2onnx', 'onnxruntime'} & set(sys.modules)))"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "[]", done.stderr
