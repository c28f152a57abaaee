"""Writing a user's output file: a regular file is replaced all at once (until the final rename
the old file is untouched); anything else is written into, never replaced.

Replacing means a temporary file and a rename onto the name, which is right for a document and
wrong for everything else: renamed onto /dev/null (as root) it would turn the system's null
device into a file, onto a named pipe it would leave the pipe's reader waiting for nothing, onto
/dev/stdout it would swap the link instead of writing to the stream. The rule lives here, once,
for every writer (classify's --output, CSV export, training reports, model files).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from app.core.errors import UsageError, write_error
from app.core.files import not_regular
from app.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["STDOUT", "UMASK", "not_a_file", "replacing", "replacing_text"]

STDOUT = "-"  # as an output path: standard output

# mkstemp creates files readable by their owner only; a saved model or CSV should get the mode
# any new file gets (0644 under the usual umask), so it can be shared. Read the umask once, at
# import, while no other thread can be creating files: reading it means setting it, and a thread
# creating a file meanwhile would get the wrong mode. Other modules use this value (public) too.
UMASK = os.umask(0o022)
os.umask(UMASK)

# Names of a process's own open files: /dev/stdout -> /proc/self/fd/1, /dev/fd/N.
_OPEN_FILE_NAMES = ("/dev/stdin", "/dev/stdout", "/dev/stderr")
_OPEN_FILE_FOLDERS = ("/dev/fd/", "/proc/")


def not_a_file(path: Path) -> str | None:
    """What `path` is when it must be written into rather than replaced ("standard output",
    "a named pipe", "a device", "a socket", ...), or None for a regular file or a new name.
    The kind stays English (callers compare it); a message shows it through `files.kind_text`."""
    if str(path) == STDOUT:
        return QT_TRANSLATE_NOOP("files", "standard output")
    try:
        mode = os.stat(path).st_mode
    except OSError:  # a new name (or a missing folder, which the writer reports)
        return None
    kind = not_regular(mode)
    if kind is not None:
        return kind
    if _names_an_open_file(path):
        return QT_TRANSLATE_NOOP("files", "an open file of this process")
    return None


def _names_an_open_file(path: Path) -> bool:
    """/dev/stdout and its kin name a regular file when the shell redirected to one; writing
    there must go to that open file (as `>` would), not replace the link."""
    name = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on links in a row
        if name in _OPEN_FILE_NAMES or name.startswith(_OPEN_FILE_FOLDERS):
            return True
        try:
            name = os.path.join(os.path.dirname(name), os.readlink(name))
        except OSError:  # not a link: the end of the chain
            return False
    return False


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write (its suffix kept: Keras insists on it); on success its
    content becomes `path`. A write the drive refuses (a full disk: also one inside the `with`,
    such as Keras' or TensorFlow's own) is a one-line `WriteError` naming `path`.

    A regular file (or a new name, its folder created if needed) is replaced by a rename: on any
    failure (or Ctrl-C) the temporary file is removed and `path` keeps its old content. A link
    to a file replaces the file it points to. Anything else (`not_a_file`) gets the content
    written into it, and the temporary file lives in the system's temporary folder.
    """
    try:
        with _replacing(path) as tmp:
            yield tmp
    except Exception as exc:
        error = write_error(exc, path)
        if error is None:
            raise
        raise error from None


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    if _in_place(path):
        with _temporary(path, Path(tempfile.gettempdir())) as tmp:
            yield tmp
            with open(tmp, "rb") as source, _opened(path, "wb") as target:
                shutil.copyfileobj(source, target)
        return
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    with _temporary(path, directory) as tmp:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o7777  # replacing a file keeps its permissions
        except OSError:
            mode = 0o666 & ~UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, path)


@contextmanager
def replacing_text(path: Path) -> Iterator[IO[str]]:
    """`replacing`, opened for UTF-8 text; standard output for "-", and what is not a regular
    file is written as the text comes (a pipe's reader gets each row as it is written).

    A file name need not be valid text (Linux allows any bytes), so what cannot be encoded is
    escaped rather than crashing halfway through."""
    if str(path) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    if _in_place(path):
        with _opened(path, "w", encoding="utf-8", newline="", errors="backslashreplace") as f:
            yield f
        return
    with (
        replacing(path) as tmp,
        open(tmp, "w", encoding="utf-8", newline="", errors="backslashreplace") as stream,
    ):
        yield stream


def _in_place(path: Path) -> bool:
    """Whether `path` is written into; a folder is refused before anything is written."""
    kind = not_a_file(path)
    if kind == "a folder":
        raise UsageError(
            translate("atomic", "{path}: is a folder; give a file name").format(path=path)
        )
    return kind is not None


@contextmanager
def _temporary(path: Path, directory: Path) -> Iterator[Path]:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=directory)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
    finally:
        tmp.unlink(missing_ok=True)


def _opened(path: Path, mode: str, **text: str) -> IO:
    """`path` opened for writing in place; a one-line UsageError when it cannot be."""
    if str(path) == STDOUT:
        sys.stdout.flush()  # what was printed before goes first
        return open(sys.stdout.fileno(), mode, closefd=False, **text)  # noqa: SIM115
    try:
        return open(path, mode, **text)  # noqa: SIM115 (the caller closes it)
    except OSError as exc:
        raise UsageError(
            translate("atomic", "{path}: cannot write there ({why}); choose another output").format(
                path=path, why=exc.strerror or exc
            )
        ) from None
