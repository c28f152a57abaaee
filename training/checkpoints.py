"""Checkpoints of a run's two phases, so a run killed mid-way (a lost worker, a power cut)
resumes from its last finished epoch when the same command runs again.

Each phase has a folder with Keras' `BackupAndRestore` checkpoint (the weights, the optimizer
and the epoch, with the previous one kept in case a save was cut short) and the epoch
monitor's own state (the history, the best weights so far and their validation predictions,
the epochs without improvement, whether the phase ended), written atomically after every
epoch. A phase that ended is not trained again; a run for other settings or other images does
not reuse them. The folder lives beside the output (`.MODEL.keras.checkpoints/`) and goes when
the run ends: saved, cancelled (Ctrl-C too), failed on bad input or on a disk too full for the
checkpoints; a run that dies (killed, a lost worker, a power cut) keeps it, and so does one
whose model could not be saved once training ended (the message says so).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.atomic import replacing, replacing_text
from app.core.errors import WriteError, write_error
from app.core.i18n import translate
from app.core.progress import Stage
from app.core.tf_runtime import import_keras
from training.phase_state import Best, MonitorState
from training.progress import EpochResult

if TYPE_CHECKING:
    from training.dataset import Sample
    from training.distribute import Distribution
    from training.options import TrainingOptions

__all__ = ["RunBackup", "PhaseBackup", "backup_folder"]

_IDENTITY = "identity.txt"


def backup_folder(output: Path, worker: int, workers: int) -> Path:
    folder = output.parent / f".{output.name}.checkpoints"
    return folder / f"worker-{worker}" if workers > 1 else folder


class RunBackup:
    """The checkpoints of one run, identified by everything that shapes its training."""

    def __init__(self, folder: Path, identity: dict[str, Any]) -> None:
        self.folder = folder
        digest = hashlib.sha256(json.dumps(identity, sort_keys=True, default=str).encode())
        self._identity = digest.hexdigest()
        marker = folder / _IDENTITY
        try:
            earlier = marker.read_text(encoding="utf-8").strip()
        except OSError:
            earlier = None
        self.resumed = earlier == self._identity
        if earlier is not None and not self.resumed:  # another run's: of no use to this one
            self.remove()

    @classmethod
    def of_run(
        cls, options: TrainingOptions, samples: list[Sample], dist: Distribution
    ) -> RunBackup:
        """The checkpoints for a run of `options` on `samples` (beside its output), the same
        folder for the same run on the same number of replicas."""
        identity = {
            **{k: str(v) for k, v in asdict(options).items() if k not in ("output", "report")},
            "samples": [(str(s.path), s.label, *s.others) for s in samples],
            "replicas": dist.replicas,
        }
        return cls(backup_folder(options.output, dist.worker, dist.workers), identity)

    def phase(self, stage: Stage) -> PhaseBackup:
        self.folder.mkdir(parents=True, exist_ok=True)
        with replacing_text(self.folder / _IDENTITY) as f:
            f.write(self._identity + "\n")
        return PhaseBackup(self.folder / str(stage))

    def write_failed(self, exc: Exception, output: Path, *, trained: bool) -> WriteError | None:
        """A write the drive refused during the run, as one line saying what is kept; None for
        other errors. Checkpoints that could not be written are of no use and go; once training
        ended (`trained`) they hold its result, so they stay for the same command to save
        without training again."""
        error = exc if isinstance(exc, WriteError) else write_error(exc, output)
        if error is None:
            return None
        if not trained:
            self.remove()
            return WriteError(
                translate(
                    "checkpoints",
                    "cannot write the training checkpoints beside {path} ({why}); nothing was "
                    "saved: free some space there or choose another --output, then train again",
                ).format(path=output, why=error.why),
                self.folder,
                error.why,
            )
        return WriteError(
            translate(
                "checkpoints",
                "{error}; the trained weights are kept in {folder}, so the same command saves "
                "them without training again (delete that folder to give up the run)",
            ).format(error=error, folder=self.folder),
            error.path,
            error.why,
        )

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        parent = self.folder.parent
        if parent.name.endswith(".checkpoints") and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()


class PhaseBackup:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._state = folder / "monitor.json"
        self._best = folder / "best.npz"
        self._written: tuple[str, int] | None = None  # the best weights already on disk

    def keras_callback(self) -> Any:
        keras = import_keras()

        return keras.callbacks.BackupAndRestore(
            str(self.folder / "keras"), double_checkpoint=True, delete_checkpoint=False
        )

    def save(self, state: MonitorState) -> None:
        """The best weights first, then the state that names their epoch: a save cut short
        between the two is seen as no state (the phase starts over)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        best = state.best
        if best is not None and self._written != (str(best.stage), best.epoch):
            with replacing(self._best) as tmp:
                np.savez(tmp, *best.weights, epoch=best.epoch, probabilities=best.probabilities)
            self._written = (str(best.stage), best.epoch)
        document = {
            "history": [asdict(h) for h in state.history],
            "waited": state.waited,
            "finished": state.finished,
            "stopped_by_user": state.stopped_by_user,
            "best": None
            if best is None
            else {"loss": best.loss, "stage": str(best.stage), "epoch": best.epoch},
        }
        with replacing_text(self._state) as f:
            json.dump(document, f)

    def load(self) -> MonitorState | None:
        """The phase's state, None when there is none to take up. Keras' own checkpoint cut
        short by a kill (a weights file h5py cannot read) makes the phase start over: its
        folder goes, rather than failing the run that resumes it."""
        if not self._keras_readable():
            self.discard()
            return None
        try:
            document = json.loads(self._state.read_text(encoding="utf-8"))
            best = None
            if document["best"] is not None:
                with np.load(self._best) as saved:
                    meta = document["best"]
                    if int(saved["epoch"]) != meta["epoch"]:
                        return None
                    count = len([k for k in saved.files if k.startswith("arr_")])
                    weights = [saved[f"arr_{i}"] for i in range(count)]
                    best = Best(
                        meta["loss"], weights, saved["probabilities"], Stage(meta["stage"]),
                        meta["epoch"],
                    )  # fmt: skip
            history = [
                EpochResult(**{**h, "stage": Stage(h["stage"])}) for h in document["history"]
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return MonitorState(
            history, best, document["waited"], document["finished"], document["stopped_by_user"]
        )

    def _keras_readable(self) -> bool:
        import h5py

        for weights in (self.folder / "keras").glob("*.h5"):
            try:
                with h5py.File(weights, "r") as f:
                    f.visit(lambda _name: None)  # every object's header read
            except (OSError, ValueError, RuntimeError):
                return False
        return True

    def discard(self) -> None:
        """Checkpoints that cannot be used with the monitor's state (or without it)."""
        shutil.rmtree(self.folder, ignore_errors=True)
