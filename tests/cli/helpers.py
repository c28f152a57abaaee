"""What the command-line tests share: running `pictag` in a child process, as a user does."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What discovery says of one .txt file among photos.
LEFT_OUT_ONE_TXT = "left out 1 file in a format Pictag does not read (.txt 1)"


def pictag_env(tmp: Path) -> dict[str, str]:
    """The environment of a child `pictag` with a private feature cache and an empty Keras
    cache under `tmp`: nothing is read from or left in $HOME."""
    (tmp / "keras_home").mkdir(parents=True, exist_ok=True)
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PICTAG_CACHE_DIR": str(tmp / "pictag_cache"),
        "KERAS_HOME": str(tmp / "keras_home"),
    }


def run_pictag(
    *args: object,
    tmp: Path | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` from this checkout (with `tmp`: in `pictag_env(tmp)`)."""
    full_env = pictag_env(tmp) if tmp is not None else {**os.environ, "PYTHONPATH": str(ROOT)}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=timeout,
    )


_MAIN = """
from app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""
SLOW_EPOCHS = (
    """
import sys, time
from app.core.tf_runtime import import_keras
keras = import_keras()
real = keras.callbacks.BackupAndRestore.on_epoch_end
def on_epoch_end(self, epoch, logs=None):
    real(self, epoch, logs)
    time.sleep(3)  # after the epoch's line: a window in which each Ctrl-C lands
keras.callbacks.BackupAndRestore.on_epoch_end = on_epoch_end
"""
    + _MAIN
)
"""`pictag` whose every epoch ends with a pause of 3 s, after its line is printed."""
SLOW_EXTRACTION = (
    """
import sys, time
from training.run_features import RunFeatures
real = RunFeatures.extract
def extract(self, *args, **kwargs):
    time.sleep(3)  # after the stage's title: a window before any epoch for a Ctrl-C
    return real(self, *args, **kwargs)
RunFeatures.extract = extract
"""
    + _MAIN
)
"""`pictag` that pauses 3 s once it has said it computes the features, before it does."""
SAVE_PAUSED = "(test) pausing before the save"
SLOW_SAVE = (
    f"""
SAVE_PAUSED = {SAVE_PAUSED!r}
import sys, time
from training import run_result
real = run_result.save_trained_model
def save_trained_model(*args, **kwargs):
    print(SAVE_PAUSED, file=sys.stderr, flush=True)  # past the run's last check
    time.sleep(3)  # a window in which a Ctrl-C comes too late
    return real(*args, **kwargs)
run_result.save_trained_model = save_trained_model
"""
    + _MAIN
)
"""`pictag` that pauses 3 s once it is past the run's last check, before it saves the model,
having printed `SAVE_PAUSED`."""


class Lines:
    """A child's stderr read on a thread, so the test can wait for a line with a timeout."""

    def __init__(self, stream) -> None:  # noqa: ANN001
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:  # noqa: ANN001
        for line in stream:
            self._queue.put(line)

    def wait_for(self, *starts: str, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            self.lines.append(line)
            if line.startswith(starts):
                return line
        return None

    def finish(self, timeout: float) -> str:
        """Everything the child wrote, once its end of the pipe is closed."""
        self._thread.join(timeout)
        while not self._queue.empty():
            self.lines.append(self._queue.get())
        return "".join(self.lines)


def start_slow_pictag(
    *args: object, tmp: Path, env: dict[str, str] | None = None, slow: str = SLOW_EPOCHS
) -> subprocess.Popen[str]:
    """`pictag ARGS` with `slow` (a script that patches a pause in, then runs `pictag`), in
    its own session: the leader of its own process group, which `ctrl_c` signals as a
    terminal does."""
    return subprocess.Popen(
        [sys.executable, "-c", slow, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**pictag_env(tmp), **(env or {})},
        cwd=ROOT,
        start_new_session=True,
    )


def ctrl_c(child: subprocess.Popen[str]) -> None:
    """SIGINT to the child's whole process group, as a terminal sends it on Ctrl-C."""
    os.killpg(child.pid, signal.SIGINT)


def interrupt(
    child: subprocess.Popen[str], lines: Lines, after: str, times: int
) -> tuple[int, str, str]:
    """Ctrl-C `times` times, the first once the child printed a line starting with `after`
    and each next one once it said what the previous one did; then the child's status, stdout
    and stderr."""
    from app.cli.interrupt import FIRST_CTRL_C

    try:
        for line in [after, FIRST_CTRL_C][:times]:
            assert lines.wait_for(line, timeout=240), "".join(lines.lines)
            ctrl_c(child)
        code = child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.stdout is not None
    return code, child.stdout.read(), lines.finish(timeout=10)
