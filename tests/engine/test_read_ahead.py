"""ReadAhead: a producer thread a bounded distance ahead; errors and stops cross over cleanly."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.core.errors import Cancelled
from app.core.progress import Token
from app.core.read_ahead import ReadAhead


def producer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("pictag-")]


def test_every_item_arrives_in_order_and_the_thread_ends():
    with ReadAhead(lambda cancel: range(1000), depth=3) as items:
        assert list(items) == list(range(1000))
    assert producer_threads() == []


def test_the_producer_stays_at_most_depth_items_ahead():
    made = []

    def produce(cancel: Token) -> Iterator[int]:
        for i in range(50):
            made.append(i)
            yield i

    with ReadAhead(produce, depth=4) as items:
        for i in items:
            time.sleep(0.002)
            # taken: i + 1; waiting: at most 4; one more may be made, blocked on the full queue
            assert len(made) <= i + 1 + 4 + 1


def test_a_producer_error_is_raised_in_the_consumer_after_the_items_before_it():
    def produce(cancel: Token) -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("the model broke on batch 2")

    got = []
    with (
        pytest.raises(ValueError, match="the model broke on batch 2"),
        ReadAhead(produce, 8) as items,
    ):
        for item in items:
            got.append(item)
    assert got == [1, 2] and producer_threads() == []


def test_leaving_early_stops_the_producer_promptly_and_runs_its_cleanup():
    cleaned = threading.Event()

    def produce(cancel: Token) -> Iterator[int]:
        try:
            i = 0
            while True:  # endless: only a stop ends it
                if cancel.cancelled:
                    raise Cancelled()
                yield i
                i += 1
        finally:
            cleaned.set()

    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt), ReadAhead(produce, depth=2) as items:
        for item in items:
            if item == 10:
                raise KeyboardInterrupt  # Ctrl-C lands on the consumer's (main) thread
    assert time.monotonic() - start < 2
    assert cleaned.is_set() and producer_threads() == []


def test_a_producer_blocked_on_a_full_queue_is_stopped_too():
    with ReadAhead(lambda cancel: iter(range(10**9)), depth=1) as items:
        assert next(items) == 0
    assert producer_threads() == []
