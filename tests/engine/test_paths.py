"""Pictag's own folders: the environment's overrides first, then the platform's folders as
platformdirs names them (each platform simulated, whatever this machine runs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.unix
import platformdirs.windows
import pytest

from app.core.paths import (
    CACHE_DIR_ENV,
    DATA_DIR_ENV,
    user_cache_dir,
    user_data_dir,
    user_log_dir,
)

HOME = Path("/home/someone")
LOCAL_APPDATA = r"C:\Users\someone\AppData\Local"


@pytest.fixture
def clean_env(monkeypatch):
    """No override and no XDG folder set: the platform's defaults, under a made-up home."""
    for name in (CACHE_DIR_ENV, DATA_DIR_ENV, "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(HOME))


def on(monkeypatch, platform: type) -> None:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platform)


def test_the_environment_overrides_the_cache_and_data_folders(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert user_cache_dir() == tmp_path / "cache"
    assert user_data_dir() == tmp_path / "data"


def test_an_override_may_start_with_a_tilde(monkeypatch, clean_env):
    monkeypatch.setenv(DATA_DIR_ENV, "~/pictag-data")
    assert user_data_dir() == HOME / "pictag-data"


def test_linux_folders(monkeypatch, clean_env):
    on(monkeypatch, platformdirs.unix.Unix)
    assert user_cache_dir() == HOME / ".cache" / "pictag"
    assert user_data_dir() == HOME / ".local" / "share" / "pictag"
    assert user_log_dir() == HOME / ".local" / "state" / "pictag" / "log"


def test_linux_follows_the_xdg_folders(monkeypatch, clean_env, tmp_path):
    on(monkeypatch, platformdirs.unix.Unix)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert user_cache_dir() == tmp_path / "cache" / "pictag"
    assert user_data_dir() == tmp_path / "data" / "pictag"
    assert user_log_dir() == tmp_path / "state" / "pictag" / "log"


def test_macos_folders(monkeypatch, clean_env):
    on(monkeypatch, platformdirs.macos.MacOS)
    library = HOME / "Library"
    assert user_cache_dir() == library / "Caches" / "pictag"
    assert user_data_dir() == library / "Application Support" / "pictag"
    assert user_log_dir() == library / "Logs" / "pictag"


def test_windows_folders_are_local_and_have_no_author_level(monkeypatch, clean_env):
    on(monkeypatch, platformdirs.windows.Windows)
    folders = {"CSIDL_LOCAL_APPDATA": LOCAL_APPDATA, "CSIDL_APPDATA": "roaming: not used"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    local = Path(LOCAL_APPDATA)
    assert user_cache_dir() == local / "pictag" / "Cache"
    assert user_data_dir() == local / "pictag"
    assert user_log_dir() == local / "pictag" / "Logs"


def test_keras_cache_follows_keras_home_and_falls_back_to_tmp(monkeypatch, tmp_path):
    from app.core import paths

    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    monkeypatch.setenv("KERAS_HOME", "~/keras")
    assert paths.keras_models_dir() == Path("~/keras").expanduser() / "models"
    monkeypatch.delenv("KERAS_HOME")
    assert paths.keras_models_dir() == tmp_path / ".keras" / "models"
    monkeypatch.setattr(paths.os, "access", lambda path, mode: False)  # a read-only home
    assert paths.keras_models_dir() == Path("/tmp/.keras/models")
