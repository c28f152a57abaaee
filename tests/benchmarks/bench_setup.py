"""What every benchmark does before it imports Pictag: this checkout first on sys.path, and
Keras' cache on ../shared's ImageNet weights when they are there (set before Keras loads).

The benchmarks run as plain scripts (`python tests/benchmarks/bench_x.py`), so this folder is on
sys.path and `import bench_setup` finds this module; import it before anything of Pictag's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.shared_data import SHARED, SHARED_KERAS_HOME  # noqa: E402 (needs the line above)

if "KERAS_HOME" not in os.environ and (SHARED_KERAS_HOME / "models").is_dir():
    os.environ["KERAS_HOME"] = str(SHARED_KERAS_HOME)

__all__ = ["REPO_ROOT", "SHARED", "SHARED_KERAS_HOME"]
