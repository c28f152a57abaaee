"""`pictag classify` end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, run_pictag
from tests.conftest import make_photo
from tests.helpers import COLORS, make_color_model_file


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    model = make_color_model_file(root / "colors.keras")
    photos = root / "photos"
    make_photo(photos / "red_1.jpg", color=COLORS["red"])
    make_photo(photos / "sub" / "green.png", color=COLORS["green"])
    make_photo(photos / "blue.webp", color=COLORS["blue"])
    (photos / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    (photos / "notes.txt").write_text("left out, and said so")
    return model, photos


def _assert_clean_error(result, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("pictag: error")]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def test_jsonl_schema_and_exit_code_1_when_a_file_fails(dataset):
    model, photos = dataset
    result = run_pictag("classify", str(photos), "--model", str(model), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == [
        "blue.webp",
        "broken.jpg",
        "red_1.jpg",
        "green.png",
    ]
    by_name = {Path(r["path"]).name: r for r in records}
    for name, label in [("blue.webp", "blue"), ("red_1.jpg", "red"), ("green.png", "green")]:
        record = by_name[name]
        assert set(record) == {"path", "predictions", "error"} and record["error"] is None
        assert [set(p) for p in record["predictions"]] == [{"label", "probability"}] * 3
        assert record["predictions"][0]["label"] == label
        probs = [p["probability"] for p in record["predictions"]]
        assert probs == sorted(probs, reverse=True)
    assert by_name["broken.jpg"]["predictions"] == [] and by_name["broken.jpg"]["error"]
    assert "1 of 4 files could not be classified" in result.stderr
    assert "left out 1 files in formats Pictag does not read (.txt 1)" in result.stderr


def test_csv_to_output_file_with_top_2(dataset, tmp_path):
    model, photos = dataset
    out = tmp_path / "results.csv"
    files = [str(photos / "red_1.jpg"), str(photos / "sub" / "green.png")]
    result = run_pictag(
        *files, "--model", str(model), "--format", "csv", "--top", "2", "--output", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert list(rows[0]) == [
        "path",
        "label_1",
        "probability_1",
        "label_2",
        "probability_2",
        "error",
    ]
    assert [(r["label_1"], r["error"]) for r in rows] == [("red", ""), ("green", "")]
    assert 0.5 < float(rows[0]["probability_1"]) <= 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]  # no temp file left


def test_table_is_the_default(dataset):
    model, photos = dataset
    result = run_pictag(
        "classify", str(photos / "blue.webp"), str(photos / "broken.jpg"), "--model", str(model)
    )
    assert result.returncode == 1
    header, blue, broken = result.stdout.splitlines()
    assert header.split() == ["FILE", "TOP", "1", "TOP", "2", "TOP", "3"]
    assert "blue" in blue and "%" in blue
    assert "broken.jpg" in broken and "ERROR:" in broken


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["classify", "/no/such/folder"], ["/no/such/folder", "no such file or folder"]),
        (["classify", "{photos}", "--model", "resnet"], ["Unknown model 'resnet'"]),
        (["classify", "{photos}", "--model", "{truncated}"], ["truncated or damaged"]),
        (["classify", "{photos}", "--model", "{photos}/notes.txt"], ["not a Keras model file"]),
        (
            ["classify", "{photos}", "--model", "{model}", "--weights", "w.h5"],
            ["--weights applies"],
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(dataset, tmp_path, args, fragments):
    model, photos = dataset
    truncated = tmp_path / "cut.keras"
    truncated.write_bytes(model.read_bytes()[:5000])
    values = {"photos": str(photos), "model": str(model), "truncated": str(truncated)}
    result = run_pictag(*(a.format(**values) for a in args))
    _assert_clean_error(result, *fragments)


def test_argument_errors_exit_2():
    assert run_pictag("classify").returncode == 2
    assert run_pictag("classify", "x.jpg", "--top", "0").returncode == 2
    assert run_pictag("classify", "x.jpg", "--format", "xml").returncode == 2


def test_offline_imagenet_message_and_existing_output_untouched(dataset, tmp_path):
    _, photos = dataset
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "old.csv"
    out.write_text("earlier results\n")
    env = {"KERAS_HOME": str(tmp_path / "keras"), "PICTAG_WEIGHTS_URL": f"http://127.0.0.1:{port}"}
    result = run_pictag("classify", str(photos), "--output", str(out), env=env)
    _assert_clean_error(
        result,
        "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_224.h5",
        str(tmp_path / "keras" / "models"),
    )
    assert out.read_text() == "earlier results\n"


def test_help_and_version_are_quick_and_clean():
    result = run_pictag("--help")
    assert result.returncode == 0 and "classify" in result.stdout
    version = run_pictag("--version")
    assert version.returncode == 0 and version.stdout.startswith("pictag ")


def test_the_parser_takes_its_choices_and_defaults_without_loading_an_engine():
    """The formats, architectures and defaults the help shows come from modules that import no
    numpy: `pictag --help` (and the desktop app's start) need none of the engines."""
    heavy = ("numpy", "PIL", "app.core.classifier", "app.export.exporter", "training.trainer")
    code = (
        "import sys, app.cli.main; app.cli.main.build_parser(); "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    child = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert child.stdout.strip() == "[]", child.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux allows any bytes in file names")
def test_file_names_that_are_not_valid_text(dataset, tmp_path):
    model, _ = dataset
    folder = tmp_path / "names"
    make_photo(folder / "ok.png", color=COLORS["red"])
    os.rename(folder / "ok.png", os.fsencode(folder) + b"/caf\xe9 \xff.png")
    make_photo(folder / "日本語.jpg", color=COLORS["blue"])
    for fmt in ("table", "jsonl", "csv"):
        result = run_pictag(str(folder), "--model", str(model), "--format", fmt)
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.splitlines()) == (2 if fmt == "jsonl" else 3)
        if fmt != "table":  # the table shortens long paths
            assert "caf\\udce9" in result.stdout and "日本語" in result.stdout
