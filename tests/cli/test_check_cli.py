"""`pictag check` as a user runs it: JSON lines, CSV and table output (to stdout or a file),
and the exit statuses (0 clean, 1 findings, 2 a folder or option that cannot be used)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.check.helpers import make_patterned_set, move, relabel
from tests.cli.helpers import run_pictag
from tests.helpers import make_color_base
from tests.training.helpers import CLASS_COLORS, make_flat_image, make_multi_label_set
from training.check.findings import FIELDS, KINDS


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return make_color_base(tmp_path_factory.mktemp("base") / "colors.weights.h5")


@pytest.fixture(scope="module")
def flipped(tmp_path_factory) -> tuple[Path, Path]:
    """A folder with three photos under the wrong class; the new path of one of them."""
    data = make_patterned_set(tmp_path_factory.mktemp("flipped") / "data")
    move(data / "blue" / "blue_07.png", "red")
    move(data / "green" / "green_10.png", "blue")
    return data, move(data / "red" / "red_03.png", "green")


def check(tmp: Path, data: Path, base: Path, *more: object):
    return run_pictag("check", data, "--weights", base, "--image-size", 32, *more, tmp=tmp)


def test_json_lines_one_finding_per_line_likeliest_first(tmp_path, base, flipped):
    data, photo = flipped
    result = check(tmp_path, data, base, "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(tuple(r) == FIELDS for r in records)
    mine = next(r for r in records if r["path"] == str(photo))
    assert mine == {
        "kind": "label", "path": str(photo), "label": "green", "suggested": "red",
        "score": mine["score"], "group": None, "reason": None, "split": mine["split"],
    }  # fmt: skip
    assert records.index(mine) < 3
    kinds = [r["kind"] for r in records]
    assert kinds == sorted(kinds, key=KINDS.index)
    labels = [r["score"] for r in records if r["kind"] == "label"]
    assert labels == sorted(labels, reverse=True)
    assert "likely label errors" in result.stderr


def test_csv_and_table_written_to_a_file(tmp_path, base, flipped):
    data, photo = flipped
    out = tmp_path / "findings.csv"
    result = check(tmp_path, data, base, "--format", "csv", "--output", out)
    assert result.returncode == 1 and result.stdout == ""
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == FIELDS
    assert ["label", str(photo), "green", "red"] in [row[:4] for row in rows[1:4]]
    table = check(tmp_path, data, base)
    assert table.stdout.splitlines()[0].split()[:2] == ["KIND", "SCORE"]
    assert "green -> red" in table.stdout and str(photo.name) in table.stdout


def test_a_clean_folder_exits_0(tmp_path, base):
    data = make_patterned_set(tmp_path / "data")
    result = check(tmp_path, data, base, "--format", "jsonl")
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr
    assert "0 likely label errors" in result.stderr


def test_a_folder_that_cannot_be_trained_on_is_a_usage_error(tmp_path, base):
    for i in range(3):
        make_flat_image(tmp_path / "data" / "red" / f"r{i}.png", CLASS_COLORS["red"])
    result = check(tmp_path, tmp_path / "data", base)
    assert result.returncode == 2 and "at least 2 classes" in result.stderr
    assert not (tmp_path / "pictag_cache" / "features.sqlite").exists()  # nothing computed


@pytest.mark.parametrize(
    ("options", "message"),
    [(("--weights", "none"), "pretrained base"), (("--folds", "1"), "at least 2 folds")],
)
def test_options_the_check_cannot_use(tmp_path, base, flipped, options, message):
    result = run_pictag("check", flipped[0], "--image-size", 32, *options, tmp=tmp_path)
    assert result.returncode == 2 and message in result.stderr


def test_a_labels_csv_set_is_checked_label_by_label(tmp_path, base):
    data = make_multi_label_set(tmp_path / "data")
    csv_file = data / "labels.csv"
    relabel(csv_file, {"both_03.png": "red", "red_04.png": "red|blue"})
    result = check(tmp_path, data, base, "--labels-csv", csv_file)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()[1:]
    assert len(lines) == 2 and all(line.startswith("label") for line in lines)
    ways = {line.split()[-1].rsplit("/", 1)[-1]: " ".join(line.split()[2:5]) for line in lines}
    assert ways == {"both_03.png": "probably also blue", "red_04.png": "probably not blue"}
