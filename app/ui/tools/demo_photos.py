"""Real photos for `pictag --screenshot`: the freely licensed samples scikit-image ships
(`skimage.data`), so the documentation's screenshots show what a person would see on their own
photos.

scikit-image is a test and development extra, not a dependency of Pictag: without it the tour
says how to get it, or to give a labeled folder of one's own. Each class is one photo cut into
views (crops of 55-95 % of it at random places, some mirrored, in varied brightness and JPEG
quality); docs/development.md names every photo, its author and its licence.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance
from PySide6.QtCore import QCoreApplication

from app.core.errors import UsageError
from app.core.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "DEMO_CLASSES", "UNKNOWN", "make_demo_dataset", "make_demo_validation", "make_new_photos",
    "sample_photo",
]  # fmt: skip

# Class name -> the skimage.data function of its photo (see docs/development.md for licences).
# Three that ImageNet knows too (tabby, espresso, missile), so its screenshot is a fair first look.
# The names are translated where the photos are made: the tour's folders, labels and file names
# are in the language of its screenshots.
DEMO_CLASSES = {
    QT_TRANSLATE_NOOP("demo_photos", "cat"): "chelsea",
    QT_TRANSLATE_NOOP("demo_photos", "coffee"): "coffee",
    QT_TRANSLATE_NOOP("demo_photos", "rocket"): "rocket",
}
# Photos of none of those classes: what a person reviewing new photos corrects by typing a class.
UNKNOWN = {
    QT_TRANSLATE_NOOP("demo_photos", "astronaut"): "astronaut",
    QT_TRANSLATE_NOOP("demo_photos", "galaxies"): "hubble_deep_field",
    QT_TRANSLATE_NOOP("demo_photos", "tissue"): "immunohistochemistry",
}
_SIZE = (400, 300)


def sample_photo(name: str) -> Image.Image:
    """One of scikit-image's sample photos; UsageError saying what to do when it is missing."""
    try:
        from skimage import data
    except ImportError:
        raise UsageError(
            QCoreApplication.translate(
                "demo_photos",
                "pictag --screenshot photographs scikit-image's sample photos, and scikit-image "
                "is not installed: pip install scikit-image (a test/dev extra: pip install "
                "'.[test]'), or give your own labeled folder with --screenshot-data FOLDER",
            )
        ) from None
    return Image.fromarray(np.asarray(getattr(data, name)())).convert("RGB")


def make_demo_dataset(root: Path, per_class: int = 12, seed: int = 0) -> Path:
    """root/<class>/<class>_NN.jpg: the whole photo first, then views of it; and one view of
    the cat filed under rocket, the mistake a person makes and the check finds."""
    rng = np.random.default_rng(seed)
    for name, photo in DEMO_CLASSES.items():
        _views(sample_photo(photo), root / _shown(name), _shown(name), per_class, rng, whole=True)
    wrongly = QCoreApplication.translate("demo_photos", "filed_wrongly")
    _views(sample_photo(DEMO_CLASSES["cat"]), root / _shown("rocket"), wrongly, 1, rng, whole=False)
    return root


def make_demo_validation(root: Path, per_class: int = 4, seed: int = 2) -> Path:
    """root/<class>/: other views of the same photos, as a validation folder. A split of the
    demo set would not do: its views of one photo are near-duplicates of each other, which
    training keeps together, so each class would go wholly to training."""
    rng = np.random.default_rng(seed)
    for name, photo in DEMO_CLASSES.items():
        shown = _shown(name)
        _views(sample_photo(photo), root / shown, f"val_{shown}", per_class, rng, whole=False)
    return root


def make_new_photos(folder: Path, per_class: int = 2, seed: int = 1) -> Path:
    """Photos to review: new views of the classes, and one photo each of things none of them
    is (new_<class>_NN.jpg)."""
    rng = np.random.default_rng(seed)
    for name, photo in DEMO_CLASSES.items():
        _views(sample_photo(photo), folder, f"new_{_shown(name)}", per_class, rng, whole=False)
    for name, photo in UNKNOWN.items():
        _views(sample_photo(photo), folder, f"new_{_shown(name)}", 1, rng, whole=False)
    return folder


def _shown(name: str) -> str:
    """A demo class's name in the person's language (marked above with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate("demo_photos", name)


def _views(
    photo: Image.Image, folder: Path, stem: str, count: int, rng: np.random.Generator, *,
    whole: bool,
) -> None:  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        view = photo if whole and i == 0 else _view(photo, rng)
        view.resize(_SIZE, Image.Resampling.LANCZOS).save(
            folder / f"{stem}_{i + 1:02d}.jpg", quality=int(rng.integers(80, 95))
        )


def _view(photo: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = photo.size
    scale = float(np.sqrt(rng.uniform(0.55, 0.95)))
    cw, ch = int(w * scale), int(h * scale)
    left, top = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    view = photo.crop((left, top, left + cw, top + ch))
    if rng.random() < 0.5:
        view = view.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return ImageEnhance.Brightness(view).enhance(float(rng.uniform(0.8, 1.2)))
