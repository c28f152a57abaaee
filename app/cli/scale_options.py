"""The options that take `pictag classify` past one sitting and one machine: inputs from a
list, resuming an interrupted run, and the Ray engine. Checked before any model loads."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.args import positive_int
from app.cluster.placement import DEFAULT_PLACEMENT_TIMEOUT
from app.core.atomic import STDOUT, not_a_file
from app.core.errors import UsageError
from app.core.formats import PARQUET, RESUMABLE
from app.core.i18n import translate

__all__ = ["PLAIN", "RAY", "ENGINES", "add_scale_options", "check_scale_options", "positive_float"]

PLAIN, RAY = "plain", "ray"
ENGINES = (PLAIN, RAY)
_RAY_ONLY = (
    "address", "ray_actors", "ray_cpus_per_actor", "ray_gpus_per_actor", "ray_batch_size",
    "ray_placement_timeout",
)  # fmt: skip


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(
            translate("cli_scale_options", "must be more than 0, got {value}").format(
                value=format(value, "g")
            )
        )
    return value


def add_scale_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        help="classify the files listed in LIST too (one path a line, '-' for standard input; "
        "blank lines ignored; a listed file that is missing gets an error row)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue the run whose results are in --output (csv, jsonl or parquet): files "
        "already there are skipped, the rest appended as they are done",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default=PLAIN,
        help="'plain' (default: this process) or 'ray' (Ray Data actors on a Ray cluster; "
        'pip install "pictag[cluster]")',
    )
    ray = parser.add_argument_group("with --engine ray")
    ray.add_argument(
        "--address",
        metavar="ADDRESS",
        help="the Ray cluster: ray://HOST:PORT, HOST:PORT or 'auto' (the cluster 'ray start' "
        "made this machine part of); default: a local Ray with this machine's cores",
    )
    ray.add_argument(
        "--ray-actors", type=positive_int, metavar="N",
        help="actors, each loading the model once (default: as many as the nodes hold side by "
        "side, counting each node's CPUs, and GPUs with --ray-gpus-per-actor)",
    )  # fmt: skip
    ray.add_argument(
        "--ray-cpus-per-actor", type=positive_float, metavar="C",
        help="CPUs per actor, for decoding and the model (default 4, or the largest node's when "
        "it has fewer: an actor runs on one node)",
    )  # fmt: skip
    ray.add_argument(
        "--ray-gpus-per-actor", type=positive_float, metavar="G",
        help="GPUs per actor (default 0; 1 puts one actor on each GPU)",
    )  # fmt: skip
    ray.add_argument(
        "--ray-batch-size", type=positive_int, metavar="N",
        help="images per actor call and model call (default: --batch-size)",
    )  # fmt: skip
    ray.add_argument(
        "--ray-placement-timeout", type=positive_float, metavar="SECONDS",
        help="how long an actor may wait for a node with room before the run ends saying what "
        f"was asked and what the nodes have (default {DEFAULT_PLACEMENT_TIMEOUT:g}; longer for "
        "a cluster that adds nodes on demand)",
    )  # fmt: skip


def check_scale_options(args: argparse.Namespace, fmt: str) -> None:
    """One-line UsageErrors for combinations that cannot work, before anything is loaded."""
    if not args.paths and args.files_from is None:
        raise UsageError(
            translate(
                "cli_scale_options", "give images or folders to classify, or --files-from LIST"
            )
        )
    if args.engine != RAY:
        given = [name for name in _RAY_ONLY if getattr(args, name) is not None]
        if given:
            option = "--" + given[0].replace("_", "-")
            raise UsageError(
                translate("cli_scale_options", "{option} applies to --engine ray").format(
                    option=option
                )
            )
    output = args.output
    if fmt == PARQUET and (output is None or str(output) == STDOUT):
        raise UsageError(
            translate(
                "cli_scale_options",
                "--format parquet writes a folder: give it with --output FOLDER",
            )
        )
    if not args.resume:
        return
    kind = None if output is None or str(output) == STDOUT else not_a_file(Path(output))
    if output is None or str(output) == STDOUT or kind not in (None, "a folder"):
        raise UsageError(
            translate(
                "cli_scale_options", "--resume continues a results file: give it with --output FILE"
            )
        )
    if fmt not in RESUMABLE:
        raise UsageError(
            translate(
                "cli_scale_options",
                "--resume needs --format {formats} or {last} (the table cannot be read back)",
            ).format(formats=", ".join(RESUMABLE[:-1]), last=RESUMABLE[-1])
        )
