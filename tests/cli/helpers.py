"""What the command-line tests share: running `pictag` in a child process, as a user does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
