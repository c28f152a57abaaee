"""Training on more than one device: `tf.distribute` strategies by name (`pictag train
--strategy`), and what a run needs to know of them.

- "default": this process's default device (TensorFlow's default strategy).
- "mirrored": every GPU of this machine (`MirroredStrategy`), or every logical CPU device when
  there is no GPU (one, unless a program configured more).
- "multi-worker": several machines (`MultiWorkerMirroredStrategy`), described by the
  `TF_CONFIG` environment variable of each worker (the cluster's addresses, and which one this
  is); every worker runs the same command.
- "auto" (the default): multi-worker when TF_CONFIG names more than one task, mirrored when the
  machine has more than one GPU, else the default strategy.

`--batch-size` is per replica: the global batch each step trains on is that times the
replicas in sync, so adding devices adds throughput without shrinking each one's batch (the
learning rate is not scaled; raise it with the batch if you want the same steps' effect).
Only the chief (worker 0, or the "chief" task) reports progress and writes the model.
"""

from __future__ import annotations

import json
import os
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any

from app.core.errors import UsageError
from app.core.i18n import Context, translate
from app.core.tf_runtime import import_tensorflow

distribute = Context("distribute")

__all__ = ["STRATEGIES", "AUTO", "DEFAULT", "MIRRORED", "MULTI_WORKER", "Distribution"]

AUTO, DEFAULT, MIRRORED, MULTI_WORKER = "auto", "default", "mirrored", "multi-worker"
STRATEGIES = (AUTO, DEFAULT, MIRRORED, MULTI_WORKER)


@dataclass(frozen=True)
class Distribution:
    name: str  # default, mirrored or multi-worker: what `auto` became
    strategy: Any  # a tf.distribute.Strategy
    replicas: int
    chief: bool
    worker: int  # this worker's index among the workers (0 outside multi-worker)
    workers: int

    @classmethod
    def create(cls, name: str) -> Distribution:
        """The strategy `name` asks for. Multi-worker must be made before TensorFlow runs
        anything, so a run makes it first."""
        if name not in STRATEGIES:
            raise UsageError(
                translate("distribute", "unknown strategy {name}; choose {choices}").format(
                    name=repr(name), choices=", ".join(STRATEGIES)
                )
            )
        tf = import_tensorflow()
        config = _tf_config()
        if name == AUTO:
            if len(_tasks(config)) > 1:
                name = MULTI_WORKER
            elif len(tf.config.list_physical_devices("GPU")) > 1:
                name = MIRRORED
            else:
                name = DEFAULT
        if name == MULTI_WORKER:
            return cls._multi_worker(tf, config)
        if name == MIRRORED:
            devices = tf.config.list_logical_devices("GPU") or tf.config.list_logical_devices("CPU")
            strategy = tf.distribute.MirroredStrategy([d.name for d in devices])
        else:
            strategy = tf.distribute.get_strategy()
        return cls(name, strategy, strategy.num_replicas_in_sync, True, 0, 1)

    @classmethod
    def _multi_worker(cls, tf: Any, config: dict[str, Any]) -> Distribution:
        tasks = _tasks(config)
        if not tasks:
            raise UsageError(
                translate(
                    "distribute",
                    "--strategy multi-worker needs TF_CONFIG: the cluster's workers and this "
                    "worker's index (see docs/training.md)",
                )
            )
        task = config.get("task") or {}
        kind, index = task.get("type", "worker"), int(task.get("index", 0))
        strategy = tf.distribute.MultiWorkerMirroredStrategy()
        _reduce_as_keras_expects(tf, strategy)
        has_chief = bool(config.get("cluster", {}).get("chief"))
        chief = kind == "chief" or (kind == "worker" and index == 0 and not has_chief)
        position = tasks.index((kind, index)) if (kind, index) in tasks else index
        return cls(
            MULTI_WORKER, strategy, strategy.num_replicas_in_sync, chief, position, len(tasks)
        )

    def scope(self) -> AbstractContextManager[object]:
        """Where variables are made (the networks, the optimizer at compile)."""
        return nullcontext() if self.name == DEFAULT else self.strategy.scope()

    def global_batch(self, per_replica: int) -> int:
        """What one step trains on: `per_replica` (--batch-size) on every replica."""
        return per_replica * self.replicas

    def describe(self, per_replica: int) -> str:
        """ " (mirrored: 2 replicas, global batch 64)" for a phase's title; "" on one device."""
        if self.replicas == 1 and self.workers == 1:
            return ""
        batch, replicas = self.global_batch(per_replica), self.replicas
        if self.workers > 1:
            text = distribute.tr(
                "({strategy}: %Ln replicas on {workers} workers, global batch {batch})",
                "",
                replicas,
            )
        else:
            text = distribute.tr("({strategy}: %Ln replicas, global batch {batch})", "", replicas)
        return " " + text.format(strategy=self.name, workers=self.workers, batch=batch)


def _reduce_as_keras_expects(tf: Any, strategy: Any) -> None:
    """Keras 3's `fit` under MultiWorkerMirroredStrategy hands `strategy.reduce` a whole batch
    (a tuple of per-replica values) and scalar logs with `axis=0`, which the strategy refuses
    (keras-team/keras#20585, open since Keras 3.0): this strategy's `reduce` takes each value
    of a structure on its own, and a scalar along no axis, as Keras means it."""
    reduce = strategy.reduce

    def each(reduce_op: Any, value: Any, axis: int | None = None) -> Any:
        def one(v: Any) -> Any:
            local = (
                strategy.experimental_local_results(v)[0]
                if isinstance(v, tf.distribute.DistributedValues)
                else v
            )
            scalar = getattr(getattr(local, "shape", None), "rank", None) == 0
            return reduce(reduce_op, v, None if scalar else axis)

        return tf.nest.map_structure(one, value)

    strategy.reduce = each


def _tf_config() -> dict[str, Any]:
    text = os.environ.get("TF_CONFIG", "").strip()
    if not text:
        return {}
    try:
        config = json.loads(text)
    except ValueError as exc:
        raise UsageError(
            translate("distribute", "TF_CONFIG is not JSON ({why}); see docs/training.md").format(
                why=exc
            )
        ) from None
    if not isinstance(config, dict):
        raise UsageError(
            translate("distribute", "TF_CONFIG must be a JSON object with 'cluster' and 'task'")
        )
    return config


def _tasks(config: dict[str, Any]) -> list[tuple[str, int]]:
    """(type, index) of every chief and worker TF_CONFIG names, chief first."""
    cluster = config.get("cluster") or {}
    return [(kind, i) for kind in ("chief", "worker") for i in range(len(cluster.get(kind) or ()))]
