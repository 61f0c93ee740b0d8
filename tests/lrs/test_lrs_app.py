"""The app's side: the settings section (endpoint, key, secret, connection test, opt-in), where
the secret is kept, the status line with what waits and what was refused, and an attempt
played, undone, left, continued and started over in the main window, sent to Ralph."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
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
from ui.lrs_link import status_details, status_text
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
    with qtbot.waitSignal(panel.tested, timeout=60_000) as done:  # the test runs in a thread
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert done.args == [False] and "HTTP 401" in panel.test_result.text()
    panel.secret.setText(PASSWORD)
    with qtbot.waitSignal(panel.tested, timeout=60_000) as done:
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
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
    assert line == "Resultat till organisationen: allt är skickat · 1 avvisade av LRS:en"
    assert "Avvisat: HTTP 4" in status_details(store, settings)
    back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
    assert {s["verb"]["id"].rsplit("/", 1)[1] for s in back} == {"initialized", "answered"}
    assert json.dumps(back).count(ACCOUNT) == 2


@pytest.fixture
def app_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, running_ralph: Ralph):  # type: ignore[no-untyped-def]
    """The main window, as tests/ui builds it (the worked example in its library), with Ralph
    configured as the LRS the way a script would (the environment)."""
    from tests.ui.conftest import EXAMPLE
    from ui import pyside_fix
    from ui.app import create_window

    pyside_fix.install()  # as tests/ui does: PySide6 6.12 on Python 3.11 (ui/pyside_fix.py)
    monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", running_ralph.endpoint)
    monkeypatch.setenv("VAGVAL_LRS_KEY", USER)
    monkeypatch.setenv("VAGVAL_LRS_SECRET", PASSWORD)
    library = tmp_path / "scenarios"
    library.mkdir()
    shutil.copy(EXAMPLE, library / "exempel.md")
    shutil.copy(EXAMPLE.parents[1] / "scenarios" / "guidance.md", library / "guidance.md")
    window = create_window([library])
    qtbot.addWidget(window)
    window.load_content()
    yield window
    window.close()


def test_an_attempt_left_undone_continued_and_started_over_in_the_app_reaches_ralph(
        running_ralph: Ralph, app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import add_trainee, open_example
    from ui.player_view import PlayerView

    window = app_window
    kim = add_trainee(window, "Kim")
    store = window.state.store.store
    assert outbox.set_account(store, kim.id, ACCOUNT)

    def onward(player: PlayerView) -> int:
        c = player.controller
        return next(n for n, ch in enumerate(c.ordered_choices(), start=1)
                    if not c.scenario.nodes[ch.target].is_ending)

    player = open_example(window, "direct")
    player.choose_number(onward(player))
    number = onward(player)
    player.choose_number(number)
    player.undo()  # taken back (voided) and taken again: a new answer
    player.choose_number(number)
    attempt = player.controller.attempt_id
    player.pause()  # suspended
    window.current_screen().resume_selected()  # resumed
    window.show_library()  # suspended (the same moment as before: no second statement)
    window.current_screen().abandon_selected()  # "Börja om i stället": terminated
    # the app's own sender delivers everything; the status line says so
    qtbot.waitUntil(lambda: outbox.counts(store).waiting == 0, timeout=120_000)
    qtbot.waitUntil(lambda: "allt är skickat" in window.lrs_status.text(), timeout=60_000)
    assert outbox.rejected(store) == []
    ours = {r[0]: json.loads(r[1]) for r in store.db.execute(
        "SELECT id, body FROM outbox WHERE attempt_id = ? ORDER BY seq", [attempt])}
    verbs = [b["verb"]["id"].rsplit("/", 1)[1] for b in ours.values()]
    assert verbs == ["initialized", "answered", "answered", "voided", "answered", "suspended",
                     "resumed", "terminated"]
    back = running_ralph.statements(registration=store.attempt(attempt).registration or "")
    voided = {b["object"]["id"] for b in ours.values() if b["verb"]["id"].endswith("/voided")}
    assert set(ours) - voided <= {s["id"] for s in back} <= set(ours)
    for statement in back:
        assert statement["verb"] == ours[statement["id"]]["verb"]
        assert statement["actor"]["account"]["name"] == ACCOUNT
