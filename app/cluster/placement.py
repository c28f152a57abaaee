"""Room for an actor, found within a bounded time: Ray keeps an actor that no node can hold
pending forever, without a word, so before Ray Data starts its actors the driver reserves one
actor's resources (a placement group of one bundle, the same request) and waits for it at most
`timeout` seconds, saying so while it waits. Past that, the run ends with what was asked and
what each node has; the reservation is returned at once either way.

A cluster that adds nodes when work waits (Ray's autoscaler, KubeRay) sees the reservation as
demand, so a longer timeout lets it grow instead.
"""

from __future__ import annotations

import math
import time
from types import ModuleType

from app.cluster.ray_session import Node, alive_nodes
from app.core.errors import UsageError
from app.core.progress import Progress, ProgressCallback, Stage, Token

__all__ = ["DEFAULT_PLACEMENT_TIMEOUT", "describe_request", "room_on", "wait_for_room"]

DEFAULT_PLACEMENT_TIMEOUT = 60.0  # seconds an actor may wait for a node with room
_POLL_S = 1  # seconds (Ray's wait counts whole ones) between two words of the wait


def room_on(node: Node, cpus: float, gpus: float) -> int:
    """How many actors of `cpus` CPUs and `gpus` GPUs the node holds when it is idle."""
    fits = math.floor(node.cpus / cpus + 1e-9)
    if gpus > 0:
        fits = min(fits, math.floor(node.gpus / gpus + 1e-9))
    return max(0, fits)


def describe_request(cpus: float, gpus: float) -> str:
    """ "4 CPUs", "1 CPU and 1 GPU": what one actor reserves."""
    asked = _count(cpus, "CPU")
    return f"{asked} and {_count(gpus, 'GPU')}" if gpus > 0 else asked


def wait_for_room(
    ray: ModuleType,
    cpus: float,
    gpus: float,
    timeout: float,
    *,
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> None:
    """Return once a node has room for one actor; raise `UsageError` naming the request and
    every node's resources when none has had room for `timeout` seconds, `Cancelled` when
    `token` ends the wait."""
    bundle = {"CPU": cpus, **({"GPU": gpus} if gpus > 0 else {})}
    group = ray.util.placement_group([bundle])
    start = time.monotonic()
    try:
        while not group.wait(timeout_seconds=_POLL_S):
            if token is not None:
                token.check()
            waited = time.monotonic() - start
            if waited >= timeout:
                raise UsageError(_no_room(ray, cpus, gpus, waited))
            if progress:
                text = (
                    f"Waiting for a Ray node with {describe_request(cpus, gpus)} free "
                    f"({waited:.0f} of {timeout:g} s)"
                )
                progress(Progress(Stage.CLUSTER, text=text))
    finally:
        ray.util.remove_placement_group(group)


def _no_room(ray: ModuleType, cpus: float, gpus: float, waited: float) -> str:
    nodes = alive_nodes(ray)
    free = ray.available_resources().get("CPU", 0.0)
    listed = "; ".join(_describe(node, gpus) for node in nodes)
    said = (
        f"no Ray node had room for an actor of {describe_request(cpus, gpus)} within "
        f"{waited:.0f} s (the nodes: {listed}; free now: {free:g} of "
        f"{_count(sum(node.cpus for node in nodes), 'CPU')})"
    )
    if any(room_on(node, cpus, gpus) for node in nodes):
        return f"{said}; the nodes are busy with other work: try again when it ends"
    smaller = []
    largest_cpus = max((node.cpus for node in nodes), default=0.0)
    largest_gpus = max((node.gpus for node in nodes), default=0.0)
    if cpus > largest_cpus and largest_cpus > 0:
        smaller.append(f"--ray-cpus-per-actor {largest_cpus:g}")
    if gpus > largest_gpus:
        smaller.append(f"--ray-gpus-per-actor {largest_gpus:g}" if largest_gpus else "no GPUs")
    ask = f"ask for {' and '.join(smaller)}, or " if smaller else ""
    return (
        f"{said}; {ask}add a node that has {describe_request(cpus, gpus)} (a cluster that "
        "grows on demand may need a longer --ray-placement-timeout)"
    )


def _describe(node: Node, gpus: float) -> str:
    has = _count(node.cpus, "CPU")
    if gpus > 0 or node.gpus > 0:
        has += f", {_count(node.gpus, 'GPU')}"
    role = " (head)" if node.head else ""
    return f"{node.address}{role}: {has}, {node.memory / 2**30:.1f} GiB memory"


def _count(amount: float, unit: str) -> str:
    return f"{amount:g} {unit}{'' if amount == 1 else 's'}"
