"""Votes from participants' phones, on the facilitator's side: the switch, the choice of network,
the live count, and the QR code for the projector.

`PhoneVoting` runs `simulator.workshop.vote_server.VoteServer` for one workshop and keeps its
ballot in step with the workshop controller: a decision on screen opens the ballot, revealing
the split closes it (later votes are refused), deciding forgets the phones' tokens. Phone votes
are added to the room's counts, beside any hand counts the facilitator enters.
"""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from simulator.workshop.phones import Ballot, Option
from simulator.workshop.vote_server import VoteServer
from ui.i18n import tr
from ui.widgets import label
from ui.workshop.controller import WorkshopController


def addresses() -> list[tuple[str, str]]:
    """(address, description) of this computer's IPv4 addresses, the likely one first:
    a private address on an interface that is up, then others, then this computer only."""
    found: list[tuple[int, str, str]] = []
    for iface in QNetworkInterface.allInterfaces():
        flags = iface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            text = ip.toString()
            addr = ipaddress.ip_address(text)
            if addr.is_loopback:
                continue
            rank = 0 if addr.is_private else 1
            found.append((rank, text, f"{text} ({iface.humanReadableName()})"))
    found.sort()
    out = [(a, d) for _, a, d in found]
    out.append(("127.0.0.1", tr("127.0.0.1 (bara den här datorn, för att prova)")))
    return out


class QrCode(QWidget):
    """A QR code drawn from segno's matrix, dark on light whatever the theme (scanners need it)."""

    def __init__(self, data: str) -> None:
        super().__init__()
        import segno  # a well-kept, pure-Python QR encoder

        self.matrix = [list(row) for row in segno.make(data, error="m").matrix]
        self.setAccessibleName(tr("QR-kod till röstsidan"))
        self.setMinimumSize(160, 160)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        n = len(self.matrix) + 8  # the quiet zone of four modules on each side
        side = min(self.width(), self.height())
        cell = side / n
        painter = QPainter(self)
        painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF((x + 4) * cell, (y + 4) * cell, cell + 0.5,
                                            cell + 0.5))
        painter.end()


class PhoneVoting(QObject):
    """The phone vote for one workshop: start on an address, keep in step, stop."""

    POLL_MS = 300

    def __init__(self, controller: WorkshopController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.ballot = Ballot()
        self.server: VoteServer | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self.sync)
        self._version = -1

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str, port: int = 0) -> None:
        """Serve on `host`; raises OSError with the reason if it cannot."""
        self.stop()
        server = VoteServer(self.ballot, host, port)
        server.start()
        self.server = server
        self.controller.phone_join = (server.ballot_url, server.url, server.code)
        self.timer.start()
        self.sync()
        self.controller.changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.ballot.finish()
        if self.controller.phone_join is not None:
            self.controller.phone_join = None
            self.controller.changed.emit()

    def sync(self) -> None:
        """Keep the ballot on the decision on screen, and the room's counts on the ballot's."""
        c = self.controller
        if c.phase in ("vote", "revealed"):
            key = f"{len(c.workshop.decisions)}:{c.workshop.node.id}"
            options = [Option(i, ch.id, ch.text) for i, ch in enumerate(c.options, 1)]
            if key != self.ballot.key or (c.phase == "vote") != self.ballot.is_open:
                self.ballot.open(key, c.workshop.node.title, options)
                if c.phase == "revealed":
                    self.ballot.close()
            if c.phase == "vote":
                c.apply_phone_counts(key, self.ballot.counts())
            elif self.ballot.split is None:
                self.ballot.reveal(dict(c.workshop.votes))
        elif self.ballot.key:
            self.ballot.finish()  # decided: the phones' tokens are forgotten
        if self.ballot.version != self._version:
            self._version = self.ballot.version
            c.phone_count_changed()

    @property
    def total(self) -> int:
        return self.ballot.total


class PhonePanel(QWidget):
    """The facilitator's switch: "Röster från mobiler", the network, the address and code."""

    def __init__(self, voting: PhoneVoting) -> None:
        super().__init__()
        self.voting = voting
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.switch = QCheckBox(tr("Röster från mobiler"))
        self.switch.setAccessibleName(tr("Röster från mobiler"))
        self.switch.toggled.connect(self._toggled)
        self.network = QComboBox()
        self.network.setAccessibleName(tr("Nätverk som mobilerna når datorn på"))
        for address, description in addresses():
            self.network.addItem(description, address)
        row.addWidget(self.switch)
        row.addWidget(self.network, 1)
        box.addLayout(row)
        self.problem = ""  # why the page could not be started, until the next try
        self.info = label("")
        self.info.setAccessibleName(tr("Röster från mobiler"))
        box.addWidget(self.info)
        voting.controller.changed.connect(self.refresh)
        self.refresh()

    def _toggled(self, on: bool) -> None:
        if on and not self.voting.running:
            try:
                self.voting.start(str(self.network.currentData()))
            except OSError as exc:
                self.switch.blockSignals(True)
                self.switch.setChecked(False)
                self.switch.blockSignals(False)
                self.problem = tr("Röstsidan kunde inte startas på {address}: {reason}. "
                                  "Välj ett annat nätverk.").format(
                                      address=self.network.currentData(), reason=exc)
                self.refresh()
                return
            self.problem = ""
        elif not on:
            self.voting.stop()
        self.refresh()

    def refresh(self) -> None:
        v = self.voting
        self.network.setEnabled(not v.running)
        if not v.running or v.server is None:
            self.info.setText(self.problem or tr(
                "Deltagarna kan rösta anonymt med mobilen, utan konto och utan internet: "
                "mobilerna behöver bara nå den här datorn på samma nätverk."))
            return
        phase = v.controller.phase
        state = (tr("röstningen är öppen") if phase == "vote" else
                 tr("röstningen är stängd") if phase == "revealed" else
                 tr("väntar på nästa beslut"))
        self.info.setText(tr("Adress: {url} · Kod: {code} · {n} röster från mobiler ({state})")
                          .format(url=v.server.url, code=v.server.code, n=v.total, state=state))
