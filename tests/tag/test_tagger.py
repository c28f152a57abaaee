"""Keywords written into sidecars and photos, read back by exiftool; a person's keywords kept;
re-runs replace only Pictag's; undo restores every byte; every bad input left as it is."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.core.errors import WriteError
from app.core.results import ClassifyResult
from app.core.xmp_files import SidecarNaming
from app.tag import tagger as tagger_module
from app.tag.keywords import TagOptions
from app.tag.manifest import read_manifest
from app.tag.tagger import Tagger
from app.tag.undo import undo_tag
from tests.exiftool import read_xmp, write_xmp
from tests.photo_files import photo_pixels, save_dng, save_heic
from tests.tag.helpers import photo, result, snapshot


def tag(folder: Path, results: list[ClassifyResult], **options) -> Tagger:
    options.setdefault("model", "colors")
    tagger = Tagger(TagOptions(**options), folder)
    for r in results:
        tagger.add(r)
    tagger.close()
    return tagger


def test_a_sidecar_is_written_and_the_photo_left_as_it_is(tmp_path, exiftool):
    jpeg = photo(tmp_path / "IMG_0001.JPG")
    before = jpeg.read_bytes()
    tagger = tag(tmp_path, [result(jpeg, ("heron", 0.91), ("egret", 0.06))], top=2)
    assert jpeg.read_bytes() == before
    tags = read_xmp(exiftool, tmp_path / "IMG_0001.JPG.xmp")
    assert tags["XMP-dc:Subject"] == ["heron", "egret"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Pictag|heron", "Pictag|egret"]
    assert [float(p) for p in tags["XMP-pictag:Confidence"]] == [0.91, 0.06]
    assert tags["XMP-pictag:Model"] == ["colors"]
    assert tags["XMP-pictag:Keywords"] == ["heron", "egret"]
    assert tagger.summary.counts == {"heron": 1, "egret": 1}


@pytest.mark.parametrize("name, kind", [("a.jpg", "JPEG"), ("b.tif", "TIFF"), ("c.png", "PNG")])
def test_keywords_are_embedded_when_asked(tmp_path, exiftool, name, kind):
    path = photo(tmp_path / name, kind)
    tag(tmp_path, [result(path, ("heron", 0.8))], embed=True, parent="Birds|Auto")
    tags = read_xmp(exiftool, path)
    assert tags["XMP-dc:Subject"] == ["heron"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Birds|Auto|heron"]
    assert not list(tmp_path.glob("*.xmp"))
    Image.open(path).load()  # still an image


def test_a_heic_asked_to_embed_gets_a_sidecar_with_a_note(tmp_path, exiftool):
    heic = save_heic(tmp_path / "IMG_0002.HEIC", photo_pixels((48, 32), (9, 9, 200)))
    before = heic.read_bytes()
    tagger = tag(tmp_path, [result(heic, ("lake", 0.7))], embed=True)
    assert heic.read_bytes() == before
    assert read_xmp(exiftool, tmp_path / "IMG_0002.HEIC.xmp")["XMP-dc:Subject"] == ["lake"]
    ((_, note),) = tagger.summary.notes
    assert "HEIF" in note and "sidecar" in note


def test_sidecar_naming_follows_the_option(tmp_path):
    dng = save_dng(tmp_path / "IMG_0003.dng", photo_pixels((32, 32), (200, 30, 30)))
    tag(tmp_path, [result(dng, ("red", 0.9))], naming=SidecarNaming.REPLACE)
    assert (tmp_path / "IMG_0003.xmp").exists() and not (tmp_path / "IMG_0003.dng.xmp").exists()


def test_a_raw_twin_gets_its_jpegs_keywords(tmp_path, exiftool):
    jpeg, raw = photo(tmp_path / "IMG_0004.JPG"), tmp_path / "IMG_0004.CR2"
    raw.write_bytes(b"raw data stays untouched")
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.9), companions=(raw,))])
    assert read_xmp(exiftool, tmp_path / "IMG_0004.CR2.xmp")["XMP-dc:Subject"] == ["red"]
    assert read_xmp(exiftool, tmp_path / "IMG_0004.JPG.xmp")["XMP-dc:Subject"] == ["red"]
    assert tagger.summary.companions == 1 and raw.read_bytes() == b"raw data stays untouched"
    # Lightroom's names give both one sidecar: written once, the other says so
    (tmp_path / "other").mkdir()
    jpeg2, raw2 = photo(tmp_path / "other" / "X.JPG"), tmp_path / "other" / "X.CR2"
    raw2.write_bytes(b"raw")
    tagger = tag(
        tmp_path / "other", [result(jpeg2, ("red", 0.9), companions=(raw2,))],
        naming=SidecarNaming.REPLACE,
    )  # fmt: skip
    assert read_xmp(exiftool, tmp_path / "other" / "X.xmp")["XMP-dc:Subject"] == ["red"]
    assert "shares X.xmp" in tagger.summary.failed[0][1]


def test_a_persons_keywords_and_other_xmp_are_kept(tmp_path, exiftool):
    jpeg = photo(tmp_path / "IMG_0005.JPG")
    sidecar = tmp_path / "IMG_0005.JPG.xmp"
    write_xmp(
        exiftool, sidecar, "-XMP-dc:Subject=Birds", "-XMP-dc:Subject=red",
        "-XMP-lr:HierarchicalSubject=Birds|heron", "-XMP-xmp:Rating=4",
        "-XMP-dc:Description=at the lake",
    )  # fmt: skip
    tag(tmp_path, [result(jpeg, ("red", 0.9), ("blue", 0.08))], top=2)
    tags = read_xmp(exiftool, sidecar)
    assert tags["XMP-dc:Subject"] == ["Birds", "red", "blue"]
    assert tags["XMP-lr:HierarchicalSubject"] == ["Birds|heron", "Pictag|red", "Pictag|blue"]
    assert tags["XMP-xmp:Rating"] == ["4"] and tags["XMP-dc:Description"] == ["at the lake"]
    assert tags["XMP-pictag:Keywords"] == ["blue"]  # "red" was the person's already
    assert "<rdf:Seq>" not in sidecar.read_text().split("hierarchicalSubject>")[1]  # a Bag still


def test_a_rerun_replaces_only_pictags_keywords(tmp_path, exiftool):
    jpeg = photo(tmp_path / "IMG_0006.JPG")
    sidecar = tmp_path / "IMG_0006.JPG.xmp"
    write_xmp(exiftool, sidecar, "-XMP-dc:Subject=red", "-XMP-dc:Subject=mine")
    tag(tmp_path, [result(jpeg, ("red", 0.9), ("green", 0.07))], top=2)
    assert read_xmp(exiftool, sidecar)["XMP-dc:Subject"] == ["red", "mine", "green"]
    tag(tmp_path, [result(jpeg, ("blue", 0.9))], model="other model")
    tags = read_xmp(exiftool, sidecar)
    assert tags["XMP-dc:Subject"] == ["red", "mine", "blue"]  # green went, the person's stay
    assert tags["XMP-lr:HierarchicalSubject"] == ["Pictag|blue"]
    assert tags["XMP-pictag:Model"] == ["other model"]
    # Nothing confident any more: Pictag's keywords go, the person's stay.
    tag(tmp_path, [result(jpeg, ("blue", 0.01))])
    tags = read_xmp(exiftool, sidecar)
    assert tags["XMP-dc:Subject"] == ["red", "mine"]
    assert not any(k.startswith("XMP-pictag") or k.startswith("XMP-lr") for k in tags)


def test_a_rerun_with_the_same_model_changes_nothing(tmp_path):
    jpeg = photo(tmp_path / "IMG_0007.JPG")
    tag(tmp_path, [result(jpeg, ("red", 0.9))])
    before = snapshot(tmp_path)
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.9))])
    assert snapshot(tmp_path) == before and tagger.summary.unchanged == 1
    assert not tagger.summary.written


@pytest.mark.parametrize("embed", [False, True])
def test_undo_restores_every_file_byte_for_byte(tmp_path, exiftool, embed):
    jpegs = [photo(tmp_path / f"IMG_{i}.JPG") for i in range(3)]
    write_xmp(exiftool, tmp_path / "IMG_1.JPG.xmp", "-XMP-dc:Subject=mine")
    write_xmp(exiftool, jpegs[2], "-XMP-dc:Subject=inside")
    before = snapshot(tmp_path)
    tagger = tag(tmp_path, [result(j, ("red", 0.9)) for j in jpegs], embed=embed)
    assert snapshot(tmp_path) != before and len(tagger.summary.written) == 3
    summary = undo_tag(tagger.summary.manifest)
    assert summary.complete
    assert snapshot(tmp_path) == before
    assert not tagger.summary.backups.exists()  # nothing needed any more
    assert not undo_tag(tagger.summary.manifest).restored  # undoing again: nothing to do


def test_undo_leaves_a_file_changed_since_and_keeps_its_original(tmp_path, exiftool):
    jpeg = photo(tmp_path / "IMG_0008.JPG")
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.9))], embed=True)
    write_xmp(exiftool, jpeg, "-XMP-xmp:Rating=5")  # a photo manager wrote since
    changed = jpeg.read_bytes()
    summary = undo_tag(tagger.summary.manifest)
    ((path, why),) = summary.skipped
    assert path == jpeg and "changed since" in why and jpeg.read_bytes() == changed
    assert len(list(tagger.summary.backups.iterdir())) == 1


def test_a_dry_run_writes_nothing(tmp_path):
    jpeg = photo(tmp_path / "IMG_0009.JPG")
    before = snapshot(tmp_path)
    tagger = Tagger(TagOptions(model="m"), tmp_path, dry_run=True)
    (outcome,) = tagger.add(result(jpeg, ("red", 0.9)))
    assert outcome.status == "planned" and outcome.file == tmp_path / "IMG_0009.JPG.xmp"
    assert tagger.close().manifest is None
    assert snapshot(tmp_path) == before and not list(tmp_path.glob("*.csv"))


def test_a_sidecar_that_is_not_valid_xmp_is_left_untouched(tmp_path):
    jpeg = photo(tmp_path / "IMG_0010.JPG")
    sidecar = tmp_path / "IMG_0010.JPG.xmp"
    sidecar.write_text('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>broken')
    before = snapshot(tmp_path)
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.9))])
    ((path, why),) = tagger.summary.failed
    assert path == jpeg and "not valid XMP" in why and "\n" not in why
    assert snapshot(tmp_path) == before


def test_read_only_photos_sidecars_and_folders_are_left_alone(tmp_path):
    ro_photo = photo(tmp_path / "a" / "ro.jpg")
    ro_photo.chmod(0o444)
    ro_sidecar = photo(tmp_path / "b" / "x.jpg")
    (tmp_path / "b" / "x.jpg.xmp").write_bytes(b"")
    (tmp_path / "b" / "x.jpg.xmp").chmod(0o444)
    in_ro_folder = photo(tmp_path / "c" / "y.jpg")
    (tmp_path / "c").chmod(0o555)
    try:
        before = snapshot(tmp_path)
        tagger = tag(tmp_path, [result(ro_photo, ("red", 0.9))], embed=True)
        tagger2 = tag(
            tmp_path, [result(ro_sidecar, ("red", 0.9)), result(in_ro_folder, ("red", 0.9))]
        )
        reasons = [why for _, why in tagger.summary.failed + tagger2.summary.failed]
        assert "photo is read-only" in reasons[0]
        assert "x.jpg.xmp is read-only" in reasons[1]
        assert "folder" in reasons[2] and "read-only" in reasons[2]
        assert snapshot(tmp_path) == before
    finally:
        (tmp_path / "c").chmod(0o755)


def test_a_photo_changed_since_it_was_classified_is_left_alone(tmp_path):
    jpeg = photo(tmp_path / "IMG_0011.JPG")
    classified = result(jpeg, ("red", 0.9))
    os.utime(jpeg, ns=(classified.stamp[1] + 10**9, classified.stamp[1] + 10**9))
    tagger = tag(tmp_path, [classified], embed=True)
    ((_, why),) = tagger.summary.failed
    assert "changed since it was classified" in why
    assert not list(tmp_path.glob("*.xmp"))


def test_a_write_that_fails_midway_leaves_the_file_and_undo_is_harmless(tmp_path, monkeypatch):
    jpeg = photo(tmp_path / "IMG_0012.JPG")
    before = snapshot(tmp_path)

    def broken(path: Path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tagger_module, "replacing", broken)
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.9))], embed=True)
    assert "permission denied" in tagger.summary.failed[0][1]
    assert snapshot(tmp_path) == before
    statuses = [row["status"] for row in read_manifest(tagger.summary.manifest)]
    assert statuses == ["started", "failed"]
    monkeypatch.undo()
    assert undo_tag(tagger.summary.manifest).complete and snapshot(tmp_path) == before


A_SIDECAR = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    'syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<dc:subject><rdf:Bag><rdf:li>kept</rdf:li></rdf:Bag></dc:subject></rdf:Description>"
    "</rdf:RDF></x:xmpmeta>"
)


def test_a_full_disk_stops_the_job_with_one_line_and_undo_is_harmless(tmp_path, monkeypatch):
    """The rest would fail the same way: one message saying how to go on, not one per photo;
    the backup of the file that was not replaced is not left behind."""
    photos = [photo(tmp_path / f"IMG_00{i}.JPG") for i in (13, 14)]
    (tmp_path / "IMG_0013.JPG.xmp").write_text(A_SIDECAR)  # a backup is made before the write
    before = snapshot(tmp_path)

    def full(path: Path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tagger_module, "replacing", full)
    tagger = Tagger(TagOptions(model="colors"), tmp_path)
    with pytest.raises(WriteError, match=r"IMG_0013.JPG.xmp \(No space left on device\), so "):
        for p in photos:
            tagger.add(result(p, ("red", 0.9)))
    summary = tagger.close()
    assert [row["status"] for row in read_manifest(summary.manifest)] == ["started", "failed"]
    assert not any(summary.backups.glob("*")) and snapshot(tmp_path) == before
    monkeypatch.undo()
    assert undo_tag(summary.manifest).complete and snapshot(tmp_path) == before


def test_results_without_predictions_are_reported(tmp_path):
    tagger = tag(tmp_path, [ClassifyResult(tmp_path / "bad.jpg", error="truncated image file")])
    assert tagger.summary.failed == [(tmp_path / "bad.jpg", "truncated image file")]


def test_labels_below_the_threshold_make_no_keyword(tmp_path):
    jpeg = photo(tmp_path / "IMG_0013.JPG")
    tagger = tag(tmp_path, [result(jpeg, ("red", 0.4))], min_confidence=0.5)
    assert tagger.summary.nothing == 1 and not list(tmp_path.glob("*.xmp"))


def test_non_utf8_names_are_tagged_and_undone(tmp_path):
    if os.name == "nt":
        pytest.skip("Windows names are always text")
    folder = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9"))
    jpeg = photo(folder / "IMG.jpg")
    before = snapshot(tmp_path)
    tagger = tag(folder, [result(jpeg, ("red", 0.9))], embed=True)
    assert not tagger.summary.failed and snapshot(tmp_path) != before
    assert undo_tag(tagger.summary.manifest).complete and snapshot(tmp_path) == before
    assert np.asarray(Image.open(jpeg)).shape == (32, 48, 3)
