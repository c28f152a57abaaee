"""Where the desktop app's log goes, and what happens to an error nobody expected."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.core.paths import user_log_dir

__all__ = ["log_file", "setup_logging", "install_excepthooks"]

log = logging.getLogger(__name__)

_MAX_BYTES = 2 * 1024 * 1024


def log_file() -> Path:
    return user_log_dir() / "pictag.log"


def setup_logging(verbose: bool = False) -> None:
    """A rotating log file for the user's bug reports; stderr too when asked."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:  # a read-only home must not stop the app
        print(f"pictag: cannot write the log file ({exc}); logging to stderr", file=sys.stderr)
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
    if verbose:
        stderr = logging.StreamHandler()
        stderr.setFormatter(fmt)
        root.addHandler(stderr)


def install_excepthooks(report) -> None:
    """A bug anywhere is logged with its traceback, and `report(message)` tells the user."""

    def on_main_thread(kind: type, value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("Unexpected error", exc_info=(kind, value, tb))
        print(f"pictag: unexpected error: {kind.__name__}: {value}", file=sys.stderr)
        text = QCoreApplication.translate(
            "app_logging",
            "Something went wrong that Pictag did not expect ({error}).\n\n"
            "Your work is not lost. The details are in the log file:\n{log}",
        )
        report(text.format(error=f"{kind.__name__}: {value}", log=log_file()))

    def on_thread(args: threading.ExceptHookArgs) -> None:
        log.critical(
            "Unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = on_main_thread
    threading.excepthook = on_thread
