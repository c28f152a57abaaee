"""`pictag classify` end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli.args import EXIT_DATA, EXIT_USAGE
from tests.cli.helpers import LEFT_OUT_ONE_TXT, ROOT, pictag_env, run_pictag
from tests.helpers import (
    COLORS,
    FifoReader,
    make_color_model_file,
    make_null_device,
    make_odd_tiff,
    make_photo,
    make_zip_bomb,
)


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


def _assert_clean_error(result, status: int, *fragments: str) -> None:
    assert result.returncode == status, result.stderr
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
        assert set(record) == {"path", "predictions", "error", "labels", "novelty"}
        assert record["error"] is None and record["labels"] == [label]
        assert record["novelty"] is None  # a closed-set model
        assert [set(p) for p in record["predictions"]] == [{"label", "probability"}] * 3
        assert record["predictions"][0]["label"] == label
        probs = [p["probability"] for p in record["predictions"]]
        assert probs == sorted(probs, reverse=True)
    assert by_name["broken.jpg"]["predictions"] == [] and by_name["broken.jpg"]["error"]
    assert "1 of 4 files could not be classified" in result.stderr
    assert LEFT_OUT_ONE_TXT in result.stderr


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
        "labels",  # the labels given: empty for "none of these"
        "novelty",  # empty: this model has no unknown-photo detector
        "path_bytes",  # filled only for a name that is not UTF-8
    ]
    assert [(r["label_1"], r["error"]) for r in rows] == [("red", ""), ("green", "")]
    assert [(r["labels"], r["novelty"]) for r in rows] == [("red", ""), ("green", "")]
    assert 0.5 < float(rows[0]["probability_1"]) <= 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.csv"]  # no temp file left


def test_output_onto_a_named_pipe_streams_the_rows_to_its_reader(dataset, tmp_path):
    model, photos = dataset
    reader = FifoReader(tmp_path / "rows.csv")
    try:
        result = run_pictag(
            photos / "red_1.jpg", photos / "blue.webp", "--model", model,
            "--format", "csv", "--output", reader.path,
        )  # fmt: skip
    finally:
        reader.release()
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(reader.text)))
    assert [(Path(r["path"]).name, r["label_1"]) for r in rows] == [
        ("red_1.jpg", "red"),
        ("blue.webp", "blue"),
    ]
    assert stat.S_ISFIFO(os.stat(reader.path).st_mode)  # the pipe is still a pipe
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]


def test_output_onto_a_device_leaves_it_a_device(dataset, tmp_path):
    model, photos = dataset
    null = make_null_device(tmp_path / "null")
    result = run_pictag(photos / "red_1.jpg", "--model", model, "--output", null)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert result.stdout == "" and sorted(p.name for p in tmp_path.iterdir()) == ["null"]


@pytest.mark.parametrize("output", ["-", "stdout link"])
def test_output_dash_and_dev_stdout_mean_standard_output(dataset, tmp_path, output):
    """A link like /dev/stdout (never the real one: unfixed, a test would replace it)."""
    model, photos = dataset
    if output != "-":
        output = tmp_path / "stdout"
        output.symlink_to("/proc/self/fd/1")
    result = run_pictag(
        photos / "red_1.jpg", "--model", model, "--format", "jsonl", "--output", output,
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["predictions"][0]["label"] == "red"
    assert all(p.is_symlink() for p in tmp_path.iterdir())  # no file named "-", no temporary


@pytest.fixture
def odd_tiffs(dataset, tmp_path):
    """A folder of a good photo and a TIFF that makes libtiff print on fd 2 while decoding."""
    _, photos = dataset
    folder = tmp_path / "scans"
    make_odd_tiff(folder / "odd.tif")
    (folder / "red_1.jpg").write_bytes((photos / "red_1.jpg").read_bytes())
    return folder


def test_libtiff_messages_go_to_the_log_not_the_terminal(dataset, odd_tiffs):
    model, _ = dataset
    result = run_pictag(odd_tiffs, "--model", model, "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    rows = {Path(r["path"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["odd.tif"]["error"] == "damaged image file (decoder error -2)"
    assert rows["red_1.jpg"]["predictions"][0]["label"] == "red"
    assert "TIFF" not in result.stderr
    assert result.stderr == "pictag: 1 of 2 files could not be classified\n"

    verbose = run_pictag("-v", "classify", odd_tiffs, "--model", model, "--format", "jsonl")
    assert verbose.returncode == 1
    logged = (
        'INFO app.core.native_stderr: TIFFFetchNormalTag: Incompatible type for "RowsPerStrip".'
    )
    assert logged in verbose.stderr.splitlines()
    assert "\nTIFF" not in verbose.stderr and not verbose.stderr.startswith("TIFF")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_on_a_terminal_the_progress_bar_and_messages_still_show(dataset, odd_tiffs):
    """stderr a terminal: the bar is drawn on it, the libtiff lines are not."""
    import pty

    model, _ = dataset
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "app", odd_tiffs, "--model", model, "--format", "csv"],
        stdout=subprocess.PIPE, stderr=follower, env=pictag_env(odd_tiffs.parent),
        cwd=ROOT,
    )  # fmt: skip
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        screen += chunk
    os.close(leader)
    out, _ = child.communicate(timeout=120)
    text = screen.decode("utf-8", "replace")
    assert child.returncode == 1, text
    assert "Classifying" in text and "2/2 [" in text and "images/s" in text
    assert "pictag: 1 of 2 files could not be classified" in text
    assert "TIFF" not in text
    assert "decoder error -2" in out.decode()


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
        (["classify", "{photos}", "--model", "{tmp}/none.keras"], ["model file not found"]),
        (
            ["classify", "{photos}", "--model", "{model}", "--weights", "w.h5"],
            ["--weights applies"],
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(dataset, tmp_path, args, fragments):
    model, photos = dataset
    values = {"photos": str(photos), "model": str(model), "tmp": str(tmp_path)}
    result = run_pictag(*(a.format(**values) for a in args))
    _assert_clean_error(result, EXIT_USAGE, *fragments)


@pytest.mark.parametrize(
    ("model_file", "fragments"),
    [
        ("truncated", ["truncated or damaged"]),
        ("notes", ["not a Keras model file"]),
        ("bomb", ["pictag.json inside would take over 4 MB", "use a model you trust"]),
    ],
)
def test_a_model_file_that_cannot_be_used_exits_3_with_one_line(
    dataset, tmp_path, model_file, fragments
):
    """A damaged, foreign or hostile model file is a data error, refused at once."""
    model, photos = dataset
    paths = {"truncated": tmp_path / "cut.keras", "notes": photos / "notes.txt"}
    paths["truncated"].write_bytes(model.read_bytes()[:5000])
    paths["bomb"] = make_zip_bomb(tmp_path / "bomb.keras")
    started = time.monotonic()
    result = run_pictag("classify", photos / "red_1.jpg", "--model", paths[model_file])
    assert time.monotonic() - started < 30  # refused before anything is inflated or loaded
    _assert_clean_error(result, EXIT_DATA, *fragments)


def test_a_model_with_code_is_refused_before_the_table_begins(dataset, tmp_path):
    """No header over nothing, and no advice to switch Keras' safe mode off."""
    from app.core.model_file import ModelInfo, save_model_file
    from app.core.tf_runtime import import_keras

    keras = import_keras()
    inputs = keras.Input((32, 32, 3))
    x = keras.layers.GlobalAveragePooling2D()(keras.layers.Lambda(lambda t: t / 255.0)(inputs))
    hostile = tmp_path / "lambda.keras"
    model = keras.Model(inputs, keras.layers.Dense(3, activation="softmax")(x))
    save_model_file(model, hostile, ModelInfo(tuple(COLORS), "mobilenet_v2", 32))
    _, photos = dataset
    result = run_pictag("classify", photos / "red_1.jpg", "--model", hostile)
    _assert_clean_error(result, EXIT_DATA, "refused: the model holds Python code")
    assert result.stdout == "" and "safe_mode=False" not in result.stderr


def test_argument_errors_exit_2():
    assert run_pictag("classify").returncode == 2
    assert run_pictag("classify", "x.jpg", "--top", "0").returncode == 2
    assert run_pictag("classify", "x.jpg", "--format", "xml").returncode == 2


def test_offline_imagenet_weights_exit_3_and_existing_output_untouched(dataset, tmp_path):
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
        EXIT_DATA,
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
    """Shown escaped in the table, kept byte-exact in every resumable format, and recognised by
    --resume (nothing classified twice)."""
    model, _ = dataset
    folder = tmp_path / "names"
    odd = os.fsencode(folder) + b"/caf\xe9 \xff.png"
    make_photo(folder / "ok.png", color=COLORS["red"])
    os.rename(folder / "ok.png", odd)
    make_photo(folder / "日本語.jpg", color=COLORS["blue"])
    make_photo(folder / "two\nlines.jpg", color=COLORS["green"])
    table = run_pictag(str(folder), "--model", str(model))
    assert table.returncode == 0, table.stderr
    assert len(table.stdout.splitlines()) == 4  # the header and one line per photo
    assert "caf\\xe9 \\xff.png" in table.stdout and "two\\nlines.jpg" in table.stdout
    for name in ("r.jsonl", "r.csv", "r.parquet"):
        if name == "r.parquet":
            pytest.importorskip("pyarrow")
        output = tmp_path / name
        first = run_pictag(folder, "--model", model, "--output", output, tmp=tmp_path)
        assert first.returncode == 0, first.stderr
        names = sorted(_exact_names(output))
        assert names == sorted([odd, os.fsencode(folder / "日本語.jpg"),
                                os.fsencode(folder / "two\nlines.jpg")])  # fmt: skip
        again = run_pictag(folder, "--model", model, "--output", output, "--resume", tmp=tmp_path)
        assert again.returncode == 0, again.stderr
        assert f"continuing 3 results from {output}, 0 to go" in again.stderr
        assert sorted(_exact_names(output)) == names  # nothing classified twice


def _exact_names(output: Path) -> list[bytes]:
    """The names in a results file or Parquet folder, as a standard reader gets them."""
    if output.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(output).to_pylist()
    elif output.suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8"))))
    else:
        rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return [
        base64.b64decode(r["path_bytes"]) if r.get("path_bytes") else r["path"].encode()
        for r in rows
    ]


def test_least_certain_first_lists_the_closest_calls_first_and_failures_last(dataset, tmp_path):
    model, photos = dataset
    mixed = tmp_path / "z_mixed.jpg"  # last in file order; red and green about as likely
    make_photo(mixed, color=(125, 115, 35))
    result = run_pictag(
        "classify", str(photos), str(mixed), "--model", str(model), "--format", "jsonl",
        "--order", "least-certain",
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    names = [Path(r["path"]).name for r in records]
    assert names[0] == "z_mixed.jpg" and names[-1] == "broken.jpg"
    margins = [r["predictions"][0]["probability"] - r["predictions"][1]["probability"]
               for r in records[:-1]]  # fmt: skip
    assert margins == sorted(margins) and len(records) == 5


def test_an_order_that_waits_for_every_result_cannot_be_resumed(dataset, tmp_path):
    model, photos = dataset
    out = tmp_path / "results.jsonl"
    result = run_pictag(
        "classify", str(photos), "--model", str(model), "--output", str(out), "--resume",
        "--order", "confidence",
    )  # fmt: skip
    _assert_clean_error(result, EXIT_USAGE, "--order confidence", "--resume")
    assert not out.exists()
