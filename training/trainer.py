"""One training run from folders to a saved model: scan, split, features, two phases, evaluate,
save. Every hard error is raised before a model is built; nothing is written unless the run
finishes (or is stopped with weights worth keeping).

A run is a sequence of steps over one `_Run` state: each step reads what earlier steps left
there and adds its own part, so what flows between them is named once.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from app.core.decision import Decision
from app.core.errors import Cancelled, UsageError
from app.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from app.core.paths import user_cache_dir
from app.core.progress import Note, ProgressCallback, Stage, Stages, Token
from app.core.registry import Architecture
from app.core.tf_runtime import import_keras
from app.core.writer_lock import WRITER_WAIT_SECONDS, writing
from training.activations import ActivationStore
from training.checkpoints import RunBackup
from training.dataset import DatasetScan, Sample, check_readable
from training.distribute import Distribution
from training.features import ImageStore
from training.multi_label import best_thresholds, choose_multi_label, training_labels
from training.open_set import PooledOf, fit_for_run, stored_features
from training.options import TrainingOptions, check_fine_tune_at
from training.phase_state import Best
from training.progress import EpochResult, stage_weights
from training.run_dataset import Splitter, base_weights, phase_two_cut, read_dataset, split_dataset
from training.run_features import RunFeatures
from training.run_result import TrainingResult, evaluate_and_save
from training.split import check_can_validate

trainer = Context("trainer")

__all__ = ["TrainingResult", "Splitter", "train", "STOPPED_BEFORE_TRAINING"]

STOPPED_BEFORE_TRAINING = QT_TRANSLATE_NOOP(
    "trainer", "stopped before training began — nothing to keep, nothing was saved"
)  # raised translated


def train(
    options: TrainingOptions,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
    *,
    split: Splitter | None = None,
    wait: float = WRITER_WAIT_SECONDS,
) -> TrainingResult:
    """Run `options` to the end. `progress` hears `Progress`, `Note`s (the log's lines), the
    `DatasetSplit` and every `EpochResult`; `token` cancels (nothing written) or stops (the
    best weights so far are evaluated and saved). `split` replaces the seeded stratified split
    (not a separate validation folder). The output's lock is held from the first step to the
    last (`app.core.writer_lock.writing`, waiting up to `wait` seconds for another run that
    writes it: the two would share its checkpoints and replace each other's model)."""
    return _Run(options, progress, token or Token(), split, wait).run()


@dataclass
class _Run:
    o: TrainingOptions
    progress: ProgressCallback | None
    token: Token
    split: Splitter | None = None
    wait: float = WRITER_WAIT_SECONDS
    stages: Stages = field(init=False)
    started: float = field(default_factory=time.monotonic)
    # Filled in by the steps, in order:
    arch: Architecture = field(init=False)
    size: int = 0
    scan: DatasetScan = field(init=False)
    multi_label: bool = False  # one yes/no output per label
    samples: list[Sample] = field(default_factory=list)  # training ones first, then validation
    n_train: int = 0
    views: int = 1
    weights: Path | None = None
    net: Any = None
    labels: np.ndarray = field(init=False)  # class indices (n,), or multi-hot (n, classes)
    train_index: np.ndarray = field(init=False)  # rows of `samples` that could be decoded
    val_index: np.ndarray = field(init=False)
    history: dict[Stage, list[EpochResult]] = field(default_factory=dict)
    best: Best | None = None
    decision: Decision = field(default_factory=Decision)
    stopped: bool = False
    features: RunFeatures = field(init=False)
    dist: Distribution = field(init=False)
    backup: RunBackup | None = None
    trained: bool = False  # training ended: what is left is evaluating and saving

    def __post_init__(self) -> None:
        self.stages = Stages(self.progress, self.token)

    def run(self) -> TrainingResult:
        self.o.check()
        # First: a multi-worker strategy must exist before TensorFlow runs anything.
        self.dist = Distribution.create(self.o.strategy)
        if not self.dist.chief:  # the chief reports (and writes) for every worker
            self.progress = None
            self.__post_init__()
            return self._run()
        with writing(self.o.output, progress=self.progress, token=self.token, wait=self.wait):
            return self._run()

    def _run(self) -> TrainingResult:
        self.arch = self.o.architecture()
        with self._nothing_to_keep_yet():
            self._scan()
            self.weights = base_weights(self.arch, self.o.weights, self.stages, self.token)
        self.features = RunFeatures(
            None, self.arch.name, self.size, self.weights, self.o.use_cache, self.token
        )
        with self._nothing_to_keep_yet():
            if self.weights is None:  # grouped by content alone: split before any network
                self._split()
            self._build()
        try:  # from here on the base may be preparing LiteRT: closed whatever happens
            with self._nothing_to_keep_yet():
                if self.weights is not None:  # grouped by the base's features too
                    self._split()
            self.backup = RunBackup.of_run(self.o, self.samples, self.dist)
            if self.backup.resumed:
                folder = self.backup.folder
                text = translate("trainer", "Resuming the interrupted run in {folder}")
                self.stages.tell(Note.info(text.format(folder=folder), folder))
            try:
                result = self._train()
            except (Cancelled, KeyboardInterrupt, UsageError):  # ended on purpose, or bad input
                self.backup.remove()
                raise
            except Exception as exc:
                error = self.backup.write_failed(exc, self.o.output, trained=self.trained)
                if error is None:
                    raise
                raise error from None
            self.backup.remove()
            return result
        finally:
            self.net.features_of.close()

    def _train(self) -> TrainingResult:
        store: ImageStore | ActivationStore | None = None
        try:
            with self._nothing_to_keep_yet():
                if self.weights is None:
                    self._calibrate()
                if self.o.fine_tune_epochs > 0:
                    scratch = user_cache_dir() / "scratch"
                    if self.net.boundary is None:
                        store = ImageStore(len(self.samples), self.size, scratch)
                    else:
                        store = ActivationStore(
                            len(self.samples), self.views, self.net.boundary, scratch
                        )
                features = self._extract(store)
            self.net.features_of.close()  # LiteRT's preparation, if it is still running
            self._train_head(features)
            if store is not None and not self.stopped:
                self._fine_tune(store)
            if self.token.cancelled:
                raise Cancelled()
            # The final network's "none of these" detector (features again if the base changed)
            tuned = None
            if store is not None and self.best and self.best.stage is Stage.FINE_TUNE:
                tuned = self._pooled_of(store)
            rows, targets = (self.train_index, self.val_index), self.labels[self.train_index]
            model, open_set = fit_for_run(
                self.net.classifier, tuned, features, rows, targets, self.o, self.stages, self.token
            )
        finally:
            if store is not None:
                store.close()
        if self.token.cancelled:
            raise Cancelled()
        self.trained = True
        if self.stopped:
            self.stages.tell(
                Note.info(translate("trainer", "Stopped: keeping the best weights seen so far."))
            )
        self.decision = replace(self._decision(), open_set=open_set)
        return evaluate_and_save(self, model)

    def _pooled_of(self, store: ImageStore | ActivationStore) -> PooledOf:
        """The fine-tuned network's pooled features of a run's rows, from what phase 2 ran on."""
        if isinstance(store, ActivationStore):
            from training.top import TopPhase

            return TopPhase(self.net.base, self.net.classifier, store).pooled_of
        return stored_features(self.net.classifier, store)

    @contextmanager
    def _nothing_to_keep_yet(self) -> Iterator[None]:
        """Before training, a stop ends the run like a cancel, and says so."""
        try:
            yield
        except Cancelled:
            if self.token.stop_requested and not self.token.cancelled:
                raise Cancelled(translate("trainer", STOPPED_BEFORE_TRAINING)) from None
            raise

    def _scan(self) -> None:
        self.scan = scan = read_dataset(self.o, self.stages, self.token)
        self.multi_label, note = choose_multi_label(scan, self.o.multi_label)
        self.stages.tell(note)
        self.size, why = self.o.size_for(scan)
        self.arch.check_size(self.size)
        self.stages.tell(Note.info(why))
        self.stages.weights = stage_weights(scan, self.o)
        if scan.validation_root is None and self.split is None:
            check_can_validate(scan.samples, self.o.validation_split, self.o.seed)

    def _split(self) -> None:
        train_samples, val_samples = split_dataset(
            self.scan, self.o, self.features, self.stages, self.split
        )
        self.samples = train_samples + val_samples
        self.n_train = len(train_samples)
        self.views = self.o.views_for(self.n_train)

    def _build(self) -> None:
        keras = import_keras()
        from training import transfer

        keras.utils.set_random_seed(self.o.seed)
        with self.dist.scope():
            net = transfer.build_networks(
                self.arch, self.size, len(self.scan.classes), self.weights, self.o.dropout,
                backend=self.o.backend, weights_digest=self.features.weights_digest(),
                multi_label=self.multi_label, **phase_two_cut(self.o, self.scan),
            )  # fmt: skip
        check_fine_tune_at(self.o.fine_tune_at, self.arch.display_name, len(net.base.layers))
        self.net = net
        self.features.features_of, self.features.boundary = net.features_of, net.boundary
        if net.on_photos:
            self.stages.tell(Note.info(net.on_photos))

    def _calibrate(self) -> None:
        from training.transfer import calibrate_from_files

        self.stages.begin(
            Stage.CALIBRATE,
            text=translate("trainer", "Random weights: estimating batch-norm statistics"),
        )
        training = [s.path for s in self.samples[: self.n_train]]
        calibrate_from_files(self.net, training, self.size, self.token)
        self.stages.end(Stage.CALIBRATE)

    def _extract(self, store: ImageStore | None) -> np.ndarray:
        """Features of every view of every image, from the cache where possible (or from the
        grouping, which computed view 0); files that cannot be decoded are skipped (and listed)
        here."""
        self.stages.begin(
            Stage.EXTRACT, text=translate("trainer", "Computing features of the frozen base")
        )
        views = [self.views] * self.n_train + [1] * (len(self.samples) - self.n_train)
        extracted = self.features.extract(
            [s.path for s in self.samples], views, self.o.augmentation, store,
            self.stages.sub(Stage.EXTRACT),
        )  # fmt: skip
        self.stages.tell(Note.info(self.features.summary()))
        self.stages.end(Stage.EXTRACT)
        self._drop_failed(extracted.failed)
        return extracted.features

    def _drop_failed(self, failed: dict[int, str]) -> None:
        keep = np.array([i not in failed for i in range(len(self.samples))])
        for i, reason in sorted(failed.items()):
            self.scan.skipped.append((self.samples[i].path, reason))
            self.stages.tell(Note.skipped(self.samples[i].path, reason))
        self.labels = training_labels(self.samples, len(self.scan.classes), self.multi_label)
        self.train_index = np.flatnonzero(keep[: self.n_train])
        self.val_index = self.n_train + np.flatnonzero(keep[self.n_train :])
        train_labels = [c for i in self.train_index for c in self.samples[i].labels]
        check_readable(self.scan.classes, train_labels, len(self.val_index))

    def _events(self) -> Any:
        from training.transfer import Events

        return Events(self.token, self.stages, self.backup)

    @property
    def _batch(self) -> int:
        return self.dist.global_batch(self.o.batch_size)

    @property
    def _on(self) -> str:
        return self.dist.describe(self.o.batch_size)

    def _train_head(self, features: np.ndarray) -> None:
        from training.transfer import steps_per_epoch, train_head

        x = features[self.train_index, : self.views].reshape(-1, features.shape[-1])
        y = np.repeat(self.labels[self.train_index], self.views, axis=0)
        vectors = len(x)
        self.stages.begin(
            Stage.HEAD,
            total=self.o.epochs * steps_per_epoch(len(x), self._batch),
            text=trainer.tr(
                "Phase 1: training a new head on %Ln feature vectors{on}", "", vectors
            ).format(on=self._on),
            epochs=self.o.epochs,
        )
        with self.dist.scope():
            result, self.best = train_head(
                self.net, self._events(), x, y, features[self.val_index, 0],
                self.labels[self.val_index], epochs=self.o.epochs, batch_size=self._batch,
                learning_rate=self.o.learning_rate, patience=self.o.patience, seed=self.o.seed,
            )  # fmt: skip
        self.stages.end(Stage.HEAD)
        self.history = {Stage.HEAD: result.history, Stage.FINE_TUNE: []}
        self.stopped = result.stopped_by_user or self.token.stop_requested

    def _fine_tune(self, store: ImageStore | ActivationStore) -> None:
        from training.transfer import fine_tune, fine_tune_samples, steps_per_epoch

        at, epochs = self.o.fine_tune_layer(), self.o.fine_tune_epochs
        assert self.best is not None
        samples = fine_tune_samples(store, self.train_index)
        if self.net.boundary is None:
            phase_two = translate(
                "trainer", "Phase 2: fine-tuning {architecture} from layer {at}{on}"
            )
        else:
            phase_two = translate(
                "trainer",
                "Phase 2: fine-tuning {architecture} from layer {at}, on its stored activations of "
                "{views} views{on}",
            )
        self.stages.begin(
            Stage.FINE_TUNE,
            total=epochs * steps_per_epoch(samples, self._batch),
            text=phase_two.format(
                architecture=self.arch.display_name, at=at, on=self._on, views=f"{samples:,}"
            ),
            epochs=epochs,
        )
        with self.dist.scope():
            result, self.best = fine_tune(
                self.net, self._events(), store, self.train_index, self.labels, self.val_index,
                best=self.best, epochs=epochs, fine_tune_at=at, batch_size=self._batch,
                learning_rate=self.o.fine_tune_rate(), augmentation=self.o.augmentation,
                patience=self.o.patience, seed=self.o.seed,
            )  # fmt: skip
        self.stages.end(Stage.FINE_TUNE)
        self.history[Stage.FINE_TUNE] = result.history
        self.stopped = result.stopped_by_user or self.token.stop_requested

    def _decision(self) -> Decision:
        """How the saved model's outputs become labels: per label (multi-label), the threshold
        with the best F1 on the validation photos (the detector is fitted on its own, with
        the final network: `fit_for_run`)."""
        assert self.best is not None
        if not self.multi_label:
            return Decision()
        return Decision(best_thresholds(self.labels[self.val_index], self.best.probabilities))
