"""Show in Folder on each system, simulated: Finder and Explorer select the file; elsewhere,
or when their program is missing, the folder opens."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.ui.common import file_actions


@pytest.fixture
def calls(monkeypatch) -> list:
    seen: list = []

    monkeypatch.setattr(file_actions.subprocess, "Popen", seen.append)
    monkeypatch.setattr(
        file_actions.QDesktopServices, "openUrl", lambda url: seen.append(url.toLocalFile())
    )
    return seen


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("darwin", ["open", "-R", "/photos/a.jpg"]),
        ("win32", ["explorer", "/select,/photos/a.jpg"]),
        ("linux", "/photos"),  # no standard way to select: the folder opens
    ],
)
def test_show_in_folder_uses_the_platform_s_file_manager(monkeypatch, calls, platform, expected):
    monkeypatch.setattr(sys, "platform", platform)
    file_actions.show_in_folder(Path("/photos/a.jpg"))
    assert calls == [expected]


def test_a_missing_file_manager_falls_back_to_opening_the_folder(monkeypatch, calls):
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(file_actions.subprocess, "Popen", _missing)
    file_actions.show_in_folder(Path("/photos/a.jpg"))
    assert calls == ["/photos"]


def _missing(command):
    raise FileNotFoundError(command[0])
