"""Installing Pictag compiles its translation catalogues (`.ts` to the `.qm` Qt loads) with
PySide6's lrelease, so a `pip install .` from a fresh clone has every language without a step
of its own. Everything else about the package is in pyproject.toml."""

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app.ui.tools.catalogues import compile_catalogues  # noqa: E402


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        compile_catalogues()
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
