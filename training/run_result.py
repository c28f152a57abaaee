"""The end of a training run: its evaluation on the validation photos, the model file and its
report, and what `train` returns."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.decision import OpenSet
from app.core.i18n import translate
from app.core.progress import Stage
from training.evaluation import Evaluation, evaluate_run, predicted_classes
from training.multi_evaluation import MultiLabelEvaluation
from training.progress import EpochResult
from training.report import save_trained_model

if TYPE_CHECKING:
    from training.trainer import _Run

__all__ = ["TrainingResult", "evaluate_and_save"]


@dataclass
class TrainingResult:
    model_path: Path
    report_path: Path
    evaluation: Evaluation | MultiLabelEvaluation
    history: dict[Stage, list[EpochResult]]
    stopped_by_user: bool
    seconds: float
    features_computed: int  # views the base had to compute (the rest came from the cache)
    features_cached: int
    saved: bool = True  # False on a worker other than the chief, which saves for all
    open_set: OpenSet | None = None  # the saved model's "none of these" detector


def evaluate_and_save(run: _Run, model: Any) -> TrainingResult:
    """The run's evaluation on its validation photos, then (on the chief) the model file
    `model` and its report; what the run returns."""
    evaluation = _evaluate(run)
    assert run.best is not None
    seconds = time.monotonic() - run.started
    result = TrainingResult(
        run.o.output, run.o.report_path(), evaluation, run.history, run.stopped, seconds,
        run.features.computed, run.features.cached, saved=run.dist.chief,
        open_set=run.decision.open_set,
    )  # fmt: skip
    if not run.dist.chief:
        return result
    text = translate("run_result", "Saving {path}").format(path=run.o.output)
    run.stages.begin(Stage.SAVE, total=1, text=text)
    run.token.commit()  # written from here on, whatever is asked
    save_trained_model(
        model,
        replace(run.o, image_size=run.size),  # the size chosen, for the model and report
        run.scan,
        train=run.samples[: run.n_train],
        validation=run.samples[run.n_train :],
        evaluation=evaluation,
        predicted=predicted_classes(
            run.best.probabilities,
            run.val_index - run.n_train,
            len(run.samples) - run.n_train,
            run.scan.classes,
            run.decision.thresholds,
        ),  # fmt: skip
        decision=run.decision,
        history=run.history,
        best=run.best,
        stopped=run.stopped,
        features=run.features.as_report(),
        seconds=seconds,
        stage_seconds=run.stages.seconds,
    )
    run.stages.end(Stage.SAVE)
    return result


def _evaluate(run: _Run) -> Evaluation | MultiLabelEvaluation:
    assert run.best is not None
    run.stages.begin(Stage.EVALUATE, total=1)
    evaluation = evaluate_run(
        run.labels[run.val_index], run.best.probabilities,
        [run.samples[i].path for i in run.val_index], run.scan.classes,
        run.decision.thresholds,
    )  # fmt: skip
    run.stages.end(Stage.EVALUATE)
    return evaluation
