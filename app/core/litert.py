"""LiteRT for Pictag's own inference: a Keras network converted to a TFLite flatbuffer, run by
the LiteRT interpreter (`ai-edge-litert`, the successor of `tf.lite.Interpreter`) with its
XNNPACK CPU kernels.

The conversion hands TensorFlow's converter a concrete function without a trackable object, so
the converter freezes the variables into constants and converts that graph: 1.6-2.3 s for
MobileNetV2 (measured). Not the exporter's route (app/export/exporter.py: Keras' ExportArchive,
then `from_saved_model`): that one keeps a named signature for other programs but writes and
re-reads a SavedModel, 9-10 s. A frozen graph also has no variables left for the converter to
read as zeros (the trap the exporter documents for Keras 3 variables in a plain tf.Module).
The flatbuffer takes uint8 pixels and casts them itself, as `uint8_forward` does.
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from app.core.tf_runtime import import_tensorflow, native_output_to_log

__all__ = [
    "RECIPE",
    "BATCH",
    "LiteRTRunner",
    "convert",
    "interpreter_threads",
    "open_interpreter",
    "runtime_version",
]

log = logging.getLogger(__name__)

# Bump when what `convert` produces changes: converted files in the cache carry it in their key.
RECIPE = "frozen-uint8-v1"
# Images per interpreter call. XNNPACK's throughput is about flat from 1 to 16 images per call
# and drops by half or more at 32, when the activations no longer fit the CPU caches (measured on
# MobileNetV2 224, docs/speed.md); 4 keeps the per-call overhead and the padding small.
BATCH = 4


def interpreter_threads() -> int:
    """Threads for XNNPACK: every core (docs/speed.md: the engine measured at each split)."""
    return os.cpu_count() or 1


def runtime_version() -> str:
    """Which interpreter runs converted models: it goes into their cache key."""
    if _litert_interpreter() is None:
        return f"tf.lite {import_tensorflow().__version__}"
    try:
        return f"ai-edge-litert {importlib.metadata.version('ai-edge-litert')}"
    except importlib.metadata.PackageNotFoundError:  # a frozen bundle without its metadata
        return "ai-edge-litert"


def _litert_interpreter() -> Any:
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError:  # no wheel for this platform (see pyproject.toml)
        return None
    return Interpreter


def convert(model: Any, size: int) -> bytes:
    """`model` (raw RGB floats 0..255 in) as a flatbuffer taking (n, size, size, 3) uint8."""
    tf = import_tensorflow()

    spec = tf.TensorSpec([None, size, size, 3], tf.uint8, name="pixels")
    function = tf.function(
        lambda pixels: model(tf.cast(pixels, tf.float32), training=False), input_signature=[spec]
    )
    concrete = function.get_concrete_function()
    with _without_deprecation_note(), native_output_to_log("LiteRT conversion"):
        return tf.lite.TFLiteConverter.from_concrete_functions([concrete]).convert()


@contextmanager
def _without_deprecation_note() -> Iterator[None]:
    """The converter logs that a function without a trackable object takes its "deprecated"
    path: the freezing one, chosen on purpose (see the module docstring)."""

    def keep(record: logging.LogRecord) -> bool:
        return "trackable_obj" not in str(record.msg)

    absl = logging.getLogger("absl")
    absl.addFilter(keep)
    try:
        yield
    finally:
        absl.removeFilter(keep)


def open_interpreter(
    *, model_path: Path | None = None, content: bytes | None = None, threads: int | None = None
) -> Any:
    """A LiteRT interpreter with XNNPACK; its start-up note goes to the log, not the terminal.

    Where ai-edge-litert has no wheel, TensorFlow's own copy of the same interpreter serves.
    """
    interpreter = _litert_interpreter()
    with warnings.catch_warnings(), native_output_to_log("LiteRT interpreter"):
        if interpreter is None:
            warnings.simplefilter("ignore")  # tf.lite.Interpreter announces its move to LiteRT
            interpreter = import_tensorflow().lite.Interpreter
        return interpreter(
            model_path=None if model_path is None else str(model_path),
            model_content=content,
            num_threads=threads or os.cpu_count() or 1,
        )


class LiteRTRunner:
    """A converted network as a function of uint8 batches of any length, in chunks of `batch`
    (the last one padded). One interpreter is not safe for two threads at once, so calls take
    turns."""

    def __init__(self, content: bytes, *, threads: int, batch: int = BATCH) -> None:
        self.threads, self.batch = threads, batch
        self._interpreter = open_interpreter(content=content, threads=threads)
        (details,) = self._interpreter.get_input_details()
        self._input = details["index"]
        self.size = int(details["shape"][1])
        (output,) = self._interpreter.get_output_details()
        self._output, self._empty = output["index"], np.zeros((0, *output["shape"][1:]), np.float32)
        self._lock = threading.Lock()
        self._interpreter.resize_tensor_input(self._input, [batch, self.size, self.size, 3])
        with native_output_to_log("LiteRT interpreter"):  # XNNPACK announces itself now
            self._interpreter.allocate_tensors()
            self(np.zeros((1, self.size, self.size, 3), np.uint8))

    def __call__(self, images: np.ndarray) -> np.ndarray:
        n = len(images)
        chunks = []
        with self._lock:
            for start in range(0, n, self.batch):
                chunk = images[start : start + self.batch]
                if len(chunk) < self.batch:
                    padding = np.zeros((self.batch - len(chunk), *chunk.shape[1:]), np.uint8)
                    chunk = np.concatenate([chunk, padding])
                self._interpreter.set_tensor(self._input, np.ascontiguousarray(chunk, np.uint8))
                self._interpreter.invoke()
                chunks.append(self._interpreter.get_tensor(self._output).copy())
        return np.concatenate(chunks)[:n] if chunks else self._empty
