"""Checking the text while the author types: debounced, and off the UI thread.

Every edit restarts a short timer; when typing pauses, the text is checked by
`simulator.authoring.check.check_text` on a worker thread. Only the newest check's result is
delivered (`checked`): an older one that finishes late is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from simulator.authoring.check import Check, check_text
from simulator.format.model import Catalogue

DEBOUNCE_MS = 250


class _Relay(QObject):
    done = Signal(int, object)  # generation, Check (queued across threads)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, generation: int, text: str, path: str,
                 catalogue: Catalogue | None) -> None:
        super().__init__()
        self.relay, self.generation = relay, generation
        self.text, self.path, self.catalogue = text, path, catalogue

    def run(self) -> None:
        try:
            result: object = check_text(self.text, self.path, self.catalogue)
        except Exception as exc:  # the loader reports faults as diagnostics; this is a bug
            result = exc
        self.relay.done.emit(self.generation, result)


class Checker(QObject):
    """`schedule(text)` after each edit; `checked(Check)` when the newest check is done;
    `failed(str)` if checking itself broke (a bug, reported rather than hidden)."""

    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, path: str, catalogue: Catalogue | None, parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.path, self.catalogue = path, catalogue
        self._text = ""
        self._generation = 0
        self.running = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)

    def schedule(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def check_now(self, text: str | None = None) -> None:
        """Check at once (the given text, or the last one scheduled)."""
        if text is not None:
            self._text = text
        self._timer.stop()
        self._generation += 1
        self.running += 1
        self._pool.start(_Job(self._relay, self._generation, self._text, self.path,
                              self.catalogue))

    def _done(self, generation: int, result: object) -> None:
        self.running -= 1
        if generation != self._generation:
            return  # a newer text is being checked
        if isinstance(result, Check):
            self.checked.emit(result)
        else:
            self.failed.emit(str(result))

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the worker is idle (tests, and closing the studio)."""
        return bool(self._pool.waitForDone(msecs))
