"""Where a training set's labels come from, as `pictag train` and `pictag check` both take it:
sub-folders (the default), the keywords under a parent (--keywords, --untagged) or a labels
CSV (--labels-csv). One definition, so that a check reads the set exactly as training does."""

from __future__ import annotations

import argparse
from pathlib import Path

from training.options import DEFAULTS, SKIP_UNTAGGED, UNTAGGED_NONE

__all__ = ["add_label_source_arguments"]


def add_label_source_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keywords", metavar="PARENT",
        help="classes from the keywords under PARENT in the photos' XMP (sidecars or "
        "embedded): photos keyworded 'PARENT|heron' are class heron; nothing is copied",
    )  # fmt: skip
    parser.add_argument(
        "--untagged", choices=(SKIP_UNTAGGED, UNTAGGED_NONE), default=DEFAULTS["untagged"],
        help="with --keywords, photos with no keyword under PARENT: left out (skip), or "
        '"none of these" examples (none), which makes the set multi-label '
        f"({DEFAULTS['untagged']})",
    )  # fmt: skip
    parser.add_argument(
        "--labels-csv", type=Path, metavar="FILE",
        help="labels from a CSV of file,labels (labels separated by |, none: a \"none of "
        'these" example; files relative to DATA_DIR or absolute), as labeling tools export',
    )  # fmt: skip
