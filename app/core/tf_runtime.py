"""Importing TensorFlow and Keras once, quietly, and only when a model is really needed.

TensorFlow's C++ layer writes start-up notes (oneDNN, CPU features) straight to file descriptor
2 while it loads, whatever TF_CPP_MIN_LOG_LEVEL says. Those lines would land in the middle of the
command line's output, so the import runs with fd 2 pointed at a temporary file whose text goes
to the log instead.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

__all__ = [
    "import_tensorflow",
    "import_keras",
    "native_output_to_log",
    "python_stderr_apart",
    "uint8_forward",
]

log = logging.getLogger(__name__)
_lock = threading.Lock()
# fd 2 is the whole process's: one redirection at a time, or two overlapping ones (an export's
# parity check on a worker, a TensorFlow import) would leave stderr on a deleted temporary file.
# Its own lock, not `_lock` (import_tensorflow holds that while it redirects), and reentrant:
# code that runs redirected may redirect again. Code run redirected must not import TensorFlow
# for the first time (`_lock` after `_stderr_lock` would be the opposite order).
_stderr_lock = threading.RLock()


def import_tensorflow() -> ModuleType:
    with _lock:
        if "tensorflow" not in sys.modules:
            _quiet_import()
            if getattr(sys, "frozen", False):
                logging.getLogger("tensorflow").addFilter(_own_code_unconverted)
    import tensorflow

    return tensorflow


def import_keras() -> ModuleType:
    import_tensorflow()
    import keras

    return keras


def _quiet_import() -> None:
    with native_output_to_log("TensorFlow start-up"):
        import keras  # noqa: F401  (imports TensorFlow, its backend)
        import tensorflow  # noqa: F401


@contextmanager
def native_output_to_log(what: str) -> Iterator[None]:
    """Send what C++ code writes to file descriptor 2 meanwhile to the log, not the terminal.

    fd 2 is the whole process's, so a caller on another thread waits until this one is done.
    """
    with _stderr_lock:
        sys.stderr.flush()
        saved = os.dup(2)
        with tempfile.TemporaryFile(mode="w+b") as capture:
            os.dup2(capture.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                capture.seek(0)
                chatter = capture.read().decode("utf-8", "replace").strip()
    if chatter:
        log.debug("%s output:\n%s", what, chatter)


def python_stderr_apart() -> None:
    """Point `sys.stderr` at a duplicate of file descriptor 2.

    `native_output_to_log` points fd 2 elsewhere for a while, for the whole process; LiteRT is
    prepared on a thread of its own while the main thread prints progress and messages. With
    Python's stderr on its own descriptor, only what native code writes is captured, never a
    line Python prints meanwhile. Call it at start, before anything holds `sys.stderr`.
    """
    stream = sys.stderr
    try:
        if stream is None or stream.fileno() != 2:
            return  # already apart, or not a real file (captured by a test runner)
    except (AttributeError, OSError, ValueError):
        return
    stream.flush()
    sys.stderr = open(  # noqa: SIM115  (it lives as long as the process)
        os.dup(2), "w", encoding=stream.encoding, errors=stream.errors, buffering=1
    )


def _own_code_unconverted(record: logging.LogRecord) -> bool:
    """Drop AutoGraph's "could not transform" warning for Keras' and TensorFlow's own functions.

    A bundle carries no source for them, and AutoGraph, asked to trace one directly (Keras'
    export signatures), warns that it runs it as written. Their code needs no conversion:
    AutoGraph's own rules never convert those packages when they are called from other code.
    """
    if not str(record.msg).startswith("AutoGraph could not transform"):
        return True
    function = record.args[0] if isinstance(record.args, tuple) and record.args else None
    module = getattr(function, "__module__", None) or ""
    return not module.startswith(("keras.", "tensorflow."))


def uint8_forward(model: Any, size: int) -> Callable[[Any], Any]:
    """`model` as a function of (n, size, size, 3) uint8 batches returning NumPy outputs.

    One traced graph serves every batch size: far less per-call overhead than `model.predict`.
    """
    tf = import_tensorflow()

    spec = tf.TensorSpec([None, size, size, 3], tf.uint8)
    forward = tf.function(
        lambda x: model(tf.cast(x, tf.float32), training=False), input_signature=[spec]
    )
    return lambda batch: forward(batch).numpy()
