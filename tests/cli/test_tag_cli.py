"""`pictag tag` end to end, in a subprocess, on JPEG, HEIC and DNG photos of known colours, read
back with exiftool; and RAW+JPEG pairs through `pictag classify` and `pictag sort`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.tag.manifest import read_manifest
from tests.cli.helpers import run_pictag
from tests.exiftool import read_xmp, write_xmp
from tests.helpers import COLORS, make_color_model_file
from tests.photo_files import photo_pixels, save_dng, save_heic


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    return make_color_model_file(tmp_path_factory.mktemp("model") / "colors.keras")


@pytest.fixture
def library(tmp_path) -> Path:
    """A camera's RAW+JPEG pair, a phone's HEIC, a lone DNG, and a broken file."""
    src = tmp_path / "library"
    (src / "trip").mkdir(parents=True)
    red, green, blue = (photo_pixels((64, 48), COLORS[c]) for c in ("red", "green", "blue"))
    Image.fromarray(red).save(src / "trip" / "IMG_0001.JPG", quality=92)
    save_dng(src / "trip" / "IMG_0001.DNG", red, preview=red)
    save_heic(src / "phone.heic", green)
    save_dng(src / "IMG_0002.dng", blue)
    (src / "broken.jpg").write_bytes(b"\xff\xd8\xff not a jpeg")
    return src


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".csv"
    }


def test_tag_writes_sidecars_exiftool_reads_then_undo_restores(model, library, tmp_path, exiftool):
    write_xmp(exiftool, library / "phone.heic.xmp", "-XMP-dc:Subject=holiday")
    before = snapshot(library)
    manifest = tmp_path / "tags.csv"
    run = run_pictag("tag", library, "--model", model, "--manifest", manifest, tmp=tmp_path)
    assert run.returncode == 1, run.stderr  # broken.jpg is left as it is
    assert "broken.jpg" in run.stdout and "Wrote keywords for 4 photos" in run.stdout
    assert "1 RAW file has a JPEG of the same name" in run.stderr
    assert "formats Pictag does not read" not in run.stderr  # phone.heic.xmp is a sidecar
    expected = {
        "trip/IMG_0001.JPG.xmp": ["red"], "trip/IMG_0001.DNG.xmp": ["red"],
        "phone.heic.xmp": ["holiday", "green"], "IMG_0002.dng.xmp": ["blue"],
    }  # fmt: skip
    for name, subjects in expected.items():
        tags = read_xmp(exiftool, library / name)
        assert tags["XMP-dc:Subject"] == subjects, name
        assert tags["XMP-lr:HierarchicalSubject"] == [f"Pictag|{subjects[-1]}"], name
        assert tags["XMP-pictag:Model"] == ["colors.keras"], name
    for name in ("trip/IMG_0001.JPG", "trip/IMG_0001.DNG", "phone.heic", "IMG_0002.dng"):
        assert (library / name).read_bytes() == before[name]  # photos untouched
    assert {row["action"] for row in read_manifest(manifest)} == {"sidecar"}

    undo = run_pictag("tag", "--undo", manifest, tmp=tmp_path)
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert "Restored 1 file, removed 3 sidecars" in undo.stdout
    assert snapshot(library) == before
    again = run_pictag("tag", "--undo", manifest, tmp=tmp_path)
    assert "Nothing left to undo" in again.stdout


def test_tag_embeds_where_exiv2_can_and_says_where_it_could_not(model, library, tmp_path, exiftool):
    (library / "broken.jpg").unlink()
    before = snapshot(library)
    run = run_pictag(
        "tag", library, "--model", model, "--embed", "--sidecar-name", "replace",
        "--parent", "Auto|Colours", tmp=tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 inside the photo" in run.stdout and "HEIF" in run.stdout  # the HEIC's note
    for name, colour in (("trip/IMG_0001.JPG", "red"), ("trip/IMG_0001.DNG", "red")):
        assert read_xmp(exiftool, library / name)["XMP-lr:HierarchicalSubject"] == [
            f"Auto|Colours|{colour}"
        ]
    assert read_xmp(exiftool, library / "phone.xmp")["XMP-dc:Subject"] == ["green"]
    assert "Originals kept in" in run.stdout
    manifest = Path(run.stdout.split("Manifest: ")[1].split()[0])
    assert manifest.parent == library
    assert run_pictag("tag", "--undo", manifest, tmp=tmp_path).returncode == 0
    assert snapshot(library) == before
    assert not any(p.name.endswith(".backup") for p in library.iterdir())


def test_dry_run_prints_the_plan_and_writes_nothing(model, library, tmp_path):
    before = snapshot(library)
    run = run_pictag("tag", library, "--model", model, "--dry-run", tmp=tmp_path)
    assert "phone.heic -> " in run.stdout and "Dry run: nothing was written" in run.stdout
    assert snapshot(library) == before and not list(library.rglob("*.csv"))


@pytest.mark.parametrize(
    "args, fragment",
    [
        ((), "give the photos or folders"),
        (("--undo", "m.csv", "x"), "--undo takes a manifest only"),
        (("x", "--parent", "A||B"), "has an empty level"),
        (("--undo", "missing.csv"), "no such file"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path, args, fragment):
    (tmp_path / "x").mkdir()
    run = run_pictag("tag", *args, tmp=tmp_path, cwd=tmp_path)
    assert run.returncode == 2 and fragment in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_sort_manifest_is_not_a_tag_manifest(tmp_path):
    (tmp_path / "sort.csv").write_text(
        "step,action,status,source,destination,temp,label,confidence,size,sha256,detail\n"
    )
    run = run_pictag("tag", "--undo", tmp_path / "sort.csv", tmp=tmp_path)
    assert run.returncode == 2 and "is not a Pictag tag manifest" in run.stderr


def test_classify_lists_a_pair_once_unless_asked(model, library, tmp_path):
    run = run_pictag(
        "classify", library / "trip", "--model", model, "--format", "csv", tmp=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.strip().splitlines()) == 2  # the header and the JPEG
    assert "classified once, through the JPEG" in run.stderr
    both = run_pictag(
        "classify", library / "trip", "--model", model, "--format", "csv", "--keep-raw-pairs",
        tmp=tmp_path,
    )  # fmt: skip
    assert len(both.stdout.strip().splitlines()) == 3 and "JPEG" not in both.stderr


def test_sort_takes_the_raw_where_its_jpeg_goes(model, library, tmp_path):
    (library / "broken.jpg").unlink()
    dest = tmp_path / "sorted"
    run = run_pictag("sort", library, dest, "--model", model, tmp=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (dest / "red" / "IMG_0001.JPG").exists() and (dest / "red" / "IMG_0001.DNG").exists()
    assert (dest / "green" / "phone.heic").exists() and (dest / "blue" / "IMG_0002.dng").exists()


# Tagging slowed down (a pause per batch) so that a run can be killed in the middle.
SLOW_TAG = """
import sys, time
from app.core import model_loader
real = model_loader.LoadedModel.run
def run(self, batch):
    time.sleep(0.15)
    return real(self, batch)
model_loader.LoadedModel.run = run
from app.cli import main as cli
sys.exit(cli.main(sys.argv[1:]))
"""


def _written(manifest: Path) -> int:
    try:
        return sum(row["status"] == "done" for row in read_manifest(manifest))
    except Exception:  # noqa: BLE001  (a row being written: not yet readable)
        return 0


def test_killed_tag_runs_resume_to_each_photo_written_once(model, tmp_path, exiftool):
    import signal
    import subprocess
    import sys
    import time

    from tests.cli.helpers import ROOT, pictag_env
    from tests.helpers import make_archive

    _, photos = make_archive(tmp_path / "archive", 24)
    before = snapshot(photos)
    manifest = tmp_path / "tags.csv"
    first = ["tag", str(photos), "--model", str(model), "--batch-size", "2"]
    for kill_after, args in ((3, [*first, "--manifest", str(manifest)]), (12, None)):
        args = args or [*first, "--resume", str(manifest)]
        child = subprocess.Popen(
            [sys.executable, "-c", SLOW_TAG, *args], env=pictag_env(tmp_path), cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and child.poll() is None:
            if manifest.exists() and _written(manifest) >= kill_after:
                break
            time.sleep(0.02)
        assert child.poll() is None, "the run ended before it was killed"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    final = run_pictag(*first, "--resume", manifest, tmp=tmp_path)
    assert final.returncode == 1, final.stderr  # broken.jpg is left as it is
    assert "pictag: resuming" in final.stderr and "Traceback" not in final.stderr
    done = [row["photo"] for row in read_manifest(manifest) if row["status"] == "done"]
    assert len(done) == len(set(done)) == 24  # each photo written exactly once
    for jpeg in sorted(photos.glob("*_*.jpg")):
        tags = read_xmp(exiftool, jpeg.with_name(jpeg.name + ".xmp"))
        assert tags["XMP-dc:Subject"] == [jpeg.name.split("_")[0]], jpeg.name

    again = run_pictag(*first, "--resume", manifest, tmp=tmp_path)
    assert "24 photos done, 1 to go" in again.stderr  # only the broken file is tried again
    undo = run_pictag("tag", "--undo", manifest, tmp=tmp_path)
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert snapshot(photos) == before


def test_resume_refuses_another_model_and_dry_runs(model, library, tmp_path):
    manifest = tmp_path / "tags.csv"
    run = run_pictag("tag", library, "--model", model, "--manifest", manifest, tmp=tmp_path)
    assert run.returncode == 1, run.stderr
    other = run_pictag(
        "tag", library, "--model", "mobilenet_v2", "--resume", manifest, tmp=tmp_path
    )
    assert other.returncode == 2 and "not MobileNetV2 (ImageNet): resume it" in other.stderr
    dry = run_pictag("tag", library, "--model", model, "--resume", manifest, "--dry-run")
    assert dry.returncode == 2 and "leave out --dry-run" in dry.stderr
