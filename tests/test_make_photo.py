"""The generated test photos are the same in every process, so a failure can be repeated:
their noise is seeded from the file name, never from `hash()`, which Python randomises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DIGEST = (
    "import hashlib, sys; from pathlib import Path; from tests.helpers import make_photo; "
    "print(hashlib.sha256(make_photo(Path(sys.argv[1]) / 'IMG_0001.png').read_bytes())"
    ".hexdigest())"
)


def test_the_same_name_gives_the_same_photo_whatever_the_hash_seed(tmp_path):
    digests = set()
    for seed in ("1", "2"):
        folder = tmp_path / seed
        child = subprocess.run(
            [sys.executable, "-c", DIGEST, str(folder)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
        )
        digests.add(child.stdout.strip())
    assert len(digests) == 1
