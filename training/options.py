"""Every knob of a training run, checked in one place, and built one way for the CLI and the app.

The defaults are what `pictag train DIR --output M` does; they were chosen by measurement (see
docs/defaults.md). `check()` raises a one-line UsageError for anything a run could not use, before
any work; the CLI and the Train tab both build their options with `make_options`.
"""

from __future__ import annotations

import math
import os
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.backend import AUTO as AUTO_BACKEND
from app.core.backend import check_backend
from app.core.decision import DEFAULT_KEEP_KNOWN, check_keep_known
from app.core.errors import UsageError
from app.core.i18n import translate
from app.core.model_file import report_path_for
from app.core.registry import DEFAULT_ARCHITECTURE, Architecture, get_architecture
from training.augmentation import NO_AUGMENTATION, Augmentation
from training.distribute import STRATEGIES

if TYPE_CHECKING:  # `pictag --help` reads the defaults here, and needs no image decoding
    from training.dataset import DatasetScan

__all__ = [
    "TrainingOptions",
    "DEFAULTS",
    "make_options",
    "options_from_parameters",
    "check_output",
    "SMALL_DATASET",
    "AUTO",
    "OFF",
    "SKIP_UNTAGGED",
    "UNTAGGED_NONE",
]

SMALL_DATASET = 1000  # below this many training images, a mirror view is added by default
AUTO = "auto"  # an augmentation choice: the measured default for the dataset's size
OFF = "off"  # no augmentation at all
# What keyword training does with photos that have no class under the parent:
SKIP_UNTAGGED = "skip"  # leaves them out
UNTAGGED_NONE = "none"  # makes them "none of these" examples


@dataclass
class TrainingOptions:
    data_dir: Path
    output: Path
    validation_dir: Path | None = None
    validation_split: float = 0.2
    base: str = DEFAULT_ARCHITECTURE
    weights: str | Path | None = "imagenet"  # "imagenet", a weights file, or None (random)
    image_size: int | None = None  # None: follows the photos (size_for)
    epochs: int = 20  # phase 1 (head); early stopping usually ends it sooner
    fine_tune_epochs: int = 2  # phase 2 (on cached activations: 2.3x faster an epoch); 0 skips it
    fine_tune_at: int | None = None  # first base layer to unfreeze; None: per architecture
    batch_size: int = 32
    learning_rate: float = 1e-3  # phase 1 (Adam)
    # Phase 2; None: a tenth of `learning_rate`. Over two epochs it beat a hundredth and a
    # thirtieth on both real sets; an epoch that raises validation loss is not kept.
    fine_tune_learning_rate: float | None = None
    # Augmented views per training image in phase 1's features. None: 1 (the mirror image) for
    # datasets under SMALL_DATASET training images, where extra views matter most, else 0.
    augment_views: int | None = None
    augmentation: Augmentation = field(default_factory=Augmentation)
    dropout: float = 0.2
    patience: int = 3  # epochs without a better validation loss before stopping a phase
    seed: int = 0
    report: Path | None = None  # None: beside the model, NAME.report.json
    use_cache: bool = True
    # Classes from the keywords under this parent ("Birds": Birds|heron is class heron) in the
    # photos' XMP (`training.keywords`), not from sub-folders; None: sub-folders.
    keywords: str | None = None
    untagged: str = SKIP_UNTAGGED  # with `keywords`: SKIP_UNTAGGED or UNTAGGED_NONE
    # Labels from a CSV of file,labels (`training.labels_csv`), not from sub-folders.
    labels_csv: Path | None = None
    # One yes/no output per label (True), one label per photo (False), or None: multi-label
    # when a photo has two labels or a "none of these" example (`training.multi_label`).
    multi_label: bool | None = None
    backend: str = AUTO_BACKEND  # what runs phase 1's frozen base (app/core/backend.py)
    strategy: str = AUTO  # tf.distribute: see training.distribute (batch_size is per replica)
    # The share of known (validation) photos the "none of these" detector keeps by default.
    keep_known: float = DEFAULT_KEEP_KNOWN

    def architecture(self) -> Architecture:
        return get_architecture(self.base)

    def size(self) -> int:
        """The size asked for, or the largest the default can choose (before a scan)."""
        return self.image_size or self.architecture().train_size

    def size_for(self, scan: DatasetScan) -> tuple[int, str]:
        """The run's input size and a line saying why."""
        if self.image_size:
            return self.image_size, translate("options", "Input size: {size} px (as set)").format(
                size=self.image_size
            )
        short = scan.median_shorter_side
        size = self.architecture().train_size_for(short)
        return size, translate(
            "options",
            "Input size: {size} px (the training photos' median shorter side: {short} px)",
        ).format(size=size, short=short)

    def fine_tune_layer(self) -> int:
        if self.fine_tune_at is not None:
            return self.fine_tune_at
        return self.architecture().fine_tune_at

    def fine_tune_rate(self) -> float:
        if self.fine_tune_learning_rate is not None:
            return self.fine_tune_learning_rate
        return self.learning_rate / 10

    def report_path(self) -> Path:
        return self.report or report_path_for(self.output)

    def views_for(self, train_images: int) -> int:
        """Feature views per training image: the image itself and its augmented copies."""
        extra = self.augment_views
        if extra is None:
            extra = 1 if train_images < SMALL_DATASET else 0
        return 1 + (extra if self.augmentation.enabled else 0)

    def check(self) -> None:
        """Refuse, before any work, what a run could not use: one-line UsageErrors."""
        arch = self.architecture()
        arch.check_size(self.size())
        check_backend(self.backend)
        if self.validation_dir is None and not 0.0 < self.validation_split < 1.0:
            raise UsageError(
                translate(
                    "options", "the validation split must be between 0 and 1, got {value}"
                ).format(value=self.validation_split)
            )
        for name in ("epochs", "batch_size"):
            if getattr(self, name) < 1:
                raise UsageError(
                    translate("options", "{name} must be at least 1").format(
                        name=name.replace("_", " ")
                    )
                )
        for name in ("fine_tune_epochs", "augment_views"):
            if (getattr(self, name) or 0) < 0:
                raise UsageError(
                    translate("options", "{name} cannot be negative").format(
                        name=name.replace("_", " ")
                    )
                )
        rates = {
            translate("options", "learning rate (learning-rate)"): self.learning_rate,
            translate(
                "options", "phase 2 learning rate (fine-tune-learning-rate)"
            ): self.fine_tune_learning_rate,
        }
        for name, rate in rates.items():
            if rate is not None and not (math.isfinite(rate) and rate > 0):  # 0 is not "unset"
                raise UsageError(
                    translate("options", "The {name} must be a positive number, got {rate}").format(
                        name=name, rate=f"{rate:g}"
                    )
                )
        if self.fine_tune_at is not None and self.fine_tune_at < 0:
            raise UsageError(
                translate(
                    "options", "The layer fine-tuning starts at (fine-tune-at) must be 0 or more"
                )
            )
        self.check_label_source()
        if self.strategy not in STRATEGIES:
            raise UsageError(
                translate("options", "unknown strategy {name}; choose {choices}").format(
                    name=repr(self.strategy), choices=", ".join(STRATEGIES)
                )
            )
        check_keep_known(
            self.keep_known, translate("options", "the share of known photos to keep (keep-known)")
        )
        check_output(self.output)
        check_output(self.report_path(), suffix=".json")

    def check_label_source(self) -> None:
        """Where the labels come from is given once, and coherently (also the check's rule)."""
        if self.keywords is not None and not self.keywords.strip(" |"):
            raise UsageError(
                translate("options", "give the keyword whose children are the classes, e.g. Birds")
            )
        if self.untagged not in (SKIP_UNTAGGED, UNTAGGED_NONE):
            raise UsageError(
                translate(
                    "options",
                    "unknown choice for photos without a class: {given}; choose {skip} or {none}",
                ).format(given=repr(self.untagged), skip=SKIP_UNTAGGED, none=UNTAGGED_NONE)
            )
        if self.untagged != SKIP_UNTAGGED and not self.keywords:
            raise UsageError(
                translate(
                    "options", "--untagged is for keyword training: give --keywords PARENT too"
                )
            )
        if self.labels_csv is not None and (self.keywords or self.validation_dir):
            raise UsageError(
                translate(
                    "options",
                    "labels come from one place: give either --labels-csv (its photos are split "
                    "for validation) or --keywords / --validation-dir, not both",
                )
            )


DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in fields(TrainingOptions) if f.default is not MISSING
}
"""Every plain default of `TrainingOptions` by field name: what the CLI's help and the Train
tab's form show, so neither can disagree with the engine."""


def make_options(
    data_dir: Path,
    output: Path,
    *,
    weights: str = "imagenet",
    augment: str | int = AUTO,
    **parameters: object,
) -> TrainingOptions:
    """The options for a person's choices, as both front ends put them.

    `weights` "none" means random weights; `augment` is AUTO (the measured default), OFF (no
    augmentation at all, also not in phase 2) or a number of extra views per image.
    """
    if augment == OFF:
        views, augmentation = 0, NO_AUGMENTATION
    else:
        views, augmentation = (None if augment == AUTO else int(augment)), Augmentation()
    return TrainingOptions(
        data_dir=Path(data_dir),
        output=Path(output),
        weights=None if str(weights).lower() == "none" else weights,
        augment_views=views,
        augmentation=augmentation,
        **parameters,  # type: ignore[arg-type]
    )


def options_from_parameters(parameters: dict[str, Any], **changes: Any) -> TrainingOptions:
    """The options a training report recorded (its "parameters"), with `changes`: how an
    update repeats the run that made a version. Keys this Pictag does not know are ignored."""
    known = {f.name for f in fields(TrainingOptions)}
    values = {k: v for k, v in parameters.items() if k in known}
    for name in ("data_dir", "output", "validation_dir", "report", "labels_csv"):
        if values.get(name) is not None:
            values[name] = Path(values[name])
    if isinstance(values.get("augmentation"), dict):
        values["augmentation"] = Augmentation(**values["augmentation"])
    values.update(changes)
    try:
        return TrainingOptions(**values)
    except TypeError as exc:  # a report missing a required field
        raise UsageError(
            translate("options", "the training report's parameters are incomplete ({why})").format(
                why=exc
            )
        ) from None


def check_fine_tune_at(at: int | None, architecture: str, layers: int) -> None:
    """The fine-tune-at setting fits the network: its layers are counted once it is built."""
    if at is not None and at >= layers:
        raise UsageError(
            translate(
                "options",
                "Fine-tuning cannot start at layer {at}: {architecture} has {layers} layers; "
                "choose 0 to {last} (the fine-tune-at setting)",
            ).format(at=at, architecture=architecture, layers=layers, last=layers - 1)
        )


def check_output(path: Path, suffix: str = ".keras") -> None:
    """Refuse, before any work, an output that could not be written at the end."""
    if path.suffix.lower() != suffix:
        raise UsageError(
            translate("options", "{path}: the file name must end in {suffix}").format(
                path=path, suffix=suffix
            )
        )
    if path.is_dir():
        raise UsageError(
            translate("options", "{path}: is a folder; give a file name ending in {suffix}").format(
                path=path, suffix=suffix
            )
        )
    # The folder is created only when saving; here its nearest existing ancestor must take it.
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(
            translate(
                "options", "{path}: cannot write there, {folder} is a file; choose another place"
            ).format(path=path, folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            translate("options", "{path}: cannot write there, no permission in {folder}").format(
                path=path, folder=folder
            )
        )
