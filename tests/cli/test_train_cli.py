"""`pictag train` end to end, in a subprocess, as a user runs it.

Runs use a random base (--weights none) at 32 px so each takes seconds. Even prepared by the
engine (residual branches off, batch-norm statistics from the images), a random base only
separates simple cues such as colour reliably; on shapes over noisy backgrounds its features
generalise poorly. So the random-base runs check colour classes on new photos, and that
`classify` reproduces file by file what training measured; whether a model learns shapes from
real features is checked with the ImageNet weights in ../shared, when they are there.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.cli.interrupt import FIRST_CTRL_C, SAVING_CTRL_C, SECOND_CTRL_C
from app.core.model_file import read_model_info
from app.core.registry import get_architecture
from tests.cli.helpers import (
    SAVE_PAUSED,
    SLOW_EPOCHS,
    SLOW_EXTRACTION,
    SLOW_SAVE,
    Lines,
    interrupt,
    run_pictag,
    start_slow_pictag,
)
from tests.helpers import COLORS
from tests.shared_data import SHARED_KERAS_HOME
from tests.training.helpers import make_color_dataset
from training.trainer import STOPPED_BEFORE_TRAINING

FAST = ["--weights", "none", "--image-size", "32", "--batch-size", "16"]
NO_TOP = SHARED_KERAS_HOME / "models" / get_architecture("mobilenet_v2").imagenet_no_top.filename


def make_circles(root: Path, per_class: int, seed: int, size: int = 64) -> Path:
    """root/<colour>/*.png: a filled circle of the class colour, of random size and position,
    on a random grey gradient with soft blobs and noise."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size
    for name, color in COLORS.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            a, b, angle = rng.uniform(40, 215), rng.uniform(40, 215), rng.uniform(0, 2 * np.pi)
            grey = a + (b - a) * np.clip(x * np.cos(angle) + y * np.sin(angle), 0, 1)
            pixels = np.repeat(grey[..., None], 3, axis=-1)
            for _ in range(rng.integers(3, 8)):
                cx, cy, r = rng.uniform(0, 1), rng.uniform(0, 1), rng.uniform(0.05, 0.25)
                blob = np.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r))[..., None]
                pixels = pixels * (1 - blob) + rng.uniform(30, 225) * blob
            pixels += rng.normal(0, 8, pixels.shape)
            img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
            r = int(rng.integers(size // 4, size * 45 // 100 + 1))
            cx, cy = (int(v) for v in rng.integers(r // 2, size - r // 2 + 1, 2))
            shade = np.clip(np.array(color) + rng.integers(-25, 26, 3), 0, 255)
            fill = tuple(int(v) for v in shade)
            ImageDraw.Draw(img).ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
            img.save(folder / f"{name}_{i:02d}.png")
    return root


@pytest.fixture(scope="module")
def circles(tmp_path_factory) -> tuple[Path, Path]:
    """(training folder, held-out folder): 3 classes, 25 and 10 images each, other seeds."""
    root = tmp_path_factory.mktemp("circles")
    return make_circles(root / "data", 25, seed=1), make_circles(root / "heldout", 10, seed=2)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _classified(stdout: str) -> dict[str, str]:
    """{path: top-1 label} from `classify --format csv`, with no errors."""
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert all(row["error"] == "" for row in rows), rows
    return {row["path"]: row["label_1"] for row in rows}


def test_train_report_and_classify_reproduces_the_validation_results(circles, tmp_path):
    data, heldout = circles
    out = tmp_path / "out"
    model = out / "colors.keras"
    result = run_pictag(
        "train", data, "--output", model, "--validation-dir", heldout, *FAST,
        "--epochs", "4", "--fine-tune-epochs", "1", "--augment-views", "1", tmp=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    err, stdout = result.stderr, result.stdout
    # Progress and the scan report on stderr, in order; the evaluation on stdout.
    for earlier, later in [
        (f"Scanning {data}", "Random weights: estimating batch-norm statistics"),
        ("Random weights", "Features: 180 computed, 0 from the cache"),
        ("Features: 180", "Phase 1: training a new head on 150 feature vectors"),
        ("Phase 1", "head epoch  1/4"),
        ("head epoch  1/4", "Phase 2: fine-tuning MobileNetV2"),
        ("Phase 2", "fine-tune epoch  1/1"),
        ("fine-tune epoch  1/1", f"Saving {model}"),
    ]:
        assert earlier in err and later in err, err
        assert err.index(earlier) < err.index(later), err
    assert "Validation: 30 images, accuracy " in stdout
    assert "class     precision  recall     f1  images" in stdout
    for name in COLORS:
        assert any(line.startswith(name) and line.endswith(" 10") for line in stdout.splitlines())
    assert "Confusion matrix (rows: true class, columns: predicted)" in stdout
    assert f"Saved {model}" in stdout and f"Report {out / 'colors.report.json'}" in stdout
    assert _files(out) == ["colors.keras", "colors.report.json"]  # no temp or probe files left

    report = json.loads((out / "colors.report.json").read_text())
    evaluation = report["evaluation"]
    assert evaluation["classes"] == ["blue", "green", "red"]
    assert evaluation["images"] == 30 and np.sum(evaluation["confusion_matrix"]) == 30
    assert f"accuracy {evaluation['accuracy']:.2%}" in stdout
    assert report["dataset"]["train_images"] == 75
    assert report["dataset"]["validation_images"] == 30
    assert [e["epoch"] for e in report["history"]["fine_tune"]] == [1]

    listed = run_pictag("classify", "--model", model, heldout, "--format", "csv", tmp=tmp_path)
    assert listed.returncode == 0, listed.stderr
    top1 = _classified(listed.stdout)
    assert len(top1) == 30 and set(top1.values()) <= set(COLORS)
    # The saved model makes exactly the predictions the training run evaluated.
    wrong = {m["path"]: m["predicted"] for m in evaluation["misclassified"]}
    assert {p: label for p, label in top1.items() if label != Path(p).parent.name} == wrong
    accuracy = np.mean([label == Path(p).parent.name for p, label in top1.items()])
    assert accuracy == pytest.approx(evaluation["accuracy"])


def test_random_base_model_labels_new_colour_photos(tmp_path):
    """No weights at all (what CI can always run): a learnable task must still transfer to
    images the run never saw, through `pictag classify`."""
    data = make_color_dataset(tmp_path / "data", per_class=20, seed=0)
    heldout = make_color_dataset(tmp_path / "heldout", per_class=8, seed=7)
    model = tmp_path / "colors.keras"
    result = run_pictag("train", data, "--output", model, *FAST, "--epochs", "10", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    _assert_labels_folders(model, heldout, 24, tmp_path)


@pytest.mark.skipif(not NO_TOP.is_file(), reason="ImageNet weights in ../shared not available")
def test_model_trained_on_imagenet_features_labels_new_photos(circles, tmp_path):
    """Default validation split, a weights file, the feature cache: and it really learns."""
    data, heldout = circles
    model = tmp_path / "colors.keras"
    args = ["train", data, "--output", model, "--weights", NO_TOP, "--image-size", "64"]
    more = ["--fine-tune-epochs", "0", "--augment-views", "1", "--batch-size", "16"]
    result = run_pictag(*args, *more, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Features: 135 computed, 0 from the cache" in result.stderr  # 60 x 2 views + 15
    assert (tmp_path / "pictag_cache").is_dir()
    _assert_labels_folders(model, heldout, 30, tmp_path)


def _assert_labels_folders(model: Path, heldout: Path, images: int, tmp: Path) -> None:
    """`pictag classify` with the model gives at least 90% of held-out photos their folder."""
    listed = run_pictag("classify", "--model", model, heldout, "--format", "csv", tmp=tmp)
    assert listed.returncode == 0, listed.stderr
    top1 = _classified(listed.stdout)
    assert len(top1) == images
    accuracy = np.mean([label == Path(p).parent.name for p, label in top1.items()])
    assert accuracy >= 0.9, listed.stdout


def _assert_clean_error(result, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    for fragment in fragments:
        assert fragment in errors[0], result.stderr


def test_dataset_and_usage_errors_exit_2_and_write_nothing(circles, tmp_path):
    data, _ = circles
    one_class = tmp_path / "one_class"
    (one_class / "red").mkdir(parents=True)
    for name in ("a.png", "b.png"):
        (one_class / "red" / name).write_bytes((data / "red" / "red_00.png").read_bytes())
    lonely = tmp_path / "lonely"
    for name in ("red", "green"):
        (lonely / name).mkdir(parents=True)
    (lonely / "red" / "a.png").write_bytes((data / "red" / "red_00.png").read_bytes())
    (lonely / "green" / "a.png").write_bytes((data / "green" / "green_00.png").read_bytes())
    (lonely / "green" / "b.png").write_bytes((data / "green" / "green_01.png").read_bytes())
    extra = tmp_path / "extra"
    for name in ("red", "purple"):
        (extra / name).mkdir(parents=True)
        (extra / name / "a.png").write_bytes((data / "red" / "red_00.png").read_bytes())
    a_file = tmp_path / "a_file"
    a_file.write_text("a regular file, not a folder")
    out = tmp_path / "out"
    out.mkdir()
    model = out / "m.keras"

    cases = [
        ([tmp_path / "missing", "--output", model], ["missing", "training folder not found"]),
        ([one_class, "--output", model], ["at least 2 classes", "found 1: red"]),
        ([lonely, "--output", model], ["at least 2 usable images", "red (1)"]),
        ([data, "--output", out / "m.h5"], ["m.h5", "must end in .keras"]),
        ([data, "--output", a_file / "m.keras"], [str(a_file / "m.keras"), "cannot write"]),
        ([data, "--output", model, "--validation-split", "1.5"], ["--validation-split", "1.5"]),
        (
            [data, "--output", model, "--fine-tune-learning-rate", "0"],
            ["phase 2 learning rate (fine-tune-learning-rate) must be a positive number, got 0"],
        ),
        ([data, "--output", model, "--learning-rate", "nan"], ["positive number, got nan"]),
        (
            [data, "--output", model, "--validation-dir", extra],
            ["classes the training folder lacks (purple)"],
        ),
    ]
    for args, fragments in cases:
        result = run_pictag("train", *args, *FAST, "--fine-tune-epochs", "0", tmp=tmp_path)
        _assert_clean_error(result, *fragments)
        assert _files(out) == [], (args, _files(out))  # no model, report or temp file
        assert a_file.read_text() == "a regular file, not a folder"


def _ctrl_c_train(
    tmp: Path,
    model: Path,
    per_class: int,
    *options: str,
    after: str,
    times: int = 1,
    slow: str = SLOW_EPOCHS,
    env: dict[str, str] | None = None,
) -> tuple[int, str, str]:
    """`pictag train` (fast, with `options`) of `per_class` circles of each colour into
    `model`, Ctrl-C'ed `times` times once it printed a line starting with `after`: its exit
    status, stdout and stderr."""
    data = make_circles(tmp / "data", per_class, seed=3)
    child = start_slow_pictag(
        "train", data, "--output", model, *FAST, *options, tmp=tmp, env=env, slow=slow
    )
    return interrupt(child, Lines(child.stderr), after, times=times)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_once_keeps_the_best_weights_saves_them_and_exits_130(tmp_path):
    model = tmp_path / "out" / "m.keras"
    code, out, err = _ctrl_c_train(
        tmp_path, model, 20, "--epochs", "20", "--fine-tune-epochs", "0", "--no-augment",
        after="  head epoch  1/20",
    )  # fmt: skip
    assert code == 130, err
    assert FIRST_CTRL_C in err and "Stopped: keeping the best weights seen so far." in err
    assert "Traceback" not in err and "interrupted" not in err, err
    assert f"Saved {model} (stopped early by request)" in out
    report = json.loads(model.with_name("m.report.json").read_text())
    assert report["stopped_by_user"] is True
    assert 1 <= len(report["history"]["head"]) < 20
    assert read_model_info(model).labels == tuple(sorted(COLORS))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_twice_during_training_exits_130_and_leaves_no_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    model = out / "big.keras"
    earlier = b"PK an earlier model the interrupted run must not touch"
    model.write_bytes(earlier)
    temp = tmp_path / "temp"  # the child's temporary folder
    temp.mkdir()
    # Phase 1 has 1 short epoch; phase 2 has 50 long ones: it is stopped in there.
    code, stdout, err = _ctrl_c_train(
        tmp_path, model, 40, "--epochs", "1", "--fine-tune-epochs", "50",
        after="  fine-tune epoch  1/50", times=2, env={"TMPDIR": str(temp)},
    )  # fmt: skip
    assert code == 130, err
    assert SECOND_CTRL_C in err
    assert err.rstrip().endswith("pictag: interrupted; nothing was written"), err
    assert "Traceback" not in err and "Saving" not in err, err
    assert stdout == ""
    assert _files(out) == ["big.keras"]  # no report, temp or probe file
    assert model.read_bytes() == earlier
    # Phase 2's decoded images (in the temporary or the cache folder) are gone too.
    left = [p for p in [*temp.rglob("*"), *(tmp_path / "pictag_cache").rglob("*")] if p.is_file()]
    assert [p for p in left if not p.name.startswith("features.sqlite")] == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_before_the_first_epoch_says_there_is_nothing_to_keep(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code, stdout, err = _ctrl_c_train(
        tmp_path, out / "m.keras", 10, "--fine-tune-epochs", "0",
        after="Computing features", slow=SLOW_EXTRACTION,
    )  # fmt: skip
    assert code == 130, err
    assert FIRST_CTRL_C in err
    assert err.rstrip().endswith(f"pictag: interrupted: {STOPPED_BEFORE_TRAINING}"), err
    assert "Traceback" not in err and "epoch" not in err, err
    assert stdout == ""
    assert _files(out) == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is POSIX")
def test_ctrl_c_while_saving_says_it_is_too_late_and_the_model_is_saved(tmp_path):
    model = tmp_path / "out" / "m.keras"
    code, out, err = _ctrl_c_train(
        tmp_path, model, 10, "--epochs", "2", "--fine-tune-epochs", "0",
        after=SAVE_PAUSED, slow=SLOW_SAVE,
    )  # fmt: skip
    assert code == 0, err
    assert SAVING_CTRL_C in err and FIRST_CTRL_C not in err
    assert "Traceback" not in err and "interrupted" not in err, err
    assert f"Saved {model}\n" in out  # a whole run, not one stopped early
    assert read_model_info(model).labels == tuple(sorted(COLORS))


def test_unreadable_images_are_skipped_and_listed(circles, tmp_path):
    source, _ = circles
    data = tmp_path / "data"
    for name in COLORS:
        (data / name).mkdir(parents=True)
        for path in sorted((source / name).iterdir())[:8]:
            (data / name / path.name).write_bytes(path.read_bytes())
    (data / "red" / "garbage.jpg").write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    whole = (source / "green" / "green_20.png").read_bytes()
    (data / "green" / "truncated.png").write_bytes(whole[: len(whole) // 2])
    (data / "notes.txt").write_text("beside the class folders")
    model = tmp_path / "m.keras"
    result = run_pictag(
        "train", data, "--output", model, *FAST, "--epochs", "2", "--fine-tune-epochs", "0",
        tmp=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("Skipped ")]
    assert len(skipped) == 3, result.stderr
    for name in ("garbage.jpg", "truncated.png", "notes.txt"):
        assert any(name in line for line in skipped), result.stderr
    assert model.is_file()
    report = json.loads((tmp_path / "m.report.json").read_text())
    assert sorted(Path(s["path"]).name for s in report["dataset"]["skipped"]) == [
        "garbage.jpg",
        "notes.txt",
        "truncated.png",
    ]
    assert report["dataset"]["train_images"] + report["dataset"]["validation_images"] == 25


def test_help_lists_the_options(tmp_path):
    result = run_pictag("train", "--help", tmp=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    for option in [
        "DATA_DIR", "--output", "--validation-dir", "--validation-split", "--base", "--weights",
        "--image-size", "--epochs", "--fine-tune-epochs", "--fine-tune-at", "--batch-size",
        "--learning-rate", "--augment-views", "--no-augment", "--seed", "--report", "--no-cache",
        "mobilenet_v2", "inception_v3", "130",
    ]:  # fmt: skip
        assert option in result.stdout, option
