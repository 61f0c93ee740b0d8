"""The app's side of the LRS link: the background sender and the status line.

The sending itself is Qt-free (simulator/lrs/sender.py) and runs in its own thread with its own
store connection; this object only starts it, wakes it after each step, and turns its reports
into a short status text for the status bar ("3 resultat väntar …", "1 avvisat …"). Nothing
runs unless an LRS is configured.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from simulator.lrs.client import LrsClient
from simulator.lrs.config import LrsSettings, load_settings
from simulator.lrs.sender import DrainReport, OutboxSender
from simulator.store import outbox
from simulator.store.progress import Store, open_store
from ui.i18n import tr


def status_text(store: Store, settings: LrsSettings) -> str:
    """One line: how many statements wait, how many the LRS refused, and the last reason."""
    if not settings.configured:
        return ""
    counts = outbox.counts(store)
    parts = []
    if counts.waiting:
        parts.append(tr("Resultat till organisationen: {n} väntar på att skickas").format(
            n=counts.waiting))
        if counts.last_reason:
            parts.append(tr("senaste försöket: {reason}").format(reason=counts.last_reason[:120]))
    elif counts.sent:
        parts.append(tr("Resultat till organisationen: allt är skickat"))
    if counts.rejected:
        reason = outbox.rejected(store)[-1].reason
        parts.append(tr("{n} avvisade av LRS:en ({reason})").format(n=counts.rejected,
                                                                    reason=reason[:120]))
    return " · ".join(parts)


class LrsLink(QObject):
    """Starts the sender for ``db_path`` and tells when a pass has ended."""

    report = Signal(object)  # DrainReport, delivered in the GUI thread (queued)

    def __init__(self, db_path: Path, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = load_settings(data_dir)
        self._sender = OutboxSender(lambda: open_store(db_path), self._client,
                                    on_report=self._reported)

    def _client(self) -> LrsClient | None:
        # Read each pass, so a changed endpoint or secret is used without a restart.
        self.settings = load_settings(self.data_dir)
        return LrsClient(self.settings) if self.settings.configured else None

    def _reported(self, result: DrainReport) -> None:
        self.report.emit(result)  # from the sender's thread; Qt queues it to the GUI thread

    def start(self) -> None:
        self._sender.start()

    def wake(self) -> None:
        self._sender.wake()

    def retry_now(self) -> None:
        self._sender.retry_now()

    def stop(self) -> None:
        self._sender.stop()
