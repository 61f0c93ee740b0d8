"""Checking the text while the author types: debounced, and in a worker process.

Every edit restarts a short timer; when typing pauses, the text is checked by
`simulator.authoring.check` in a separate process, so the check never holds this process's
interpreter lock while the author types (in a thread it did, and keystrokes waited for it).
Only the newest check's result is delivered (`checked`); an older one that finishes late is
dropped. If no worker process can be started, checks run on a thread instead.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.authoring.check import Check, check_pickled

DEBOUNCE_MS = 150  # typing pauses longer than this between words; checks start sooner


def _executor() -> Executor:
    try:
        return ProcessPoolExecutor(max_workers=1,
                                   mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError, NotImplementedError):  # no processes here: a thread will do
        return ThreadPoolExecutor(max_workers=1)


class Checker(QObject):
    """`schedule()` after each edit; `checked(Check)` when the newest check is done;
    `failed(str)` if checking itself broke (a bug, reported rather than hidden)."""

    checked = Signal(object)
    failed = Signal(str)
    _arrived = Signal(int, object)  # generation, Future (queued from the pool's thread)

    def __init__(self, path: str, catalogue_path: str | None, text: Callable[[], str],
                 parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.path, self.catalogue_path = path, catalogue_path
        self._source = text  # read when the timer fires, not on every keystroke
        self._generation = 0
        self.running = 0
        self._pool: Executor = _executor()
        self._pending: list[Future[bytes]] = []
        self._arrived.connect(self._done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)

    def schedule(self) -> None:
        """The text changed: check it once typing pauses."""
        self._timer.start()

    def check_now(self) -> None:
        """Check the text as it is now, at once."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        try:
            future = self._pool.submit(check_pickled, self._source(), self.path,
                                       self.catalogue_path)
        except (BrokenProcessPool, RuntimeError):
            self._pool = ThreadPoolExecutor(max_workers=1)  # the worker died: carry on here
            future = self._pool.submit(check_pickled, self._source(), self.path,
                                       self.catalogue_path)
        self.running += 1
        self._pending.append(future)
        future.add_done_callback(lambda f: self._arrived.emit(generation, f))

    def _done(self, generation: int, future: Future[bytes]) -> None:
        self.running -= 1
        if future in self._pending:
            self._pending.remove(future)
        if generation != self._generation:
            return  # a newer text is being checked
        try:
            result = pickle.loads(future.result())
        except BrokenProcessPool:
            self._pool = ThreadPoolExecutor(max_workers=1)
            self.check_now()  # the worker process died: check again without it
            return
        except Exception as exc:  # the loader reports faults as diagnostics; this is a bug
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if isinstance(result, Check):
            self.checked.emit(result)

    def wait(self, msecs: int = 10000) -> bool:
        """Block until every submitted check has finished (tests, and closing the studio)."""
        from concurrent.futures import wait

        _finished, not_done = wait(list(self._pending), timeout=msecs / 1000)
        return not not_done

    def close(self) -> None:
        self._timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
