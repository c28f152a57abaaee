"""`pictag classify --engine ray` end to end on a real (local) Ray cluster of 2 CPUs: the same
results as the plain engine, also as Parquet, and resuming a run by skipping what is already
written. One Ray head serves the module (starting Ray takes ~10 s); each test is a real
command connecting to it, plus one that starts its own local Ray as a laptop user would."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from app.cli.args import EXIT_SOME_FAILED
from app.cluster.ray_classify import RayOptions, actor_plan
from app.cluster.ray_session import RaySession
from tests.cli.helpers import run_pictag
from tests.helpers import make_archive

ray = pytest.importorskip("ray", reason="ray is not installed (pip install '.[cluster]')")
pytestmark = pytest.mark.ray

COUNT = 30
# Ray's single-machine mode (every Ray process, the head's and each command's, on 127.0.0.1),
# with a token of the test's own: the cluster is reachable by this test's commands only.
LOOPBACK = {
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    "RAY_AUTH_MODE": "token",
    "RAY_AUTH_TOKEN": secrets.token_hex(32),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster():
    """`ray start --head` with 2 CPUs in a temporary folder of its own (so no other program's
    `ray.init()` finds it), ended by its own process group afterwards."""
    temp = tempfile.mkdtemp(prefix="pt-ray-", dir="/tmp")  # short: Ray's sockets live there
    port = _free_port()
    ray_cli = Path(sys.executable).parent / "ray"
    head = subprocess.Popen(
        [str(ray_cli), "start", "--head", "--block", f"--port={port}", "--num-cpus=2",
         "--num-gpus=0", "--include-dashboard=false", "--disable-usage-stats",
         "--node-ip-address=127.0.0.1",
         f"--temp-dir={temp}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        env={**os.environ, **LOOPBACK},
    )  # fmt: skip
    address = f"127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        assert head.poll() is None, "ray start --head ended early"
        time.sleep(0.5)
    else:
        pytest.fail("the Ray head did not start within 90 s")
    try:
        yield address
    finally:
        os.killpg(head.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            head.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):  # what is left of its group (its own)
            os.killpg(head.pid, signal.SIGKILL)
        head.wait()
        shutil.rmtree(temp, ignore_errors=True)


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


def test_ray_gives_the_plain_engines_results(cluster, archive, tmp_path):
    model, photos, expected = archive
    out = tmp_path / "ray.jsonl"
    result = run_pictag(
        "classify", photos, "--model", model, "--output", out, "--engine", "ray",
        "--address", cluster, "--ray-actors", "2", "--ray-cpus-per-actor", "1",
        "--ray-batch-size", "4", tmp=tmp_path, env=LOOPBACK,
    )  # fmt: skip
    assert result.returncode == EXIT_SOME_FAILED, result.stderr
    rows = _jsonl(out)
    assert len(rows) == COUNT + 1  # every file once
    assert {r["path"]: r for r in rows} == expected  # identical labels and probabilities
    # Ray's own notes stay off the terminal: only Pictag's lines are there.
    assert [line for line in result.stderr.splitlines() if line] == [
        f"pictag: 1 of {COUNT + 1} files could not be classified"
    ], result.stderr


def test_ray_resumes_a_run_and_writes_parquet(cluster, archive, tmp_path):
    import pyarrow.parquet as pq

    model, photos, expected = archive
    first = tmp_path / "first.txt"
    readable = sorted(p for p in expected if not p.endswith("broken.jpg"))
    first.write_text("".join(f"{p}\n" for p in readable[:12]))  # the broken file comes later
    out = tmp_path / "r.parquet"
    common = ["--model", model, "--output", out, "--engine", "ray", "--address", cluster]
    earlier = run_pictag("classify", "--files-from", first, *common, tmp=tmp_path, env=LOOPBACK)
    assert earlier.returncode == 0, earlier.stderr
    assert len(pq.read_table(out)) == 12
    rest = run_pictag("classify", photos, *common, "--resume", tmp=tmp_path, env=LOOPBACK)
    assert rest.returncode == EXIT_SOME_FAILED, rest.stderr
    assert f"continuing 12 results from {out}, {COUNT + 1 - 12} to go" in rest.stderr
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


def test_actors_fill_the_cluster_by_default():
    session = RaySession(cpus=16, gpus=4, dashboard=None)
    assert actor_plan(RayOptions(), session) == (4, 4)
    assert actor_plan(RayOptions(cpus_per_actor=2), session) == (8, 2)
    assert actor_plan(RayOptions(gpus_per_actor=1), session) == (4, 4)
    assert actor_plan(RayOptions(actors=3), session) == (3, 4)
    assert actor_plan(RayOptions(), RaySession(cpus=2, gpus=0, dashboard=None)) == (1, 2)
