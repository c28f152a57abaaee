"""`pictag --self-test`: prove that an installation (or a frozen bundle) really works.

A bundle can look complete and still miss a library that only a model load, a JPEG decode or the
first window needs, so each step does the real thing: it imports TensorFlow, saves and loads a
small model file, classifies a generated photo, decodes a HEIC and a camera RAW, writes keywords
and undoes them, and opens the main window. Nothing touches the
network or the user's settings; a failing step is named, and the exit status is non-zero.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import numpy as np
from PIL import Image

from app import __version__
from app.cli.self_test_photos import check_keywords, check_photo_formats
from app.core.paths import CACHE_DIR_ENV, bundled_weights_dir, resource_path

if TYPE_CHECKING:
    from app.core.model_loader import LoadedModel
    from app.core.results import Prediction

__all__ = ["run_self_test"]

log = logging.getLogger(__name__)

LABELS = ("light", "dark")
SIZE = 96  # small enough to build in a second, large enough for MobileNetV2's five strides


@dataclass
class _Work:
    """The scratch folder, and the model file's LoadedModel once the "model file" step has
    loaded it (the "classify" step uses that one rather than loading the file again)."""

    folder: Path
    model: LoadedModel | None = None
    answer: Prediction | None = None  # the classify step's, for the litert step to match

    @property
    def model_path(self) -> Path:
        return self.folder / "self-test.keras"

    @property
    def photo_path(self) -> Path:
        return self.folder / "light.jpg"


def run_self_test(out: IO[str] = sys.stdout) -> int:
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"Pictag {__version__}{frozen} self-test, Python {sys.version.split()[0]}", file=out)
    with tempfile.TemporaryDirectory(prefix="pictag-self-test-") as scratch:
        # What the steps convert and cache stays in the scratch folder, not the user's cache.
        os.environ[CACHE_DIR_ENV] = str(Path(scratch) / "cache")
        work = _Work(Path(scratch))
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", _check_resources),
            ("tensorflow", _check_tensorflow),
            ("model file", lambda: _check_model_file(work)),
            ("classify", lambda: _check_classify(work)),
            ("litert", lambda: _check_litert(work)),
            ("photo formats", lambda: check_photo_formats(work.folder)),
            ("keywords", lambda: check_keywords(work.folder)),
            ("imagenet weights", _check_imagenet_weights),
            ("main window", lambda: _check_window(work)),
            ("languages", _check_languages),
        ]
        for name, step in steps:
            print(f"  {name:<17}", end="", file=out, flush=True)
            started = time.monotonic()
            try:
                detail = step()
            except Exception as exc:  # the point is to report any failure, whatever its type
                log.debug("Self-test step %s failed", name, exc_info=True)
                print(f"FAILED: {type(exc).__name__}: {exc}", file=out)
                print(traceback.format_exc(), file=sys.stderr)
                print(f"Self-test failed at step '{name}'.", file=out)
                return 1
            print(f"ok   {detail} ({time.monotonic() - started:.1f} s)", file=out, flush=True)
    print("All checks passed.", file=out)
    return 0


def _check_resources() -> str:
    from app.core.imagenet_labels import imagenet_labels

    labels = imagenet_labels()
    if len(labels) != 1000:
        raise RuntimeError(f"expected 1000 ImageNet class names, found {len(labels)}")
    for name in ("style.qss", "icons/pictag.png"):
        resource_path(name)
    return "1000 ImageNet class names, style sheet, icon"


def _check_tensorflow() -> str:
    from app.core.tf_runtime import import_keras

    keras = import_keras()
    import tensorflow as tf

    return f"TensorFlow {tf.__version__}, Keras {keras.__version__}"


def _check_model_file(work: _Work) -> str:
    """A small MobileNetV2-based classifier built by the training engine itself (the network a
    training run saves), saved and loaded the way a trained model is."""
    from app.core.model_file import ModelInfo, save_model_file
    from app.core.model_loader import load_classifier
    from app.core.registry import get_architecture
    from training.transfer import build_networks

    arch = get_architecture("mobilenet_v2")
    networks = build_networks(arch, SIZE, len(LABELS), weights=None, dropout=0.2)
    save_model_file(networks.classifier, work.model_path, ModelInfo(LABELS, arch.name, SIZE))
    loaded = load_classifier(work.model_path, backend="tensorflow")  # LiteRT: its own step
    if loaded.labels != LABELS:
        raise RuntimeError(f"the model file came back with labels {loaded.labels}")
    work.model = loaded
    return f"MobileNetV2 {SIZE} px, {len(loaded.keras_model.layers)} layers, saved and loaded"


def _check_classify(work: _Work) -> str:
    """Decode a real JPEG through the batched classifier, with its decoding threads."""
    from app.core.classifier import classify

    if work.model is None:
        raise RuntimeError("no model: the model file step did not load one")
    gradient = np.linspace(150, 255, 320 * 240 * 3).reshape(240, 320, 3).astype(np.uint8)
    Image.fromarray(gradient).save(work.photo_path, quality=90)
    (result,) = classify(work.model, [work.photo_path])
    if not result.ok:
        raise RuntimeError(result.error)
    total = sum(p.probability for p in result.predictions)
    if not np.isclose(total, 1.0, atol=1e-3):
        raise RuntimeError(f"probabilities add up to {total:.4f}, not 1")
    best = result.predictions[0]
    work.answer = best
    return f"a generated JPEG -> {best.label} {best.probability:.0%} on {work.model.backend}"


def _check_litert(work: _Work) -> str:
    """The model file converted for LiteRT, checked against TensorFlow, and the same photo
    through it: the bundle's LiteRT runtime loads and gives TensorFlow's answer."""
    from app.core.classifier import classify
    from app.core.litert import runtime_version
    from app.core.model_loader import load_classifier

    if work.answer is None:
        raise RuntimeError("no answer to compare with: the classify step did not run")
    with load_classifier(work.model_path, backend="litert") as model:
        if model.backend != "litert":
            raise RuntimeError(model.forward.describe())
        (result,) = classify(model, [work.photo_path])
    best = result.predictions[0] if result.ok else None
    if best is None or best.label != work.answer.label:
        raise RuntimeError(f"LiteRT answered {best}, TensorFlow {work.answer}")
    if abs(best.probability - work.answer.probability) > 1e-4:
        raise RuntimeError(f"LiteRT gave {best.probability}, TensorFlow {work.answer.probability}")
    return f"{runtime_version()}: {model.forward.note}; the JPEG -> {best.label} again"


def _check_imagenet_weights() -> str:
    """Bundled ImageNet weights must load; without them, the app downloads on first use."""
    bundled = sorted(p.name for p in bundled_weights_dir().glob("*.h5"))
    if not bundled:
        return "none bundled (downloaded into Keras' cache on first use)"
    from app.core.classifier import top_k
    from app.core.model_loader import load_classifier
    from app.core.registry import ARCHITECTURES

    loaded = []
    for arch in ARCHITECTURES.values():
        if arch.imagenet_top.filename in bundled:
            model = load_classifier(arch.name, weights="imagenet", backend="tensorflow")
            flat = np.full((1, model.input_size, model.input_size, 3), 128, np.uint8)
            top_k(model.predict(flat)[0], model.labels, 1)
            loaded.append(arch.display_name)
    names = ", ".join(loaded) if loaded else "no top-layer file"
    return f"{len(bundled)} file(s) bundled; loaded {names}"


def _check_languages() -> str:
    from app.ui.tools.self_test_languages import check_languages

    return check_languages()


def _check_window(work: _Work) -> str:
    from app.ui.tools.self_test_window import open_window_and_classify

    return open_window_and_classify(work.model_path, work.photo_path)
