"""Atomic replacement of user files: all or nothing, with ordinary permissions."""

from __future__ import annotations

import os

import pytest

import app.core.atomic as atomic_module
from app.core.atomic import replacing

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path):
    """Written through a private temporary file, but shareable like any new file."""
    target = tmp_path / "results.csv"
    with replacing(target) as tmp:
        tmp.write_text("x")
    assert target.read_text() == "x"
    assert target.stat().st_mode & 0o777 == 0o666 & ~atomic_module.UMASK


def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "model.keras"
    target.write_text("old")
    target.chmod(0o640)
    with replacing(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "model.keras"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.keras"]


def test_missing_folders_are_created(tmp_path):
    target = tmp_path / "models" / "2026" / "leaves.keras"
    with replacing(target) as tmp:
        tmp.write_text("x")
    assert target.read_text() == "x"
