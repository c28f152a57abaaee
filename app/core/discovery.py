"""Turning the files and folders a user hands us into a sorted list of images to look at."""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import UsageError
from app.core.i18n import translate

__all__ = [
    "IMAGE_EXTENSIONS", "HEIF_EXTENSIONS", "JPEG_EXTENSIONS", "RAW_EXTENSIONS",
    "Discovery", "class_folders", "discover", "natural_key",
]  # fmt: skip

JPEG_EXTENSIONS = frozenset({".jpg", ".jpeg", ".jpe", ".jfif"})
# Phones' HEIC (and Canon's .hif), read through pillow-heif; AVIF is Pillow's own.
HEIF_EXTENSIONS = frozenset({".heic", ".heif", ".hif", ".heics", ".heifs"})
# Camera RAW formats LibRaw reads (through rawpy): what cameras name their files.
RAW_EXTENSIONS = frozenset(
    {
        ".3fr", ".ari", ".arw", ".bay", ".cr2", ".cr3", ".crw", ".dcr", ".dcs", ".dng", ".erf",
        ".fff", ".gpr", ".iiq", ".k25", ".kdc", ".mdc", ".mef", ".mos", ".mrw", ".nef", ".nrw",
        ".orf", ".ori", ".pef", ".raf", ".raw", ".rw2", ".rwl", ".sr2", ".srf", ".srw", ".x3f",
    }
)  # fmt: skip
IMAGE_EXTENSIONS = (
    JPEG_EXTENSIONS
    | HEIF_EXTENSIONS
    | RAW_EXTENSIONS
    | frozenset(
        {
            ".png", ".gif", ".bmp", ".dib", ".webp", ".tif", ".tiff", ".ppm", ".pgm", ".pbm",
            ".pnm", ".tga", ".avif",
        }
    )
)  # fmt: skip


@dataclass
class Discovery:
    """What a walk found: images to classify, and what it did not take (never silently)."""

    files: list[Path] = field(default_factory=list)
    # Folders or files that could not be read, with a one-line reason each.
    problems: list[tuple[Path, str]] = field(default_factory=list)
    # Files inside folders that were left out because they are not images, by extension...
    skipped: Counter[str] = field(default_factory=Counter)
    # ...and by name.
    left_out: list[Path] = field(default_factory=list)
    # RAW files classified through the JPEG of the same name beside them (`raw_pairs`): the
    # JPEG (in `files`) -> its RAW twins (not in `files`).
    companions: dict[Path, tuple[Path, ...]] = field(default_factory=dict)


def natural_key(path: Path) -> tuple:
    """Sort key in the order a person expects: IMG_2 before IMG_10, case ignored."""
    return tuple((_natural_chunks(part), part) for part in path.parts)


def _natural_chunks(name: str) -> tuple:
    # re.split with a group puts the digit runs at the odd positions (isdigit() would also
    # accept "²", which int() refuses).
    chunks = re.split(r"(\d+)", name.casefold())
    return tuple(int(c) if i % 2 else c for i, c in enumerate(chunks))


def class_folders(root: Path) -> list[Path]:
    """The class folders of a labeled folder tree (`root/<class>/...`): its sub-folders that
    are not hidden, in natural order. Training reads them and adding photos writes into them,
    so both see the same classes; a hidden folder (`.pictag/`) is never a class."""
    with os.scandir(root) as entries:
        folders = [Path(e.path) for e in entries if not e.name.startswith(".") and e.is_dir()]
    return sorted(folders, key=natural_key)


def discover(paths: Iterable[str | Path], *, listed: bool = False) -> Discovery:
    """Expand `paths` into image files, folders recursively and in natural order.

    A file named explicitly is always taken (a bad one then gets an error result); inside folders,
    hidden entries and files without an image extension are left out, and symlinked folders are
    followed at most once each so a link loop cannot hang the walk. A path that does not exist is
    a UsageError, unless the paths are `listed` (read from a list of an archive, where a file
    gone since is one failure among millions): it is then taken as a file, and gets its error.
    """
    found = Discovery()
    seen: set[str] = set()  # absolute spellings: "d/a.jpg" and "d/../d/a.jpg" are one file
    for raw in paths:
        path = Path(raw).expanduser()
        if not listed and not os.path.lexists(path):
            raise UsageError(
                translate("discovery", "{path}: no such file or folder").format(path=path)
            )
        if path.is_dir():
            folder_files: list[Path] = []
            _walk(path, folder_files, found, visited=set())  # already in natural order
        else:
            folder_files = [path]
        for file in folder_files:
            key = os.path.abspath(file)
            if key not in seen:
                seen.add(key)
                found.files.append(file)
    return found


def _walk(folder: Path, out: list[Path], found: Discovery, visited: set[tuple[int, int]]) -> None:
    try:
        info = folder.stat()
        key = (info.st_dev, info.st_ino)
        if key in visited:
            return
        visited.add(key)
        # Entries in natural order make the depth-first walk list the whole tree in natural
        # order, and which spelling of a symlinked file is kept never depends on the disk.
        entries = sorted(os.scandir(folder), key=lambda e: natural_key(Path(e.name)))
    except OSError as exc:
        why = translate("discovery", "folder cannot be read ({why})")
        found.problems.append((folder, why.format(why=exc.strerror or exc)))
        return
    for entry in entries:
        if _is_hidden(entry):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are stopped by `visited`
        except OSError:
            is_dir = False
        if is_dir:
            _walk(path, out, found, visited)
        elif path.suffix.lower() in IMAGE_EXTENSIONS:
            out.append(path)
        else:
            found.skipped[path.suffix.lower() or translate("discovery", "(no extension)")] += 1
            found.left_out.append(path)


def _is_hidden(entry: os.DirEntry) -> bool:
    if entry.name.startswith("."):
        return True
    if os.name != "nt":
        return False
    try:  # Windows marks hidden files with an attribute instead of a leading dot
        attributes = entry.stat(follow_symlinks=False).st_file_attributes
    except OSError:
        return False
    return bool(attributes & stat.FILE_ATTRIBUTE_HIDDEN)
