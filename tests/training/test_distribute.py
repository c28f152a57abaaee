"""Training through tf.distribute on CPU: MirroredStrategy over two logical CPU devices and
MultiWorkerMirroredStrategy over two worker processes on 127.0.0.1 learn what one device
learns, and a run killed after an epoch resumes from that epoch's checkpoint.

Each run is a subprocess: the logical devices, and a multi-worker strategy, must be set up
before TensorFlow initialises. Tiny runs (random weights, 32 px, 36 images, a few epochs).

Within noise: the two-replica runs split each global batch of 16 into two halves of 8 and
average their gradients, which is the one-device batch's gradient. Two things would differ
for other reasons, so the runs leave them out: the head's dropout draws other masks on each
replica (a wrapper trains without it), and Keras, under any strategy, opens the training
data once before the first epoch, which moves the shuffle on by one order (so the one-device
run is a mirrored run on its one device, where Keras does the same). What is left to differ
is the order of floating-point sums: every epoch's validation loss must match the one-device
run's to 1%, where a wrong global batch, gradients summed instead of averaged, or workers
training on the same half are off by 10-60% from the first epoch on. The mirrored and the
multi-worker runs compute the very same thing and must agree to 1e-4.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.helpers import ROOT, pictag_env
from tests.training.helpers import make_color_dataset

COMMON = ["--weights", "none", "--image-size", "32", "--epochs", "3", "--fine-tune-epochs", "1",
          "--fine-tune-at", "140", "--no-augment", "--no-cache"]  # fmt: skip

# The whole CLI with a head without dropout; with "two-cpus" first, on two logical CPU
# devices (which MirroredStrategy then mirrors over).
NO_DROPOUT = """
import sys
from app.core.tf_runtime import import_tensorflow
tf = import_tensorflow()
if sys.argv[1] == "two-cpus":
    sys.argv.pop(1)
    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
from training import transfer
build = transfer.build_networks
transfer.build_networks = lambda arch, size, classes, weights, dropout, **more: build(
    arch, size, classes, weights, 0.0, **more
)
from app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    return make_color_dataset(tmp_path_factory.mktemp("distribute") / "data", per_class=12)


def _train(
    tmp: Path, *args: str, script: str | None = None, env: dict | None = None, devices: str = ""
):
    command = ["-c", script, *([devices] if devices else [])] if script else ["-m", "app"]
    return subprocess.Popen(
        [sys.executable, *command, "train", *args], cwd=ROOT, text=True,
        env={**pictag_env(tmp), **(env or {})},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _finish(child: subprocess.Popen, timeout: float = 600) -> tuple[str, str]:
    out, err = child.communicate(timeout=timeout)
    assert child.returncode == 0, err[-3000:]
    return out, err


def _history(report: Path) -> dict[str, list[dict]]:
    return json.loads(report.read_text())["history"]


def _val_losses(history: dict[str, list[dict]]) -> list[float]:
    return [e["val_loss"] for phase in ("head", "fine_tune") for e in history[phase]]


@pytest.fixture(scope="module")
def one_device(data, tmp_path_factory) -> dict:
    tmp = tmp_path_factory.mktemp("one")
    _finish(_train(tmp, str(data), "--output", str(tmp / "m.keras"), "--batch-size", "16",
                   "--strategy", "mirrored", *COMMON, script=NO_DROPOUT))  # fmt: skip
    return json.loads((tmp / "m.report.json").read_text())


@pytest.fixture(scope="module")
def mirrored(data, tmp_path_factory) -> tuple[dict, str]:
    tmp = tmp_path_factory.mktemp("mirrored")
    child = _train(
        tmp, str(data), "--output", str(tmp / "m.keras"), "--batch-size", "8",
        "--strategy", "mirrored", *COMMON, script=NO_DROPOUT, devices="two-cpus",
    )  # fmt: skip
    _, err = _finish(child)
    return json.loads((tmp / "m.report.json").read_text()), err


def test_mirrored_on_two_devices_learns_what_one_device_learns(one_device, mirrored):
    report, err = mirrored
    assert "(mirrored: 2 replicas, global batch 16)" in err
    assert report["parameters"]["strategy"] == "mirrored"
    assert report["evaluation"]["accuracy"] == one_device["evaluation"]["accuracy"]
    assert len(report["history"]["head"]) == 3 and len(report["history"]["fine_tune"]) == 1
    ours, single = _val_losses(report["history"]), _val_losses(one_device["history"])
    assert ours == pytest.approx(single, rel=0.01)
    assert single[-1] < single[0] / 3  # it learned: the comparison is not between two failures


def _free_ports(n: int) -> list[int]:
    sockets = [socket.socket() for _ in range(n)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def test_two_workers_train_as_mirrored_does_and_only_the_chief_saves(data, mirrored, tmp_path):
    workers = [f"127.0.0.1:{port}" for port in _free_ports(2)]
    children = []
    for index in range(2):
        folder = tmp_path / f"worker{index}"
        config = {"cluster": {"worker": workers}, "task": {"type": "worker", "index": index}}
        args = [str(data), "--output", str(folder / "m.keras"), "--batch-size", "8",
                "--strategy", "auto", *COMMON]  # fmt: skip
        env = {"TF_CONFIG": json.dumps(config)}
        children.append(_train(folder, *args, env=env, script=NO_DROPOUT))
    try:
        (out0, err0), (out1, err1) = [_finish(child) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert "(multi-worker: 2 replicas on 2 workers, global batch 16)" in err0
    assert "Trained as a worker" in out1 and err1.strip() == ""  # the chief reports for both
    assert sorted(p.name for p in (tmp_path / "worker1").iterdir() if p.suffix != "") == []
    assert (tmp_path / "worker0" / "m.keras").is_file()
    assert not (tmp_path / "worker0" / ".m.keras.checkpoints").exists()
    ours = _val_losses(_history(tmp_path / "worker0" / "m.report.json"))
    assert ours == pytest.approx(_val_losses(mirrored[0]["history"]), abs=1e-4)


# Every epoch's end takes a moment longer, so that the run can be killed between two epochs,
# with epoch 2's checkpoint written.
SLOW_EPOCHS = """
import sys, time
from app.core.tf_runtime import import_keras
keras = import_keras()
real = keras.callbacks.BackupAndRestore.on_epoch_end
def on_epoch_end(self, epoch, logs=None):
    real(self, epoch, logs)
    time.sleep(1.5)
keras.callbacks.BackupAndRestore.on_epoch_end = on_epoch_end
from app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_run_killed_after_an_epoch_resumes_from_it(data, tmp_path):
    model = tmp_path / "m.keras"
    args = [str(data), "--output", str(model), "--weights", "none", "--image-size", "32",
            "--epochs", "5", "--fine-tune-epochs", "0", "--no-augment", "--no-cache"]  # fmt: skip
    child = _train(tmp_path, *args, script=SLOW_EPOCHS)
    lines: list[str] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = child.stderr.readline()
        assert line, "".join(lines)
        lines.append(line)
        if "head epoch  2/5" in line:
            break
    time.sleep(0.5)  # inside epoch 2's pause, its checkpoint written
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    assert not model.exists() and (tmp_path / ".m.keras.checkpoints" / "head").is_dir()
    killed = [line for line in lines if "head epoch" in line]

    resumed = _train(tmp_path, *args)
    _, err = _finish(resumed)
    assert "Resuming the interrupted run" in err
    epochs = [line for line in err.splitlines(keepends=True) if "head epoch" in line]
    assert epochs[:2] == killed  # epochs 1 and 2 told again as they were, not trained again
    assert [line.split("/")[0].split()[-1] for line in epochs] == ["1", "2", "3", "4", "5"]
    report = json.loads((tmp_path / "m.report.json").read_text())
    assert [e["epoch"] for e in report["history"]["head"]] == [1, 2, 3, 4, 5]
    assert not (tmp_path / ".m.keras.checkpoints").exists()  # gone once the model is saved


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("{not json", "TF_CONFIG is not JSON"),
        ('["worker"]', "TF_CONFIG must be a JSON object"),
        ('{"cluster": {}}', "--strategy multi-worker needs TF_CONFIG"),
    ],
)
def test_a_tf_config_that_cannot_work_is_one_line(monkeypatch, config, message):
    from app.core.errors import UsageError
    from training.distribute import MULTI_WORKER, Distribution

    monkeypatch.setenv("TF_CONFIG", config)
    with pytest.raises(UsageError, match=message):
        Distribution.create(MULTI_WORKER)
