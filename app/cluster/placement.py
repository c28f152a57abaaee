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
from app.core.i18n import Context, translate
from app.core.progress import Progress, ProgressCallback, Stage, Token

cluster_placement = Context("cluster_placement")

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
    asked = _cpus(cpus)
    return _both(asked, _gpus(gpus)) if gpus > 0 else asked


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
                text = translate(
                    "cluster_placement",
                    "Waiting for a Ray node with {request} free ({waited} of {timeout} s)",
                ).format(
                    request=describe_request(cpus, gpus), waited=format(waited, ".0f"),
                    timeout=format(timeout, "g"),
                )  # fmt: skip
                progress(Progress(Stage.CLUSTER, text=text))
    finally:
        ray.util.remove_placement_group(group)


def _no_room(ray: ModuleType, cpus: float, gpus: float, waited: float) -> str:
    nodes = alive_nodes(ray)
    free = ray.available_resources().get("CPU", 0.0)
    request = describe_request(cpus, gpus)
    said = translate(
        "cluster_placement",
        "no Ray node had room for an actor of {request} within {waited} s (the nodes: {nodes}; "
        "free now: {free} of {total})",
    ).format(
        request=request, waited=format(waited, ".0f"),
        nodes="; ".join(_describe(node, gpus) for node in nodes), free=format(free, "g"),
        total=_cpus(sum(node.cpus for node in nodes)),
    )  # fmt: skip
    if any(room_on(node, cpus, gpus) for node in nodes):
        return translate(
            "cluster_placement",
            "{no_room}; the nodes are busy with other work: try again when it ends",
        ).format(no_room=said)
    smaller = []
    largest_cpus = max((node.cpus for node in nodes), default=0.0)
    largest_gpus = max((node.gpus for node in nodes), default=0.0)
    if cpus > largest_cpus and largest_cpus > 0:
        smaller.append(f"--ray-cpus-per-actor {largest_cpus:g}")
    if gpus > largest_gpus:
        no_gpus = translate("cluster_placement", "no GPUs")
        smaller.append(f"--ray-gpus-per-actor {largest_gpus:g}" if largest_gpus else no_gpus)
    if not smaller:
        return translate(
            "cluster_placement",
            "{no_room}; add a node that has {request} (a cluster that grows on demand may need a "
            "longer --ray-placement-timeout)",
        ).format(no_room=said, request=request)
    return translate(
        "cluster_placement",
        "{no_room}; ask for {smaller}, or add a node that has {request} (a cluster that grows on "
        "demand may need a longer --ray-placement-timeout)",
    ).format(
        no_room=said, smaller=_both(*smaller) if len(smaller) > 1 else smaller[0], request=request
    )


def _describe(node: Node, gpus: float) -> str:
    has = _cpus(node.cpus)
    if gpus > 0 or node.gpus > 0:
        has = translate("cluster_placement", "{cpus}, {gpus}").format(
            cpus=has, gpus=_gpus(node.gpus)
        )
    if node.head:
        said = translate("cluster_placement", "{address} (head): {resources}, {memory} GiB memory")
    else:
        said = translate("cluster_placement", "{address}: {resources}, {memory} GiB memory")
    return said.format(
        address=node.address, resources=has, memory=format(node.memory / 2**30, ".1f")
    )


def _both(one: str, other: str) -> str:
    return translate("cluster_placement", "{one} and {other}").format(one=one, other=other)


def _cpus(amount: float) -> str:
    """ "1 CPU", "4 CPUs", "0.5 CPUs"."""
    if amount == int(amount):
        return cluster_placement.tr("%Ln CPUs", "", int(amount))
    return translate("cluster_placement", "{amount} CPUs").format(amount=format(amount, "g"))


def _gpus(amount: float) -> str:
    """ "1 GPU", "2 GPUs", "0.5 GPUs"."""
    if amount == int(amount):
        return cluster_placement.tr("%Ln GPUs", "", int(amount))
    return translate("cluster_placement", "{amount} GPUs").format(amount=format(amount, "g"))
