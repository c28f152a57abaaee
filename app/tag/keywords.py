"""Which keywords a classification result gives: the labels the model gives the photo
(`ClassifyResult.labels`: none for "none of these", several for a multi-label model) that reach
the threshold, flat (`dc:subject`) and under a parent in the hierarchy photo managers show
(`Pictag|heron`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.errors import UsageError
from app.core.i18n import translate
from app.core.results import ClassifyResult
from app.core.xmp_files import SidecarNaming

__all__ = ["DEFAULT_MIN_CONFIDENCE", "DEFAULT_PARENT", "Choice", "TagOptions", "choose"]

DEFAULT_PARENT = "Pictag"
# A label less likely than this is noise at any rank (with --top 3, the third label of a clear
# photo is often 0.1%): it makes no keyword.
DEFAULT_MIN_CONFIDENCE = 0.05
SEPARATOR = "|"  # Lightroom's (and darktable's, digiKam's) hierarchy separator


@dataclass(frozen=True)
class TagOptions:
    """How `pictag tag` (and Write Keywords…) turn results into keywords, and where to."""

    # Labels per photo at most (None: the labels the model gives). Above the labels given, a
    # single-label model's next most probable labels are written too (as ImageNet's top 3).
    top: int | None = None
    multi_label: bool = False  # the model gives several labels: `top` only caps them
    min_confidence: float = DEFAULT_MIN_CONFIDENCE  # a label less likely is not written
    parent: str = DEFAULT_PARENT  # "" writes no hierarchical keywords
    embed: bool = False  # into JPEG/TIFF/PNG/WebP/DNG; else (and for HEIC, RAW) a sidecar
    naming: SidecarNaming = field(default=SidecarNaming.APPEND)
    model: str = ""  # the model's name, recorded with the keywords

    def check(self) -> None:
        if self.top is not None and self.top < 1:
            raise UsageError(translate("tag_keywords", "--top must be at least 1"))
        if not 0.0 <= self.min_confidence <= 1.0:
            raise UsageError(
                translate("tag_keywords", "the minimum confidence must be between 0 and 1")
            )
        parts = self.parent.split(SEPARATOR)
        if self.parent and any(not p.strip() for p in parts):
            raise UsageError(
                translate(
                    "tag_keywords",
                    "the keyword parent {parent} has an empty level; write it like 'Pictag' or "
                    "'Auto|Pictag'",
                ).format(parent=repr(self.parent))
            )


@dataclass(frozen=True)
class Choice:
    """The labels chosen for one photo, best first, with their probabilities."""

    labels: tuple[str, ...] = ()
    confidences: tuple[float, ...] = ()
    none_of_these: bool = False  # the model gave the photo no label

    def keywords(self) -> list[str]:
        return list(self.labels)

    def hierarchical(self, parent: str) -> list[str]:
        # A label holding the separator would become a level of its own.
        leaf = [label.replace(SEPARATOR, "/") for label in self.labels]
        return [f"{parent}{SEPARATOR}{label}" for label in leaf] if parent else []

    def confidence_texts(self) -> list[str]:
        return [f"{p:.4f}" for p in self.confidences]


def choose(result: ClassifyResult, options: TagOptions) -> Choice:
    """The labels given to `result` (none for "none of these", whose earlier Pictag keywords
    then go), up to `options.top`, that reach `options.min_confidence`."""
    if not result.labels:
        return Choice(none_of_these=True)
    names = list(result.labels)
    if options.top is not None:
        if not options.multi_label:
            names += [p.label for p in result.predictions if p.label not in names]
        names = names[: options.top]
    probability = {n: _probability(result, n) for n in names}
    picked = [n for n in names if probability[n] >= options.min_confidence]
    return Choice(tuple(picked), tuple(probability[n] for n in picked))


def _probability(result: ClassifyResult, label: str) -> float:
    """A label beyond the top predictions kept was given by its threshold: it counts as
    reaching any minimum."""
    p = result.probability_of(label)
    return 1.0 if p is None else p
