"""`check_dataset`: what is likely wrong in a training folder, from the frozen base's features.

The scan comes first, so the hard errors of training (fewer than 2 classes, an unreadable
folder...) are raised before any feature is computed. The features are training's own,
through the same cache and key (base, input size, weights): a check after training, or
training after a check, computes nothing again. The split is training's too (near-duplicate
groups kept on one side, `training.split.stratified_split`), or the validation folder.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from app.core.errors import UsageError
from app.core.forward import Forward
from app.core.i18n import Context, translate
from app.core.progress import ProgressCallback, Stage, Stages, Token
from app.core.weights import resolve_weights
from training.check.confident import label_issues
from training.check.findings import (
    DUPLICATE,
    KINDS,
    LABEL,
    OUTLIER,
    TRAIN,
    VALIDATION,
    Finding,
    duplicate_reason,
)
from training.check.folds import FOLDS, out_of_sample_probabilities, stratified_folds
from training.check.kept import Kept
from training.check.outliers import OUTLIER_Z, outlier_scores
from training.check.per_label import per_label_findings
from training.dataset import NONE, NONE_FOLDER, DatasetScan, Sample
from training.grouping import find_groups
from training.keywords import scan_training_set
from training.multi_label import choose_multi_label
from training.near_duplicates import Groups, normalized
from training.options import DEFAULTS, TrainingOptions
from training.split import stratified_split

check_run = Context("check_run")

__all__ = ["CheckOptions", "CheckReport", "check_dataset"]


@dataclass
class CheckOptions:
    data_dir: Path
    validation_dir: Path | None = None
    validation_split: float = DEFAULTS["validation_split"]
    seed: int = DEFAULTS["seed"]
    base: str = DEFAULTS["base"]
    weights: str | Path = "imagenet"  # "imagenet" or a weights file: random ones mean nothing
    image_size: int | None = None  # None: training's default, which follows the photos
    folds: int = FOLDS
    use_cache: bool = True
    show_kept: bool = False  # also what a person chose to keep
    keywords: str | None = None  # labels as training takes them (TrainingOptions' fields)
    labels_csv: Path | None = None
    untagged: str = DEFAULTS["untagged"]

    @classmethod
    def for_training(cls, o: TrainingOptions) -> CheckOptions:
        """The check of the folder a training run used, with its base: the same features."""
        if o.weights is None:
            raise UsageError(
                translate(
                    "check_run", "The check needs a pretrained base; this model has random weights"
                )
            )
        return cls(
            o.data_dir, o.validation_dir, o.validation_split, o.seed, o.base, o.weights,
            o.image_size, keywords=o.keywords, labels_csv=o.labels_csv, untagged=o.untagged,
        )  # fmt: skip

    def check(self) -> None:
        probe = TrainingOptions(
            self.data_dir, Path("check.keras"), self.validation_dir, self.validation_split,
            self.base, self.weights, self.image_size, keywords=self.keywords,
            untagged=self.untagged, labels_csv=self.labels_csv,
        )  # fmt: skip
        probe.architecture().check_size(probe.size())
        probe.check_label_source()
        if self.validation_dir is None and not 0.0 < self.validation_split < 1.0:
            raise UsageError(
                translate(
                    "check_run", "the validation split must be between 0 and 1, got {value}"
                ).format(value=self.validation_split)
            )
        if self.folds < 2:
            raise UsageError(
                translate("check_run", "the check needs at least 2 folds, got {folds}").format(
                    folds=self.folds
                )
            )
        if self.weights is None or str(self.weights).lower() == "none":
            raise UsageError(
                translate(
                    "check_run",
                    "the check needs a pretrained base ('imagenet' or a weights file): the "
                    "features of random weights say nothing about the photos",
                )
            )


@dataclass
class CheckReport:
    root: Path
    validation_root: Path | None
    classes: list[str]
    images: int
    findings: list[Finding]  # label findings first, then duplicates, then outliers
    notes: list[str] = field(default_factory=list)  # what limits the check, in sentences
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    kept: int = 0  # findings not shown: kept by a person, and unchanged since
    features_computed: int = 0
    features_cached: int = 0
    seconds: float = 0.0

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in KINDS}


def check_dataset(
    options: CheckOptions, progress: ProgressCallback | None = None, token: Token | None = None
) -> CheckReport:
    """Check `options.data_dir` (and its validation folder); a cancel raises `Cancelled`."""
    started = time.monotonic()
    options.check()
    token = token or Token()
    stages = Stages(progress, token)
    probe = TrainingOptions(
        options.data_dir, Path("check.keras"), base=options.base, image_size=options.image_size
    )
    arch = probe.architecture()
    text = translate("check_run", "Scanning {folder}").format(folder=options.data_dir)
    stages.begin(Stage.SCAN, text=text)
    scan = scan_training_set(
        options.data_dir, options.validation_dir, options.keywords,
        labels_csv=options.labels_csv, untagged=options.untagged,
        progress=stages.sub(Stage.SCAN), token=token,
    )  # fmt: skip
    stages.end(Stage.SCAN)
    labelled = scan.samples + scan.validation_samples  # before "none" becomes a class
    # Per label when the labels are not folders (in folders, each photo has one, and a
    # "none" folder is judged as one more class, with a folder to move a photo to).
    by_folder = options.keywords is None and options.labels_csv is None
    per_label = choose_multi_label(scan, None)[0] and not by_folder
    classes = list(scan.classes)
    scan = _none_as_class(scan)
    size, _ = probe.size_for(scan)  # training's rule, so that both share cached features
    samples = scan.samples + scan.validation_samples
    stages.weights = {Stage.GROUP: len(samples), Stage.CROSS_VALIDATE: 0.002 * len(samples)}
    weights = resolve_weights(
        arch, options.weights, include_top=False, progress=stages.sub(Stage.DOWNLOAD),
        token=token,
    )  # fmt: skip
    assert weights is not None  # options.check() refused random weights
    from training.transfer import frozen_features

    stages.begin(Stage.GROUP)
    paths = [s.path for s in samples]
    base: list[Forward] = []  # built on first use: with a warm cache, never (nor TensorFlow)

    def features_of(images: np.ndarray) -> np.ndarray:
        if not base:
            base.append(frozen_features(arch, size, weights))
        return base[0](images)

    try:
        found = find_groups(
            paths, features_of, architecture=arch.name, size=size,
            weights=weights, use_cache=options.use_cache, progress=stages.sub(Stage.GROUP),
            token=token,
        )  # fmt: skip
    finally:
        for forward in base:
            forward.close()
    stages.end(Stage.GROUP)
    assert found.features is not None
    extracted = found.features
    usable = np.array([i not in extracted.failed for i in range(len(samples))], bool)
    report = CheckReport(
        scan.root, scan.validation_root, scan.classes, len(samples), [],
        skipped=scan.skipped + [(paths[i], r) for i, r in sorted(extracted.failed.items())],
        features_computed=extracted.computed,
        features_cached=int(usable.sum()) - extracted.computed,
    )  # fmt: skip
    labels = np.array([s.label for s in samples], np.int64)
    sides = _sides(scan, options, found.groups)
    embeddings = normalized(extracted.features[:, 0])
    stages.begin(Stage.CROSS_VALIDATE, total=options.folds)
    if per_label:
        findings = per_label_findings(
            embeddings, labelled, classes, np.flatnonzero(usable), found.groups.of.tolist(),
            sides, folds=options.folds, seed=options.seed, notes=report.notes,
            progress=stages.sub(Stage.CROSS_VALIDATE), token=token,
        )  # fmt: skip
    else:
        findings = _label_findings(
            embeddings, labels, usable, found.groups, scan, options, sides, report.notes,
            stages, token,
        )  # fmt: skip
    stages.end(Stage.CROSS_VALIDATE)
    findings += _duplicate_findings(found.groups, [s.labels for s in labelled], sides, scan)
    scores = outlier_scores(embeddings, labels, usable)
    for i in np.argsort(-scores, kind="stable"):
        if scores[i] <= OUTLIER_Z:
            break
        findings.append(
            Finding(OUTLIER, paths[i], scan.classes[labels[i]], float(scores[i]), split=sides[i])
        )
    kept = Kept(scan.root)
    if not options.show_kept:
        shown = [f for f in findings if not kept.covers(f.path, f.kind)]
        report.kept = len(findings) - len(shown)
        findings = shown
    report.findings = findings
    report.seconds = time.monotonic() - started
    return report


def _none_as_class(scan: DatasetScan) -> DatasetScan:
    """The scan with its "none of these" examples (its NONE_FOLDER) as one more class, named
    after the folder: for the check, a photo there that looks like a class, or a class photo
    that looks like none of them, is as likely mislabeled as between two classes."""
    samples = scan.samples + scan.validation_samples
    if not any(s.label == NONE for s in samples):
        return scan
    index = len(scan.classes)

    def moved(found: list[Sample]) -> list[Sample]:
        return [Sample(s.path, index) if s.label == NONE else s for s in found]

    return replace(
        scan, classes=[*scan.classes, NONE_FOLDER], samples=moved(scan.samples),
        validation_samples=moved(scan.validation_samples),
    )  # fmt: skip


def _sides(scan: DatasetScan, options: CheckOptions, groups: Groups) -> list[str]:
    """ "train" or "validation" for every sample, as training would split them."""
    if scan.validation_root is not None:
        return [TRAIN] * len(scan.samples) + [VALIDATION] * len(scan.validation_samples)
    of = groups.of[: len(scan.samples)].tolist()
    _, validation = stratified_split(scan.samples, options.validation_split, options.seed, of)
    held = {s.path for s in validation}
    return [VALIDATION if s.path in held else TRAIN for s in scan.samples]


def _label_findings(
    embeddings: np.ndarray,
    labels: np.ndarray,
    usable: np.ndarray,
    groups: Groups,
    scan: DatasetScan,
    options: CheckOptions,
    sides: list[str],
    notes: list[str],
    stages: Stages,
    token: Token,
) -> list[Finding]:
    """Label errors among the classes with at least two readable photos (the others are
    said in `notes`): K-fold heads, then confident learning."""
    counts = np.bincount(labels[usable], minlength=len(scan.classes))
    judged = [c for c, n in enumerate(counts) if n >= 2]
    for c, n in enumerate(counts.tolist()):
        name = scan.classes[c]
        if n < 2:
            notes.append(
                check_run.tr(
                    "Class '{name}' has %Ln readable photos: too few to judge its labels (a head "
                    "must learn it from others); it was left out of the label check.",
                    "",
                    n,
                ).format(name=name)
            )
        elif n < options.folds:
            notes.append(
                translate(
                    "check_run",
                    "Class '{name}' has only {count} photos, fewer than the {folds} folds: each "
                    "of them was judged by heads trained on the other {others} (one fold per "
                    "photo), so its findings are less certain.",
                ).format(name=name, count=n, folds=options.folds, others=n - 1)
            )
    if len(judged) < 2:
        notes.append(
            translate(
                "check_run", "Fewer than 2 classes can be judged, so labels were not checked."
            )
        )
        return []
    rows = np.flatnonzero(usable & np.isin(labels, judged))
    remap = {c: i for i, c in enumerate(judged)}
    y = np.array([remap[int(c)] for c in labels[rows]], np.int64)
    folds = stratified_folds(y, groups.of[rows].tolist(), options.folds, options.seed)
    probabilities = out_of_sample_probabilities(
        embeddings[rows], y, folds, len(judged), progress=stages.sub(Stage.CROSS_VALIDATE),
        token=token,
    )  # fmt: skip
    paths = [s.path for s in scan.samples + scan.validation_samples]
    return [
        Finding(
            LABEL,
            paths[rows[issue.index]],
            scan.classes[judged[y[issue.index]]],
            issue.score,
            suggested=scan.classes[judged[issue.suggested]],
            split=sides[rows[issue.index]],
        )  # fmt: skip
        for issue in label_issues(probabilities, y)
    ]


def _duplicate_findings(
    groups: Groups, label_sets: list[tuple[int, ...]], sides: list[str], scan: DatasetScan
) -> list[Finding]:
    """Each group's members; "conflicting" when they do not all carry the same labels."""
    samples = scan.samples + scan.validation_samples
    paths = [s.path for s in samples]
    findings = []
    for number, members in enumerate(groups.members, start=1):
        reason = duplicate_reason({label_sets[i] for i in members}, {sides[i] for i in members})
        for i in sorted(members, key=lambda i: paths[i]):
            findings.append(
                Finding(
                    DUPLICATE,
                    paths[i],
                    scan.classes[samples[i].label],
                    float(groups.similarity[i]),
                    group=number,
                    reason=reason,
                    split=sides[i],
                )  # fmt: skip
            )
    return findings
