"""A one-line progress bar for the command line, drawn on stderr only when it is a terminal,
and loading a model with it (shared by the commands that need one)."""

from __future__ import annotations

import logging
import sys
import time
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from app.core.discovery import Discovery
    from app.core.model_loader import LoadedModel

__all__ = ["ProgressBar", "format_bytes", "load_model_with_progress", "report_discovery"]

log = logging.getLogger(__name__)

_REDRAW_S = 0.1


class ProgressBar:
    """`update(done, total)` redraws at most 10 times a second; `clear()` makes room for output."""

    def __init__(self, label: str, *, unit: str = "", stream: IO[str] | None = None) -> None:
        self._stream = stream or sys.stderr
        self.enabled = self._stream.isatty()
        self._label = label
        self._unit = unit
        self._start = time.monotonic()
        self._last_draw = 0.0
        self._text = ""

    def update(self, done: int, total: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < _REDRAW_S and done < total:
            return
        self._last_draw = now
        self._text = self._render(done, total, now - self._start)
        self._stream.write("\r\033[K" + self._text)
        self._stream.flush()

    def status(self, text: str) -> None:
        """A transient line (e.g. "Loading...") until the next update or clear."""
        if self.enabled:
            self._stream.write("\r\033[K" + text)
            self._stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self._stream.write("\r\033[K")
            self._stream.flush()

    def redraw(self) -> None:
        if self.enabled and self._text:
            self._stream.write(self._text)
            self._stream.flush()

    def finish(self) -> None:
        """Keep a drawn bar on screen (newline); wipe a mere status line."""
        if not self.enabled:
            return
        self._stream.write("\n" if self._text else "\r\033[K")
        self._stream.flush()
        self._text = ""

    def _render(self, done: int, total: int, elapsed: float) -> str:
        if self._unit == "bytes":
            amount = (
                f"{format_bytes(done)} / {format_bytes(total)}" if total else format_bytes(done)
            )
        else:
            rate = done / elapsed if elapsed > 0 else 0.0
            amount = f"{done:,}/{total:,} {self._unit} {rate:5.1f}/s"
        if not total:
            return f"{self._label} {amount}"
        fraction = min(1.0, done / total)
        bar = "#" * int(fraction * 30)
        eta = ""
        if 0 < done < total and elapsed > 1:
            remaining = elapsed * (total - done) / done
            eta = f" ETA {int(remaining // 60)}:{int(remaining % 60):02d}"
        return f"{self._label} [{bar:<30}] {fraction:4.0%} {amount}{eta}"


def format_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def load_model_with_progress(model: str, weights: str) -> LoadedModel:
    """`load_classifier`, showing "Loading MODEL..." and then any weights download's progress
    on stderr. TensorFlow is imported here, not when this module is."""
    from app.core.model_loader import load_classifier

    bar = ProgressBar("Downloading weights", unit="bytes")
    bar.status(f"Loading {model}...")
    loaded = load_classifier(model, weights=weights, download_progress=bar.update)
    bar.finish()
    log.info("Model ready: %s", loaded.name)
    return loaded


def report_discovery(found: Discovery, where: Path | None = None) -> bool:
    """Say on stderr what discovery left out (files in other formats, by extension) and when
    it found no image at all (`where`: the folder searched, named in that message); returns
    whether there is anything to classify."""
    if found.skipped:
        kinds = ", ".join(f"{ext} {n}" for ext, n in found.skipped.most_common())
        print(
            f"pictag: left out {sum(found.skipped.values())} files in formats Pictag does not "
            f"read ({kinds})",
            file=sys.stderr,
        )
    if not found.files and not found.problems:
        print(f"pictag: no images found{f' in {where}' if where else ''}", file=sys.stderr)
        return False
    return True
