"""Small labeled folders a random-weights base can learn from, and photos with a photo manager's
keyword sidecar.

A MobileNetV2 with random weights is chaotic even with its batch-norm statistics estimated from
the images: two photos that differ by a few pixel levels of noise end up as far apart in feature
space as photos of different classes (measured: class centroids are no better than chance for
noisy or shape-on-background images at 32-96 px). So the generated classes are flat colours; the
images of a class differ in size, format and JPEG quality only, which is what the pipeline must
see through (decoding, resizing, labels, splits) for a test to show it learned anything.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np
from PIL import Image

CLASS_COLORS = {"red": (210, 40, 40), "green": (40, 180, 60), "blue": (40, 60, 210)}


def make_flat_image(
    path: Path,
    color,
    size: tuple[int, int] = (48, 48),
    *,
    pattern: bool = False,
    contrast: float = 12.0,
    **save,
) -> Path:
    """An image of one flat colour, in the format the suffix names. With `pattern`, a 4x4
    grid of lighter and darker patches (drawn from the file's name) lies over the colour:
    photos of one class then differ as real ones do, where flat ones would all be near-
    duplicates of each other (which the split keeps together) for a base with weights;
    `contrast` is how far (in pixel levels) a patch is from the colour at most."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = np.empty((size[1], size[0], 3), np.float32)
    pixels[...] = color
    if pattern:
        rng = np.random.default_rng(zlib.crc32(path.name.encode()))
        patches = rng.uniform(-contrast, contrast, (4, 4)).astype(np.float32)
        rows = np.arange(size[1]) * 4 // size[1]
        cols = np.arange(size[0]) * 4 // size[0]
        pixels += patches[rows][:, cols][..., None]
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").save(path, **save)
    return path


def make_color_dataset(
    root: Path, per_class: int = 20, seed: int = 0, *, pattern: bool = False
) -> Path:
    """`root/<colour>/` folders of flat-colour photos of varied size, format and quality
    (`pattern`: see `make_flat_image`)."""
    rng = np.random.default_rng(seed)
    for name, color in CLASS_COLORS.items():
        for i in range(per_class):
            size = (int(rng.integers(40, 80)), int(rng.integers(40, 80)))
            if i % 3 == 0:
                make_flat_image(root / name / f"{name}_{i:02d}.png", color, size, pattern=pattern)
            else:
                quality = int(rng.integers(70, 96))
                make_flat_image(
                    root / name / f"{name}_{i:02d}.jpg", color, size, pattern=pattern,
                    quality=quality,
                )  # fmt: skip
    return root


LIGHTROOM_SIDECAR = """<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmp:Rating="3">
   <dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>
   <lr:hierarchicalSubject><rdf:Bag>{paths}</rdf:Bag></lr:hierarchicalSubject>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>"""
DIGIKAM_SIDECAR = """<?xml version="1.0" encoding="UTF-8"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:digiKam="http://www.digikam.org/ns/1.0/">
<digiKam:TagsList><rdf:Seq>{paths}</rdf:Seq></digiKam:TagsList>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def keyworded(path: Path, *keywords: str, style: str = "lightroom") -> Path:
    """A photo (its colour from its first keyword's class) with a photo manager's sidecar."""
    leaf = keywords[0].split("|")[-1].lower() if keywords else "red"
    make_flat_image(path, CLASS_COLORS.get(leaf, (128, 128, 128)))
    items = "".join(f"<rdf:li>{k}</rdf:li>" for k in keywords)
    if style == "lightroom":
        subjects = "".join(f"<rdf:li>{k.split('|')[-1]}</rdf:li>" for k in keywords)
        text = LIGHTROOM_SIDECAR.format(subjects=subjects, paths=items)
        path.with_suffix(".xmp").write_text(text)  # Lightroom's naming: IMG_0001.xmp
    else:
        items = items.replace("|", "/")
        path.with_name(path.name + ".xmp").write_text(DIGIKAM_SIDECAR.format(paths=items))
    return path


def make_multi_label_set(root: Path, per_kind: int = 12, seed: int = 0) -> Path:
    """A flat folder of photos with a red and/or a blue shape on grey, or neither (a "none of
    these" photo), and `root/labels.csv` (file,labels) saying which: red, blue, red|blue or
    nothing. The shapes fill a half of the photo each (left red, right blue), under lighter
    and darker patches that make the photos differ (as `make_flat_image`'s pattern)."""
    rng = np.random.default_rng(seed)
    rows = ["file,labels"]
    kinds = {"red": ("red",), "blue": ("blue",), "both": ("red", "blue"), "none": ()}
    for kind, labels in kinds.items():
        for i in range(per_kind):
            w, h = int(rng.integers(40, 72)), int(rng.integers(40, 72))
            pixels = np.full((h, w, 3), 128, np.float32)
            if "red" in labels:
                pixels[:, : w // 2] = CLASS_COLORS["red"]
            if "blue" in labels:
                pixels[:, w // 2 :] = CLASS_COLORS["blue"]
            patches = rng.uniform(-20, 20, (4, 4)).astype(np.float32)  # not near-duplicates
            pixels += patches[np.arange(h) * 4 // h][:, np.arange(w) * 4 // w][..., None]
            name = f"{kind}_{i:02d}.png"
            root.mkdir(parents=True, exist_ok=True)
            Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").save(root / name)
            rows.append(f"{name},{'|'.join(labels)}")
    (root / "labels.csv").write_text("\n".join(rows) + "\n")
    return root
