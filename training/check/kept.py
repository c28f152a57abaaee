"""Findings a person reviewed and chose to keep as they are, remembered in the training folder
(ROOT/.pictag/kept.json, hidden, so never taken for a class) so the next check does not flag
them again; a file changed since (another size or modification time) is flagged again."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from app.core.atomic import replacing_text
from app.core.errors import UsageError
from app.core.i18n import translate

__all__ = ["KEPT_FILE", "Kept"]

KEPT_FILE = Path(".pictag") / "kept.json"


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


class Kept:
    """{(file name under the root, kind): the file's size and time when kept}."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.path = self.root / KEPT_FILE
        self._entries: dict[tuple[str, str], str] = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for item in data.get("kept", []):
                self._entries[(item["path"], item["kind"])] = item["stamp"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # none yet, or unreadable: nothing is kept, so everything is shown

    def _name(self, path: Path) -> str:
        try:
            return Path(os.path.relpath(path, self.root)).as_posix()
        except ValueError:  # another drive (Windows)
            return str(Path(path).absolute())

    def covers(self, path: Path, kind: str) -> bool:
        """Whether this finding was kept and the file is unchanged since."""
        stamp = self._entries.get((self._name(path), kind))
        try:
            return stamp is not None and stamp == _stamp(path)
        except OSError:
            return False

    def keep(self, findings: Iterable[tuple[Path, str]]) -> None:
        for path, kind in findings:
            self._entries[(self._name(path), kind)] = _stamp(path)
        self._save()

    def forget(self, findings: Iterable[tuple[Path, str]]) -> None:
        """Undo `keep`: those findings are shown again."""
        for path, kind in findings:
            self._entries.pop((self._name(path), kind), None)
        self._save()

    def _save(self) -> None:
        items = [{"path": p, "kind": k, "stamp": s} for (p, k), s in sorted(self._entries.items())]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with replacing_text(self.path) as f:
                json.dump({"kept": items}, f, indent=1, ensure_ascii=False)
        except OSError as exc:
            raise UsageError(
                translate(
                    "check_kept",
                    "cannot remember kept findings in {path} ({why}); the training folder must "
                    "be writable",
                ).format(path=self.path, why=exc.strerror or exc)
            ) from None
