"""Inputs listed in a file (`--files-from LIST`): archives are often listed, not walked.

One path a line, in UTF-8 (a name that is not valid UTF-8 is kept as its bytes); blank lines
are ignored, and nothing else is trimmed, since a file name may begin or end with a space.
Relative paths are relative to the current folder. "-" reads standard input.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from app.core.discovery import Discovery, discover
from app.core.errors import UsageError
from app.core.i18n import translate
from app.core.resume import path_key

__all__ = ["STDIN", "read_input_list", "discover_inputs"]

STDIN = "-"


def read_input_list(source: str | Path) -> list[Path]:
    """The paths listed in `source`, in order; a UsageError when it cannot be read."""
    try:
        if str(source) == STDIN:
            text = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
        else:
            text = Path(source).read_bytes().decode("utf-8", "surrogateescape")
    except FileNotFoundError:
        message = translate("input_list", "{path}: no such file (the list of --files-from)")
        raise UsageError(message.format(path=source)) from None
    except IsADirectoryError:
        message = translate("input_list", "{path}: is a folder; --files-from takes a list file")
        raise UsageError(message.format(path=source)) from None
    except OSError as exc:
        message = translate("input_list", "{path} cannot be read ({why})")
        raise UsageError(message.format(path=source, why=exc.strerror or exc)) from None
    text = text.removeprefix("\ufeff")  # a list saved by Windows' Notepad
    lines = (line.removesuffix("\r") for line in text.split("\n"))  # \r\n: a Windows list
    return [Path(line) for line in lines if line.strip()]


def discover_inputs(paths: Sequence[str | Path], files_from: str | Path | None) -> Discovery:
    """The images of `paths` (as `discover` finds them: a missing one is a UsageError), then
    those of the list `files_from`, each file once. A listed path that does not exist is one
    more file that fails (with its reason), not the end of the run; a listed folder is walked."""
    found = discover(paths)
    if files_from is None:
        return found
    listed = discover(read_input_list(files_from), listed=True)
    seen = {path_key(f) for f in found.files}
    found.files += [f for f in listed.files if path_key(f) not in seen]
    found.problems += listed.problems
    found.skipped.update(listed.skipped)
    found.left_out += listed.left_out
    return found
