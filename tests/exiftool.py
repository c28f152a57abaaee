"""Reading XMP back with exiftool, the independent reader photo managers agree with, and
writing a person's keywords with it as a photo manager would. Tests get it as the `exiftool`
fixture (tests/conftest.py), skipped with the reason where it is not installed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

EXIFTOOL_MISSING = "exiftool is not installed (Debian: apt-get install libimage-exiftool-perl)"


def find_exiftool() -> str:
    tool = shutil.which("exiftool")
    if tool is None:
        pytest.skip(EXIFTOOL_MISSING)
    return tool


def read_xmp(exiftool: str, path: Path) -> dict[str, list[str]]:
    """Every XMP tag exiftool finds in `path`, as lists: {"XMP-dc:Subject": ["heron"], ...}."""
    out = subprocess.run(
        [exiftool, "-j", "-G1", "-XMP:all", str(path)], capture_output=True, text=True, check=True
    ).stdout
    (tags,) = json.loads(out)
    return {
        k: [str(v) for v in value] if isinstance(value, list) else [str(value)]
        for k, value in tags.items()
        if k.startswith("XMP")
    }


def write_xmp(exiftool: str, path: Path, *assignments: str) -> None:
    """Keywords a person wrote, as a photo manager would: `-XMP-dc:Subject=heron`..."""
    subprocess.run([exiftool, "-q", "-overwrite_original", *assignments, str(path)], check=True)


KEYWORD_TAGS = ("XMP-dc:Subject", "XMP-lr:HierarchicalSubject")


def read_struct(exiftool: str, path: Path) -> dict[str, object]:
    """Every XMP tag in `path` with its structures whole (`-struct`), keyed by group:tag."""
    out = subprocess.run(
        [exiftool, "-j", "-G1", "-struct", "-XMP:all", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    (tags,) = json.loads(out)
    return {k: v for k, v in tags.items() if k.startswith("XMP")}


def foreign_tags(tags: dict[str, object]) -> dict[str, object]:
    """The tags a keyword write must not change: all but the keyword lists and Pictag's own."""
    return {k: v for k, v in tags.items() if k not in KEYWORD_TAGS and "pictag" not in k}
