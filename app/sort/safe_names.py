"""Label → folder name. Labels come from model files, which anyone can write, so a label is
treated as hostile text: whatever it says, the folder name is one plain path component that
every common file system (ext4, APFS, NTFS, FAT) accepts and that cannot reach outside the
destination.

Readable labels stay as they are ("Épinard", "猫", "golden retriever"); only what is unsafe is
replaced, and distinct labels always get distinct folders, compared the way a case-insensitive
file system compares them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["UNSURE", "MAX_NAME_BYTES", "safe_folder_name", "folder_names"]

UNSURE = "_unsure"  # where images under the confidence threshold go; no label may take it
MAX_NAME_BYTES = 100  # file systems allow 255 bytes; leave room for "name (2).jpg" inside

# Windows refuses these as names, with any extension ("con.txt"), and so do some SMB shares.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_UNSAFE_CATEGORIES = ("Cc", "Cf", "Cs", "Zl", "Zp")  # controls, bidi overrides, lone surrogates
_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def safe_folder_name(label: str) -> str:
    """One safe path component for `label` (may coincide with another label's: see
    `folder_names`)."""
    name = unicodedata.normalize("NFC", label)
    # Control and format characters (bidi overrides disguise a name) become "_", as do the
    # characters Windows forbids and both path separators.
    name = "".join("_" if unicodedata.category(c) in _UNSAFE_CATEGORIES else c for c in name)
    name = _UNSAFE_CHARS.sub("_", name)
    name = " ".join(name.split())  # tabs, newlines, runs of spaces: one space
    name = _truncate(name, MAX_NAME_BYTES)
    # Leading dots hide a folder ("." and ".." are not names at all); Windows drops trailing
    # dots and spaces, so "cat." and "cat" would be one folder there.
    name = name.lstrip(". ").rstrip(". ")
    if not name:
        return "_"
    if _RESERVED.match(name):
        return "_" + name
    return name


def folder_names(labels: Iterable[str], *, taken: Iterable[str] = (UNSURE,)) -> dict[str, str]:
    """A distinct safe folder name for each label, never one of `taken` (by default `UNSURE`;
    when adding to a training set, its existing class folders).

    Deterministic for a given set of labels: a label that needs no change keeps its name (in
    sorted order, the first of "Cat" and "cat" wins); any other label that would land on a name
    already taken gets a short hash of the label appended.
    """
    unique = sorted(set(labels))
    used = {name.casefold() for name in taken}
    names: dict[str, str] = {}
    # Labels safe as they are choose first, so whether a hostile label is also present never
    # changes where a plain one goes.
    for label in sorted(unique, key=lambda lb: safe_folder_name(lb) != lb):
        name = safe_folder_name(label)
        if name.casefold() in used:
            name = _with_hash(name, label)
        while name.casefold() in used:  # only if a label spells another's hashed name
            name = _with_hash(name, name)
        used.add(name.casefold())
        names[label] = name
    return names


def _with_hash(name: str, label: str) -> str:
    digest = hashlib.sha256(label.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    suffix = f"~{digest}"
    return _truncate(name, MAX_NAME_BYTES - len(suffix)).rstrip(". ") + suffix


def _truncate(text: str, max_bytes: int) -> str:
    """At most `max_bytes` of UTF-8, cut between characters."""
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", "ignore")
