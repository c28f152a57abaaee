"""The engine raises no error in words it did not mark for translation: `str(error)` is what
the person reads, in the app and on the command line."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# The engine: everything but the app's widgets (which tests/i18n's other checks cover).
ENGINE = sorted(
    path
    for folder in ("app/core", "app/sort", "app/tag", "app/dataset", "app/export",
                   "app/cluster", "app/cli", "training")
    for path in (ROOT / folder).rglob("*.py")
)  # fmt: skip

# Errors whose message reaches the person (`str(error)` is shown as it is).
_USER_ERRORS = {
    "PictagError", "UsageError", "DatasetError", "ModelFileError", "WeightsError", "WriteError",
    "ImageLoadError", "ManifestWriteError", "ModelBusy", "XmpFileError", "InvalidXmp",
    "Cancelled", "Stopped",
}  # fmt: skip


def _has_words(node: ast.expr) -> bool:
    """A string literal, or an f-string whose literal parts, with words in it."""
    parts = node.values if isinstance(node, ast.JoinedStr) else [node]
    return any(
        isinstance(p, ast.Constant)
        and isinstance(p.value, str)
        and any(c.isalpha() for c in p.value)
        for p in parts
    )


def test_the_engine_raises_no_error_in_words_it_did_not_translate():
    untranslated = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in ENGINE
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _USER_ERRORS
        and any(_has_words(arg) for arg in node.args)
    ]
    assert not untranslated, "\n".join(untranslated)
