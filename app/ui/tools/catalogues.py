"""Keeping the translation catalogues in step with the code, with Qt's own tools.

`python -m app.ui.tools.catalogues` reads every marked message of the app and the engine into
each `resources/i18n/pictag_<language>.ts` (new messages come in unfinished, removed ones go)
and compiles them to the `.qm` files the app loads; a translator then opens a `.ts` in Qt
Linguist (`pyside6-linguist`). Installing Pictag compiles them too (setup.py), and the tests
check that the committed catalogues are what this command would write.

This module uses only the standard library and PySide6's tools, so that the build can run it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["CATALOGUES", "SOURCE_FOLDERS", "compile_catalogues", "sources", "update_catalogues"]

_ROOT = Path(__file__).resolve().parents[3]
CATALOGUES = _ROOT / "resources" / "i18n"
SOURCE_FOLDERS = ("app", "training")  # everything a person may read is written in these


def sources(root: Path = _ROOT) -> list[Path]:
    """The modules whose messages the catalogues hold, in a stable order."""
    return sorted(p for folder in SOURCE_FOLDERS for p in (root / folder).rglob("*.py"))


def update_catalogues(ts_files: list[Path], root: Path = _ROOT) -> None:
    """Writes every marked message of the sources into `ts_files` (Qt's lupdate), keeping the
    translations there are and dropping messages the code no longer has."""
    relative = [str(p.relative_to(root)) for p in sources(root)]
    _run("lupdate", [*relative, "-locations", "none", "-no-obsolete", "-silent", "-ts"]
         + [str(p) for p in ts_files], cwd=root)  # fmt: skip


def compile_catalogues(folder: Path = CATALOGUES) -> list[Path]:
    """Compiles each `.ts` in `folder` to the `.qm` beside it (Qt's lrelease)."""
    compiled = []
    for ts_file in sorted(folder.glob("pictag_*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        _run("lrelease", ["-silent", str(ts_file), "-qm", str(qm_file)], cwd=folder)
        compiled.append(qm_file)
    return compiled


def _run(tool: str, arguments: list[str], cwd: Path) -> None:
    import PySide6

    executable = Path(PySide6.__file__).parent / (
        tool + (".exe" if sys.platform == "win32" else "")
    )
    subprocess.run([str(executable), *arguments], cwd=cwd, check=True)


if __name__ == "__main__":
    update_catalogues(sorted(CATALOGUES.glob("pictag_*.ts")))
    for path in compile_catalogues():
        print(path.relative_to(_ROOT))
