"""`pictag classify --engine ray`: the plain engine's decoding and model code (`classify_files`:
`decode_ahead` on `load_image`, then `LoadedModel.predict`) in Ray Data actors, each loading the
model once, and the results streamed back to this process, which writes them exactly as the
plain engine does (same formats, same resume).

The input list becomes Arrow blocks of a few batches each (`ray.data.from_arrow`), actors take
them as they are free (`map_batches` with an actor pool), and finished blocks come back in the
order they finish: the output holds every file once, not in input order. A result is a few
hundred bytes, so the driver writes a million of them in seconds; in return every output gets
the plain engine's guarantees (one file appended and synced, or Parquet parts written whole),
and the progress bar counts what is really done.

Actors are sized from the nodes (an actor lives on one), and room for one is found within a
bounded time before they start (`app.cluster.placement`): a run never waits unseen.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from app.cluster.model_source import ModelSource
from app.cluster.placement import (
    DEFAULT_PLACEMENT_TIMEOUT,
    describe_request,
    room_on,
    wait_for_room,
)
from app.cluster.ray_session import Node, RaySession, import_ray
from app.core.errors import PictagError, first_line
from app.core.formats import result_from_record, result_record
from app.core.i18n import Context, translate
from app.core.optional import require
from app.core.progress import Note, Progress, ProgressCallback, Stage, Token
from app.core.results import ClassifyResult

cluster_ray_classify = Context("cluster_ray_classify")

__all__ = ["ActorPlan", "RayOptions", "classify_on_ray", "actor_plan", "DEFAULT_CPUS_PER_ACTOR"]

DEFAULT_CPUS_PER_ACTOR = 4
_BLOCKS_PER_ACTOR = 16  # blocks per actor in a run: enough to balance the actors
_MAX_BATCHES_PER_BLOCK = 8  # what an actor returns at a time: progress, and what a crash redoes


@dataclass(frozen=True)
class RayOptions:
    batch_size: int = 32
    actors: int | None = None  # None: as many as the nodes hold
    cpus_per_actor: float | None = None  # None: DEFAULT_CPUS_PER_ACTOR, at most the largest node's
    gpus_per_actor: float = 0.0
    placement_timeout: float = DEFAULT_PLACEMENT_TIMEOUT  # seconds an actor may wait for room


@dataclass(frozen=True)
class ActorPlan:
    actors: int
    cpus: float  # per actor
    room: int  # actors of this size the nodes hold when idle


def actor_plan(options: RayOptions, nodes: Sequence[Node]) -> ActorPlan:
    """How many actors, and CPUs each. An actor lives on one node, so by default it asks for
    at most what the largest node has, and there are as many as the nodes hold side by side."""
    largest = max((node.cpus for node in nodes), default=0.0)
    cpus = options.cpus_per_actor or min(DEFAULT_CPUS_PER_ACTOR, max(1.0, largest))
    room = sum(room_on(node, cpus, options.gpus_per_actor) for node in nodes)
    return ActorPlan(options.actors or max(1, room), cpus, room)


def classify_on_ray(
    source: ModelSource,
    files: Sequence[Path],
    session: RaySession,
    *,
    top: int,
    options: RayOptions,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> Iterator[ClassifyResult]:
    """One result per file, in the order they finish. Progress: `Stage.CLUSTER` while room is
    found for the actors and they start, then `Stage.CLASSIFY` counting files after each
    finished block. Raises `UsageError` when no node has room for an actor within
    `options.placement_timeout`, `Cancelled` soon after `token` ends."""
    ray = import_ray()
    pa = require("pyarrow", "cluster", "--engine ray")
    total = len(files)
    if not total:
        return
    plan = actor_plan(options, session.nodes)
    actors, cpus = plan.actors, plan.cpus
    asked = describe_request(cpus, options.gpus_per_actor)
    if progress and 0 < plan.room < actors:  # with no room at all, the wait below says so
        text = cluster_ray_classify.tr(
            "the Ray nodes hold %Ln actors of {request}: {waiting} of the {actors} asked for wait "
            "until a node has room",
            "",
            plan.room,
        ).format(request=asked, waiting=actors - plan.room, actors=actors)
        progress(Note.warning(text))
    wait_for_room(
        ray, cpus, options.gpus_per_actor, options.placement_timeout, progress=progress, token=token
    )
    if progress:
        starting = cluster_ray_classify.tr("Starting %Ln Ray actors ({request} each)", "", actors)
        progress(Progress(Stage.CLUSTER, text=starting.format(request=asked)))
    rows = _block_rows(total, actors, options.batch_size)
    # As bytes: a name that is not UTF-8 is no Arrow string, and must reach the actor exact.
    spelled = [os.fsencode(f) for f in files]
    absolute = [os.fsencode(os.path.abspath(f)) for f in files]
    blocks = [
        pa.table(
            {"path": pa.array(spelled[i : i + rows], pa.binary()),
             "absolute": pa.array(absolute[i : i + rows], pa.binary())}
        )
        for i in range(0, total, rows)
    ]  # fmt: skip
    dataset = ray.data.from_arrow(blocks).map_batches(
        _Classifier,
        fn_constructor_kwargs={"source": source, "top": top, "threads": max(1, int(cpus))},
        batch_size=options.batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=cpus,
        num_gpus=options.gpus_per_actor or None,
    )
    done = 0
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            if token is not None:
                token.check()
            for text in batch["record"]:
                yield result_from_record(json.loads(text))
            done += len(batch["record"])
            if progress:
                progress(Progress(Stage.CLASSIFY, done, total))
    except ray.exceptions.RayError as exc:
        raise _one_line(exc) from None


def _block_rows(total: int, actors: int, batch_size: int) -> int:
    per_block = math.ceil(total / (actors * _BLOCKS_PER_ACTOR))
    return max(batch_size, min(per_block, _MAX_BATCHES_PER_BLOCK * batch_size))


def _one_line(exc: BaseException) -> PictagError:
    """An actor's PictagError as it was raised (a damaged model file...); anything else as one
    line pointing at Ray's logs."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, PictagError):
        return cause
    return PictagError(
        translate(
            "cluster_ray_classify",
            "the Ray job failed: {reason} (Ray's logs: the dashboard, or "
            "/tmp/ray/session_latest/logs on the head node)",
        ).format(reason=first_line(cause or exc))
    )


class _Classifier:
    """One per actor: loads the model once, then classifies each batch it is given."""

    def __init__(self, source: ModelSource, top: int, threads: int) -> None:
        from app.core.tf_runtime import import_tensorflow

        tf = import_tensorflow()
        try:  # TensorFlow's pools to the actor's share of the node, not all its cores
            tf.config.threading.set_intra_op_parallelism_threads(threads)
            tf.config.threading.set_inter_op_parallelism_threads(min(2, threads))
        except RuntimeError:  # a reused worker whose TensorFlow already runs
            pass
        self.model = source.load()
        self.top, self.threads = top, threads

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        from app.core.classifier import classify_files

        files = [Path(os.fsdecode(p)) for p in batch["absolute"]]
        results = classify_files(
            self.model, files, top=self.top, batch_size=len(files), decode_workers=self.threads
        )
        records = []
        for spelled, result in zip(batch["path"], results, strict=True):
            record = result_record(replace(result, path=Path(os.fsdecode(spelled))))
            records.append(json.dumps(record, ensure_ascii=False))
        return {"record": np.array(records, dtype=object)}
