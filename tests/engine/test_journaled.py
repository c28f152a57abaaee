"""The one loop of journaled jobs: every item in order, progress per item, and an end between
two items on a cancel, a stop, or a handler that cannot go on."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.journaled import handle_each
from app.core.progress import Progress, Stage, Token


@dataclass
class _Summary:
    stopped: bool = False
    done: list[int] = field(default_factory=list)


class _Handler:
    def __init__(self, gives_up_after: int | None = None) -> None:
        self.summary = _Summary()
        self.gives_up_after = gives_up_after

    def add(self, item: int) -> str:
        self.summary.done.append(item)
        if item == self.gives_up_after:  # as a full disk does: the rest would fail too
            self.summary.stopped = True
        return f"did {item}"


def test_every_item_in_order_with_progress_and_outcomes():
    handler, events, outcomes = _Handler(), [], []
    handle_each(
        handler, range(1, 5), 4, stage=Stage.SORT, progress=events.append, each=outcomes.append
    )
    assert handler.summary.done == [1, 2, 3, 4] and not handler.summary.stopped
    assert [(e.stage, e.done, e.total) for e in events] == [(Stage.SORT, n, 4) for n in range(5)]
    assert outcomes == ["did 1", "did 2", "did 3", "did 4"]


def test_a_cancel_ends_it_between_two_items():
    handler, token = _Handler(), Token()

    def progress(event: Progress) -> None:
        if event.done == 2:
            token.cancel()

    handle_each(handler, range(1, 6), 5, stage=Stage.TAG, progress=progress, token=token)
    assert handler.summary.done == [1, 2] and handler.summary.stopped


def test_a_stop_ends_it_too():
    handler, token = _Handler(), Token()
    token.stop()
    handle_each(handler, range(1, 6), 5, stage=Stage.ADD, token=token)
    assert handler.summary.done == [] and handler.summary.stopped


def test_a_handler_that_cannot_go_on_ends_it():
    handler = _Handler(gives_up_after=3)
    handle_each(handler, range(1, 6), 5, stage=Stage.ADD)
    assert handler.summary.done == [1, 2, 3] and handler.summary.stopped
