"""The app's side: the settings section (endpoint, key, secret, connection test, opt-in), where
the secret is kept, and the status line with what waits and what was refused."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from conftest import PASSWORD, USER, Ralph
from lrstools import ACCOUNT, loaded, scenario_files
from PySide6.QtCore import Qt

from simulator.engine.session import Session
from simulator.lrs.client import LrsClient
from simulator.lrs.config import load_settings
from simulator.lrs.recording import Recorder
from simulator.lrs.sender import drain
from simulator.organisation import Organisation
from simulator.store import outbox
from simulator.store.progress import Outgoing, Store
from ui.lrs_link import status_text
from ui.lrs_panel import LrsPanel
from ui.sqlite_adapter import SqliteProgress
from ui.storage import Trainee


def _panel(qtbot, data: Path, store: Store, org: Organisation | None = None) -> LrsPanel:  # type: ignore[no-untyped-def]
    kim = store.trainee("Kim")
    panel = LrsPanel(data, org or Organisation(), store, Trainee(kim.id, kim.pseudonym))
    qtbot.addWidget(panel)
    return panel


def test_settings_keep_the_endpoint_and_key_and_the_secret_in_a_0600_file(
        qtbot, running_ralph: Ralph, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "app-data"
    panel = _panel(qtbot, data, store)
    assert "0600" in panel.secret_place.text()  # the tests have no credential store
    panel.endpoint.setText(running_ralph.endpoint)
    panel.key.setText(USER)
    panel.secret.setText("fel")
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert "HTTP 401" in panel.test_result.text()
    panel.secret.setText(PASSWORD)
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert panel.test_result.text().startswith("Anslutningen fungerar:")
    panel.opt_in.setChecked(True)
    panel.account.setText(f"  {ACCOUNT} ")
    panel.save()
    settings = load_settings(data)
    assert (settings.endpoint, settings.key, settings.secret) == (running_ralph.endpoint, USER, PASSWORD)
    secret_file = data / "lrs-secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert PASSWORD not in (data / "lrs.json").read_text(encoding="utf-8")
    assert outbox.account(store, store.trainee("Kim").id) == ACCOUNT
    again = _panel(qtbot, data, store)  # reopened: the secret is not shown, the rest is
    assert again.secret.text() == "" and again.key.text() == USER and again.opt_in.isChecked()
    again.opt_in.setChecked(False)
    again.save()
    assert outbox.account(store, store.trainee("Kim").id) is None
    assert load_settings(data).secret == PASSWORD  # an empty secret field keeps the stored one


def test_the_organisations_endpoint_is_used_when_the_user_sets_none(qtbot, store: Store,
                                                                     tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    org = Organisation(path=tmp_path / "organisation.toml", lrs_endpoint="https://lrs.kommun.example/xAPI/")
    panel = _panel(qtbot, tmp_path / "d", store, org)
    assert panel.endpoint.placeholderText() == org.lrs_endpoint
    assert panel.chosen().endpoint == org.lrs_endpoint
    assert load_settings(tmp_path / "d", org).endpoint_from == "organisation"


def test_the_app_records_statements_and_the_status_line_counts_them(
        running_ralph: Ralph, store: Store) -> None:
    settings = load_settings(None).__class__(endpoint=running_ralph.endpoint, key=USER, secret=PASSWORD)
    progress = SqliteProgress(store)
    progress.recorder = Recorder(settings.account_home_page)
    woken: list[int] = []
    progress.after_step = lambda: woken.append(1)
    kim = progress.create_trainee("Kim")
    assert outbox.set_account(store, kim.id, ACCOUNT)
    source = loaded(scenario_files()[0])
    session = Session(source.scenario, source.analysis)  # type: ignore[arg-type]
    attempt = progress.start_attempt(kim.id, session, "direct", "seed")
    progress.record_step(attempt, session, session.choose(session.choices[0]), seconds=3.0)
    assert woken == [1]
    assert status_text(store, settings).startswith("Resultat till organisationen: 2 väntar")
    bad = Outgoing("6d1b8b3c-0000-4000-8000-000000000000", '{"not": "a statement"}')
    assert store.send_later(attempt, [bad])
    assert drain(store, LrsClient(settings)).complete
    line = status_text(store, settings)
    assert "allt är skickat" in line and "1 avvisade av LRS:en (HTTP " in line
    back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
    assert {s["verb"]["id"].rsplit("/", 1)[1] for s in back} == {"initialized", "answered"}
    assert json.dumps(back).count(ACCOUNT) == 2
