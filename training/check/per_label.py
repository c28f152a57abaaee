"""Label findings for a multi-label set: one yes/no question per label.

A multi-label photo has no single "wrong folder" to move it out of: each of its labels can be
missing or extra on its own. So each label gets its own yes/no head (the check's softmax head
on two outputs, i.e. a logistic regression), fitted out of sample on the same folds for all
labels, and confident learning on its two columns says which photos likely carry the label
wrongly ("probably not LABEL") or lack it wrongly ("probably also LABEL").
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.core.i18n import translate
from app.core.progress import Progress, ProgressCallback, Stage, Token
from training.check.confident import label_issues
from training.check.findings import LABEL, LACKS, MISSES, Finding
from training.check.folds import out_of_sample_probabilities, stratified_folds
from training.dataset import NONE, Sample
from training.multi_label import targets

__all__ = ["per_label_findings"]


def per_label_findings(
    embeddings: np.ndarray,
    samples: Sequence[Sample],
    classes: Sequence[str],
    rows: np.ndarray,
    groups: Sequence[int],
    sides: Sequence[str],
    *,
    folds: int,
    seed: int,
    notes: list[str],
    progress: ProgressCallback | None = None,
    token: Token | None = None,
) -> list[Finding]:
    """The findings of every label on `samples[rows]` (the readable ones), likeliest first
    across labels; a label too few photos carry (or lack) to judge is said in `notes`."""
    chosen = [samples[i] for i in rows]
    truth = targets(chosen, len(classes)).astype(np.int64)
    # Stratified on the first label ("none" its own stratum): each fold sees every kind.
    strata = np.array([len(classes) if s.label == NONE else s.label for s in chosen], np.int64)
    fold = stratified_folds(strata, [groups[i] for i in rows], folds, seed)
    found: list[Finding] = []
    for j, name in enumerate(classes):
        if token is not None:
            token.check()
        carry = int(truth[:, j].sum())
        if min(carry, len(chosen) - carry) < 2:
            notes.append(
                translate(
                    "check_per_label",
                    "Label '{name}' is on {carry} of {count} readable photos: too few photos "
                    "with it or without it to judge it; it was left out of the label check.",
                ).format(name=name, carry=carry, count=len(chosen))
            )
            continue
        probabilities = out_of_sample_probabilities(embeddings[rows], truth[:, j], fold, 2)
        for issue in label_issues(probabilities, truth[:, j]):
            i = int(rows[issue.index])
            way = LACKS if truth[issue.index, j] else MISSES
            found.append(
                Finding(LABEL, samples[i].path, name, issue.score, reason=way, split=sides[i])
            )
        if progress:
            progress(Progress(Stage.CROSS_VALIDATE, j + 1, len(classes)))
    found.sort(key=lambda f: -f.score)
    return found
