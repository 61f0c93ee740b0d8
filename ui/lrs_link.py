"""The app's side of the LRS link: the background sender and the status line.

The sending itself is Qt-free (simulator/lrs/sender.py) and runs in its own thread with its own
store connection; this object only starts it, wakes it after each step, and turns its reports
into a short status text for the status bar ("3 resultat väntar …", "1 avvisat …"). Nothing
runs unless an LRS is configured.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from simulator.lrs.client import LrsClient
from simulator.lrs.config import LrsSettings, load_settings
from simulator.lrs.sender import DrainReport, OutboxSender
from simulator.store import outbox
from simulator.store.progress import Store, open_store
from ui.i18n import tr


def status_text(store: Store, settings: LrsSettings) -> str:
    """One short line for the status bar: how many statements wait (and, in a few words, why
    they are not sent yet) and how many the LRS refused. The LRS's own words, which can be
    long, are in :func:`status_details`."""
    if not settings.configured:
        return ""
    counts = outbox.counts(store)
    parts = []
    if counts.waiting:
        line = tr("Resultat till organisationen: {n} väntar på att skickas").format(
            n=counts.waiting)
        why = short_reason(counts.last_reason or "")
        parts.append(f"{line} ({why})" if why else line)
    elif counts.sent:
        parts.append(tr("Resultat till organisationen: allt är skickat"))
    if counts.rejected:
        parts.append(tr("{n} avvisade av LRS:en").format(n=counts.rejected))
    return " · ".join(parts)


def short_reason(reason: str) -> str:
    """A few words for why the last try did not go through (the client's reason in full is
    technical and in English: it goes to the details)."""
    if not reason:
        return ""
    status = re.match(r"HTTP (\d{3})", reason)
    code = int(status.group(1)) if status else None
    if reason.startswith("The LRS address"):
        return tr("LRS-adressen kan inte användas")
    if code in (401, 403):
        return tr("LRS:en godtar inte nyckeln och hemligheten")
    if code == 404:
        return tr("LRS:en finns inte på adressen")
    if code is not None and 300 <= code < 400:
        return tr("LRS-adressen leder vidare till en annan")
    if (code is not None and code >= 500) or code == 429:
        return tr("LRS:en har problem just nu")
    return tr("LRS:en svarar inte just nu")


def status_details(store: Store, settings: LrsSettings) -> str:
    """Everything behind the status line, for its tooltip: the address, the last reason in
    full and the newest refusals with the LRS's reasons."""
    if not settings.configured:
        return ""
    counts = outbox.counts(store)
    lines = [tr("LRS: {endpoint}").format(endpoint=settings.endpoint),
             tr("{waiting} väntar, {sent} skickade, {rejected} avvisade").format(
                 waiting=counts.waiting, sent=counts.sent, rejected=counts.rejected)]
    if counts.waiting and counts.last_reason:
        lines.append(tr("Senaste försöket: {reason}").format(reason=counts.last_reason[:400]))
    for refused in outbox.rejected(store)[-5:]:
        lines.append(tr("Avvisat: {reason}").format(reason=refused.reason[:400]))
    return "\n".join(lines)


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
