"""The layering rules, checked rather than hoped for (each in a fresh interpreter)."""

from __future__ import annotations

import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app
import training

ROOT = Path(__file__).resolve().parents[1]


def _modules(ui: bool) -> list[str]:
    names = []
    for package in (app, training):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            if info.name.startswith("app.ui") == ui:
                names.append(info.name)
    return names


def _modules_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return set(json.loads(out.stdout))


def test_engine_imports_no_qt_and_no_tensorflow_until_needed():
    modules = _modules(ui=False)
    assert "app.classifier" in modules and "app.cli" in modules
    loaded = _modules_after_import(modules)
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}
    # TensorFlow loads when a model is first needed, so `pictag --help` is instant.
    assert "tensorflow" not in loaded and "keras" not in loaded


def test_the_desktop_app_imports_without_tensorflow():
    """So the window is on screen before TensorFlow's seconds-long import begins."""
    modules = _modules(ui=True)
    assert "app.ui.main_window" in modules and "app.ui.workers.train_jobs" in modules
    loaded = _modules_after_import(modules)
    assert "tensorflow" not in loaded and "keras" not in loaded


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed (pip install '.[test]')")
    result = subprocess.run([ruff, "check", "."], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout


def test_every_package_is_installed():
    """A package missing from pyproject's list works from the checkout and fails installed."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        str(init.parent.relative_to(ROOT)).replace("/", ".")
        for top in ("app", "training")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
