"""Continuing a long run where it stopped: which inputs an earlier run finished, and the rest.

Every resumable output reads back as a `Done`: a results file or Parquet folder of
`pictag classify`, a sort manifest, a tag journal. The rest of the run is `skip_done` of what
was to be done; the same two calls serve every command, whatever its output looks like.

Inputs are compared by `path_key`: the absolute path as `os.path.abspath` spells it against the
current folder, so "photos/a.jpg", "./photos/a.jpg" and "/home/me/photos/a.jpg" are one file
(as discovery counts them), while links are not resolved (two names of one file stay two
inputs, as in the first run). Relative inputs therefore resume from the folder the first run
was started in. A name that is not valid UTF-8 is keyed by its exact bytes, as every output reads
it back (`app.core.path_text`), so it is found again in every format and never taken for
another name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from app.core.discovery import Discovery

__all__ = ["Done", "path_key", "skip_done"]


def path_key(path: str | os.PathLike[str]) -> str:
    """How an input is recognised across runs (see the module's docstring)."""
    return os.path.abspath(os.fspath(path))


@dataclass
class Done:
    """The inputs an earlier run finished: their keys, and how many of them failed."""

    keys: set[str] = field(default_factory=set)
    errors: int = 0

    def add(self, path: str | os.PathLike[str], *, ok: bool = True) -> None:
        key = path_key(path)
        if key not in self.keys:
            self.keys.add(key)
            self.errors += not ok

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str | os.PathLike) and path_key(path) in self.keys

    def __len__(self) -> int:
        return len(self.keys)


def skip_done(found: Discovery, done: Done) -> Discovery:
    """`found` without the files and unreadable folders already in `done`, in order; what
    discovery left out (other formats) is kept, to be reported as before."""
    if not done:
        return found
    return replace(
        found,
        files=[f for f in found.files if path_key(f) not in done.keys],
        problems=[(p, why) for p, why in found.problems if path_key(p) not in done.keys],
    )
