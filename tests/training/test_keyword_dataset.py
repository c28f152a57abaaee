"""A training set from the keywords in a photo library: `Birds|heron` is class heron, nothing is
copied, and the hard errors are those of folder training."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import Cancelled, DatasetError
from app.core.progress import Progress, Token
from tests.training.helpers import keyworded, make_flat_image
from training.keywords import class_under, scan_keywords
from training.options import TrainingOptions


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def library(tmp_path) -> Path:
    root = tmp_path / "library"
    for i in range(4):
        keyworded(root / "2024" / f"IMG_{i:04d}.jpg", "Colours|red", "Places|lake")
        keyworded(root / "2025" / f"DSC_{i:04d}.jpg", "colours|Green|light", style="digikam")
        keyworded(root / f"blue_{i}.png", "Colours|blue")
    keyworded(root / "untagged_0.jpg")
    keyworded(root / "untagged_1.jpg", "Places|lake")
    keyworded(root / "both.jpg", "Colours|red", "Colours|blue")
    make_flat_image(root / "broken.jpg", (1, 2, 3))
    (root / "broken.xmp").write_text("<x:xmpmeta><rdf:RDF>not closed")
    return root


def test_the_keyword_scan_counts_the_headers_it_reads(library):
    events: list[Progress] = []
    scan_keywords(library, "Colours", progress=events.append)
    assert [(e.done, e.total) for e in events] == [(0, 0)] + [(n, 13) for n in range(14)]


def test_a_keyword_scan_cancelled_while_reading_keywords_reads_no_headers(library):
    token = Token()
    events: list[Progress] = []

    def progress(event: Progress) -> None:
        events.append(event)
        token.cancel()

    with pytest.raises(Cancelled):
        scan_keywords(library, "Colours", progress=progress, token=token)
    assert [(e.done, e.total) for e in events] == [(0, 0)]


def test_classes_are_the_keywords_right_below_the_parent(library):
    before = snapshot(library)
    scan = scan_keywords(library, "Colours")
    assert scan.classes == ["blue", "Green", "red"]  # one class whatever the case
    assert scan.counts() == [5, 4, 5]  # both.jpg counts for red and for blue
    reds = {s.path.parent.name for s in scan.samples if 2 in s.labels}
    assert reds == {"2024", "library"}
    both = next(s for s in scan.samples if s.path.name == "both.jpg")
    assert both.labels == (0, 2) and scan.label_names(both) == "blue|red"
    assert scan.has_multiple and scan.none_count() == 0
    reasons = dict(scan.skipped)
    assert "not valid XMP" in reasons[library / "broken.jpg"]
    assert any("2 photos" in w and "no keyword under 'Colours'" in w for w in scan.warnings)
    assert snapshot(library) == before  # nothing copied, moved or written


def test_untagged_none_makes_photos_without_a_class_none_of_these_examples(library):
    scan = scan_keywords(library, "Colours", untagged="none")
    none = sorted(s.path.name for s in scan.samples if s.labels == ())
    assert none == ["untagged_0.jpg", "untagged_1.jpg"]
    assert scan.none_count() == 2 and scan.counts() == [5, 4, 5]
    assert any('"none of these" examples' in w for w in scan.warnings)


def test_class_under_matches_levels_not_text():
    assert class_under("Birds", "Birds|heron") == "heron"
    assert class_under("Birds", "birds|heron|grey") == "heron"
    assert class_under("Animals|Birds", "Animals|Birds|egret") == "egret"
    assert class_under("Birds", "Birdsong|lark") is None
    assert class_under("Birds", "Birds") is None
    assert class_under("Birds", "Places|Birds|x") is None


def test_a_parent_with_one_class_is_the_folder_error(tmp_path):
    for i in range(3):
        keyworded(tmp_path / f"r{i}.jpg", "Colours|red")
    with pytest.raises(DatasetError, match=r"at least 2 classes, one keyword per class under "):
        scan_keywords(tmp_path, "Colours")


def test_a_class_with_one_photo_is_the_folder_error(tmp_path):
    for i in range(3):
        keyworded(tmp_path / f"r{i}.jpg", "Colours|red")
    keyworded(tmp_path / "b.jpg", "Colours|blue")
    with pytest.raises(DatasetError, match=r"every class needs at least 2 usable images"):
        scan_keywords(tmp_path, "Colours")


def test_a_raw_jpeg_pair_is_one_training_photo(tmp_path):
    for i in range(3):
        keyworded(tmp_path / f"IMG_{i}.JPG", "Colours|red")  # IMG_i.xmp: also the RAW's
        (tmp_path / f"IMG_{i}.CR2").write_bytes(b"raw")
        keyworded(tmp_path / f"B_{i}.jpg", "Colours|blue")
    scan = scan_keywords(tmp_path, "Colours")
    assert scan.counts() == [3, 3] and not any(s.path.suffix == ".CR2" for s in scan.samples)
    assert any("3 RAW files have a JPEG" in w for w in scan.warnings)


def test_validation_photos_need_the_training_classes(tmp_path):
    for i in range(3):
        keyworded(tmp_path / "train" / f"r{i}.jpg", "Colours|red")
        keyworded(tmp_path / "train" / f"b{i}.jpg", "Colours|blue")
    keyworded(tmp_path / "val" / "g.jpg", "Colours|green")
    with pytest.raises(DatasetError, match=r"classes the training photos lack \(green\)"):
        scan_keywords(tmp_path / "train", "Colours", tmp_path / "val")


def test_an_empty_parent_is_a_usage_error(tmp_path):
    options = TrainingOptions(data_dir=tmp_path, output=tmp_path / "m.keras", keywords=" | ")
    with pytest.raises(Exception, match="give the keyword whose children are the classes"):
        options.check()
