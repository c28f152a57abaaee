"""Other tools' XMP, kept exactly: after a keyword write exiftool reads every property but the
keyword lists as before, in sidecars and in packets inside JPEG and PNG files (rewritten in
their padding), the keywords are right, and undo gives back every byte. A file that cannot be
written exactly is left alone with its reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

from app.core.xmp import DC, XmpPacket
from app.tag.keywords import TagOptions
from app.tag.tagger import Tagger
from app.tag.undo import undo_tag
from tests.exiftool import foreign_tags, read_struct, read_xmp
from tests.tag.helpers import photo, result
from tests.tag.xmp_samples import (
    LIGHTROOM,
    RDF,
    SAMPLES,
    SUBJECTS,
    jpeg_with_packet,
    packet,
    png_with_packet,
)

LABELS = (("heron", 0.9), ("lake", 0.08))


def tag(photo_path: Path, **options) -> Tagger:
    tagger = Tagger(TagOptions(model="birds", top=2, **options), photo_path.parent)
    tagger.add(result(photo_path, *LABELS))
    tagger.close()
    return tagger


def expected_subjects(sample: str) -> list[str]:
    return list(dict.fromkeys([*SUBJECTS[sample], "heron", "lake"]))


@pytest.mark.parametrize("sample", SAMPLES)
def test_a_sidecar_keeps_every_other_property(tmp_path, exiftool, sample):
    jpeg = photo(tmp_path / "IMG_0001.JPG")
    sidecar = tmp_path / "IMG_0001.JPG.xmp"
    sidecar.write_bytes(packet(SAMPLES[sample]))
    original = sidecar.read_bytes()
    before = read_struct(exiftool, sidecar)
    tagger = tag(jpeg)
    assert not tagger.summary.failed
    after = read_struct(exiftool, sidecar)
    assert foreign_tags(after) == foreign_tags(before)
    tags = read_xmp(exiftool, sidecar)
    assert tags["XMP-dc:Subject"] == expected_subjects(sample)
    assert "Pictag|heron" in tags["XMP-lr:HierarchicalSubject"]
    assert tags["XMP-pictag:Model"] == ["birds"]
    undo_tag(tagger.summary.manifest)
    assert sidecar.read_bytes() == original


@pytest.mark.parametrize("padded", [True, False], ids=["padded", "grown"])
@pytest.mark.parametrize("kind", ["jpeg", "png"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_a_packet_inside_a_photo_keeps_every_other_property(
    tmp_path, exiftool, sample, kind, padded
):
    """With padding the packet is rewritten in it and the file keeps its size; without, the
    JPEG's APP1 segment or the PNG's iTXt chunk grows, and nothing else in the file moves."""
    make = jpeg_with_packet if kind == "jpeg" else png_with_packet
    path = make(tmp_path / f"IMG_0002.{kind}", packet(SAMPLES[sample], padded=padded))
    original, pixels = path.read_bytes(), Image.open(path).tobytes()
    before = read_struct(exiftool, path)
    tagger = tag(path, embed=True)
    assert not tagger.summary.failed
    written = path.read_bytes()
    assert (len(written) == len(original)) == padded
    assert foreign_tags(read_struct(exiftool, path)) == foreign_tags(before)
    assert read_xmp(exiftool, path)["XMP-dc:Subject"] == expected_subjects(sample)
    assert Image.open(path).tobytes() == pixels
    undo_tag(tagger.summary.manifest)
    assert path.read_bytes() == original


def test_a_packet_without_room_is_left_alone_with_its_reason(tmp_path):
    """A TIFF's packet cannot grow (offsets all over the file point past it), nor can a JPEG's
    before a multi-picture index: exiv2 would rewrite the packet, so the photo is refused."""
    tiff = tmp_path / "IMG_0003.tif"
    Image.new("RGB", (8, 8)).save(tiff, tiffinfo={700: packet(LIGHTROOM, padded=False)})
    mpf = jpeg_with_packet(tmp_path / "IMG_0004.jpg", packet(LIGHTROOM, padded=False))
    content = mpf.read_bytes()
    after_xmp = 4 + int.from_bytes(content[4:6], "big")  # SOI, then the APP1 segment
    index = b"\xff\xe2\x00\x0aMPF\x00\x00\x00\x00\x00"  # an APP2 multi-picture index
    mpf.write_bytes(content[:after_xmp] + index + content[after_xmp:])
    originals = {p: p.read_bytes() for p in (tiff, mpf)}
    tagger = Tagger(TagOptions(model="birds", embed=True), tmp_path)
    for path in originals:
        tagger.add(result(path, *LABELS))
    tagger.close()
    assert {p: p.read_bytes() for p in originals} == originals
    assert [p for p, _ in tagger.summary.failed] == list(originals)
    for _, why in tagger.summary.failed:
        assert "no room to grow" in why and "write a sidecar instead" in why


# dc:subject as one plain value, and as a reference to a list elsewhere (f-spot's rdf:nodeID).
PLAIN = re.sub(
    "<dc:subject>.*</dc:subject>", "<dc:subject>Birds</dc:subject>", LIGHTROOM, flags=re.S
)
REFERENCE = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="{RDF}"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Bag rdf:nodeID="anon2"><rdf:li>ExifTool</rdf:li><rdf:li>nodeID</rdf:li></rdf:Bag>
<rdf:Description rdf:about="" dc:title="written by f-spot">
 <dc:subject rdf:nodeID="anon2" />
</rdf:Description>
</rdf:RDF></x:xmpmeta>"""


@pytest.mark.parametrize("text", [PLAIN, REFERENCE], ids=["plain", "reference"])
def test_a_keyword_property_that_is_not_a_list_is_left_alone(tmp_path, text):
    jpeg = photo(tmp_path / "IMG_0004.JPG")
    sidecar = tmp_path / "IMG_0004.JPG.xmp"
    sidecar.write_bytes(packet(text))
    assert "Birds</dc:subject>" in text or 'nodeID="anon2" />' in text
    original = sidecar.read_bytes()
    tagger = tag(jpeg)
    assert sidecar.read_bytes() == original
    ((_, why),) = tagger.summary.failed
    assert "dc:subject is not a list" in why and "IMG_0004.JPG.xmp" in why


def test_only_the_keyword_lists_change_byte_for_byte():
    """Writing keywords then taking them away again gives the packet back as it was, but for
    the namespace declarations Pictag added."""
    original = packet(LIGHTROOM)
    xmp = XmpPacket.parse(original)
    xmp.replace_ours(["heron"], ["Pictag|heron"], ["heron"], ["0.9000"], "birds")
    assert xmp.values(DC, "subject") == ["Birds", "lake", "heron"]
    xmp.replace_ours([], [], [], [], "birds")
    declaration = ' xmlns:pictag="https://pictag.app/ns/1.0/"'
    assert xmp.data.replace(declaration.encode(), b"") == original
