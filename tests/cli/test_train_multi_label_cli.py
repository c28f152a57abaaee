"""`pictag train --labels-csv` / `--keywords` with photos of several labels: a multi-label model
and its figures on the command line; bad input is one line and writes nothing."""

from __future__ import annotations

from tests.cli.helpers import run_pictag
from tests.training.helpers import keyworded, make_multi_label_set

FAST = ["--weights", "none", "--image-size", "32", "--batch-size", "16", "--head-only"]


def test_a_labels_csv_trains_a_multi_label_model_and_prints_its_figures(tmp_path):
    root = make_multi_label_set(tmp_path / "data")
    model = tmp_path / "m.keras"
    run = run_pictag(
        "train", root, "--labels-csv", root / "labels.csv", "--output", model, *FAST,
        "--epochs", "2", tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Multi-label: 12 photos have several labels and 12 photos are" in run.stderr
    assert "(none)" in run.stderr and " val_f1 " in run.stderr
    assert "(multi-label), mAP " in run.stdout and "micro-F1" in run.stdout
    assert "threshold" in run.stdout and "exact match" in run.stdout
    assert model.exists()


def test_single_label_as_asked_says_what_it_leaves_out(tmp_path):
    root = make_multi_label_set(tmp_path / "data", per_kind=6)
    run = run_pictag(
        "train", root, "--labels-csv", root / "labels.csv", "--single-label", "--output",
        tmp_path / "m.keras", *FAST, "--epochs", "1", tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Single-label, as asked: 6 photos have several labels and 6 photos are" in run.stderr
    assert "accuracy" in run.stdout and "Confusion matrix" in run.stdout


def test_a_bad_labels_csv_is_one_line_and_nothing_is_written(tmp_path):
    root = make_multi_label_set(tmp_path / "data", per_kind=3)
    bad = tmp_path / "bad.csv"
    bad.write_text("red_00.png,red\nmissing.png,blue\nblue_00.png,blue\n")
    model = tmp_path / "m.keras"
    run = run_pictag("train", root, "--labels-csv", bad, "--output", model, *FAST, tmp=tmp_path)
    assert run.returncode == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("pictag: ")]
    assert len(errors) == 1 and "files that are not there" in errors[0], run.stderr
    assert "row 2 (missing.png)" in errors[0] and "Traceback" not in run.stderr
    assert not model.exists() and not (tmp_path / "m.report.json").exists()


def test_keywords_with_untagged_none_train_multi_label(tmp_path):
    library = tmp_path / "library"
    for i in range(6):
        keyworded(library / f"r{i}.jpg", "Colours|red")
        keyworded(library / f"b{i}.jpg", "Colours|blue")
        keyworded(library / f"g{i}.jpg")  # no colour: "none of these"
    keyworded(library / "both.jpg", "Colours|red", "Colours|blue")
    run = run_pictag(
        "train", library, "--keywords", "Colours", "--untagged", "none", "--output",
        tmp_path / "m.keras", *FAST, "--epochs", "1", tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert 'Multi-label: 1 photo has several labels and 6 photos are "none of' in run.stderr


def test_untagged_without_keywords_is_a_usage_error(tmp_path):
    root = make_multi_label_set(tmp_path / "data", per_kind=2)
    run = run_pictag(
        "train", root, "--untagged", "none", "--output", tmp_path / "m.keras", *FAST,
        tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 2 and "--untagged is for keyword training" in run.stderr
