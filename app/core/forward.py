"""A frozen network run by LiteRT once its converted copy has answered like TensorFlow on a
parity check, else by TensorFlow (the choice itself: app/core/backend.py).

Under `auto` it serves TensorFlow at once and prepares LiteRT on a thread of its own: the
converted file from the cache (app/core/converted_cache.py) or a fresh conversion, then the
parity check; only when that passes does it switch, in one assignment, so a call never sees a
half-made backend. A start is therefore never slower than with TensorFlow alone, and every
answer is TensorFlow's to within `TOLERANCE`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from app.core.agreement import compare, generated_images
from app.core.backend import AUTO, LITERT, TENSORFLOW, check_backend
from app.core.errors import first_line
from app.core.i18n import Context, translate
from app.core.tf_runtime import uint8_forward

forward = Context("forward")

if TYPE_CHECKING:
    from app.core.litert import LiteRTRunner

__all__ = ["Forward", "Identity", "PROBE_IMAGES", "TOLERANCE", "MIN_WEIGHTS"]

log = logging.getLogger(__name__)

PROBE_IMAGES = 12
# Largest |LiteRT - TensorFlow| allowed, relative to the largest output (at least 1): measured
# differences are 1e-6 on MobileNetV2's probabilities and 3e-5 on its pooled features.
TOLERANCE = 1e-4
# Below this many weights the forward pass costs less than decoding the photo, so under `auto`
# a conversion would not pay (Pictag's own networks have millions).
MIN_WEIGHTS = 100_000

Identity = Callable[[], str]
"""What decides a network's converted file (see ConvertedCache); computed on the thread that
prepares LiteRT, since it may digest a large file."""


class Forward:
    """A frozen network as a function of (n, size, size, 3) uint8 batches -> float32 outputs,
    run by whichever backend is ready (`backend`; `note` says why, or how LiteRT was had).

    `classes`: the outputs' first `classes` columns are class probabilities, so the parity
    check also compares the top-1 class on them (None: no probabilities, pooled features).
    `close()` ends the preparation (at its next step) and joins its thread.
    """

    def __init__(
        self,
        network: Any,
        size: int,
        *,
        backend: str = AUTO,
        identity: Identity | None = None,
        name: str = "model",
        classes: int | None = None,
    ) -> None:
        self.chosen = check_backend(backend)
        self.name = name
        self.backend = TENSORFLOW
        self.note = ""
        self._threads = 0  # LiteRT's, once it runs
        self._network, self._size, self._classes = network, size, classes
        self._tensorflow = uint8_forward(network, size)
        self._current: Callable[[np.ndarray], np.ndarray] = self._tensorflow
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Under `auto`, LiteRT is prepared once the first batch is answered: converting
        # meanwhile would slow that batch down (both cores are busy with it), and with it the
        # first photo's answer. A network never called starts no thread at all.
        self._identity: Identity | None = None
        self._after_first_batch = False
        reason = self._why_not_litert(identity)
        if reason:
            self.note = reason
        elif backend == LITERT:
            self._prepare(identity)
        else:
            self.note = translate("forward", "LiteRT being prepared")
            self._identity, self._after_first_batch = identity, True
        if self.backend != LITERT:  # a switch says so itself
            log.info("%s runs on %s", name, self.describe())

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        outputs = self._current(batch)
        if self._after_first_batch:
            self._start_preparing()
        return outputs

    def describe(self) -> str:
        """ "LiteRT (XNNPACK, 2 threads)", or "TensorFlow (why)", in the user's language."""
        if self.backend == LITERT:
            threads = self._threads
            return forward.tr("LiteRT (XNNPACK, %Ln threads)", "", threads)
        return f"TensorFlow ({self.note})" if self.note else "TensorFlow"

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call `listener` (on the preparing thread) when the backend changes."""
        with self._lock:
            self._listeners.append(listener)

    def wait(self, timeout: float | None = None) -> bool:
        """Until the preparation ended; False if it still runs after `timeout` seconds, or
        waits for the first batch."""
        if self._after_first_batch:
            return False
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            never_started, self._after_first_batch = self._after_first_batch, False
        if never_started:
            self._refuse(translate("forward", "closed before the first batch"))
        self.wait()

    # -- preparing LiteRT -------------------------------------------------------------------

    def _why_not_litert(self, identity: Identity | None) -> str:
        if self.chosen == TENSORFLOW:
            return translate("forward", "chosen", "TensorFlow, because the person chose it")
        if self.chosen == AUTO and identity is None:
            return translate(
                "forward", "random weights: a conversion would be repeated at every load"
            )
        if self.chosen == AUTO and self._network.count_params() < MIN_WEIGHTS:
            return translate("forward", "too small a network for LiteRT to pay")
        return ""

    def _start_preparing(self) -> None:
        with self._lock:
            if not self._after_first_batch:  # another thread's batch started it
                return
            self._after_first_batch = False
            self._thread = threading.Thread(
                target=self._prepare, args=(self._identity,), name="pictag-litert"
            )
            self._thread.start()

    def _prepare(self, identity: Identity | None) -> None:
        from app.core.converted_cache import ConvertedCache
        from app.core.litert import LiteRTRunner, convert, interpreter_threads

        began = time.perf_counter()
        cache, key, content = ConvertedCache(), None, None
        try:
            if identity is not None:
                key = cache.key(identity())
                refused = cache.refusal(key)
                if refused:
                    found = translate("forward", "{reason} (found at an earlier load)")
                    return self._refuse(found.format(reason=refused))
                content = cache.load(key)
            fresh = content is None
            if fresh:
                if self._stop.is_set():
                    return self._refuse(translate("forward", "closed before it was converted"))
                content = convert(self._network, self._size)
            runner = LiteRTRunner(content, threads=interpreter_threads())
            failure, difference = self._check(runner)
        except Exception as exc:  # any converter or interpreter failure leaves TensorFlow on
            reason = translate("forward", "the conversion failed ({why})").format(
                why=first_line(exc)
            )
            if key is not None and not isinstance(exc, OSError):  # not a passing disk problem
                cache.refuse(key, reason)
            return self._refuse(reason)
        if failure:
            if key is not None:
                if fresh:
                    cache.refuse(key, failure)
                else:  # it passed when stored: damaged since; convert afresh next time
                    cache.forget(key)
            return self._refuse(failure)
        if fresh and key is not None:
            cache.store(key, content)
        if fresh:
            note = forward.tr(
                "converted in {seconds:.1f} s; parity on %Ln images: max |diff| {difference:.1e}",
                "",
                PROBE_IMAGES,
            )
        else:
            note = forward.tr(
                "from the cache; parity on %Ln images: max |diff| {difference:.1e}",
                "",
                PROBE_IMAGES,
            )
        seconds = time.perf_counter() - began
        self._switch(runner, note.format(seconds=seconds, difference=difference))

    def _check(self, runner: Callable[[np.ndarray], np.ndarray]) -> tuple[str, float]:
        """("", largest difference) when LiteRT answers like TensorFlow, else (why not, ...)."""
        images = generated_images(self._size, PROBE_IMAGES)
        expected, got = self._tensorflow(images), runner(images)
        if got.shape != expected.shape:
            shapes = translate("forward", "it outputs shape {got}, TensorFlow {expected}")
            return shapes.format(got=got.shape, expected=expected.shape), float("inf")
        _, difference = compare(got, expected)
        tolerance = TOLERANCE * max(1.0, float(np.abs(expected).max()))
        if difference > tolerance:
            differ = translate(
                "forward", "its outputs differ from TensorFlow's by up to {difference:.2g} on "
                "generated images (tolerance {tolerance:.2g})",
            )  # fmt: skip
            return differ.format(difference=difference, tolerance=tolerance), difference
        if not self._classes:
            return "", difference
        got, expected = got[:, : self._classes], expected[:, : self._classes]
        agree, _ = compare(got, expected)
        if agree < len(images):
            # A different top-1 class counts unless TensorFlow's two best were tied.
            rows = np.arange(len(images))
            gaps = expected.max(1) - expected[rows, got.argmax(1)]
            flips = int((gaps > tolerance).sum())
            if flips:
                checked = len(images)
                flipped = forward.tr(
                    "its top-1 class differs on {flips} of %Ln images", "", checked
                )
                return flipped.format(flips=flips), difference
        return "", difference

    def _switch(self, runner: LiteRTRunner, note: str) -> None:
        with self._lock:
            self._threads, self._current = runner.threads, runner
            self.backend, self.note = LITERT, note
            listeners = list(self._listeners)
        log.info("%s runs on %s from now on (%s)", self.name, self.describe(), note)
        _tell(listeners)

    def _refuse(self, reason: str) -> None:
        self.note = translate("forward", "LiteRT not used: {reason}").format(reason=reason)
        level = logging.WARNING if self.chosen == LITERT else logging.INFO
        log.log(level, "%s stays on TensorFlow: LiteRT not used, %s", self.name, reason)
        with self._lock:
            listeners = list(self._listeners)
        _tell(listeners)


def _tell(listeners: list[Callable[[], None]]) -> None:
    for listener in listeners:
        try:
            listener()
        except Exception:  # a listener's failure (a window closed meanwhile) is not the model's
            log.exception("A backend listener failed")
