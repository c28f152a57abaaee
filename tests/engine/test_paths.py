"""Where Pictag keeps its caches on each system, simulated: only Linux runs the suite."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.core import paths
from app.core.paths import CACHE_DIR_ENV, keras_models_dir, user_cache_dir


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    for name in (CACHE_DIR_ENV, "LOCALAPPDATA", "XDG_CACHE_HOME", "KERAS_HOME"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "home").mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    return tmp_path / "home"


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, ".cache/pictag"),
        ("linux", {"XDG_CACHE_HOME": "{tmp}/xdg"}, "{tmp}/xdg/pictag"),
        ("darwin", {}, "Library/Caches/Pictag"),
        ("win32", {"LOCALAPPDATA": "{tmp}/Local"}, "{tmp}/Local/Pictag/Cache"),
        ("win32", {}, "AppData/Local/Pictag/Cache"),  # LOCALAPPDATA unset: its usual place
        ("darwin", {CACHE_DIR_ENV: "{tmp}/mine"}, "{tmp}/mine"),  # the override wins anywhere
    ],
)
def test_the_cache_folder_is_the_platform_s_own(home, monkeypatch, platform, env, expected):
    tmp = str(home.parent)
    monkeypatch.setattr(sys, "platform", platform)
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(tmp=tmp))
    found = user_cache_dir()
    want = Path(expected.format(tmp=tmp))
    assert found == (want if want.is_absolute() else home / want)


def test_keras_cache_follows_keras_home_and_falls_back_to_tmp(home, monkeypatch):
    monkeypatch.setenv("KERAS_HOME", "~/keras")
    assert keras_models_dir() == Path("~/keras").expanduser() / "models"
    monkeypatch.delenv("KERAS_HOME")
    assert keras_models_dir() == home / ".keras" / "models"
    monkeypatch.setattr(paths.os, "access", lambda path, mode: False)  # a read-only home
    assert keras_models_dir() == Path("/tmp/.keras/models")
