"""Every message marked in the code reaches the catalogues, and the foundation's messages are
all marked.

Qt's lupdate reads a call by its tokens, not as Python: a `translate` whose count is not a
plain name (`n=count`, `len(x)`, `self.count`) is skipped without a word, and its message
would stay English in every language. This compares what lupdate extracts with every call
written with literal texts."""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("app", "training") for p in (ROOT / folder).rglob("*.py"))
_MARKERS = {"translate", "QT_TRANSLATE_NOOP"}  # engine's and Qt's translate, the no-op mark


def _written(path: Path) -> set[tuple[str, str, str]]:
    """(context, text, disambiguation) of each translate/QT_TRANSLATE_NOOP call with literals."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = (
            node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        )
        if name not in _MARKERS:
            continue
        literals = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:3]]
        context, text = literals[:2]
        comment = literals[2] if len(literals) > 2 else ""
        if isinstance(context, str) and isinstance(text, str):
            found.add((context, text, comment or ""))
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str, str]]:
    ts = tmp_path_factory.mktemp("catalogue") / "all.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n</TS>\n'
    )
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    files = [str(p.relative_to(ROOT)) for p in SOURCES]
    subprocess.run(
        [str(lupdate), *files, "-locations", "none", "-silent", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
    )
    return {
        (c.findtext("name", ""), m.findtext("source", ""), m.findtext("comment", "") or "")
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }


def test_every_message_written_with_literals_reaches_the_catalogue(extracted):
    lost = sorted(
        f"{path.relative_to(ROOT)}: {context!r}, {text!r}"
        for path in SOURCES
        for context, text, comment in _written(path)
        if (context, text, comment) not in extracted
    )
    assert not lost, "lupdate does not see (write the count as a plain name):\n" + "\n".join(lost)


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


def test_the_foundation_raises_no_error_in_words_it_did_not_translate():
    untranslated = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sorted((ROOT / "app" / "core").glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _USER_ERRORS
        and any(_has_words(arg) for arg in node.args)
    ]
    assert not untranslated, "\n".join(untranslated)
