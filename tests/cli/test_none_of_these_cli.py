""" "None of these" on the command line: the labels given in every results format, keywords
only for labels given (and Pictag's own removed from a photo that is now none), sort leaving
such photos where they are, --keep-known, and a model made before Pictag had a detector."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_pictag
from tests.helpers import (
    COLORS,
    GREY,
    as_version_one,
    make_color_model_file,
    make_photo,
    save_open_set_model,
)


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("models")
    return {
        "open": save_open_set_model(folder / "colors.keras"),
        "closed": make_color_model_file(folder / "closed.keras"),
    }


@pytest.fixture
def photos(tmp_path) -> Path:
    folder = tmp_path / "photos"
    make_photo(folder / "a_red.jpg", color=COLORS["red"])
    make_photo(folder / "b_grey.jpg", color=GREY)
    make_photo(folder / "c_blue.jpg", color=COLORS["blue"])
    return folder


def test_jsonl_and_csv_say_which_labels_each_photo_is_given(models, photos, tmp_path):
    jsonl = run_pictag("classify", photos, "--model", models["open"], "--format", "jsonl",
                       tmp=tmp_path)  # fmt: skip
    assert jsonl.returncode == 0, jsonl.stderr
    records = {Path(r["path"]).name: r for r in map(json.loads, jsonl.stdout.splitlines())}
    assert records["a_red.jpg"]["labels"] == ["red"]
    assert records["b_grey.jpg"]["labels"] == []  # none of these
    assert records["b_grey.jpg"]["predictions"][0]["label"]  # the best guess stays listed
    assert records["b_grey.jpg"]["novelty"] > records["a_red.jpg"]["novelty"]
    assert "1 of 3 photos are none of the model's classes" in jsonl.stderr

    out = tmp_path / "results.csv"
    run = run_pictag("classify", photos, "--model", models["open"], "--output", out, tmp=tmp_path)
    assert run.returncode == 0, run.stderr
    with open(out, newline="", encoding="utf-8") as f:
        rows = {Path(r["path"]).name: r for r in csv.DictReader(f)}
    assert [rows[n]["labels"] for n in ("a_red.jpg", "b_grey.jpg", "c_blue.jpg")] == [
        "red", "", "blue"
    ]  # fmt: skip
    assert rows["b_grey.jpg"]["label_1"] and float(rows["b_grey.jpg"]["novelty"]) > 0.5


def test_keep_known_moves_the_line_and_is_checked(models, photos, tmp_path):
    # Keeping every known photo (1) gives even the grey photo its best guess.
    run = run_pictag("classify", photos, "--model", models["open"], "--format", "jsonl",
                     "--keep-known", "1", tmp=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert all(json.loads(line)["labels"] for line in run.stdout.splitlines())
    for bad in ("0.2", "1.5", "many"):
        refused = run_pictag("classify", photos, "--model", models["open"], "--keep-known", bad,
                             tmp=tmp_path)  # fmt: skip
        assert refused.returncode == 2 and "--keep-known" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    closed = run_pictag("classify", photos, "--model", models["closed"], "--keep-known", "0.9",
                        tmp=tmp_path)  # fmt: skip
    assert closed.returncode == 0 and "changes nothing" in closed.stderr, closed.stderr


def test_resume_continues_a_results_file_with_labels(models, photos, tmp_path):
    out = tmp_path / "results.jsonl"
    first = run_pictag("classify", photos / "a_red.jpg", "--model", models["open"], "--output",
                       out, "--resume", tmp=tmp_path)  # fmt: skip
    assert first.returncode == 0, first.stderr
    again = run_pictag("classify", photos, "--model", models["open"], "--output", out,
                       "--resume", tmp=tmp_path)  # fmt: skip
    assert again.returncode == 0, again.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(Path(r["path"]).name for r in records) == ["a_red.jpg", "b_grey.jpg",
                                                             "c_blue.jpg"]  # fmt: skip


def test_tag_removes_pictags_keyword_from_a_photo_that_is_now_none(models, photos, tmp_path,
                                                                   exiftool):  # fmt: skip
    from tests.exiftool import read_xmp

    closed = run_pictag("tag", photos, "--model", models["closed"], tmp=tmp_path)
    assert closed.returncode == 0, closed.stderr
    assert read_xmp(exiftool, photos / "b_grey.jpg.xmp")["XMP-dc:Subject"] == ["red"]

    run = run_pictag("tag", photos, "--model", models["open"], tmp=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "1 photo is none of the model's classes" in run.stdout
    grey = read_xmp(exiftool, photos / "b_grey.jpg.xmp")
    assert "XMP-dc:Subject" not in grey and "XMP-pictag:Model" not in grey
    assert read_xmp(exiftool, photos / "a_red.jpg.xmp")["XMP-dc:Subject"] == ["red"]


def test_sort_leaves_none_photos_unless_a_folder_is_named(models, photos, tmp_path):
    dest = tmp_path / "sorted"
    run = run_pictag("sort", photos, dest, "--model", models["open"], tmp=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(p.name for p in dest.iterdir() if p.is_dir()) == ["blue", "red"]
    assert "1 photo is none of the model's classes and stayed where it is" in run.stdout

    named = tmp_path / "named"
    run = run_pictag("sort", photos, named, "--model", models["open"], "--none-folder", "other",
                     tmp=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert [p.name for p in (named / "other").iterdir()] == ["b_grey.jpg"]

    refused = run_pictag("sort", photos, tmp_path / "x", "--model", models["open"],
                         "--none-folder", "../up", tmp=tmp_path)  # fmt: skip
    assert refused.returncode == 2 and "plain folder name" in refused.stderr, refused.stderr
    assert not (tmp_path / "x").exists()


def test_a_model_from_before_none_of_these_still_works_and_says_so(models, photos, tmp_path):
    old = as_version_one(models["closed"], tmp_path / "old.keras")
    run = run_pictag("classify", photos, "--model", old, "--format", "jsonl", tmp=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "made by an earlier Pictag" in run.stderr and "none of these" in run.stderr
    assert all(json.loads(line)["labels"] for line in run.stdout.splitlines())
