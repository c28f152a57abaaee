"""`pictag classify --engine ray`: the Ray engine (`app.cluster`) behind the classify command,
with the model read once here, the dashboard's address said, and Pictag's own progress."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.terminal import ProgressDisplay
from app.core.i18n import translate
from app.core.progress import Event, Note, Progress, ProgressCallback, Stage
from app.core.results import ClassifyResult

if TYPE_CHECKING:
    from app.core.discovery import Discovery

__all__ = ["RayEngine"]


class RayEngine:
    """Reads the model (and, for ImageNet, its weights) on this machine; `results` runs the
    Ray job for the files left to do."""

    def __init__(self, args: argparse.Namespace, display: ProgressDisplay) -> None:
        from app.cluster.model_source import read_model_source
        from app.cluster.ray_session import import_ray, is_local

        import_ray(local=is_local(args.address))  # a missing extra is said before any reading
        self._args, self._display = args, display
        reading = translate("cli_cluster", "Reading {model}").format(model=args.model)
        display(Progress(Stage.LOAD, text=reading))
        try:
            self._source = read_model_source(
                args.model, args.weights, backend=args.backend, keep_known=args.keep_known,
                progress=display,
            )  # fmt: skip
        finally:
            display.close()
        self.labels = self._source.labels
        _tell_about_decision(args)

    def results(self, found: Discovery, progress: ProgressCallback) -> Iterator[ClassifyResult]:
        from app.cluster.placement import DEFAULT_PLACEMENT_TIMEOUT
        from app.cluster.ray_classify import RayOptions, classify_on_ray
        from app.cluster.ray_session import cluster_address, ray_session

        for path, reason in found.problems:
            yield ClassifyResult(path, error=reason)
        if not found.files:
            return
        args = self._args
        options = RayOptions(
            batch_size=args.ray_batch_size or args.batch_size,
            actors=args.ray_actors,
            cpus_per_actor=args.ray_cpus_per_actor,
            gpus_per_actor=args.ray_gpus_per_actor or 0.0,
            placement_timeout=args.ray_placement_timeout or DEFAULT_PLACEMENT_TIMEOUT,
        )
        address = cluster_address(args.address)
        if address:
            where = translate("cli_cluster", "Connecting to the Ray cluster at {address}").format(
                address=address
            )
        else:
            where = translate("cli_cluster", "Starting a local Ray")
        progress(Progress(Stage.CLUSTER, text=where))
        with ray_session(args.address) as session:
            if session.dashboard:
                dashboard = translate("cli_cluster", "pictag: Ray dashboard: {address}")
                print(dashboard.format(address=session.dashboard), file=sys.stderr)
            yield from classify_on_ray(
                self._source, found.files, session, top=args.top, options=options,
                progress=lambda event: self._relay(event, progress),
            )  # fmt: skip

    def _relay(self, event: Event, progress: ProgressCallback) -> None:
        """The job's notes (more actors asked for than the nodes hold) as lines on stderr,
        whether or not a bar is drawn; its progress to `progress`."""
        if isinstance(event, Note):
            self._display.write(f"pictag: {event.text}", sys.stderr)
        else:
            progress(event)


def _tell_about_decision(args: argparse.Namespace) -> None:
    """What the actors will do with labels, said here as a local run says it (the file's
    decision, read without TensorFlow; ImageNet models have none)."""
    from app.cli.terminal import tell_about_decision
    from app.core.decision import Decision
    from app.core.model_file import read_model_info
    from app.core.model_loader import closed_set_notice
    from app.core.registry import ARCHITECTURES

    if args.model in ARCHITECTURES:
        tell_about_decision(args.model, "", Decision(), args.keep_known)
        return
    path = Path(args.model)
    info = read_model_info(path)
    notice = closed_set_notice(path, info.before_open_set)
    tell_about_decision(path.name, notice, info.decision.keeping(args.keep_known), args.keep_known)
