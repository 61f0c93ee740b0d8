"""The settings' section for results to the organisation: the LRS, its credentials, a
connection test and the current trainee's opt-in with their account name there.

Shown inside the settings dialog; :meth:`LrsPanel.save` runs when the dialog is saved. The
secret is never shown again once saved; the panel says where it is kept (the operating
system's credential store, or a file only the user can read).

The connection test waits for the LRS (up to 8 s), so it runs in a thread of its own and hands
its answer back through a queued signal; the dialog stays usable, and may be closed, meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from simulator.lrs.client import Answer, LrsClient
from simulator.lrs.config import (
    LrsSettings,
    endpoint_problem,
    load_settings,
    save_settings,
    secret_store,
)
from simulator.organisation import Organisation
from simulator.store import outbox
from simulator.store.names import InvalidName
from simulator.store.progress import Store
from ui.i18n import current_language, tr
from ui.lrs_link import status_details, status_text
from ui.storage import Trainee
from ui.widgets import button, label, scroll_into_view

TEST_TIMEOUT = 8.0  # seconds the connection test waits for the LRS


class ConnectionTest(QObject):
    """One connection test: :meth:`start` asks the LRS in a daemon thread, and ``done`` carries
    the :class:`Answer` to the GUI thread (this object lives there, so the signal is queued).

    It has no parent: it outlives a panel that is closed while the LRS is still thinking, and
    the panel's own slot is disconnected when the panel is destroyed."""

    done = Signal(object)  # Answer

    def __init__(self, settings: LrsSettings) -> None:
        super().__init__()
        self.settings = settings
        self.worker = threading.Thread(target=self._run, name="vagval-lrs-test", daemon=True)

    def start(self) -> None:
        self.worker.start()

    def _run(self) -> None:
        # The thread holds this object until the answer is handed over.
        self.done.emit(LrsClient(self.settings, timeout=TEST_TIMEOUT).test_connection())


class LrsPanel(QWidget):
    tested = Signal(bool)  # a connection test has ended: did the LRS accept the credentials?

    def __init__(self, data_dir: Path, organisation: Organisation, store: Store | None,
                 trainee: Trainee | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.organisation = organisation
        self.store = store
        self.trainee = trainee
        current = load_settings(data_dir, organisation)
        self._loaded = current
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(tr("Resultat till organisationen"), "subheading"))
        layout.addWidget(label(tr(
            "Resultat lämnar datorn bara när en LRS är inställd och deltagaren har sagt ja. "
            "Då skickas beslut och resultat under namnet hos organisationen, aldrig pseudonymen.")))
        form = QFormLayout()
        self.endpoint = QLineEdit(current.endpoint if current.endpoint_from == "user" else "")
        self.endpoint.setAccessibleName(tr("LRS-adress"))
        if organisation.lrs_endpoint:
            self.endpoint.setPlaceholderText(organisation.lrs_endpoint)
            self.endpoint.setToolTip(tr("Tomt: organisationens adress används."))
        self.key = QLineEdit(current.key)
        self.key.setAccessibleName(tr("Nyckel (användarnamn)"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(tr("Hemlighet (lösenord)"))
        if current.secret:
            self.secret.setPlaceholderText(tr("sparad; skriv en ny för att byta"))
        form.addRow(tr("LRS-adress"), self.endpoint)
        self.endpoint_error = label("")
        self.endpoint_error.setObjectName("lrs_endpoint_error")
        self.endpoint_error.setVisible(False)
        form.addRow("", self.endpoint_error)
        self.endpoint.editingFinished.connect(self._endpoint_valid)  # said at once, no jump
        form.addRow(tr("Nyckel (användarnamn)"), self.key)
        form.addRow(tr("Hemlighet (lösenord)"), self.secret)
        layout.addLayout(form)
        where = (tr("Hemligheten sparas i operativsystemets nyckelring.")
                 if secret_store() == "keyring" else
                 tr("Hemligheten sparas i filen lrs-secret i datamappen, som bara ditt konto "
                    "kan läsa (behörighet 0600); datorn har ingen nyckelring som Vägval kan "
                    "använda."))
        self.secret_place = label(where)
        self.secret_place.setObjectName("lrs_secret_place")
        layout.addWidget(self.secret_place)
        self.test_button = button(tr("Testa anslutningen"), "lrs_test")
        self.test_button.clicked.connect(self.test_connection)
        self.busy = QProgressBar()  # no range: it shows that something is going on
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.setAccessibleName(tr("Testar anslutningen …"))
        self.busy.setVisible(False)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self.running: ConnectionTest | None = None
        self.test_result = label("")
        self.test_result.setObjectName("lrs_test_result")
        layout.addWidget(self.test_result)
        name = trainee.name if trainee is not None else ""
        self.opt_in = QCheckBox(tr("Skicka {name}s resultat till organisationen").format(name=name)
                                if trainee is not None else
                                tr("Välj en deltagare för att kunna skicka resultat"))
        self.opt_in.setAccessibleName(tr("Skicka resultat till organisationen"))
        self.account = QLineEdit()
        self.account.setAccessibleName(tr("Namn hos organisationen"))
        self.account.setPlaceholderText(tr("t.ex. e-postadressen på jobbet"))
        known = outbox.account(store, trainee.id) if store is not None and trainee is not None else None
        self.opt_in.setChecked(known is not None)
        self.account.setText(known or "")
        enabled = store is not None and trainee is not None
        self.opt_in.setEnabled(enabled)
        self.account.setEnabled(enabled)
        layout.addWidget(self.opt_in)
        optin_form = QFormLayout()
        optin_form.addRow(tr("Namn hos organisationen"), self.account)
        self.account_error = label("")
        self.account_error.setObjectName("lrs_account_error")
        self.account_error.setVisible(False)
        optin_form.addRow("", self.account_error)
        layout.addLayout(optin_form)
        # the status bar's short line, and here in full: what waits, the last reason and
        # what the LRS refused with its own words (the status bar has them only on hover)
        self.status = label("\n".join(t for t in (status_text(store, current),
                                                    status_details(store, current)) if t)
                            if store is not None else "")
        self.status.setObjectName("lrs_panel_status")
        layout.addWidget(self.status)

    def valid(self) -> bool:
        """Run on Save: is the typed address one Vägval will send to, and (with the opt-in
        ticked) the name at the organisation one it can send? If not, say why under the field,
        scroll it into view and put the keyboard there; the dialog is not saved meanwhile."""
        return self._endpoint_valid(focus=True) and self._account_valid(focus=True)

    def _endpoint_valid(self, focus: bool = False) -> bool:
        typed = self.endpoint.text().strip()
        problem = endpoint_problem(typed, current_language()) if typed else None
        return self._say(self.endpoint, self.endpoint_error, problem or "", focus)

    def _account_valid(self, focus: bool = False) -> bool:
        why = ""
        if self.opt_in.isChecked() and self.opt_in.isEnabled():
            try:
                outbox.clean_account(self.account.text())
            except InvalidName as exc:  # empty used to opt the trainee out without a word
                why = exc.message(current_language())
        return self._say(self.account, self.account_error, why, focus)

    def _say(self, field: QLineEdit, message: QLabel, why: str, focus: bool) -> bool:
        """Show ``why`` under ``field`` (or clear it); True when there is nothing to say."""
        message.setText(why)
        message.setVisible(bool(why))
        field.setAccessibleDescription(why)
        if why and focus:
            field.setFocus()
            # at 200 % text the LRS part of the dialog is taller than its scroll area
            scroll_into_view(message, field, margin=10)
        return not why

    def chosen(self) -> LrsSettings:
        """The settings as the fields say now (an empty secret field keeps the stored one)."""
        endpoint = self.endpoint.text().strip() or self.organisation.lrs_endpoint
        secret = self.secret.text() or (self._loaded.secret if self.key.text().strip() ==
                                        self._loaded.key else "")
        return LrsSettings(endpoint=endpoint, key=self.key.text().strip(), secret=secret)

    def test_connection(self) -> None:
        """Ask the LRS for one statement with these credentials, in the background; say what
        came back when it does (:attr:`tested` then tells whether it worked)."""
        if self.running is not None:
            return  # one test at a time (the button is disabled meanwhile)
        settings = self.chosen()
        if not settings.configured:
            self.test_result.setText(tr("Ange LRS-adressen först."))
            self.tested.emit(False)
            return
        self.test_button.setEnabled(False)
        self.busy.setVisible(True)
        self.test_result.setText(tr("Testar anslutningen …"))
        test = ConnectionTest(settings)
        test.done.connect(self._tested)
        self.running = test
        test.start()

    def _tested(self, answer: Answer) -> None:
        if not shiboken6.isValid(self):
            return  # closed meanwhile (PySide drops the connection then; this is the backstop)
        self.running = None
        self.test_button.setEnabled(True)
        self.busy.setVisible(False)
        if answer.outcome == "ok":
            self.test_result.setText(tr("Anslutningen fungerar: LRS:en svarade och godtog "
                                        "nyckeln och hemligheten."))
        else:
            self.test_result.setText(tr("Anslutningen fungerar inte: {reason}").format(
                reason=answer.reason))
        self.tested.emit(answer.outcome == "ok")

    def save(self) -> None:
        """Keep the endpoint, key and (if typed) secret, and the trainee's opt-in."""
        endpoint, key = self.endpoint.text().strip(), self.key.text().strip()
        changed = (endpoint != (self._loaded.endpoint if self._loaded.endpoint_from == "user" else "")
                   or key != self._loaded.key or self.secret.text())
        if changed:
            save_settings(endpoint, key, self.secret.text() or None, data_dir=self.data_dir)
        if self.store is not None and self.trainee is not None:
            outbox.set_account(self.store, self.trainee.id,  # checked by valid() on Save
                               self.account.text() if self.opt_in.isChecked() else None)
