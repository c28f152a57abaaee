"""The relay: an engine callback made on a thread the engine started reaches its receiver on
the GUI thread, queued, even when the receiver is a plain function and not a Qt slot."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from app.ui.workers.relay import Relay


def test_a_call_on_an_engine_thread_reaches_a_plain_function_on_the_gui_thread(qtbot, qapp):
    heard: list[tuple] = []

    def receiver(*args: object) -> None:  # a plain callable: PySide would run it where emitted
        heard.append((args, QThread.currentThread() == qapp.thread(), threading.get_ident()))

    relay = Relay(receiver)
    engine = threading.Thread(target=relay, args=("LiteRT", 2), name="pictag-litert-test")
    engine.start()
    engine.join()
    assert heard == []  # queued: nothing ran on the engine's thread
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [(("LiteRT", 2), True, threading.get_ident())]
