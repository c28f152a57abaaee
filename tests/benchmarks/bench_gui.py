"""Benchmark: how the desktop app feels. Start-up time, and GUI lateness while jobs run.

Run from the repo root: ``python tests/benchmarks/bench_gui.py [--images 1000]``.
(Not a pytest test: it prints figures rather than asserting; these machines are shared.)

1. Start-up: wall time from launching ``python -m app`` to the window's first paint (the app
   logs it), median of three runs, against the naive order of importing TensorFlow before the
   window is built. Target: under 1.5 s.
2. Responsiveness: in the real window (offscreen), a 10 ms QTimer records how late the GUI
   thread serves it while (a) a folder of camera-sized JPEGs is classified through the Classify
   tab and (b) a short training runs through the Train tab, curves and all. Lateness is the gap
   between two ticks minus 10 ms. Targets: p99 under 50 ms, worst under 200 ms.
ImageNet MobileNetV2 weights come from ../shared when present, else random weights are used
(the same work for the GUI thread).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from bench_setup import REPO_ROOT
from PIL import Image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHOWN = "pictag-bench: window shown"
# The app's own start-up, with its first-event-loop-turn hook reporting on stderr directly
# (TensorFlow's import, running at that moment, can swallow a log record).
APP = f"""
import sys
import app.ui.window.gui as gui
shown = gui._log_shown
def report():
    print({SHOWN!r}, file=sys.stderr, flush=True)
    shown()
gui._log_shown = report
from app.cli.main import main
main([])
"""


def startup_seconds(code: str, env: dict[str, str]) -> float:
    """Seconds from spawning the interpreter to the window's first paint."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env
    )
    try:
        for line in proc.stderr:
            if SHOWN in line:
                return time.perf_counter() - started
        raise RuntimeError("the app exited without showing its window")
    finally:
        proc.kill()
        proc.wait()


def measure_startup(runs: int, home: Path) -> tuple[float, float]:
    # A throwaway home: no saved settings, no model to load from a previous session.
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    pictag = APP
    naive = "import tensorflow\n" + APP
    startup_seconds(naive, env)  # warm the OS file cache for both
    ours = [startup_seconds(pictag, env) for _ in range(runs)]
    theirs = [startup_seconds(naive, env) for _ in range(runs)]
    return statistics.median(ours), statistics.median(theirs)


class LatenessProbe:
    """A 10 ms timer on the GUI thread; each tick records how late it came."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.setTimerType(self.timer.timerType().PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.late_ms: list[float] = []
        self._last = 0

    def start(self) -> None:
        self.late_ms.clear()
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> tuple[float, float, int]:
        self.timer.stop()
        late = np.array(self.late_ms or [0.0])
        return float(np.percentile(late, 99)), float(late.max()), len(self.late_ms)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.late_ms.append(max(0.0, now - self._last - 10))
        self._last = now


def wait_for(app, signal, accept=lambda *a: True, timeout_s: float = 1800) -> tuple:
    """Run the event loop until `signal` fires with arguments `accept` likes."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[tuple] = []

    def handler(*args) -> None:
        if accept(*args) and not got:
            got.append(args)
            loop.quit()

    signal.connect(handler)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(handler)
    if not got:
        raise TimeoutError(f"no {signal} within {timeout_s} s")
    return got[0]


def make_photos(folder: Path, count: int, size: tuple[int, int], seed: int = 0) -> None:
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    base = rng.integers(0, 255, (size[1] // 8, size[0] // 8, 3), dtype=np.uint8)
    big = Image.fromarray(base).resize(size, Image.Resampling.BICUBIC)
    for i in range(count):
        tinted = np.asarray(big, np.int16) + rng.integers(-40, 40, 3)
        Image.fromarray(np.clip(tinted, 0, 255).astype(np.uint8)).save(
            folder / f"IMG_{i:05d}.jpg", quality=88
        )


def make_dataset(root: Path, per_class: int) -> None:
    colors = {"red": (200, 40, 40), "green": (40, 170, 60), "blue": (40, 60, 200)}
    rng = np.random.default_rng(1)
    for name, color in colors.items():
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            pixels = np.clip(np.array(color) + rng.normal(0, 30, (240, 320, 3)), 0, 255)
            Image.fromarray(pixels.astype(np.uint8)).save(root / name / f"{i:03d}.jpg")


def measure_responsiveness(args: argparse.Namespace, work: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.paths import keras_models_dir
    from app.core.registry import get_architecture
    from app.ui.common.settings import Settings
    from app.ui.window.main_window import MainWindow
    from app.ui.workers.model import ModelSpec

    app = QApplication.instance() or QApplication([])
    photos, dataset = work / "photos", work / "dataset"
    print(f"Generating {args.images} {args.width}x{args.height} JPEGs and a 3-class dataset…")
    make_photos(photos, args.images, (args.width, args.height))
    make_dataset(dataset, args.per_class)

    arch = get_architecture("mobilenet_v2")
    has_weights = (keras_models_dir() / arch.imagenet_top.filename).is_file()
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, load_model=False)
    window.resize(1280, 820)
    window.show()
    spec = ModelSpec("mobilenet_v2", "imagenet" if has_weights else None)
    window.controller.load(spec)
    wait_for(app, window.controller.ready)
    print(f"Model: {spec.title}")
    probe = LatenessProbe()

    tab = window.classify_tab
    probe.start()
    started = time.perf_counter()
    tab.classify_paths([photos])
    wait_for(app, tab.busy_changed, lambda busy: not busy)
    seconds = time.perf_counter() - started
    p99, worst, ticks = probe.stop()
    print(
        f"(a) classify {args.images} images: {seconds:.1f} s ({args.images / seconds:.1f} img/s); "
        f"GUI lateness p99 {p99:.1f} ms, worst {worst:.1f} ms over {ticks} ticks"
    )
    window.tabs.setCurrentWidget(window.train_tab)
    train = window.train_tab
    train.set_dataset(dataset)
    wait_for(app, train.busy_changed, lambda busy: not busy)
    form = train.form
    form.weights.setCurrentIndex(form.weights.findData("imagenet" if has_weights else "none"))
    form.image_size.setValue(160)
    form.epochs.setValue(10)
    form.fine_tune_epochs.setValue(1)
    probe.start()
    started = time.perf_counter()
    train.start()
    (result,) = wait_for(app, train.training_finished)
    seconds = time.perf_counter() - started
    p99, worst, ticks = probe.stop()
    accuracy = f"{result.evaluation.accuracy:.1%}" if result else "no result"
    print(
        f"(b) train {3 * args.per_class} images (160 px, 10+1 epochs): {seconds:.1f} s, "
        f"accuracy {accuracy}; GUI lateness p99 {p99:.1f} ms, worst {worst:.1f} ms "
        f"over {ticks} ticks"
    )
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=1000)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1200)
    parser.add_argument("--per-class", type=int, default=60)
    parser.add_argument("--startup-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pictag-bench-gui-") as tmp:
        work = Path(tmp)
        os.environ["PICTAG_CACHE_DIR"] = str(work / "cache")
        ours, naive = measure_startup(args.startup_runs, work / "home")
        print(
            f"Start-up to window shown: {ours:.2f} s (median of {args.startup_runs}); "
            f"importing TensorFlow first: {naive:.2f} s; ratio {naive / ours:.1f}x"
        )
        measure_responsiveness(args, work)


if __name__ == "__main__":
    main()
