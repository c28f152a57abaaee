"""The stratified, seeded train/validation split."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from training.dataset import Sample
from training.split import RecordedSplit, keep_split, relative_name, stratified_split


def _samples(counts: list[int], interleave: bool = False) -> list[Sample]:
    per_class = [
        [Sample(Path(f"c{label}") / f"{i:03d}.jpg", label) for i in range(n)]
        for label, n in enumerate(counts)
    ]
    if not interleave:
        return [s for group in per_class for s in group]
    out = []
    for i in range(max(counts)):
        out += [group[i] for group in per_class if i < len(group)]
    return out


def _per_class(samples: list[Sample]) -> Counter[int]:
    return Counter(s.label for s in samples)


@pytest.mark.parametrize("interleave", [False, True])
def test_every_class_is_split_in_the_same_proportion(interleave):
    samples = _samples([100, 50, 20, 10], interleave)
    train, validation = stratified_split(samples, 0.2, seed=0)
    assert _per_class(validation) == {0: 20, 1: 10, 2: 4, 3: 2}
    assert _per_class(train) == {0: 80, 1: 40, 2: 16, 3: 8}


def test_parts_are_disjoint_complete_and_keep_the_input_order():
    samples = _samples([30, 17, 9], interleave=True)
    train, validation = stratified_split(samples, 0.3, seed=5)
    assert set(train).isdisjoint(validation)
    assert len(train) + len(validation) == len(samples)
    position = {s: i for i, s in enumerate(samples)}
    assert [position[s] for s in train] == sorted(position[s] for s in train)
    assert [position[s] for s in validation] == sorted(position[s] for s in validation)


def test_same_seed_same_split():
    samples = _samples([40, 25, 12])
    assert stratified_split(samples, 0.25, seed=7) == stratified_split(samples, 0.25, seed=7)


def test_another_seed_another_split():
    samples = _samples([40, 25, 12])
    _, first = stratified_split(samples, 0.25, seed=0)
    _, second = stratified_split(samples, 0.25, seed=1)
    assert set(first) != set(second)
    assert _per_class(first) == _per_class(second)  # still stratified the same way


def test_the_split_is_random_not_the_first_or_last_files():
    samples = _samples([100])
    _, validation = stratified_split(samples, 0.2, seed=0)
    picked = sorted(int(s.path.stem) for s in validation)
    assert picked != list(range(20)) and picked != list(range(80, 100))


def test_growing_one_class_does_not_reshuffle_another():
    before = _samples([30, 30])
    after = before + [Sample(Path("c1") / f"new{i}.jpg", 1) for i in range(10)]
    _, val_before = stratified_split(before, 0.2, seed=3)
    _, val_after = stratified_split(after, 0.2, seed=3)
    assert [s for s in val_before if s.label == 0] == [s for s in val_after if s.label == 0]


@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.9, 0.99])
def test_every_class_keeps_a_training_image(fraction):
    samples = _samples([2, 3, 5, 1, 40])
    train, validation = stratified_split(samples, fraction, seed=0)
    assert set(_per_class(train)) == {0, 1, 2, 3, 4}
    assert _per_class(train)[3] == 1  # a single image always trains


def test_tiny_classes():
    samples = _samples([1, 2, 3, 10])
    train, validation = stratified_split(samples, 0.2, seed=0)
    # round(0.2), round(0.4) -> nothing to hold out; round(0.6) -> one; round(2.0) -> two.
    assert _per_class(validation) == {2: 1, 3: 2}
    assert _per_class(train) == {0: 1, 1: 2, 2: 2, 3: 8}


def test_half_of_two_images_goes_to_validation():
    train, validation = stratified_split(_samples([2, 2]), 0.5, seed=0)
    assert _per_class(train) == _per_class(validation) == {0: 1, 1: 1}


def test_zero_fraction_holds_nothing_out():
    samples = _samples([5, 5])
    assert stratified_split(samples, 0.0, seed=0) == (samples, [])


def test_empty_input():
    assert stratified_split([], 0.2, seed=0) == ([], [])


@pytest.mark.parametrize("fraction", [-0.1, 1.0, 1.5])
def test_fraction_outside_zero_to_one_is_refused(fraction):
    with pytest.raises(ValueError, match="validation fraction"):
        stratified_split(_samples([5, 5]), fraction, seed=0)


def test_a_near_duplicate_group_goes_wholly_to_one_side():
    samples = _samples([40, 40])
    # Groups of 4 copies in class 0 (images 0-3, 10-13, ...) and pairs in class 1.
    groups = [i // 10 * 10 if i < 40 and i % 10 < 4 else i for i in range(80)]
    groups = [g if i < 40 else i - i % 2 for i, g in enumerate(groups)]
    for seed in range(20):
        train, validation = stratified_split(samples, 0.25, seed, groups)
        side = {s.path: s in validation for s in samples}
        for g in set(groups):
            members = [samples[i].path for i in range(80) if groups[i] == g]
            assert len({side[p] for p in members}) == 1, (seed, members)
        assert len(validation) == 20  # the share is met with whole groups


def test_a_group_under_two_classes_stays_in_training():
    samples = _samples([10, 10])
    groups = list(range(20))
    groups[10] = groups[11] = 0  # image 0 (class 0) and 10, 11 (class 1) are copies
    for seed in range(10):
        _, validation = stratified_split(samples, 0.3, seed, groups)
        assert not {samples[0], samples[10], samples[11]} & set(validation)


def test_without_near_duplicates_the_split_is_the_one_without_groups():
    samples = _samples([30, 12, 7], interleave=True)
    assert stratified_split(samples, 0.2, 5, list(range(49))) == stratified_split(samples, 0.2, 5)


def test_an_update_puts_a_new_copy_on_the_side_of_its_original():
    root = Path("data")
    samples = [Sample(root / "a" / f"{i}.jpg", 0) for i in range(10)]
    previous = RecordedSplit(
        train=frozenset(f"a/{i}.jpg" for i in range(2, 10)),
        validation=frozenset({"a/0.jpg", "a/1.jpg"}),
    )
    samples += [Sample(root / "a" / "copy_of_0.jpg", 0), Sample(root / "a" / "copy_of_5.jpg", 0)]
    samples += [Sample(root / "a" / "copy_of_1.jpg", 0)]
    groups = list(range(13))
    groups[10], groups[11] = 0, 5
    groups[12] = 1
    groups[9] = 1  # an earlier training photo with a copy in validation: the leak ends
    train, validation = keep_split(samples, root, previous, 0.2, 0, groups)
    names = {relative_name(s.path, root) for s in validation}
    assert names == {"a/0.jpg", "a/copy_of_0.jpg"}
    assert {"a/copy_of_5.jpg", "a/1.jpg", "a/copy_of_1.jpg", "a/9.jpg"} <= {
        relative_name(s.path, root) for s in train
    }
