"""Reading a labeled folder tree (`root/<class>/**/*.jpg`) and telling the user what is in it.

The scan is cheap (file headers, no decoding) so a GUI can show it as soon as a folder is
chosen, and it raises every hard error before a model is built. A folder of many thousand
photos still takes a while on a slow disk: the scan reports `Stage.SCAN` progress and a
cancelled token ends it (`Cancelled`, nothing half-returned).
"""

from __future__ import annotations

import os
import statistics
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app.core.discovery import class_folders, discover, natural_key
from app.core.errors import DatasetError, ImageLoadError
from app.core.formats import LABELS_SEPARATOR
from app.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from app.core.image_io import probe_image
from app.core.progress import Progress, ProgressCallback, Stage, Token
from app.core.raw_pairs import pair_raw_files, paired_count
from training.scan_checks import check_scan

dataset = Context("dataset")

__all__ = [
    "Sample", "DatasetScan", "scan_dataset", "usable_samples", "check_readable",
    "check_class_count", "checked_root", "folder_not_found", "pairs_warning", "NONE", "NONE_FOLDER",
]  # fmt: skip

NONE = -1  # the label of a "none of these" example: a photo that is none of the classes
# A training folder's sub-folder that is not a class: its photos are "none of these" examples.
NONE_FOLDER = "_none"

# What is wrong with a root folder, one whole sentence per role ("training", "validation"),
# translated where it is raised.
_NOT_FOUND = {
    "training": QT_TRANSLATE_NOOP("dataset", "{root}: training folder not found"),
    "validation": QT_TRANSLATE_NOOP("dataset", "{root}: validation folder not found"),
}
_NOT_A_FOLDER = {
    "training": QT_TRANSLATE_NOOP(
        "dataset", "{root}: the training data must be a folder with one sub-folder per class"
    ),
    "validation": QT_TRANSLATE_NOOP(
        "dataset", "{root}: the validation data must be a folder with one sub-folder per class"
    ),
}
_UNREADABLE = {
    "training": QT_TRANSLATE_NOOP("dataset", "{root}: the training folder cannot be read ({why})"),
    "validation": QT_TRANSLATE_NOOP(
        "dataset", "{root}: the validation folder cannot be read ({why})"
    ),
}


@dataclass(frozen=True)
class Sample:
    """A training photo and its labels: `label` is the only one (single-label), or the first
    (multi-label, the others in `others`); NONE for a "none of these" example."""

    path: Path
    label: int  # index into DatasetScan.classes, or NONE
    others: tuple[int, ...] = ()  # a multi-label photo's further labels

    @classmethod
    def of(cls, path: Path, labels: Iterable[int]) -> Sample:
        """A sample with `labels` (any order, repeats ignored; none: a "none" example)."""
        ordered = sorted(set(labels))
        return cls(path, ordered[0], tuple(ordered[1:])) if ordered else cls(path, NONE)

    @property
    def labels(self) -> tuple[int, ...]:
        """Every label of the photo; () for a "none of these" example."""
        return () if self.label == NONE else (self.label, *self.others)


@dataclass
class DatasetScan:
    """Everything found under the training (and optional validation) folder."""

    root: Path
    classes: list[str]
    samples: list[Sample]  # usable images under `root`
    validation_root: Path | None = None
    validation_samples: list[Sample] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # file, why it is left out
    warnings: list[str] = field(default_factory=list)
    # Of the training images (from their headers): what the default input size follows.
    median_shorter_side: int | None = None

    def set_shorter_sides(self, sides: list[int]) -> None:
        """The training images' shorter sides, as the scan read them from their headers."""
        self.median_shorter_side = int(statistics.median(sides)) if sides else None

    def counts(self, samples: Iterable[Sample] | None = None) -> list[int]:
        """Photos per class (a multi-label photo counts for each of its labels)."""
        chosen = self.samples if samples is None else samples
        per_class = Counter(label for s in chosen for label in s.labels)
        return [per_class[i] for i in range(len(self.classes))]

    def none_count(self, samples: Iterable[Sample] | None = None) -> int:
        """The "none of these" examples among `samples` (default: the training photos)."""
        return sum(s.label == NONE for s in (self.samples if samples is None else samples))

    def label_names(self, sample: Sample) -> str:
        """A sample's labels as a person reads them: "heron", "sea|sunset" ("" for none)."""
        return LABELS_SEPARATOR.join(self.classes[i] for i in sample.labels)

    @property
    def has_multiple(self) -> bool:
        """True when a photo carries two labels or more."""
        return any(s.others for s in self.samples + self.validation_samples)

    def summary(self) -> dict[str, object]:
        """The JSON-ready digest that goes into the training report."""
        counts = self.counts()
        validation = self.counts(self.validation_samples) if self.validation_root else None
        return {
            # Absolute, so an update run from any folder finds them again.
            "root": str(self.root.absolute()),
            "validation_root": (
                str(self.validation_root.absolute()) if self.validation_root else None
            ),
            "classes": [
                {
                    "name": name,
                    "images": counts[i],
                    **({"validation_images": validation[i]} if validation else {}),
                }
                for i, name in enumerate(self.classes)
            ],
            "none_images": self.none_count(),
            "multi_label_images": sum(bool(s.others) for s in self.samples),
            "median_shorter_side": self.median_shorter_side,
            "skipped": [{"path": str(p), "reason": r} for p, r in self.skipped],
            "warnings": list(self.warnings),
        }


def scan_dataset(
    root: str | Path,
    validation_root: str | Path | None = None,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> DatasetScan:
    """Find the classes and their images; raise `DatasetError` for what makes training impossible.

    Class folders are the sub-folders of `root`; images inside them are found recursively with
    the same rules as classification (hidden files skipped, symlinked folders followed once).
    `progress` hears a `Stage.SCAN` event (no counts) as each class folder is searched, then
    one per image header read (counting the training and validation images together); a
    cancelled or stopped `token` raises `Cancelled`, checked at the same points.
    """
    root = checked_root(Path(root), "training")
    class_dirs, none_dirs = _class_and_none_folders(root)
    check_class_count(
        root,
        [d.name for d in class_dirs],
        translate("dataset", "one sub-folder per class with its images inside"),
    )
    classes = [d.name for d in class_dirs]
    scan = DatasetScan(root=root, classes=classes, samples=[])
    train = _Found(_loose_files(root))
    train.search(class_dirs + none_dirs, [*range(len(classes)), *[NONE] * len(none_dirs)],
                 progress, token)  # fmt: skip
    held_out = _Found()
    if validation_root is not None:
        scan.validation_root = checked_root(Path(validation_root), "validation")
        val_classes, val_none = _class_and_none_folders(scan.validation_root)
        val_dirs = {d.name: d for d in val_classes}
        unknown = sorted(set(val_dirs) - set(classes))
        if unknown:
            raise DatasetError(
                translate(
                    "dataset",
                    "{root}: the validation folder has classes the training folder lacks "
                    "({classes}); both need the same class sub-folders",
                ).format(root=scan.validation_root, classes=", ".join(unknown))
            )
        present = [i for i, name in enumerate(classes) if name in val_dirs]
        held_out.skipped += _loose_files(scan.validation_root)
        held_out.search(
            [val_dirs[classes[i]] for i in present] + val_none,
            [*present, *[NONE] * len(val_none)], progress, token,
        )  # fmt: skip

    reasons = _probe_all(
        [s.path for s in train.candidates + held_out.candidates], progress=progress, token=token
    )
    shorter_sides: list[int] = []
    scan.samples = _readable(
        train.candidates, reasons[: len(train.candidates)], train.skipped, shorter_sides
    )
    scan.set_shorter_sides(shorter_sides)
    scan.validation_samples = _readable(
        held_out.candidates, reasons[len(train.candidates) :], held_out.skipped
    )
    scan.skipped += train.skipped + held_out.skipped
    scan.warnings += train.warnings + held_out.warnings
    check_scan(scan)
    return scan


def check_class_count(root: Path, classes: list[str], how: str) -> None:
    """Training needs two classes at least; `how` (translated) says how classes are given."""
    if len(classes) < 2:
        found = ", ".join(classes) or translate("dataset", "none", "no classes found")
        raise DatasetError(
            translate(
                "dataset",
                "{root}: training needs at least 2 classes, {how} (found {count}: {found})",
            ).format(root=root, how=how, count=len(classes), found=found)
        )


def checked_root(root: Path, role: str) -> Path:
    """`root` if it is a readable folder; DatasetError saying what it is instead."""
    root = root.expanduser()
    if not root.exists():
        raise folder_not_found(root, role)
    if not root.is_dir():
        raise DatasetError(translate("dataset", _NOT_A_FOLDER[role]).format(root=root))
    try:
        next(os.scandir(root), None)
    except OSError as exc:
        message = translate("dataset", _UNREADABLE[role])
        raise DatasetError(message.format(root=root, why=exc.strerror)) from None
    return root


def folder_not_found(root: Path, role: str) -> DatasetError:
    """The error for a `role` ("training", "validation") folder that is not there."""
    return DatasetError(translate("dataset", _NOT_FOUND[role]).format(root=root))


def _class_and_none_folders(root: Path) -> tuple[list[Path], list[Path]]:
    """`root`'s class folders, and its NONE_FOLDER (a list of at most one): not a class, its
    photos are "none of these" examples."""
    folders = class_folders(root)
    return [f for f in folders if f.name != NONE_FOLDER], [
        f for f in folders if f.name == NONE_FOLDER
    ]


def _loose_files(root: Path) -> list[tuple[Path, str]]:
    """Files directly in the root belong to no class: say so instead of ignoring them."""
    with os.scandir(root) as entries:
        files = [Path(e.path) for e in entries if not e.name.startswith(".") and e.is_file()]
    reason = translate("dataset", "not inside a class folder")
    return [(f, reason) for f in sorted(files, key=natural_key)]


@dataclass
class _Found:
    """The image files found under one root's class folders, before their headers are read;
    what is left out, with why, and the warnings about what was found."""

    skipped: list[tuple[Path, str]] = field(default_factory=list)
    candidates: list[Sample] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def search(
        self,
        folders: list[Path],
        labels: Iterable[int],
        progress: ProgressCallback | None,
        token: Token | None,
    ) -> None:
        for folder, label in zip(folders, labels, strict=True):
            if token is not None:
                token.check()
            if progress:
                progress(Progress(Stage.SCAN))
            found = pair_raw_files(discover([folder]))  # a RAW+JPEG pair is one photo: the JPEG
            if paired := paired_count(found):
                self.warnings.append(pairs_warning(paired))
            self.skipped += found.problems
            not_image = translate("dataset", "not an image file")
            self.skipped += [(p, not_image) for p in found.left_out]
            self.candidates += [Sample(p, label) for p in found.files]


def pairs_warning(paired: int) -> str:
    """The warning that `paired` RAW files count as their JPEG twin."""
    return dataset.tr(
        "%Ln RAW files have a JPEG of the same name beside them: each pair is one training "
        "image, the JPEG.",
        "",
        paired,
    )


def usable_samples(
    candidates: list[Sample],
    skipped: list[tuple[Path, str]],
    shorter_sides: list[int] | None = None,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> list[Sample]:
    """The samples whose file header reads as an image; the others go to `skipped`, with why,
    and the shorter side of each usable one to `shorter_sides` (progress and token: as in
    `_probe_all`)."""
    reasons = _probe_all([s.path for s in candidates], progress=progress, token=token)
    return _readable(candidates, reasons, skipped, shorter_sides)


def _probe_all(
    paths: list[Path], *, progress: ProgressCallback | None = None, token: Token | None = None
) -> list[str | tuple[int, int]]:
    """Each file's (width, height), or why it cannot be read, in order; read 8 at a time.

    `progress` hears `Stage.SCAN` events counting the headers read; a cancelled or stopped
    `token` raises `Cancelled` after the file being read, and the reads not begun are dropped.
    """
    total = len(paths)
    if progress:
        progress(Progress(Stage.SCAN, 0, total))
    pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="pictag-scan")
    try:
        reasons = []
        for done, reason in enumerate(pool.map(_probe, paths), 1):
            if token is not None:
                token.check()
            reasons.append(reason)
            if progress:
                progress(Progress(Stage.SCAN, done, total))
        return reasons
    finally:
        pool.shutdown(cancel_futures=True)


def _readable(
    candidates: list[Sample],
    reasons: list[str | tuple[int, int]],
    skipped: list[tuple[Path, str]],
    shorter_sides: list[int] | None = None,
) -> list[Sample]:
    """The candidates whose header was read; the others go to `skipped` with their reason."""
    usable = []
    for sample, reason in zip(candidates, reasons, strict=True):
        if isinstance(reason, str):
            skipped.append((sample.path, reason))
        else:
            usable.append(sample)
            if shorter_sides is not None:
                shorter_sides.append(min(reason))
    return usable


def _probe(path: Path) -> str | tuple[int, int]:
    """The image's (width, height), or why it cannot be read."""
    try:
        return probe_image(path)
    except ImageLoadError as exc:
        return exc.reason


def check_readable(classes: list[str], train_labels: Iterable[int], validation: int) -> None:
    """DatasetError when the images that could be decoded leave a class without training
    images (`train_labels`: their labels) or no validation image at all."""
    counts = Counter(int(label) for label in train_labels)
    empty = [name for i, name in enumerate(classes) if not counts[i]]
    if empty:
        raise DatasetError(
            translate(
                "dataset",
                "No readable training images left in {classes}; see the skipped files above",
            ).format(classes=", ".join(empty))
        )
    if validation == 0:
        raise DatasetError(
            translate("dataset", "No readable validation images left; see the skipped files above")
        )
