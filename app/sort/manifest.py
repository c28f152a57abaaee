"""The sort manifest: the columns of `pictag sort`'s manifest (`app.core.journal` keeps the rows
safe), the contract between a sort and its undo, and with anyone reading the CSV. Adding photos
to a training set and taking them out write the same kind. Sorting decides what the rows say;
this module only names them.
"""

from __future__ import annotations

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.journal import ManifestKind

__all__ = ["FIELDS", "SORT_MANIFEST", "new_manifest", "open_manifest", "read_manifest"]

FIELDS = (
    "step", "action", "status", "source", "destination", "temp",
    "label", "confidence", "size", "sha256", "detail",
)  # fmt: skip
SORT_MANIFEST = ManifestKind(
    FIELDS,
    # Translated where the journal names it, in its own context.
    QT_TRANSLATE_NOOP("journal", "a Pictag sort manifest"),
    "pictag-sort",
    "pictag sort --undo",
)
new_manifest, open_manifest, read_manifest = (
    SORT_MANIFEST.new, SORT_MANIFEST.open, SORT_MANIFEST.read
)  # fmt: skip
