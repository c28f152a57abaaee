"""Connecting to a Ray cluster, or starting one on this machine, without Ray's own output on
the terminal: Ray's log lines go to Pictag's log (`pictag -v` shows them), Ray Data's progress
bars are off (Pictag draws its own), and what Ray's processes print stays in their log files
(`/tmp/ray/session_latest/logs`).
"""

from __future__ import annotations

import io
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr
from dataclasses import dataclass
from types import ModuleType

from app.core.errors import UsageError, first_line
from app.core.i18n import translate
from app.core.optional import require

__all__ = [
    "AUTO", "Node", "RaySession", "alive_nodes", "cluster_address", "import_ray", "is_local",
    "ray_session",
]  # fmt: skip

AUTO = "auto"  # --address auto: the cluster this machine belongs to (`ray start` ran here)

log = logging.getLogger(__name__)


_SINGLE_NODE = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"  # Ray's own switch: "0" is one machine


def cluster_address(address: str | None) -> str | None:
    """The cluster a run with `address` joins: that one, else $RAY_ADDRESS; None: a Ray of its
    own on this machine."""
    return address or os.environ.get("RAY_ADDRESS") or None


def is_local(address: str | None) -> bool:
    """Whether a run with `address` starts its own Ray (no address, no $RAY_ADDRESS)."""
    return cluster_address(address) is None


def import_ray(*, local: bool = False) -> ModuleType:
    """Ray and Ray Data, or the one-line message naming the extra. `local`, on the first
    import: Ray's single-machine mode, in which a local Ray listens on the loopback address
    only (nothing outside this machine can reach its ports)."""
    if local and "ray" not in sys.modules:
        os.environ.setdefault(_SINGLE_NODE, "0")
    require("ray.data", "cluster", "--engine ray")
    import ray

    return ray


@dataclass(frozen=True)
class Node:
    """What one alive node of the cluster offers: an actor runs on one node, so it is sized
    from these, never from the cluster's total."""

    address: str
    cpus: float
    gpus: float = 0.0
    memory: float = 0.0  # bytes, what Ray lets tasks and actors reserve
    head: bool = False


@dataclass(frozen=True)
class RaySession:
    nodes: tuple[Node, ...]  # alive when the run began
    dashboard: str | None  # its address, when the cluster runs one


def alive_nodes(ray: ModuleType) -> tuple[Node, ...]:
    """The cluster's alive nodes as they are now (`ray.nodes()`)."""
    nodes = []
    for info in ray.nodes():
        if not info.get("Alive"):
            continue
        resources = info.get("Resources", {})
        nodes.append(
            Node(
                address=info.get("NodeManagerAddress", "?"),
                cpus=resources.get("CPU", 0.0),
                gpus=resources.get("GPU", 0.0),
                memory=resources.get("memory", 0.0),
                head="node:__internal_head__" in resources,
            )
        )
    return tuple(nodes)


class _ToPictagLog(logging.Handler):
    """Ray's log lines (its warnings are notes about Ray, not about the photos) to Pictag's log
    at INFO, in place of Ray's console handlers."""

    def emit(self, record: logging.LogRecord) -> None:
        log.info("%s: %s", record.name, record.getMessage())


def _ray_logging_to_log() -> None:
    for name in ("ray", "ray.data"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if not isinstance(handler, logging.FileHandler):  # Ray's own log files stay
                logger.removeHandler(handler)
        if not any(isinstance(h, _ToPictagLog) for h in logger.handlers):
            logger.addHandler(_ToPictagLog(logging.INFO))
        logger.propagate = False


@contextmanager
def ray_session(address: str | None) -> Iterator[RaySession]:
    """Ray for this run: the cluster at `address` (ray://HOST:PORT, HOST:PORT or AUTO; without
    one, $RAY_ADDRESS when it is set), an already initialised one (a program embedding Pictag)
    left running after, or else a local Ray with this machine's cores, shut down after."""
    address = cluster_address(address)
    ray = import_ray(local=address is None)
    started_here = not ray.is_initialized()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", module="ray")
        dashboard = None
        if started_here:
            # ray.init clears the "ray" logger's handlers, so what it says meanwhile would
            # reach the terminal through logging's last resort (which writes to sys.stderr).
            with redirect_stderr(io.StringIO()) as said:
                dashboard = _url(_init(ray, address))
            if said.getvalue().strip():
                log.info("Ray: %s", said.getvalue().strip())
        _ray_logging_to_log()
        try:
            context = ray.data.DataContext.get_current()
            context.enable_progress_bars = False
            context.print_on_execution_start = False
            if dashboard:
                log.info("Ray dashboard: %s", dashboard)
            yield RaySession(alive_nodes(ray), dashboard)
        finally:
            if started_here:
                ray.shutdown()


def _init(ray: ModuleType, address: str | None) -> object:
    quiet = {"log_to_driver": False, "configure_logging": False, "include_dashboard": False}
    if address is None:  # "local": never a cluster that a `ray start` on this machine made
        return ray.init(address="local", num_cpus=os.cpu_count(), **quiet)
    quiet.pop("include_dashboard")  # the cluster's own choice
    try:
        return ray.init(address=address, **quiet)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise UsageError(
            translate(
                "cluster_ray_session",
                "cannot reach the Ray cluster at {address} ({reason}); start it with 'ray start "
                "--head' (see docs/large-runs.md), or check --address",
            ).format(address=address, reason=first_line(exc))
        ) from None


def _url(context: object) -> str | None:
    url = getattr(context, "dashboard_url", None) or ""
    if not url:
        return None
    return url if "://" in url else f"http://{url}"
