"""A trained model's files: the Pictag model file and the JSON report beside it (enough to
understand and repeat the run), written, copied elsewhere, or discarded as one.

The CLI and the app call these same functions: a model saved elsewhere gets a report that
points at its new place, and a run cancelled after saving leaves neither file behind.
"""

from __future__ import annotations

import json
import logging
import math
import platform
import shutil
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.atomic import replacing, replacing_text
from app.core.decision import Decision, OpenSet
from app.core.model_file import ModelInfo, report_path_for, save_model_file
from training.split import relative_name

if TYPE_CHECKING:
    import keras

    from app.core.progress import Stage
    from training.dataset import DatasetScan, Sample
    from training.evaluation import Evaluation
    from training.multi_evaluation import MultiLabelEvaluation
    from training.options import TrainingOptions
    from training.phase_state import Best
    from training.progress import EpochResult

__all__ = [
    "write_report",
    "save_trained_model",
    "copy_trained_model",
    "discard_trained_model",
]

log = logging.getLogger(__name__)


def write_report(path: Path, report: dict[str, Any]) -> None:
    text = json.dumps(_finite(report), indent=2, ensure_ascii=False)
    with replacing_text(path) as stream:
        stream.write(text + "\n")


def save_trained_model(
    classifier: keras.Model,
    options: TrainingOptions,
    scan: DatasetScan,
    *,
    train: list[Sample],
    validation: list[Sample],
    evaluation: Evaluation | MultiLabelEvaluation,
    predicted: list[str | None],
    decision: Decision,
    history: dict[Stage, list[EpochResult]],
    best: Best,
    stopped: bool,
    features: dict[str, object],
    seconds: float,
    stage_seconds: dict[Stage, float],
) -> Path:
    """The model file at `options.output`, then its report; returns the report's path.

    `predicted` is the saved model's top class (multi-label: its labels joined with "|") for
    each validation sample (None when it could not be read), `decision` how its outputs
    become labels (kept in the model file) and `features` (computed, from the cache, the
    cache's key for this base): with the split, what an update needs to keep the same
    validation images and compare with them.
    """
    report_path = options.report_path()
    trained = datetime.now(UTC).isoformat(timespec="seconds")
    info = ModelInfo(
        labels=tuple(scan.classes),
        base=options.base,
        input_size=options.size(),
        details={
            "trained": trained,
            "validation_accuracy": evaluation.accuracy,
            "report": report_path.name,
        },
        decision=decision,
    )
    save_model_file(classifier, options.output, info)
    report = {
        "pictag_version": __version__,
        "model": str(options.output),
        "created": trained,
        "parameters": _parameters(options),
        "dataset": {
            **scan.summary(),
            "train_images": len(train),
            "validation_images": len(validation),
            # Absolute, so an export's parity check can find them from any folder.
            "validation_files": [str(s.path.absolute()) for s in validation],
        },
        "history": {str(stage): [e.as_dict() for e in h] for stage, h in history.items()},
        "multi_label": decision.multi_label,
        "best": {"stage": str(best.stage), "epoch": best.epoch, "val_loss": best.loss},
        "stopped_by_user": stopped,
        "split": {
            "train": [relative_name(s.path, scan.root) for s in train],
            "validation": [
                relative_name(s.path, scan.validation_root or scan.root) for s in validation
            ],
            "predicted": predicted,
            "true": [scan.label_names(s) for s in validation],
        },
        "evaluation": evaluation.as_dict(),
        "features": features,  # computed, from the cache, the cache's key, on which backend
        "open_set": _open_set_report(decision.open_set),
        "seconds": round(seconds, 2),
        "stage_seconds": {str(k): round(v, 2) for k, v in stage_seconds.items()},
        "versions": _versions(),
    }
    write_report(report_path, report)
    return report_path


def copy_trained_model(model: Path, target: Path) -> Path:
    """Copy a model file and its report to `target` (and NAME.report.json beside it), each
    atomically; the copied report names the new model. Returns the target. OSError when a
    file cannot be written (an existing target is then untouched)."""
    with replacing(target) as tmp:
        shutil.copyfile(model, tmp)
    source_report, report = report_path_for(model), report_path_for(target)
    try:
        data = json.loads(source_report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("Cannot read %s; copying it as it is", source_report)
        if source_report.exists():
            with replacing(report) as tmp:
                shutil.copyfile(source_report, tmp)
        return target
    data["model"] = str(target)
    write_report(report, data)
    return target


def discard_trained_model(options: TrainingOptions) -> None:
    """Remove what a run wrote (model, report): a run cancelled or failed after it saved still
    means "nothing was saved". A file that cannot go is logged, not raised."""
    for path in (options.output, options.report_path()):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:  # e.g. the data folder is a file: nothing was written there
            log.warning("Cannot remove %s: %s", path, exc)


def _open_set_report(open_set: OpenSet | None) -> dict[str, Any] | None:
    """What the "none of these" detector does, in the report's terms (None: the model has none)."""
    if open_set is None:
        return None
    return {
        "method": open_set.method,
        "keep_known": open_set.keep,
        "threshold": open_set.threshold,
        "validation_kept": open_set.kept_share(),
        "validation_photos": len(open_set.known),
        "details": open_set.details,
    }


def _parameters(o: TrainingOptions) -> dict[str, Any]:
    params = asdict(replace(o, report=o.report_path()))
    params.update(
        image_size=o.size(),
        fine_tune_at=o.fine_tune_layer(),
        fine_tune_learning_rate=o.fine_tune_rate(),
        weights=str(o.weights) if o.weights is not None else None,
        # Absolute, so an update run from another folder (or the app) finds it again.
        labels_csv=str(o.labels_csv.absolute()) if o.labels_csv is not None else None,
    )
    return {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}


def _versions() -> dict[str, str]:
    import numpy as np
    import PIL

    from app.core.tf_runtime import import_keras, import_tensorflow

    tf, keras = import_tensorflow(), import_keras()
    return {
        "pictag": __version__,
        "python": platform.python_version(),
        "tensorflow": tf.__version__,
        "keras": keras.__version__,
        "numpy": np.__version__,
        "pillow": PIL.__version__,
        "platform": platform.platform(),
    }


def _finite(value: Any) -> Any:
    """JSON has no NaN: a metric Keras could not compute becomes null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value
