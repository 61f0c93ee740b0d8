"""Empty the outbox into the LRS: one pass (:func:`drain`) and a background thread around it.

Order of events for a batch: read the oldest waiting statements, POST them, and only after the
LRS has answered 2xx mark them sent. A kill between the POST and the mark leaves them waiting;
the next pass sends them again with the same ids, and the LRS keeps one (xAPI requires an LRS
to accept an identical statement again without storing a second). A batch the LRS refuses
(4xx) is split in halves until the refused statements are found; each is set aside with the
LRS's reason and the rest go on. When the LRS cannot be reached, answers 5xx or 429, or refuses
the credentials (401/403), nothing is set aside: the pass stops, the reason is noted on the
waiting statements, and the thread tries again after a growing pause (2 s doubling to 5 min,
with jitter) — or at once when :meth:`OutboxSender.wake` is called after a new step.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass

from simulator.lrs.client import Answer, LrsClient
from simulator.store import outbox
from simulator.store.outbox import Waiting
from simulator.store.progress import Store

BATCH = 100
IDLE_SECONDS = 60.0  # a pass now and then even without a wake-up (another program's steps)
FIRST_PAUSE = 2.0
LONGEST_PAUSE = 300.0


@dataclass(frozen=True)
class DrainReport:
    sent: int
    rejected: int
    waiting: int
    problem: str | None  # why the pass stopped early (offline, 5xx, 401...); None when it did not

    @property
    def complete(self) -> bool:
        return self.problem is None


class _Stop(Exception):
    def __init__(self, answer: Answer) -> None:
        super().__init__(answer.reason)
        self.answer = answer


def drain(store: Store, client: LrsClient, *, batch: int = BATCH, limit: int | None = None) -> DrainReport:
    """Send waiting statements until none are left, ``limit`` have been handled, or the LRS
    cannot take them now."""
    sent = rejected = 0
    problem = None
    while limit is None or sent + rejected < limit:
        size = batch if limit is None else min(batch, limit - sent - rejected)
        rows = outbox.waiting(store, size)
        if not rows:
            break
        try:
            s, r = _send(store, client, rows)
        except _Stop as stop:
            problem = stop.answer.reason
            outbox.note_failure(store, [row.id for row in rows], problem)
            break
        sent += s
        rejected += r
    return DrainReport(sent, rejected, outbox.counts(store).waiting, problem)


def _send(store: Store, client: LrsClient, rows: list[Waiting]) -> tuple[int, int]:
    answer = client.post_statements([row.body for row in rows])
    if answer.outcome == "ok":
        outbox.mark_sent(store, [row.id for row in rows])
        return len(rows), 0
    if answer.outcome == "unavailable":
        raise _Stop(answer)
    if len(rows) == 1:
        outbox.mark_rejected(store, rows[0].id, answer.reason)
        return 0, 1
    half = len(rows) // 2
    s1, r1 = _send(store, client, rows[:half])
    s2, r2 = _send(store, client, rows[half:])
    return s1 + s2, r1 + r2


class OutboxSender:
    """A daemon thread that drains the outbox with its own store connection.

    ``open_store`` and ``make_client`` are called in the thread (a Store is not shared between
    threads; settings may change between passes: return None from ``make_client`` while no LRS
    is configured). ``on_report`` is called in the thread after every pass.
    """

    def __init__(
        self,
        open_store: Callable[[], Store],
        make_client: Callable[[], LrsClient | None],
        *,
        on_report: Callable[[DrainReport], None] | None = None,
        idle_seconds: float = IDLE_SECONDS,
        first_pause: float = FIRST_PAUSE,
        longest_pause: float = LONGEST_PAUSE,
    ) -> None:
        self._open_store = open_store
        self._make_client = make_client
        self._on_report = on_report
        self._idle = idle_seconds
        self._first = first_pause
        self._longest = longest_pause
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_report: DrainReport | None = None
        self.failures = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="vagval-lrs-sender", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """A new statement is waiting: try now (the pause after a failure still applies)."""
        if self.failures == 0:
            self._wake.set()

    def retry_now(self) -> None:
        """Try at once, even during a pause after failures (the user asked)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def pause(self) -> float:
        """How long to wait after ``failures`` failed passes in a row."""
        if self.failures == 0:
            return self._idle
        base = min(self._longest, self._first * 2.0 ** (self.failures - 1))
        return float(base * random.uniform(0.5, 1.0))

    def _run(self) -> None:
        store = self._open_store()
        try:
            while not self._stopping.is_set():
                self._wake.clear()
                self._pass(store)
                self._wake.wait(self.pause())
        finally:
            store.close()

    def _pass(self, store: Store) -> None:
        client = self._make_client()
        if client is None:
            return
        try:
            report = drain(store, client)
        except Exception as exc:  # a database fault must not kill the thread silently
            report = DrainReport(0, 0, 0, f"outbox: {exc!r}")
        self.failures = 0 if report.complete else self.failures + 1
        self.last_report = report
        if self._on_report is not None:
            self._on_report(report)
