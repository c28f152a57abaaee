"""Discovery: folders walked recursively in natural order, nothing dropped without a trace."""

from __future__ import annotations

import os
import stat
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.core import discovery
from app.core.discovery import Discovery, discover, natural_key
from app.core.errors import UsageError


def _touch(*paths: Path) -> None:
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xff\xd8 not really decoded here")


def _names(found: Discovery, root: Path) -> list[str]:
    return [f.relative_to(root).as_posix() for f in found.files]


def test_recursive_through_nested_folders(tmp_path):
    _touch(
        tmp_path / "top.jpg",
        tmp_path / "a" / "one.png",
        tmp_path / "a" / "b" / "c" / "deep.webp",
        tmp_path / "z" / "last.gif",
    )
    (tmp_path / "empty_dir" / "nested_empty").mkdir(parents=True)
    found = discover([tmp_path])
    assert isinstance(found, Discovery)
    assert sorted(_names(found, tmp_path)) == [
        "a/b/c/deep.webp",
        "a/one.png",
        "top.jpg",
        "z/last.gif",
    ]
    assert found.problems == []
    assert all(isinstance(f, Path) for f in found.files)


def test_natural_order_case_insensitive(tmp_path):
    names = ["IMG_10.jpg", "img_3.jpg", "IMG_2.jpg", "IMG_1.jpg", "b.jpg", "A.jpg", "IMG_100.jpg"]
    _touch(*(tmp_path / n for n in names))
    assert _names(discover([tmp_path]), tmp_path) == [
        "A.jpg",
        "b.jpg",
        "IMG_1.jpg",
        "IMG_2.jpg",
        "img_3.jpg",
        "IMG_10.jpg",
        "IMG_100.jpg",
    ]


def test_natural_order_across_folders(tmp_path):
    _touch(
        tmp_path / "day10" / "a.jpg",
        tmp_path / "day2" / "b.jpg",
        tmp_path / "Day1" / "c.jpg",
        tmp_path / "x.jpg",
    )
    assert _names(discover([tmp_path]), tmp_path) == [
        "Day1/c.jpg",
        "day2/b.jpg",
        "day10/a.jpg",
        "x.jpg",
    ]


def test_natural_key_sorts_numbers_by_value():
    paths = [Path("s/IMG_10.jpg"), Path("s/IMG_9.jpg"), Path("s/img_09b.jpg")]
    assert sorted(paths, key=natural_key)[0] == Path("s/IMG_9.jpg")
    assert sorted(paths, key=natural_key)[-1] == Path("s/IMG_10.jpg")


def test_folder_name_that_prefixes_a_numbered_sibling(tmp_path):
    _touch(tmp_path / "Holiday" / "a.jpg", tmp_path / "Holiday2" / "b.jpg")
    assert _names(discover([tmp_path]), tmp_path) == ["Holiday/a.jpg", "Holiday2/b.jpg"]


def test_superscript_digits_in_a_name(tmp_path):
    _touch(tmp_path / "Flat 10²" / "a.jpg", tmp_path / "b.jpg")
    assert _names(discover([tmp_path]), tmp_path) == ["b.jpg", "Flat 10²/a.jpg"]


def test_deterministic_whatever_the_directory_order(tmp_path, monkeypatch):
    _touch(*(tmp_path / d / f"IMG_{i}.jpg" for d in ("x", "y", "Z") for i in (1, 2, 10, 11)))
    _touch(tmp_path / "notes.txt", tmp_path / "y" / "raw.xmp")
    first = discover([tmp_path])
    real_scandir = os.scandir

    def reversed_scandir(path):
        return iter(sorted(real_scandir(path), key=lambda e: e.name, reverse=True))

    monkeypatch.setattr(os, "scandir", reversed_scandir)
    second = discover([tmp_path])
    assert first.files == second.files
    assert first.skipped == second.skipped
    assert len(first.files) == 12


def test_symlink_alias_naming_is_deterministic(tmp_path, monkeypatch):
    _touch(tmp_path / "real" / "a.jpg")
    os.symlink("real", tmp_path / "alias")
    real_scandir = os.scandir
    results = []
    for reverse in (False, True):

        def ordered_scandir(path, reverse=reverse):
            return iter(sorted(real_scandir(path), key=lambda e: e.name, reverse=reverse))

        monkeypatch.setattr(os, "scandir", ordered_scandir)
        results.append(_names(discover([tmp_path]), tmp_path))
    assert results[0] == results[1]


def test_hidden_files_and_folders_skipped(tmp_path):
    _touch(
        tmp_path / "seen.jpg",
        tmp_path / ".hidden.jpg",
        tmp_path / ".git" / "inside.jpg",
        tmp_path / "sub" / ".thumb.png",
        tmp_path / "sub" / ".cache" / "deep" / "x.jpg",
        tmp_path / "sub" / "kept.png",
    )
    assert _names(discover([tmp_path]), tmp_path) == ["seen.jpg", "sub/kept.png"]


def test_hidden_folder_given_explicitly_is_walked(tmp_path):
    _touch(tmp_path / ".album" / "a.jpg")
    assert _names(discover([tmp_path / ".album"]), tmp_path) == [".album/a.jpg"]


def test_extensions_matched_case_insensitively(tmp_path):
    names = ["a.JPG", "b.Jpeg", "c.PNG", "d.TiF", "e.WebP", "f.jpeg", "g.BMP", "h.GIF"]
    _touch(*(tmp_path / n for n in names))
    found = discover([tmp_path])
    assert _names(found, tmp_path) == names
    assert found.skipped == Counter()


def test_non_images_counted_by_extension(tmp_path):
    _touch(
        tmp_path / "photo.jpg",
        tmp_path / "notes.txt",
        tmp_path / "sub" / "README.TXT",
        tmp_path / "sub" / "photo.xmp",
        tmp_path / "sub" / "Makefile",
        tmp_path / "sub" / "photo.jpg.bak",
    )
    found = discover([tmp_path])
    assert _names(found, tmp_path) == ["photo.jpg"]
    assert found.skipped == Counter({".txt": 2, ".xmp": 1, "(no extension)": 1, ".bak": 1})
    assert found.problems == []


def test_explicit_file_taken_whatever_its_extension_or_name(tmp_path):
    _touch(tmp_path / "scan.dat", tmp_path / ".secret.jpg", tmp_path / "README")
    paths = [tmp_path / "scan.dat", tmp_path / ".secret.jpg", tmp_path / "README"]
    found = discover(paths)
    assert found.files == paths  # in the order given, not re-sorted
    assert found.skipped == Counter()


def test_accepts_strings_and_mixed_files_and_folders(tmp_path):
    _touch(tmp_path / "d" / "IMG_2.jpg", tmp_path / "d" / "IMG_1.jpg", tmp_path / "lone.png")
    found = discover([str(tmp_path / "lone.png"), str(tmp_path / "d")])
    assert _names(found, tmp_path) == ["lone.png", "d/IMG_1.jpg", "d/IMG_2.jpg"]


def test_missing_path_is_a_usage_error(tmp_path):
    _touch(tmp_path / "ok.jpg")
    missing = tmp_path / "no_such_album"
    with pytest.raises(UsageError) as info:
        discover([tmp_path / "ok.jpg", missing])
    assert str(missing) in str(info.value)


def test_empty_input_gives_empty_result():
    found = discover([])
    assert found.files == [] and found.problems == [] and found.skipped == Counter()


def test_same_file_twice_listed_once(tmp_path):
    _touch(tmp_path / "d" / "a.jpg", tmp_path / "d" / "b.jpg")
    a = tmp_path / "d" / "a.jpg"
    assert discover([a, a]).files == [a]
    assert discover([a, str(a)]).files == [a]
    # the file directly and through its folder, in either order
    assert discover([tmp_path / "d", a]).files == [a, tmp_path / "d" / "b.jpg"]
    assert discover([a, tmp_path / "d"]).files == [a, tmp_path / "d" / "b.jpg"]
    # a folder twice, or a folder and its parent
    assert len(discover([tmp_path / "d", tmp_path / "d"]).files) == 2
    assert len(discover([tmp_path / "d", tmp_path]).files) == 2


def test_same_file_spelled_differently_listed_once(tmp_path, monkeypatch):
    _touch(tmp_path / "d" / "a.jpg")
    monkeypatch.chdir(tmp_path)
    found = discover(["d", tmp_path / "d" / "a.jpg", "d/../d/a.jpg"])
    assert len(found.files) == 1


@pytest.fixture
def scandir_budget(monkeypatch):
    """Fail fast (instead of hanging) if a walk keeps going round a link loop."""
    real_scandir = os.scandir
    calls = []

    def scandir(path="."):
        calls.append(path)
        if len(calls) > 50:
            raise RuntimeError("the walk does not terminate")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return calls


def test_symlink_loop_to_itself_terminates(tmp_path, scandir_budget):
    _touch(tmp_path / "root" / "a.jpg", tmp_path / "root" / "sub" / "b.jpg")
    os.symlink(".", tmp_path / "root" / "self")
    os.symlink(tmp_path / "root", tmp_path / "root" / "sub" / "up")
    found = discover([tmp_path / "root"])
    assert _names(found, tmp_path / "root") == ["a.jpg", "sub/b.jpg"]


def test_symlink_loop_between_two_folders_terminates(tmp_path, scandir_budget):
    _touch(tmp_path / "x" / "one.jpg", tmp_path / "y" / "two.jpg")
    os.symlink(tmp_path / "y", tmp_path / "x" / "to_y")
    os.symlink(tmp_path / "x", tmp_path / "y" / "to_x")
    found = discover([tmp_path / "x"])
    assert sorted(f.name for f in found.files) == ["one.jpg", "two.jpg"]


def test_symlinked_folder_elsewhere_is_followed(tmp_path):
    _touch(tmp_path / "elsewhere" / "IMG_1.jpg", tmp_path / "elsewhere" / "deeper" / "IMG_2.jpg")
    _touch(tmp_path / "album" / "local.jpg")
    os.symlink(tmp_path / "elsewhere", tmp_path / "album" / "linked")
    found = discover([tmp_path / "album"])
    assert _names(found, tmp_path / "album") == [
        "linked/deeper/IMG_2.jpg",
        "linked/IMG_1.jpg",
        "local.jpg",
    ]


def test_symlinked_file_in_folder_is_taken(tmp_path):
    _touch(tmp_path / "elsewhere" / "pic.png")
    (tmp_path / "album").mkdir()
    os.symlink(tmp_path / "elsewhere" / "pic.png", tmp_path / "album" / "pic_link.png")
    assert _names(discover([tmp_path / "album"]), tmp_path) == ["album/pic_link.png"]


def _deny_scandir(monkeypatch, denied: Path) -> None:
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_subfolder_recorded_as_problem(tmp_path, monkeypatch):
    _touch(tmp_path / "ok" / "a.jpg", tmp_path / "locked" / "b.jpg", tmp_path / "c.jpg")
    _deny_scandir(monkeypatch, tmp_path / "locked")
    found = discover([tmp_path])
    assert _names(found, tmp_path) == ["c.jpg", "ok/a.jpg"]
    assert len(found.problems) == 1
    where, reason = found.problems[0]
    assert where == tmp_path / "locked"
    assert "cannot be read" in reason and "Permission denied" in reason
    assert "\n" not in reason


def test_unreadable_top_folder_recorded_as_problem(tmp_path, monkeypatch):
    _touch(tmp_path / "locked" / "b.jpg", tmp_path / "free.jpg")
    _deny_scandir(monkeypatch, tmp_path / "locked")
    found = discover([tmp_path / "locked", tmp_path / "free.jpg"])
    assert found.files == [tmp_path / "free.jpg"]
    assert [p for p, _ in found.problems] == [tmp_path / "locked"]


class _Entry:
    """A directory entry as Windows' scandir gives it: a name, and attributes in its stat."""

    def __init__(self, name: str, attributes: int | None) -> None:
        self.name = name
        self._attributes = attributes

    def stat(self, *, follow_symlinks: bool = True) -> SimpleNamespace:
        if self._attributes is None:
            raise PermissionError("access denied")
        return SimpleNamespace(st_file_attributes=self._attributes)


@pytest.mark.parametrize(
    ("system", "entry", "hidden"),
    [
        (
            "nt",
            _Entry("desktop.ini", stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM),
            True,
        ),
        ("nt", _Entry("IMG_1.jpg", stat.FILE_ATTRIBUTE_ARCHIVE), False),
        ("nt", _Entry("IMG_2.jpg", None), False),  # attributes unreadable: shown, then tried
        ("nt", _Entry(".thumbs", 0), True),  # a leading dot hides on Windows too
        ("posix", _Entry("IMG_3.jpg", stat.FILE_ATTRIBUTE_HIDDEN), False),  # no such attribute
        ("posix", _Entry(".DS_Store", None), True),
    ],
)
def test_hidden_means_a_leading_dot_or_windows_hidden_attribute(monkeypatch, system, entry, hidden):
    with monkeypatch.context() as patch:  # only around the call: pathlib reads os.name too
        patch.setattr(discovery.os, "name", system)
        result = discovery._is_hidden(entry)
    assert result is hidden
