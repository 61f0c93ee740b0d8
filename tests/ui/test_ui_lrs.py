"""The app and the organisation's LRS (docs/xapi.md), driven through the real main window: the
statements an attempt left part-way writes (suspended, resumed, terminated; voided after an
undo), the status line, and the settings' connection test, which runs off the GUI thread.

The LRS here is tests/fake_lrs.py, which can hold its answers back or refuse everything; the
same flows against the real LRS (Ralph) are in tests/lrs/test_lrs_app.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.lrs import statements as xs
from simulator.store import outbox
from simulator.store.progress import Store, open_store
from tests.fake_lrs import FakeLrs, serving
from tests.ui.conftest import add_trainee, open_example
from ui.library_view import LibraryView
from ui.lrs_panel import LrsPanel
from ui.player_view import PlayerView

ACCOUNT = "kim.karlsson@kommun.example"


@pytest.fixture
def lrs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLrs]:
    """An LRS configured for the app as a script would (the environment)."""
    with serving() as server:
        monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", server.endpoint)
        monkeypatch.setenv("VAGVAL_LRS_KEY", "nyckel")
        monkeypatch.setenv("VAGVAL_LRS_SECRET", "hemlighet")
        yield server


def opted_in_player(window: Any, mode: str = "direct") -> PlayerView:
    trainee = add_trainee(window, "Kim")
    assert outbox.set_account(window.state.store.store, trainee.id, ACCOUNT)
    player = open_example(window, mode)
    assert isinstance(player, PlayerView)
    return player


def not_ending(player: PlayerView) -> int:
    """The shown number of a choice that does not lead straight to an ending."""
    c = player.controller
    return next(n for n, ch in enumerate(c.ordered_choices(), start=1)
                if not c.scenario.nodes[ch.target].is_ending)


def rows(store: Store, attempt: int) -> list[dict[str, Any]]:
    found = store.db.execute("SELECT body FROM outbox WHERE attempt_id = ? ORDER BY seq", [attempt])
    return [json.loads(r[0]) for r in found]


def verbs(store: Store, attempt: int) -> list[str]:
    return [b["verb"]["id"].rsplit("/", 1)[1] for b in rows(store, attempt)]


def key_id(store: Store, attempt: int, key: str) -> str:
    return xs.statement_id(store.attempt(attempt).registration or "", key)


# -- gap 1: an attempt left part-way, continued, or started over -----------------------------
def test_leaving_continuing_and_starting_over_are_statements(lrs: FakeLrs, make_window) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    player = opted_in_player(first)
    player.choose_number(not_ending(player))
    attempt = player.controller.attempt_id
    store = first.state.store.store
    path = Path(store.path)
    assert verbs(store, attempt) == ["initialized", "answered"]

    player.pause()  # "Pausa och gå till biblioteket" (Esc)
    library = first.current_screen()
    assert isinstance(library, LibraryView)
    assert verbs(store, attempt) == ["initialized", "answered", "suspended"]
    assert rows(store, attempt)[-1]["id"] == key_id(store, attempt, "suspended/1")

    library.resume_selected()  # "Fortsätt där du var"
    assert isinstance(first.current_screen(), PlayerView)
    assert verbs(store, attempt)[-1] == "resumed"
    assert rows(store, attempt)[-1]["id"] == key_id(store, attempt, "resumed/1")

    first.show_library()  # the toolbar's Library: left again from the same place ...
    first.current_screen().resume_selected()  # ... and continued again: nothing new
    assert verbs(store, attempt) == ["initialized", "answered", "suspended", "resumed"]

    player = first.current_screen()
    player.choose_number(not_ending(player))
    first.close()  # closing the window leaves the attempt part-way too
    with open_store(path) as after:
        assert verbs(after, attempt)[-2:] == ["answered", "suspended"]
        assert rows(after, attempt)[-1]["id"] == key_id(after, attempt, "suspended/2")

    second = make_window()  # next start: "Börja om i stället" closes the attempt
    library = second.current_screen()
    assert library.resume_list.count() == 1
    library.abandon_selected()
    store = second.state.store.store
    assert verbs(store, attempt)[-1] == "terminated"
    assert store.attempt(attempt).finished is not None
    assert len({b["id"] for b in rows(store, attempt)}) == len(rows(store, attempt))


def test_starting_over_from_the_question_on_opening_the_scenario_terminates(
        lrs: FakeLrs, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    player = opted_in_player(window)
    player.choose_number(not_ending(player))
    attempt = player.controller.attempt_id
    window.show_library()
    library = window.current_screen()
    box = library.ask_resume(window.state.entry("exempel-samtalet"), window.state.unfinished()[0])
    box.buttonClicked.emit(library.resume_restart)  # "Börja om"
    box.close()
    store = window.state.store.store
    assert verbs(store, attempt) == ["initialized", "answered", "suspended", "terminated"]
    assert window.state.unfinished() == []


def test_a_language_change_or_a_what_if_is_not_leaving(lrs: FakeLrs, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    player = opted_in_player(window)
    player.choose_number(not_ending(player))
    attempt = player.controller.attempt_id
    store = window.state.store.store
    new = replace(window.settings, language="en")
    window.apply_settings(new)  # the player is rebuilt on the same attempt
    rebuilt = window.current_screen()
    assert isinstance(rebuilt, PlayerView) and rebuilt is not player
    assert rebuilt.controller is player.controller
    assert verbs(store, attempt) == ["initialized", "answered"]
    while not rebuilt.controller.finished:
        rebuilt.choose_number(1)
    assert verbs(store, attempt)[-1] == "terminated"  # the ending closes the attempt
    rebuilt.show_debrief()
    window.what_if(rebuilt.controller, 0)  # "what if" is never reported ...
    branch = window.current_screen()
    branch.choose_number(not_ending(branch))
    branch.pause()  # ... nor is leaving it
    before = outbox.counts(store)
    assert before.waiting + before.sent == len(rows(store, attempt))


# -- gap 4: a decision taken back is voided; the one taken instead is a new statement -------
def test_an_undone_answer_is_voided_and_the_new_answer_has_its_own_id(lrs: FakeLrs,
                                                                      make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    player = opted_in_player(window, "direct")
    player.choose_number(not_ending(player))
    number = not_ending(player)
    player.choose_number(number)
    attempt = player.controller.attempt_id
    store = window.state.store.store
    choice = player.controller.session.steps[1].choice
    player.undo()  # "Ångra senaste beslutet"
    player.choose_number(number)  # the same choice again, at the same step
    assert player.controller.session.steps[1].choice == choice
    bodies = rows(store, attempt)
    assert verbs(store, attempt) == ["initialized", "answered", "answered", "voided", "answered"]
    first_try, void, second_try = bodies[2], bodies[3], bodies[4]
    assert first_try["id"] == key_id(store, attempt, f"answered/1/{choice}")
    assert void["object"] == {"objectType": "StatementRef", "id": first_try["id"]}
    assert second_try["id"] == key_id(store, attempt, f"answered/1/{choice}/1")
    assert second_try["context"]["statement"] == {"objectType": "StatementRef",
                                                  "id": first_try["id"]}
    assert second_try["result"]["response"] == first_try["result"]["response"] == choice


# -- gap 3: the status line -------------------------------------------------------------------
def test_the_status_line_shows_what_waits_and_then_that_all_is_sent(lrs: FakeLrs, make_window,
                                                                    qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    player = opted_in_player(window)
    assert window.lrs_status.text() == ""  # nothing recorded yet
    lrs.hold()  # the LRS takes its time: the statements wait meanwhile
    player.choose_number(not_ending(player))
    assert window.lrs_status.text() == "Resultat till organisationen: 2 väntar på att skickas"
    assert lrs.arrived.wait(60)  # the sender has posted them and waits for the answer
    lrs.release()
    qtbot.waitUntil(lambda: window.lrs_status.text() == "Resultat till organisationen: allt är skickat",
                    timeout=60_000)
    assert [s["verb"]["id"] for s in lrs.posted()] == [xs.VERBS["initialized"], xs.VERBS["answered"]]
    new = replace(window.settings, language="en")
    window.apply_settings(new)
    assert window.lrs_status.text() == "Results to the organisation: everything is sent"


def test_the_status_line_shows_statements_the_lrs_refused_with_its_reason(lrs: FakeLrs, make_window,
                                                                        qtbot) -> None:  # type: ignore[no-untyped-def]
    lrs.refuse(400, "Statement verb is not a valid IRI")
    window = make_window()
    player = opted_in_player(window)
    player.choose_number(not_ending(player))
    # the sender sets the statements aside one by one: wait for the last, not the first
    qtbot.waitUntil(lambda: window.lrs_status.text().startswith("2 avvisade"), timeout=60_000)
    assert window.lrs_status.text() == "2 avvisade av LRS:en"
    # the LRS's own words are in the tooltip and the accessible description, as written
    assert "Avvisat: HTTP 400: Statement verb is not a valid IRI" in window.lrs_status.toolTip()
    assert "Statement verb is not a valid IRI" in window.lrs_status.accessibleDescription()
    counts = outbox.counts(window.state.store.store)
    assert (counts.waiting, counts.sent, counts.rejected) == (0, 0, 2)
    window.open_settings()  # by keyboard too: the settings show the reasons without hovering
    assert "Avvisat: HTTP 400: Statement verb is not a valid IRI" in window.lrs_panel.status.text()
    window.settings_dialog.reject()


@pytest.mark.parametrize(("status", "why"), [
    (None, "LRS:en svarar inte just nu"), (401, "LRS:en godtar inte nyckeln och hemligheten"),
    (404, "LRS:en finns inte på adressen"), (503, "LRS:en har problem just nu")])
def test_the_status_line_says_in_a_few_words_why_results_wait_and_never_widens_the_window(
        lrs: FakeLrs, make_window, monkeypatch: pytest.MonkeyPatch, qtbot,  # type: ignore[no-untyped-def]
        status: int | None, why: str) -> None:
    if status is None:  # nothing listens there
        monkeypatch.setenv("VAGVAL_LRS_ENDPOINT", "http://127.0.0.1:9/xAPI/")
    else:
        lrs.refuse(status, "x" * 3000)  # a long answer from the LRS
    window = make_window(show=True)
    player = opted_in_player(window)
    player.choose_number(not_ending(player))
    qtbot.waitUntil(lambda: why in window.lrs_status.text(), timeout=60_000)
    assert window.lrs_status.text() == (
        f"Resultat till organisationen: 2 väntar på att skickas ({why})")
    assert "Senaste försöket: " in window.lrs_status.toolTip()
    if status is not None:
        assert "x" * 300 in window.lrs_status.toolTip()  # the LRS's words, for IT
    # the line never sets the window's width: it is cut with "…" instead (ElidedLabel)
    assert window.statusBar().minimumSizeHint().width() < 100


def test_an_elided_label_cuts_its_line_and_keeps_it_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from ui.widgets import ElidedLabel

    holder = QWidget()
    qtbot.addWidget(holder)
    line = ElidedLabel("Resultat till organisationen: 12 väntar på att skickas (LRS:en svarar "
                       "inte just nu)")
    QHBoxLayout(holder).addWidget(line)
    holder.resize(220, 40)
    holder.show()
    qtbot.waitExposed(holder)
    assert holder.width() == 220 and line.width() <= 220
    shown = line.shown_text()
    assert shown.endswith("…") and line.text().endswith("just nu)")
    assert line.fontMetrics().horizontalAdvance(shown) <= line.contentsRect().width()
    holder.resize(2000, 40)
    QApplication.processEvents()
    assert line.shown_text() == line.text()


# -- gap 2: the connection test runs off the GUI thread ----------------------------------------
def _panel(window: Any, lrs: FakeLrs) -> LrsPanel:
    window.open_settings()
    panel = window.lrs_panel
    panel.endpoint.setText(lrs.endpoint)
    panel.key.setText("nyckel")
    panel.secret.setText("hemlighet")
    return panel


def test_the_connection_test_keeps_the_window_responsive(lrs: FakeLrs, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = _panel(window, lrs)
    lrs.hold()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    panel.test_button.click()
    assert not panel.test_button.isEnabled() and not panel.busy.isHidden()
    assert panel.test_result.text() == "Testar anslutningen …"
    assert lrs.arrived.wait(60)  # the LRS has the request and is holding its answer
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=60_000)  # the event loop runs meanwhile
    assert panel.running is not None and not panel.test_button.isEnabled()
    with qtbot.waitSignal(panel.tested, timeout=60_000) as done:
        lrs.release()
    timer.stop()
    assert done.args == [True]
    assert panel.test_result.text().startswith("Anslutningen fungerar:")
    assert panel.test_button.isEnabled() and panel.busy.isHidden() and panel.running is None
    lrs.refuse(401, "Invalid authentication credentials")
    with qtbot.waitSignal(panel.tested, timeout=60_000) as done:
        panel.test_button.click()
    assert done.args == [False]
    assert panel.test_result.text() == ("Anslutningen fungerar inte: HTTP 401: Invalid "
                                        "authentication credentials")
    window.settings_dialog.reject()


def test_closing_the_settings_during_a_connection_test_is_safe(lrs: FakeLrs, make_window,
                                                               qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = _panel(window, lrs)
    lrs.hold()
    panel.test_button.click()
    running = panel.running
    assert running is not None
    assert lrs.arrived.wait(60)
    handed_over: list[object] = []
    running.done.connect(handed_over.append)
    window.settings_dialog.reject()  # closed (and deleted) while the LRS is still thinking
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=60_000)
    lrs.release()
    running.worker.join(60)
    assert not running.worker.is_alive()
    qtbot.waitUntil(lambda: handed_over != [], timeout=60_000)  # the answer came, to no panel
    window.open_settings()  # the app goes on: a new dialog and panel work
    assert window.lrs_panel.test_result.text() == ""
    window.settings_dialog.reject()


def test_an_address_vagval_will_not_send_to_keeps_the_settings_open(lrs: FakeLrs, make_window,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.lrs.config import load_settings
    from ui.paths import data_dir

    window = make_window()
    panel = _panel(window, lrs)
    dialog = window.settings_dialog
    dialog.show()
    dialog.resize(dialog.width(), 330)  # as at 200 % text: the LRS part must be scrolled
    area = panel.parentWidget()
    while not hasattr(area, "ensureWidgetVisible"):
        area = area.parentWidget()
    QApplication.processEvents()
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert panel.endpoint.mapTo(area.viewport(), panel.endpoint.rect().topLeft()).y() < 0
    for bad in ("http://lrs.kommun.example/xAPI/", "file:///etc/passwd"):
        panel.endpoint.setText(bad)
        dialog.accept()  # Save
        assert dialog.isVisible() and dialog.result() == 0, bad
        assert not panel.endpoint_error.isHidden()
        assert panel.endpoint_error.text() == panel.endpoint.accessibleDescription() != ""
    assert "https://" in panel.endpoint_error.text()
    assert panel.endpoint.hasFocus() or panel.endpoint is panel.focusWidget()
    top = panel.endpoint.mapTo(area.viewport(), panel.endpoint.rect().topLeft()).y()
    assert 0 <= top < area.viewport().height(), "the field with the message is scrolled to"
    assert load_settings(data_dir()).endpoint != "file:///etc/passwd"  # nothing was saved
    panel.endpoint.setText(lrs.endpoint)  # a local test LRS over http:// is fine
    dialog.accept()
    assert load_settings(data_dir()).endpoint == lrs.endpoint


def _answer_questions(button: QMessageBox.StandardButton, asked: list[str]) -> QTimer:
    """Answer each modal question as it opens, as a user would with the keyboard."""
    def tick() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    return timer


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_continuing_on_a_changed_scenario_file_is_resumed_or_terminated(
        lrs: FakeLrs, make_window, scenario_dir: Path, answer: str) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    player = opted_in_player(first)
    player.choose_number(not_ending(player))
    attempt = player.controller.attempt_id
    path = Path(first.state.store.store.path)
    first.close()  # suspended
    scenario = scenario_dir / "exempel.md"  # the file changes, the path stays, the way is kept
    scenario.write_text(scenario.read_text(encoding="utf-8").replace(
        "Hon tittar ofta på telefonen", "Hon tittar ofta och oroligt på telefonen"), encoding="utf-8")
    second = make_window()
    asked: list[str] = []
    timer = _answer_questions(getattr(QMessageBox.StandardButton, answer), asked)
    try:
        second.current_screen().resume_selected()
    finally:
        timer.stop()
    assert asked and "har ändrats" in asked[0]
    store = second.state.store.store
    if answer == "Yes":
        assert isinstance(second.current_screen(), PlayerView)
        assert verbs(store, attempt) == ["initialized", "answered", "suspended", "resumed"]
        assert rows(store, attempt)[-1]["id"] == key_id(store, attempt, "resumed/1")
    else:
        assert verbs(store, attempt) == ["initialized", "answered", "suspended", "terminated"]
        assert store.attempt(attempt).finished is not None
    assert path.exists()


def test_opting_in_without_a_usable_name_keeps_the_settings_open(lrs: FakeLrs, make_window) -> None:  # type: ignore[no-untyped-def]
    # Before: an empty name with the opt-in ticked opted the trainee out without a word.
    window = make_window()
    add_trainee(window, "Kim")
    panel = _panel(window, lrs)
    dialog = window.settings_dialog
    dialog.show()
    panel.opt_in.setChecked(True)
    for bad, why in (("", "är tomt"), ("kim\u200b@kommun.example", "U+200B")):
        panel.account.setText(bad)
        dialog.accept()
        assert dialog.isVisible() and why in panel.account_error.text()
        assert panel.account.accessibleDescription() == panel.account_error.text()
    store = window.state.store.store
    assert outbox.account(store, window.state.trainee.id) is None
    panel.account.setText(f" {ACCOUNT} ")
    dialog.accept()
    assert not dialog.isVisible()
    assert outbox.account(store, window.state.trainee.id) == ACCOUNT
