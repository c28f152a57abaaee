"""One training run from folders to a saved model: scan, split, features, two phases, evaluate,
save. Every hard error is raised before a model is built; nothing is written unless the run
finishes (or is stopped with weights worth keeping)."""

from __future__ import annotations

import hashlib
import logging
import math
import os
import platform
import time
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from app import __version__
from app.core.decode_ahead import decoded_batches
from app.core.errors import Cancelled, DatasetError, UsageError
from app.core.model_file import ModelInfo, save_model_file
from app.core.paths import user_cache_dir
from app.core.registry import Architecture, get_architecture
from app.core.tf_runtime import import_keras, import_tensorflow
from app.core.weights import resolve_weights
from training.dataset import DatasetScan, Sample, scan_dataset
from training.evaluation import Evaluation, evaluate
from training.feature_cache import FeatureCache, digest_file
from training.features import NO_AUGMENTATION, Augmentation, ImageStore, extract_features
from training.progress import EpochResult, Stage, StepUpdate, TrainingListener, TrainingToken
from training.report import report_path_for, write_report
from training.split import stratified_split

__all__ = ["TrainingOptions", "TrainingResult", "train", "check_output", "FEATURE_RECIPE"]

log = logging.getLogger(__name__)

# Bump when what a cached feature vector means changes (decoding, pooling, view recipe).
FEATURE_RECIPE = "pooled-v1"
SMALL_DATASET = 1000
_CALIBRATION_IMAGES = 256  # batch-norm statistics of a random base come from this many images


@dataclass
class TrainingOptions:
    """Every knob of a run. The defaults are what `pictag train DIR --output M` does; they were
    chosen by measurement (see the README)."""

    data_dir: Path
    output: Path
    validation_dir: Path | None = None
    validation_split: float = 0.2
    base: str = "mobilenet_v2"
    weights: str | Path | None = "imagenet"  # "imagenet", a weights file, or None (random)
    image_size: int | None = None  # None: the architecture's training size
    epochs: int = 20  # phase 1 (head); early stopping usually ends it sooner
    fine_tune_epochs: int = 1  # phase 2; 0 skips it
    fine_tune_at: int | None = None  # first base layer to unfreeze; None: per architecture
    batch_size: int = 32
    learning_rate: float = 1e-3  # phase 1 (Adam)
    # Phase 2; None: a hundredth of `learning_rate`. A tenth (1e-4) measurably hurt: Adam moves
    # every unfrozen weight by about the learning rate per step, and validation loss rose.
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

    def fine_tune_layer(self, arch: Architecture) -> int:
        return self.fine_tune_at if self.fine_tune_at is not None else arch.fine_tune_at

    def fine_tune_rate(self) -> float:
        if self.fine_tune_learning_rate is None:
            return self.learning_rate / 100
        return self.fine_tune_learning_rate

    def report_path(self) -> Path:
        return self.report or report_path_for(self.output)


@dataclass
class TrainingResult:
    model_path: Path
    report_path: Path
    evaluation: Evaluation
    history: dict[str, list[EpochResult]]
    stopped_by_user: bool
    seconds: float
    features_computed: int  # views the base had to compute (the rest came from the cache)
    features_cached: int


def check_output(path: Path, suffix: str = ".keras") -> None:
    """Refuse, before any work, an output that could not be written at the end."""
    if path.suffix.lower() != suffix:
        raise UsageError(f"{path}: the file name must end in {suffix}")
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name ending in {suffix}")
    # The folder is created only when saving; here its nearest existing ancestor must take it.
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"{path}: cannot write there, {folder} is a file; choose another place")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"{path}: cannot write there, no permission in {folder}")


def train(
    options: TrainingOptions,
    listener: TrainingListener | None = None,
    token: TrainingToken | None = None,
) -> TrainingResult:
    return _Run(options, listener or TrainingListener(), token or TrainingToken()).run()


class _Run:
    def __init__(
        self, options: TrainingOptions, listener: TrainingListener, token: TrainingToken
    ) -> None:
        self.o = options
        self.listener = listener
        self.token = token
        self.started = time.monotonic()
        self.timings: dict[str, float] = {}
        # Estimated cost of each stage, in forward passes of one image, for overall progress.
        self.stage_weights: dict[str, float] = {}
        self.weight_done = 0.0
        self.stage_started_at = self.started

    # -- the run, stage by stage ---------------------------------------------------------------

    def run(self) -> TrainingResult:
        o = self.o
        arch, size = self._check_options()
        check_output(o.output)
        check_output(o.report_path(), suffix=".json")
        scan = self._scan()
        train_samples, val_samples = self._split(scan)
        augment_views = o.augment_views
        if augment_views is None:
            augment_views = 1 if len(train_samples) < SMALL_DATASET else 0
        augmentation = o.augmentation if augment_views or o.fine_tune_epochs else NO_AUGMENTATION
        views = 1 + (augment_views if augmentation.enabled else 0)
        weights = self._resolve_weights(arch)

        keras = import_keras()
        from training import transfer

        keras.utils.set_random_seed(o.seed)
        net = transfer.build_networks(arch, size, len(scan.classes), weights, o.dropout)
        layers = len(net.base.layers)
        if o.fine_tune_at is not None and o.fine_tune_at >= layers:
            raise UsageError(
                f"Fine-tuning cannot start at layer {o.fine_tune_at}: {arch.display_name} has "
                f"{layers} layers; choose 0 to {layers - 1} (the fine-tune-at setting)"
            )
        if weights is None:
            self._calibrate(net, train_samples, size)
        n_train, n_val = len(train_samples), len(val_samples)
        self.stage_weights = {
            "extract": n_train * views + n_val,
            "head": 0.002 * n_train * views * o.epochs,
            "fine_tune": o.fine_tune_epochs * (1.8 * n_train + n_val),
        }
        samples = train_samples + val_samples
        store = None
        if o.fine_tune_epochs > 0:
            store = ImageStore(len(samples), size, user_cache_dir() / "scratch")
        try:
            features, failed, computed, cached = self._extract(
                net, arch, size, weights, samples, [views] * n_train + [1] * n_val, augmentation,
                store,
            )  # fmt: skip
            keep = np.array([i not in failed for i in range(len(samples))])
            for i, reason in sorted(failed.items()):
                scan.skipped.append((samples[i].path, reason))
                self.listener.message(f"Skipped {samples[i].path}: {reason}")
            labels = np.array([s.label for s in samples], dtype=np.int64)
            train_index = np.flatnonzero(keep[:n_train])
            val_index = n_train + np.flatnonzero(keep[n_train:])
            self._check_left_after_decoding(scan, labels[train_index], labels[val_index])

            x = features[train_index, :views].reshape(-1, features.shape[-1])
            y = np.repeat(labels[train_index], views)
            self._start(
                "head",
                f"Phase 1: training a new head on {len(x)} feature vectors",
                o.epochs * transfer.steps_per_epoch(len(x), o.batch_size),
                o.epochs,
            )
            head_result, best = transfer.train_head(
                net, x, y, features[val_index, 0], labels[val_index],
                epochs=o.epochs, batch_size=o.batch_size, learning_rate=o.learning_rate,
                patience=o.patience, listener=self.listener, token=self.token,
                progress=self._progress,
            )  # fmt: skip
            self._stage_done("head")
            history = {"head": head_result.history, "fine_tune": []}
            stopped = head_result.stopped_by_user or self.token.stop_requested
            if store is not None and not stopped:
                at = o.fine_tune_layer(arch)
                self._start(
                    "fine_tune",
                    f"Phase 2: fine-tuning {arch.display_name} from layer {at}",
                    o.fine_tune_epochs * transfer.steps_per_epoch(len(train_index), o.batch_size),
                    o.fine_tune_epochs,
                )
                ft_result, best = transfer.fine_tune(
                    net, store, train_index, labels, val_index,
                    best=best, epochs=o.fine_tune_epochs, fine_tune_at=at,
                    batch_size=o.batch_size,
                    learning_rate=o.fine_tune_rate(),
                    augmentation=augmentation, patience=o.patience, seed=o.seed,
                    listener=self.listener, token=self.token, progress=self._progress,
                )  # fmt: skip
                self._stage_done("fine_tune")
                history["fine_tune"] = ft_result.history
                stopped = ft_result.stopped_by_user or self.token.stop_requested
        finally:
            if store is not None:
                store.close()

        if self.token.cancelled:
            raise Cancelled()
        if stopped:
            self.listener.message("Stopped: keeping the best weights seen so far.")
        self._start("evaluate", "Evaluating on the validation images", 1)
        evaluation = evaluate(
            labels[val_index],
            best.probabilities,
            [samples[i].path for i in val_index],
            scan.classes,
        )
        self._stage_done("evaluate")
        return self._save(
            net, arch, size, scan, train_samples, val_samples, evaluation, history, best,
            stopped, computed, cached,
        )  # fmt: skip

    def _check_options(self) -> tuple[Architecture, int]:
        o = self.o
        arch = get_architecture(o.base)
        size = o.image_size or arch.train_size
        arch.check_size(size)
        if o.validation_dir is None and not 0.0 < o.validation_split < 1.0:
            raise UsageError(
                f"the validation split must be between 0 and 1, got {o.validation_split}"
            )
        for name in ("epochs", "batch_size"):
            if getattr(o, name) < 1:
                raise UsageError(f"{name.replace('_', ' ')} must be at least 1")
        for name in ("fine_tune_epochs", "augment_views"):
            if (getattr(o, name) or 0) < 0:
                raise UsageError(f"{name.replace('_', ' ')} cannot be negative")
        rates = {
            "learning rate (learning-rate)": o.learning_rate,
            "phase 2 learning rate (fine-tune-learning-rate)": o.fine_tune_learning_rate,
        }
        for name, rate in rates.items():
            if rate is not None and not (math.isfinite(rate) and rate > 0):  # 0 is not "unset"
                raise UsageError(f"The {name} must be a positive number, got {rate:g}")
        if o.fine_tune_at is not None and o.fine_tune_at < 0:
            raise UsageError("The layer fine-tuning starts at (fine-tune-at) must be 0 or more")
        return arch, size

    def _scan(self) -> DatasetScan:
        self._start("scan", f"Scanning {self.o.data_dir}", 0)
        scan = scan_dataset(self.o.data_dir, self.o.validation_dir)
        for path, reason in scan.skipped:
            self.listener.message(f"Skipped {path}: {reason}")
        for warning in scan.warnings:
            self.listener.message(f"Warning: {warning}")
        self._stage_done("scan")
        return scan

    def _split(self, scan: DatasetScan) -> tuple[list[Sample], list[Sample]]:
        if scan.validation_root is not None:
            train_samples, val_samples = scan.samples, scan.validation_samples
        else:
            train_samples, val_samples = stratified_split(
                scan.samples, self.o.validation_split, self.o.seed
            )
            empty = [
                name
                for name, n in zip(scan.classes, scan.counts(val_samples), strict=True)
                if n == 0
            ]
            if empty:
                warning = (
                    f"Too few images to hold any out for validation in {', '.join(empty)}; "
                    "accuracy on those classes will not be measured."
                )
                scan.warnings.append(warning)
                self.listener.message(f"Warning: {warning}")
        self.listener.dataset_ready(scan, scan.counts(train_samples), scan.counts(val_samples))
        if not val_samples:
            raise DatasetError(
                "No validation images: add images to the classes, give a larger "
                "--validation-split, or a --validation-dir"
            )
        return train_samples, val_samples

    def _resolve_weights(self, arch: Architecture) -> Path | None:
        weights = None if str(self.o.weights).lower() == "none" else self.o.weights
        from_imagenet = weights == "imagenet"
        if from_imagenet:
            self._start("download", f"Getting {arch.display_name} ImageNet weights", 0)
        path = resolve_weights(
            arch, weights, include_top=False, progress=self._download_progress, cancel=self.token
        )
        if from_imagenet:
            self._stage_done("download")
        return path

    def _extract(
        self,
        net: Any,
        arch: Architecture,
        size: int,
        weights: Path | None,
        samples: list[Sample],
        views: list[int],
        augmentation: Augmentation,
        store: ImageStore | None,
    ) -> tuple[np.ndarray, dict[int, str], int, int]:
        # Random weights differ per run, so their features are never worth caching.
        cache = None
        model_key = ""
        if self.o.use_cache and weights is not None:
            cache = FeatureCache(user_cache_dir() / "features.sqlite")
            identity = f"{arch.name}|{size}|{digest_file(weights)}|{FEATURE_RECIPE}"
            model_key = hashlib.sha256(identity.encode()).hexdigest()
        self._start("extract", "Computing features of the frozen base", 0)

        def progress(done: int, total: int) -> None:
            overall, eta = self._progress("extract", done / total if total else 1.0)
            self.listener.step_done(
                StepUpdate("extract", done, total, overall=overall, eta_seconds=eta)
            )

        try:
            features, failed, computed = extract_features(
                net.features_of,
                [s.path for s in samples],
                views,
                size=size,
                cache=cache,
                model_key=model_key,
                augmentation=augmentation,
                store=store,
                batch_size=32,
                progress=progress,
                cancel=_StopEndsExtraction(self.token),
            )
        except Cancelled:
            if self.token.stop_requested and not self.token.cancelled:
                raise Cancelled("stopped before training began; nothing was saved") from None
            raise
        finally:
            if cache is not None:
                cache.prune()
                cache.close()
        total_views = sum(v for i, v in enumerate(views) if i not in failed)
        self.listener.message(
            f"Features: {computed} computed, {total_views - computed} from the cache"
        )
        self._stage_done("extract")
        return features, failed, computed, total_views - computed

    def _calibrate(self, net: Any, samples: list[Sample], size: int) -> None:
        from training.transfer import calibrate_batch_norm

        self._start("calibrate", "Random weights: estimating batch-norm statistics", 0)
        step = max(1, len(samples) // _CALIBRATION_IMAGES)
        images = []
        for batch in decoded_batches(
            [s.path for s in samples[::step]], size, batch_size=32, cancel=self.token
        ):
            images += [image for _, image in batch if isinstance(image, np.ndarray)]
        if images:
            calibrate_batch_norm(net, np.stack(images))
        self._stage_done("calibrate")

    def _check_left_after_decoding(
        self, scan: DatasetScan, train_labels: np.ndarray, val_labels: np.ndarray
    ) -> None:
        counts = np.bincount(train_labels, minlength=len(scan.classes))
        empty = [name for name, n in zip(scan.classes, counts, strict=True) if n == 0]
        if empty:
            raise DatasetError(
                f"No readable training images left in {', '.join(empty)}; see the skipped "
                "files above"
            )
        if len(val_labels) == 0:
            raise DatasetError("No readable validation images left; see the skipped files above")

    def _save(
        self,
        net: Any,
        arch: Architecture,
        size: int,
        scan: DatasetScan,
        train_samples: list[Sample],
        val_samples: list[Sample],
        evaluation: Evaluation,
        history: dict[str, list[EpochResult]],
        best: Any,
        stopped: bool,
        computed: int,
        cached: int,
    ) -> TrainingResult:
        o = self.o
        self._start("save", f"Saving {o.output}", 1)
        if self.token.cancelled:
            raise Cancelled()
        seconds = time.monotonic() - self.started
        report_path = o.report_path()
        info = ModelInfo(
            labels=tuple(scan.classes),
            base=arch.name,
            input_size=size,
            details={
                "trained": datetime.now(UTC).isoformat(timespec="seconds"),
                "validation_accuracy": evaluation.accuracy,
                "report": report_path.name,
            },
        )
        save_model_file(net.classifier, o.output, info)
        report = {
            "pictag_version": __version__,
            "model": str(o.output),
            "created": info.details["trained"],
            "parameters": _parameters(o, arch, size),
            "dataset": {
                **scan.summary(),
                "train_images": len(train_samples),
                "validation_images": len(val_samples),
                # Absolute, so an export's parity check can find them from any folder.
                "validation_files": [str(s.path.absolute()) for s in val_samples],
            },
            "history": {stage: [e.as_dict() for e in h] for stage, h in history.items()},
            "best": {"stage": best.stage, "epoch": best.epoch, "val_loss": best.loss},
            "stopped_by_user": stopped,
            "evaluation": evaluation.as_dict(),
            "features": {"computed": computed, "from_cache": cached},
            "seconds": round(seconds, 2),
            "stage_seconds": {k: round(v, 2) for k, v in self.timings.items()},
            "versions": _versions(),
        }
        write_report(report_path, report)
        self._stage_done("save")
        return TrainingResult(
            o.output, report_path, evaluation, history, stopped, seconds, computed, cached
        )

    # -- progress bookkeeping ------------------------------------------------------------------

    def _start(self, key: str, title: str, total: int, epochs: int = 0) -> None:
        if self.token.cancelled:
            raise Cancelled()
        self.stage_started_at = time.monotonic()
        self.listener.stage_started(Stage(key, title, total, epochs))

    def _stage_done(self, key: str) -> None:
        self.timings[key] = time.monotonic() - self.stage_started_at
        self.weight_done += self.stage_weights.get(key, 0.0)

    def _progress(self, stage: str, fraction: float) -> tuple[float, float | None]:
        total = sum(self.stage_weights.values()) or 1.0
        done = self.weight_done + self.stage_weights.get(stage, 0.0) * fraction
        overall = min(1.0, done / total)
        elapsed = time.monotonic() - self.started
        eta = elapsed * (1 - overall) / overall if overall > 0.02 and elapsed > 2 else None
        return overall, eta

    def _download_progress(self, done: int, total: int) -> None:
        self.listener.step_done(StepUpdate("download", done, total))


class _StopEndsExtraction:
    """Feature extraction ends early for a stop as for a cancel: there is nothing to keep yet."""

    def __init__(self, token: TrainingToken) -> None:
        self._token = token

    @property
    def cancelled(self) -> bool:
        return self._token.cancelled or self._token.stop_requested


def _parameters(o: TrainingOptions, arch: Architecture, size: int) -> dict[str, Any]:
    params = asdict(replace(o, report=o.report_path()))
    params.update(
        image_size=size,
        fine_tune_at=o.fine_tune_layer(arch),
        fine_tune_learning_rate=o.fine_tune_rate(),
        weights=str(o.weights) if o.weights is not None else None,
    )
    return {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}


def _versions() -> dict[str, str]:
    import PIL

    tf = import_tensorflow()
    keras = import_keras()
    return {
        "pictag": __version__,
        "python": platform.python_version(),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "numpy": np.__version__,
        "pillow": PIL.__version__,
        "platform": platform.platform(),
    }
