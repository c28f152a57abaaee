"""Writing user files: a regular file is replaced all at once, with ordinary permissions;
a pipe, a device or standard output is written into, never replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import app.core.atomic as atomic_module
from app.core.atomic import not_a_file, replacing, replacing_text
from app.core.errors import UsageError
from tests.helpers import FifoReader, make_null_device

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


def test_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "results.csv"
    link.symlink_to(real)
    with replacing_text(link) as stream:
        stream.write("new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_named_pipe_is_written_into_as_the_text_comes(tmp_path):
    reader = FifoReader(tmp_path / "rows")
    with replacing_text(reader.path) as stream:
        stream.write("path,error\n")
        stream.write("a.jpg,\n")
    assert reader.join() == "path,error\na.jpg,\n"
    assert stat.S_ISFIFO(os.stat(reader.path).st_mode)  # still a pipe, not a file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows"]  # no temporary beside it


def test_a_file_written_through_a_path_reaches_a_pipe(tmp_path):
    """Writers that need a path (Keras saving a model) write a temporary, copied in."""
    reader = FifoReader(tmp_path / "model.keras")
    with replacing(reader.path) as tmp:
        assert tmp.parent != tmp_path and tmp.suffix == ".keras"
        tmp.write_text("zip bytes")
    assert reader.join() == "zip bytes"
    assert not tmp.exists() and stat.S_ISFIFO(os.stat(reader.path).st_mode)


def test_a_device_stays_a_device(tmp_path):
    null = make_null_device(tmp_path / "null")
    with replacing_text(null) as stream:
        stream.write("gone")
    with replacing(null) as tmp:
        tmp.write_text("gone too")
    assert stat.S_ISCHR(os.stat(null).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_an_open_file_named_through_dev_fd_is_written_in_place(tmp_path):
    """/dev/stdout is /proc/self/fd/1: with stdout redirected to a file, that very file (the
    one the shell opened) gets the text, and no link is replaced."""
    target = tmp_path / "redirected.csv"
    with open(target, "w") as opened:
        if not Path(f"/proc/self/fd/{opened.fileno()}").exists():
            pytest.skip("no /proc/self/fd here")
        name = tmp_path / "stdout"  # a link like /dev/stdout, never the real one
        name.symlink_to(f"/proc/self/fd/{opened.fileno()}")
        inode = os.stat(target).st_ino
        assert not_a_file(name) == "an open file of this process"
        with replacing_text(name) as stream:
            stream.write("rows")
    assert target.read_text() == "rows" and os.stat(target).st_ino == inode


def test_dash_is_standard_output(capsys):
    with replacing_text(Path("-")) as stream:
        stream.write("to stdout")
    assert capsys.readouterr().out == "to stdout"
    assert not Path("-").exists()


def test_what_must_not_be_replaced_is_named(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    assert not_a_file(tmp_path / "fifo") == "a named pipe"
    assert not_a_file(Path("/dev/stdout")) is not None
    assert not_a_file(tmp_path / "new.csv") is None
    (tmp_path / "old.csv").write_text("x")
    assert not_a_file(tmp_path / "old.csv") is None
    with pytest.raises(UsageError, match="is a folder"), replacing_text(tmp_path):
        pass
