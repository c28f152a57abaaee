"""A file name as text: stored byte-exact in results, and shown on one line of a screen.

Linux allows any bytes in a name except "/" and NUL; Python holds the bytes that are not UTF-8
as lone surrogates ("surrogateescape"), which no UTF-8 file, JSON string or Parquet string can
carry. Results therefore store every name twice over only when it needs it:

- `path`: the name as text every reader can take, the bytes that are not UTF-8 written as
  `\\xNN` (readable, but not a name to open: `bad\\xff.jpg` could be a real name too);
- `path_bytes`: the name's exact bytes in standard base64, present (in JSON lines) or filled
  (in CSV and Parquet) only for a name that is not UTF-8, empty for every other name.

`stored_path` turns the two back into the name, byte for byte, which is how `--resume`
recognises such a file instead of classifying it twice.
"""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata

__all__ = ["PATH_BYTES", "clip", "display_width", "pad", "path_fields", "shown_name", "stored_path"]

PATH_BYTES = "path_bytes"  # the field or column that holds a non-UTF-8 name's bytes
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HIDDEN = ("Cc", "Zl", "Zp")  # control characters and line breaks: they move the cursor
_WIDE = ("W", "F")  # East Asian wide and full-width characters: two columns of a terminal
_ZERO_WIDTH = ("Mn", "Me", "Cf")  # combining marks and format characters: none


def path_fields(path: str | os.PathLike[str]) -> tuple[str, str | None]:
    """(`path`, `path_bytes`) for a name, `path_bytes` None when the name is UTF-8."""
    name = os.fspath(path)
    raw = name.encode("utf-8", "surrogateescape")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "backslashreplace")
        return text, base64.b64encode(raw).decode("ascii")
    return name, None


def stored_path(text: str, path_bytes: str | None) -> str:
    """The name a result was stored for (lone surrogates for bytes that are not UTF-8).

    ValueError when `path_bytes` is not base64."""
    if not path_bytes:
        return text
    try:
        raw = base64.b64decode(path_bytes, validate=True)
    except binascii.Error:
        raise ValueError(f"{PATH_BYTES} that is not base64") from None
    return raw.decode("utf-8", "surrogateescape")


def shown_name(text: str) -> str:
    """`text` on one line, nothing in it able to move the cursor: a newline is shown as `\\n`,
    another control character as `\\xNN` or `\\uNNNN`, a byte that is not UTF-8 as `\\xNN`."""
    if text.isprintable():
        return text
    return "".join(_shown_char(char) for char in text)


def _shown_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char) in _HIDDEN or 0xD800 <= code <= 0xDFFF:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def display_width(text: str) -> int:
    """How many columns of a terminal `text` (shown, one line) takes: a Hangul syllable or a
    CJK character takes two, a combining mark none; a table's columns line up by this."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in _ZERO_WIDTH:
        return 0
    return 2 if unicodedata.east_asian_width(char) in _WIDE else 1


def pad(text: str, width: int, align: str = "<") -> str:
    """`text` padded with spaces to `width` terminal columns, on the right ("<") or on the
    left (">"): `format`'s widths count characters, so a Korean word would push the columns
    after it aside. Text wider than `width` is left whole."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if align == ">" else text + fill


def clip(text: str, width: int) -> str:
    """The longest start of `text` that takes at most `width` terminal columns (a short
    column heading)."""
    if text.isascii():
        return text[:width]
    used = 0
    for end, char in enumerate(text):
        used += _char_width(char)
        if used > width:
            return text[:end]
    return text
