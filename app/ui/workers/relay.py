"""Engine callbacks made on the engine's own threads, carried to the GUI thread.

Some engine objects call back from threads they start themselves (`Forward` tells its
listeners from the thread that prepares LiteRT). A Qt signal emitted there would run a
receiving lambda or plain function on that thread, where no widget may be touched; a `Relay`
is the callback to hand to the engine instead: called on any thread, it always queues the
call, and its receiver runs on the thread the relay lives on (the GUI thread, where it is
made), after the engine's call has returned.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

__all__ = ["Relay"]


class Relay(QObject):
    """`relay(*args)` from any thread calls `receiver(*args)` on the GUI thread, queued.

    Give it a parent that lives as long as the receiver (the object that owns the receiving
    method): the relay and whatever it still has queued go with it.
    """

    _called = Signal(object)  # the call's arguments, as a tuple

    def __init__(self, receiver: Callable[..., object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._receiver = receiver
        self._called.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def __call__(self, *args: object) -> None:
        self._called.emit(args)

    @Slot(object)
    def _deliver(self, args: tuple) -> None:
        self._receiver(*args)
