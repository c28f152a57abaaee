"""The inference backends a person can choose: which runtime runs Pictag's frozen networks.

`auto` (the default) runs LiteRT once a converted copy of the network has answered like
TensorFlow, and TensorFlow until then or when it does not; `litert` prepares LiteRT before a
load returns and warns when it cannot be used; `tensorflow` never converts. The engine object
that does this is app/core/forward.py's `Forward`. This module stays light (no NumPy), so the
command line's parser can offer the choices.
"""

from __future__ import annotations

from app.core.errors import UsageError
from app.core.i18n import translate

__all__ = ["AUTO", "LITERT", "TENSORFLOW", "BACKENDS", "check_backend"]

AUTO, LITERT, TENSORFLOW = "auto", "litert", "tensorflow"
BACKENDS = (AUTO, LITERT, TENSORFLOW)


def check_backend(backend: str) -> str:
    if backend not in BACKENDS:
        message = translate("backend", "unknown backend {backend!r}; choose {choices}")
        raise UsageError(message.format(backend=backend, choices=", ".join(BACKENDS)))
    return backend
