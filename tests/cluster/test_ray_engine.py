"""`pictag classify --engine ray` end to end on a real Ray cluster of two nodes of 1 CPU each
(two `ray start` processes on this machine, as small as the nodes that used to leave a run
waiting forever): the same results as the plain engine with the default sizing, also as
Parquet, resuming a run by skipping what is already written, progress while it works, and an
actor no node can hold ending the run with one line within the bounded wait. One cluster
serves the module (starting it takes ~10 s); each test is a real command connecting to it,
plus one that starts its own local Ray as a laptop user would."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import secrets
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

import pytest

from app.cli.args import EXIT_SOME_FAILED, EXIT_USAGE
from app.cluster.ray_classify import ActorPlan, RayOptions, actor_plan
from app.cluster.ray_session import Node
from tests.cli.helpers import ROOT, pictag_env, run_pictag
from tests.helpers import make_archive

ray = pytest.importorskip("ray", reason="ray is not installed (pip install '.[cluster]')")
pytestmark = pytest.mark.ray

COUNT = 30
# A token of the test's own: the cluster (whose ports a multi-node Ray opens on every
# interface) answers this test's commands only.
TOKEN = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
RAY_CLI = Path(sys.executable).parent / "ray"
NODE = ["--block", "--num-cpus=1", "--num-gpus=0", "--disable-usage-stats",
        "--node-ip-address=127.0.0.1"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_node(args: list[str], log: Path) -> subprocess.Popen:
    """One `ray start --block` in a process group of its own (what it starts stays in it)."""
    with log.open("w") as out:
        return subprocess.Popen(
            [str(RAY_CLI), "start", *NODE, *args], stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, env={**os.environ, **TOKEN},
        )  # fmt: skip


def _wait_until(ready, node: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 90
    while not ready():
        assert node.poll() is None, f"{what} ended early"
        assert time.monotonic() < deadline, f"{what} did not start within 90 s"
        time.sleep(0.3)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _stop(nodes: list[subprocess.Popen]) -> None:
    """Each node's own process group, at once (a node told to stop takes over 10 s; nothing of
    it outlives the test: its state is in memory and its folder is removed)."""
    for node in nodes:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(node.pid, signal.SIGKILL)
        node.wait()


@pytest.fixture(scope="module")
def cluster():
    """A head and a worker node of 1 CPU each, in a temporary folder of their own (so no other
    program's `ray.init()` finds them); their address."""
    temp = Path(tempfile.mkdtemp(prefix="pt-ray-", dir="/tmp"))  # short: Ray's sockets live there
    port = _free_port()
    common = [f"--temp-dir={temp}"]
    nodes = [_start_node(["--head", f"--port={port}", "--include-dashboard=false", *common],
                         temp / "head.log")]  # fmt: skip
    try:
        _wait_until(lambda: _port_open(port), nodes[0], "the Ray head")
        worker_log = temp / "worker.log"
        nodes.append(_start_node([f"--address=127.0.0.1:{port}", *common], worker_log))
        _wait_until(lambda: "--block" in worker_log.read_text(), nodes[1], "the Ray worker")
        yield f"127.0.0.1:{port}"
    finally:
        _stop(nodes)
        shutil.rmtree(temp, ignore_errors=True)


def on_a_terminal(*args: object, tmp: Path, timeout: float = 120) -> tuple[int, str]:
    """`pictag ARGS` with its stderr on a pseudo-terminal of 200 columns, as a person sees it:
    its exit status and all it drew (progress included)."""
    screen, stderr = pty.openpty()
    fcntl.ioctl(stderr, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))
    command = subprocess.Popen(
        [sys.executable, "-m", "app", *map(str, args)], stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=stderr, env={**pictag_env(tmp), **TOKEN}, cwd=ROOT,
    )  # fmt: skip
    os.close(stderr)
    drawn, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if select.select([screen], [], [], 0.5)[0]:
                try:
                    chunk = os.read(screen, 65536)
                except OSError:  # the command ended: its side of the terminal is closed
                    break
                if not chunk:
                    break
                drawn.append(chunk)
        else:
            pytest.fail(f"pictag {' '.join(map(str, args))} did not end within {timeout:g} s")
    finally:
        if command.poll() is None:
            command.kill()
        command.wait()
        os.close(screen)
    return command.returncode, b"".join(drawn).decode(errors="replace")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    model, photos = make_archive(tmp_path_factory.mktemp("archive"), COUNT, size=(40, 30))
    plain = run_pictag("classify", photos, "--model", model, "--format", "jsonl")
    assert plain.returncode == EXIT_SOME_FAILED, plain.stderr
    expected = {r["path"]: r for r in map(json.loads, plain.stdout.splitlines())}
    assert len(expected) == COUNT + 1
    return model, photos, expected


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_ray_sizes_its_actors_by_the_nodes_and_gives_the_plain_engines_results(
    cluster, archive, tmp_path
):
    model, photos, expected = archive
    out = tmp_path / "ray.jsonl"
    result = run_pictag(
        "classify", photos, "--model", model, "--output", out, "--engine", "ray",
        "--address", cluster, "--ray-batch-size", "4", tmp=tmp_path, env=TOKEN, timeout=120,
    )  # fmt: skip
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    rows = _jsonl(out)
    assert len(rows) == COUNT + 1  # every file once
    assert {r["path"]: r for r in rows} == expected  # identical labels and probabilities
    # Ray's own notes stay off the terminal: only Pictag's lines are there.
    assert [line for line in result.stderr.splitlines() if line] == [
        f"pictag: 1 of {COUNT + 1} files could not be classified"
    ], result.stderr


def test_an_actor_no_node_can_hold_ends_the_run_within_the_wait(cluster, archive, tmp_path):
    model, photos, _ = archive
    out = tmp_path / "never.jsonl"
    status, screen = on_a_terminal(
        "classify", photos, "--model", model, "--output", out, "--engine", "ray",
        "--address", cluster, "--ray-cpus-per-actor", "4", "--ray-placement-timeout", "2",
        tmp=tmp_path, timeout=60,
    )  # fmt: skip
    assert status == EXIT_USAGE, screen
    assert f"Connecting to the Ray cluster at {cluster}" in screen  # said while it connects
    assert "Waiting for a Ray node with 4 CPUs free" in screen  # and while it waits
    error = next(line for line in screen.splitlines() if "error:" in line).split("\r")[-1]
    assert error.startswith("pictag: error: no Ray node had room for an actor of 4 CPUs within")
    # Each node with what it has (the singular "1 CPU" comes from the English catalogue).
    assert len(re.findall(r": 1 CPUs?, ", error)) == 2, error
    assert "(head): 1 CPU" in error and "GiB memory" in error and "of 2 CPUs" in error
    assert "ask for --ray-cpus-per-actor 1" in error
    assert not out.exists()  # no output begun


def test_ray_resumes_a_run_and_writes_parquet(cluster, archive, tmp_path):
    import pyarrow.parquet as pq

    model, photos, expected = archive
    first = tmp_path / "first.txt"
    readable = sorted(p for p in expected if not p.endswith("broken.jpg"))
    first.write_text("".join(f"{p}\n" for p in readable[:12]))  # the broken file comes later
    out = tmp_path / "r.parquet"
    common = ["--model", model, "--output", out, "--engine", "ray", "--address", cluster]
    earlier = run_pictag(
        "classify", "--files-from", first, *common, "--ray-actors", "3",
        "--ray-cpus-per-actor", "1", tmp=tmp_path, env=TOKEN, timeout=120,
    )  # fmt: skip
    assert earlier.returncode == 0, earlier.stderr
    # More actors than the nodes hold: said, and the run goes on with those that have room.
    assert re.search(
        r"the Ray nodes hold 2 actors of 1 CPUs?: 1 of the 3 asked for wait", earlier.stderr
    )
    assert len(pq.read_table(out)) == 12
    status, screen = on_a_terminal("classify", photos, *common, "--resume", tmp=tmp_path)
    assert status == EXIT_SOME_FAILED, screen
    assert f"continuing 12 results from {out}, {COUNT + 1 - 12} to go" in screen
    assert re.search(r"Starting 2 Ray actors \(1 CPUs? each\)", screen)  # one per node
    assert f"{COUNT + 1 - 12}/{COUNT + 1 - 12}" in screen  # then the files, as they are done
    rows = pq.read_table(out).to_pylist()
    assert all(r.pop("path_bytes") is None for r in rows)  # filled only for non-UTF-8 names
    assert sorted(r["path"] for r in rows) == sorted(expected)  # the rest, each once
    assert {r["path"]: r for r in rows} == expected  # the JSON-lines schema, as Parquet


def test_without_an_address_a_local_ray_starts_and_ends(archive, tmp_path):
    model, photos, expected = archive
    out = tmp_path / "local.csv"
    result = run_pictag(
        "classify", photos / "red_00.jpg", photos / "blue_02.jpg", "--model", model,
        "--output", out, "--engine", "ray", tmp=tmp_path, env={"RAY_ADDRESS": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert lines[0].startswith("path,label_1") and len(lines) == 3
    assert {line.split(",")[1] for line in lines[1:]} == {"red", "blue"}


def test_actors_are_sized_by_the_largest_node_and_counted_node_by_node():
    small = [Node("a", cpus=1, head=True), Node("b", cpus=1)]
    assert actor_plan(RayOptions(), small) == ActorPlan(2, 1, 2)  # not 2 CPUs: no node has them
    assert actor_plan(RayOptions(cpus_per_actor=4), small) == ActorPlan(1, 4, 0)  # waits, then says
    gpu = [Node("g", cpus=16, gpus=4)]
    assert actor_plan(RayOptions(), gpu) == ActorPlan(4, 4, 4)
    assert actor_plan(RayOptions(cpus_per_actor=2), gpu) == ActorPlan(8, 2, 8)
    assert actor_plan(RayOptions(gpus_per_actor=1), gpu) == ActorPlan(4, 4, 4)
    assert actor_plan(RayOptions(cpus_per_actor=2, gpus_per_actor=1), gpu) == ActorPlan(4, 2, 4)
    assert actor_plan(RayOptions(actors=3), gpu) == ActorPlan(3, 4, 4)
    # Six CPUs in all, but an actor of 2 fits once on each node of 3.
    assert actor_plan(RayOptions(cpus_per_actor=2), [Node("a", 3), Node("b", 3)]).actors == 2
    # A node smaller than an actor holds none of them.
    assert actor_plan(RayOptions(), [Node("a", 8), Node("b", 2)]) == ActorPlan(2, 4, 2)
