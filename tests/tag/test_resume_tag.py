"""Continuing a tag run from its manifest: photos written or left on purpose are skipped, a write
cut short at each instant is settled by the file's bytes, failures are tried again, and undo
still restores everything byte for byte."""

from __future__ import annotations

import pytest

from app.core.errors import UsageError
from app.tag import tagger as tagger_module
from app.tag.keywords import TagOptions
from app.tag.manifest import read_manifest
from app.tag.resume import resume_tag
from app.tag.tagger import Tagger
from app.tag.undo import undo_tag
from tests.tag.helpers import photo, result, snapshot


def _photos(folder, n=4):
    return [photo(folder / f"IMG_{i:04d}.jpg") for i in range(n)]


def _run(folder, photos, manifest, *, resume=None, **options):
    options.setdefault("model", "colors")
    tagger = Tagger(TagOptions(**options), folder, manifest=manifest, resume=resume)
    for p in photos:
        tagger.add(result(p, ("heron", 0.9)))
    return tagger.close()


def _cut_short_write(folder, photos, manifest, monkeypatch, *, replaced: bool):
    """A run whose third write stops after its "started" row: before the rename, or after it
    (the "done" row never written)."""
    real_write = tagger_module.Journal.write
    calls = {"n": 0}

    def write(self, **row):
        if row.get("status") == "done" and row.get("step") == 3:
            raise KeyboardInterrupt  # after the rename: the file holds the new bytes
        real_write(self, **row)

    if replaced:
        monkeypatch.setattr(tagger_module.Journal, "write", write)
    else:
        real_replacing = tagger_module.replacing

        def replacing(target):
            calls["n"] += 1
            if calls["n"] == 3:
                raise KeyboardInterrupt  # before the rename: the file holds the original
            return real_replacing(target)

        monkeypatch.setattr(tagger_module, "replacing", replacing)
    tagger = Tagger(TagOptions(model="colors"), folder, manifest=manifest)
    with pytest.raises(KeyboardInterrupt):
        for p in photos:
            tagger.add(result(p, ("heron", 0.9)))
    tagger.close()
    monkeypatch.undo()


@pytest.mark.parametrize("replaced", [False, True], ids=["before-rename", "after-rename"])
def test_a_write_cut_short_is_settled_and_each_photo_written_once(tmp_path, monkeypatch, replaced):
    photos = _photos(tmp_path / "lib", 5)
    before = snapshot(tmp_path / "lib")
    manifest = tmp_path / "tags.csv"
    _cut_short_write(tmp_path / "lib", photos, manifest, monkeypatch, replaced=replaced)

    resumed = resume_tag(manifest, "colors")
    assert resumed.settled == (1 if replaced else 0)
    assert resumed.written == (3 if replaced else 2)
    assert [p for p in photos if p in resumed.done] == photos[: resumed.written]
    rest = [p for p in photos if p not in resumed.done]
    summary = _run(tmp_path / "lib", rest, manifest, resume=resumed)
    assert len(summary.written) == len(rest) and summary.earlier == resumed.written

    rows = read_manifest(manifest)
    done = [r["photo"] for r in rows if r["status"] == "done"]
    assert sorted(done) == sorted(map(str, photos))  # every photo written exactly once
    steps = [int(r["step"]) for r in rows if r["status"] == "started"]
    assert len(steps) == len(set(steps))  # the resumed run numbers its steps on
    assert all((tmp_path / "lib" / f"{p.name}.xmp").is_file() for p in photos)
    assert resume_tag(manifest, "colors").done.keys >= {str(p) for p in photos}

    undo = undo_tag(manifest)
    assert undo.complete, undo.skipped
    assert snapshot(tmp_path / "lib") == before


def test_photos_left_on_purpose_are_skipped_and_failures_tried_again(tmp_path):
    lib = tmp_path / "lib"
    written, low = _photos(lib, 2)
    missing = lib / "gone.jpg"
    manifest = tmp_path / "tags.csv"
    tagger = Tagger(TagOptions(model="colors", min_confidence=0.5), lib, manifest=manifest)
    tagger.add(result(written, ("heron", 0.9)))
    tagger.add(result(low, ("heron", 0.2)))  # no label sure enough: left as it is
    photo(missing)
    stale = result(missing, ("heron", 0.9))
    missing.unlink()
    tagger.add(stale)  # fails: not journaled as done
    tagger.close()
    resumed = resume_tag(manifest, "colors")
    assert written in resumed.done and low in resumed.done and missing not in resumed.done


def test_what_cannot_be_resumed_is_one_line(tmp_path):
    lib = tmp_path / "lib"
    photos = _photos(lib, 2)
    manifest = tmp_path / "tags.csv"
    _run(lib, photos, manifest)
    with pytest.raises(UsageError, match="from the model colors, not other"):
        resume_tag(manifest, "other")
    undo_tag(manifest)
    with pytest.raises(UsageError, match="undone; start a new run"):
        resume_tag(manifest, "colors")
    with pytest.raises(UsageError, match="no such file"):
        resume_tag(tmp_path / "nothing.csv", "colors")
