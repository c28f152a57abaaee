"""A run's first steps, before any model is built: its dataset read from the folders (or the
keywords, or a labels CSV) and split into training and validation, near-duplicates kept on one
side; and its base's weights found (downloaded when they are ImageNet's and not cached).

Apart from the trainer because they are about the photos, not the networks: what they tell
(skipped files, warnings, the split's counts) is the same whichever base the run trains.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.core.errors import DatasetError
from app.core.i18n import Context, translate
from app.core.progress import Note, Stage, Stages, Token
from app.core.registry import Architecture
from app.core.weights import resolve_weights
from training.dataset import DatasetScan, Sample
from training.keywords import scan_training_set
from training.options import TrainingOptions
from training.progress import DatasetSplit
from training.run_features import RunFeatures
from training.split import NO_VALIDATION, stratified_split, unvalidated_warning

run_dataset = Context("run_dataset")

__all__ = ["Splitter", "base_weights", "phase_two_cut", "read_dataset", "split_dataset"]

Splitter = Callable[[DatasetScan, Sequence[int]], tuple[list[Sample], list[Sample]]]
"""(train, validation) for a scanned folder and the near-duplicate group of each of its
samples: an update's split that keeps the earlier one."""


def read_dataset(o: TrainingOptions, stages: Stages, token: Token) -> DatasetScan:
    """The scan of `o`'s folders; every skipped file and warning told as a `Note`."""
    if o.keywords:
        text = translate("run_dataset", "Reading keywords under '{parent}' in {folder}").format(
            parent=o.keywords, folder=o.data_dir
        )
    elif o.labels_csv is not None:
        text = translate("run_dataset", "Reading the labels in {path}").format(path=o.labels_csv)
    else:
        text = translate("run_dataset", "Scanning {folder}").format(folder=o.data_dir)
    stages.begin(Stage.SCAN, text=text)
    scan = scan_training_set(
        o.data_dir, o.validation_dir, o.keywords, labels_csv=o.labels_csv, untagged=o.untagged,
        progress=stages.sub(Stage.SCAN), token=token,
    )  # fmt: skip
    for path, reason in scan.skipped:
        stages.tell(Note.skipped(path, reason))
    for warning in scan.warnings:
        stages.tell(Note.warning(warning))
    stages.end(Stage.SCAN)
    return scan


def split_dataset(
    scan: DatasetScan,
    o: TrainingOptions,
    features: RunFeatures,
    stages: Stages,
    splitter: Splitter | None,
) -> tuple[list[Sample], list[Sample]]:
    """Training and validation samples, told as a `DatasetSplit`; near-duplicates stay on one
    side (view 0 of their features, computed for that, is kept for the extraction)."""
    if scan.validation_root is not None:
        train_samples, val_samples = scan.samples, scan.validation_samples
    else:
        groups = _groups(scan, features, stages)
        split = splitter or (
            lambda scan, groups: stratified_split(scan.samples, o.validation_split, o.seed, groups)
        )
        train_samples, val_samples = split(scan, groups)
        if warning := unvalidated_warning(scan, val_samples):
            scan.warnings.append(warning)
            stages.tell(Note.warning(warning))
    stages.tell(
        DatasetSplit(
            scan,
            scan.counts(train_samples),
            scan.counts(val_samples),
            scan.none_count(train_samples),
            scan.none_count(val_samples),
        )  # fmt: skip
    )
    if not val_samples:
        raise DatasetError(translate("split", NO_VALIDATION))
    return train_samples, val_samples


def _groups(scan: DatasetScan, features: RunFeatures, stages: Stages) -> list[int]:
    stages.begin(Stage.GROUP)
    paths = [s.path for s in scan.samples]
    found = features.groups(paths, stages.sub(Stage.GROUP))
    grouped = sum(len(m) for m in found.groups.members)
    groups = len(found.groups.members)
    if grouped:
        stages.tell(
            Note.info(
                run_dataset.tr(
                    "Near-duplicates: {photos} photos in %Ln groups, each kept wholly in training "
                    "or in validation",
                    "",
                    groups,
                ).format(photos=grouped)
            )
        )
    stages.end(Stage.GROUP)
    return found.groups.of.tolist()


def base_weights(
    arch: Architecture, weights: str | Path | None, stages: Stages, token: Token
) -> Path | None:
    """The file of the base's `weights` ("imagenet": from Keras' cache, downloaded with its
    own stage when missing; None: random weights)."""
    if from_imagenet := weights == "imagenet":
        text = translate("run_dataset", "Getting {architecture} ImageNet weights")
        stages.begin(Stage.DOWNLOAD, text=text.format(architecture=arch.display_name))
    path = resolve_weights(
        arch, weights, include_top=False, progress=stages.sub(Stage.DOWNLOAD), token=token
    )
    if from_imagenet:
        stages.end(Stage.DOWNLOAD)
    return path


def phase_two_cut(o: TrainingOptions, scan: DatasetScan) -> dict[str, int]:
    """Where phase 2 is to be cut (`transfer.build_networks`), for about as many images and
    views as the run will have (the split is not made yet)."""
    if o.fine_tune_epochs == 0:
        return {}
    photos = len(scan.samples) + len(scan.validation_samples)
    validation = len(scan.validation_samples)
    if scan.validation_root is None:
        validation = round(photos * o.validation_split)
    train = photos - validation
    return {"fine_tune_at": o.fine_tune_layer(), "views": train * o.views_for(train) + validation}
