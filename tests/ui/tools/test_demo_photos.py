"""`pictag --screenshot`'s photos: real sample photos from scikit-image (a test/dev extra), a
labeled folder of them and new photos to review, and a message saying what to do without it."""

from __future__ import annotations

import builtins

import pytest
from PIL import Image

from app.core.errors import UsageError
from app.ui.tools import demo_photos
from training.dataset import scan_dataset

pytest.importorskip("skimage", reason="scikit-image (the test extra) ships the sample photos")


def test_a_labeled_folder_of_real_photos(tmp_path):
    root = demo_photos.make_demo_dataset(tmp_path / "samples", per_class=4)
    scan = scan_dataset(root)
    assert scan.classes == sorted(demo_photos.DEMO_CLASSES)
    assert scan.counts() == [4, 4, 5] and not scan.skipped  # cat, coffee, rocket
    assert (root / "rocket" / "filed_wrongly_01.jpg").is_file()  # a view of the cat
    whole = Image.open(root / "cat" / "cat_01.jpg")
    assert whole.size == (400, 300)
    views = {(root / "cat" / f"cat_0{i}.jpg").read_bytes() for i in range(1, 5)}
    assert len(views) == 4  # every view differs


def test_new_photos_to_review_include_classes_the_model_does_not_know(tmp_path):
    folder = demo_photos.make_new_photos(tmp_path / "new", per_class=1)
    names = sorted(p.stem for p in folder.iterdir())
    classes = sorted({**demo_photos.DEMO_CLASSES, **demo_photos.UNKNOWN})
    assert names == [f"new_{name}_01" for name in classes]


def test_without_scikit_image_the_message_says_what_to_do(monkeypatch):
    real_import = builtins.__import__

    def no_skimage(name, *args, **kwargs):
        if name.startswith("skimage"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_skimage)
    with pytest.raises(UsageError, match=r"pip install scikit-image .* --screenshot-data FOLDER"):
        demo_photos.sample_photo("chelsea")


def test_the_validation_folder_has_other_views_of_the_same_classes(tmp_path):
    root = demo_photos.make_demo_validation(tmp_path / "validation", per_class=2)
    assert scan_dataset(root).counts() == [2, 2, 2]
