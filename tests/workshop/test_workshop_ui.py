"""The workshop screens with pytest-qt: a whole workshop by keyboard, tie, override, critical
majority, exports, resume after closing, the projector on a second screen, English, names."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
)

import ui.workshop as ws
from simulator.workshop.store import open_workshop_store
from ui.workshop.debrief import WorkshopDebriefView
from ui.workshop.facilitator import WorkshopView
from ui.workshop.history import WorkshopHistoryPanel
from ui.workshop.start_dialog import StartWorkshopDialog

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def make_window(qtbot, scenario_dir):
    from ui import i18n, theme
    from ui.app import create_window

    made = []

    def make():
        w = create_window([scenario_dir])
        qtbot.addWidget(w)
        w.resize(1200, 800)
        w.show()
        qtbot.waitExposed(w)
        w.load_content()
        made.append(w)
        return w

    yield make
    for w in made:
        w.close()
    QApplication.processEvents()
    i18n.install_language("sv")
    theme.apply(QApplication.instance(), "light", 100)
    leaked = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w.objectName() in ("MainWindow", "WorkshopPresentation")]
    assert not leaked, f"windows left open: {leaked}"


@pytest.fixture
def window(make_window):
    return make_window()


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    """A key press sent where the keyboard focus is, as a real keyboard would."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def stored(window):
    store = ws.workshop_store(window)
    (summary,) = store.workshops()
    return store, summary


def start(window, scenario_id="exempel-samtalet", **kw):
    return ws.start_workshop(window, window.state.entry(scenario_id), **kw)


def unnamed(root: QWidget) -> list[str]:
    interactive = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QTreeWidget)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, interactive) or not w.isVisibleTo(root.window()):
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if w.objectName() == "qt_toolbar_ext_button":
            continue
        if not w.accessibleName().strip():
            out.append(f"{type(w).__name__} {getattr(w, 'text', str)()!r}")
    return out


# -- the whole workshop by keyboard -------------------------------------------------------------
def test_a_whole_workshop_by_keyboard_alone(qtbot, window, tmp_path):
    window.activateWindow()
    press(qtbot, Qt.Key.Key_W, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Starta workshop
    dialog = window.workshop_dialog
    assert isinstance(dialog, StartWorkshopDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scenario)
    titles = [e.scenario.id for e in dialog.entries]
    # the scenarios with facilitator notes come first; the example has them, so does Sommarlovet
    press(qtbot, Qt.Key.Key_Down, times=titles.index("exempel-samtalet"))
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Vuxenenheten")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), WorkshopView))
    view = window.current_screen()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    c = view.controller
    assert (c.workshop.scenario.id, c.workshop.group, c.workshop.people) == (
        "exempel-samtalet", "Vuxenenheten", 12)
    notes = texts(view.node_area.widget())
    assert "brev hem" in notes and "Vilka signaler" in notes  # handledare and fragor blocks

    # Decision 1: a tie, 2 against 2. Enter cannot follow a majority; the facilitator picks 1.
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Plus, times=2)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Plus, times=3)
    press(qtbot, Qt.Key.Key_Minus)
    assert c.workshop.votes == {"besok:1": 2, "besok:2": 2}
    press(qtbot, Qt.Key.Key_Return)
    assert c.phase == "vote" and c.workshop.node.id == "besok"  # nothing decided
    assert "Lika röster" in view.status.text()
    press(qtbot, Qt.Key.Key_V)
    assert c.phase == "revealed"
    assert view.presentation.chart.bars[0].votes == 2  # the projector shows the split
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert c.phase == "feedback" and c.workshop.node.id == "berattar"
    press(qtbot, Qt.Key.Key_2)  # the other option's feedback, on request
    assert c.shown_feedback == "besok:2"
    press(qtbot, Qt.Key.Key_Return)
    assert c.phase == "vote"

    # Decision 2: the room prefers 1 (typed count 5 against 1); the facilitator overrides.
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_E)
    assert isinstance(focused(), QAbstractSpinBox) or isinstance(focused().parentWidget(),
                                                                 QAbstractSpinBox)
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)  # takes the number and gives the keys back
    assert QApplication.focusWidget() is view
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Plus)
    assert c.workshop.votes == {"berattar:1": 5, "berattar:2": 1}
    press(qtbot, Qt.Key.Key_Return, CTRL)  # option 2 is selected: an override
    assert c.workshop.decisions[-1].how == "override"
    press(qtbot, Qt.Key.Key_Return)

    # Decision 3: a majority for the critical option (contacting the partner).
    assert c.workshop.node.id == "plan"
    critical = next(i for i, o in enumerate(c.options, 1) if o.critical)
    press(qtbot, getattr(Qt.Key, f"Key_{critical}"))
    press(qtbot, Qt.Key.Key_Plus, times=7)
    other = 1 if critical != 1 else 2
    press(qtbot, getattr(Qt.Key, f"Key_{other}"))
    press(qtbot, Qt.Key.Key_Plus, times=3)
    press(qtbot, Qt.Key.Key_T)  # a discussion timer on the way
    assert c.timer_running() and view.timer_label.text()[:2] in ("2:", "3:")
    press(qtbot, Qt.Key.Key_Return)
    assert c.workshop.decisions[-1].agreement == "critical_majority"
    assert c.workshop.finished and not c.timer_running()
    press(qtbot, Qt.Key.Key_Return)
    assert c.phase == "ended"
    press(qtbot, Qt.Key.Key_Return)

    debrief = window.current_screen()
    assert isinstance(debrief, WorkshopDebriefView)
    assert debrief.debrief.counts == {"consensus": 1, "split": 1, "critical_majority": 1}
    store, summary = stored(window)
    assert summary.is_finished and summary.decision_count == 3
    assert [d[3] for d in store.decisions(summary.id)] == ["tie_break", "override", "majority"]
    # the debrief's own buttons are reachable with Tab from its first focus
    assert QApplication.focusWidget() is debrief.pdf_button

    pdf = debrief.export_pdf(tmp_path / "rum.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    csv_path = debrief.export_csv(tmp_path / "rum.csv")
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig")))
    assert [(r["decision"], r["option"], r["votes"]) for r in rows][:4] == [
        ("1", "1", "2"), ("1", "2", "2"), ("2", "1", "5"), ("2", "2", "1")]
    assert {r["agreement"] for r in rows} == {"split", "consensus", "critical_majority"}
    assert "Vuxenenheten" not in csv_path.read_text(encoding="utf-8-sig")


def test_the_pdf_names_no_group_and_carries_the_votes(window, tmp_path):
    c = start(window, group="Hemliga gruppen")
    c.set_count(1, 9)
    c.follow_majority()
    c.next()
    view = window.current_screen()
    view.open_debrief()
    debrief = window.current_screen()
    from ui.workshop.debrief import debrief_html

    body, images = debrief_html(debrief.debrief)
    assert "Hemliga" not in body and "(9)" in body
    assert "votes1.png" in images and "dims.png" in images
    assert "Workshopen avslutades innan scenariot var slut." in body


# -- resume --------------------------------------------------------------------------------------
def test_an_interrupted_workshop_resumes_where_it_stopped(qtbot, make_window):
    first = make_window()
    c = start(first, people=6)
    c.set_count(1, 4)
    c.follow_majority()
    c.next()
    c.set_count(2, 3)  # votes entered at decision 2, not yet decided
    first.close()  # the facilitator's laptop goes to sleep, the app is closed

    second = make_window()
    second.show_history()
    panel = second.current_screen().findChild(WorkshopHistoryPanel)
    assert panel is not None and panel.table.topLevelItemCount() == 1
    assert "Avbruten" in panel.table.topLevelItem(0).text(4)
    panel.open_selected()
    view = second.current_screen()
    assert isinstance(view, WorkshopView)
    w = view.controller.workshop
    assert w.node.id == "berattar" and w.people == 6
    assert w.votes == {"berattar:1": 0, "berattar:2": 3}
    assert [r.count.value() for r in view.rows] == [0, 3]


def test_the_start_dialog_offers_to_resume(qtbot, window):
    c = start(window)
    c.set_count(2, 1)
    window.show_library()
    dialog = ws.open_start_dialog(window)
    assert dialog.resume_list is not None and dialog.resume_list.count() == 1
    dialog.resume()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), WorkshopView))
    view = window.current_screen()
    assert isinstance(view, WorkshopView)
    assert view.controller.workshop.votes == {"besok:1": 0, "besok:2": 1}


def test_a_finished_workshop_reopens_at_its_debrief(window):
    c = start(window)
    while not c.workshop.finished:
        c.set_count(1, 1)
        c.follow_majority()
        c.next()
    _, summary = stored(window)
    ws.resume_workshop(window, summary.id)
    assert isinstance(window.current_screen(), WorkshopDebriefView)


def test_a_changed_scenario_cannot_resume(window, monkeypatch):
    c = start(window)
    store, summary = stored(window)
    store.conn.execute("UPDATE workshops SET scenario_hash = 'x' WHERE id = ?", [summary.id])
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda *a, **k: shown.append(a[2]))
    assert ws.resume_workshop(window, c.id) is None
    assert shown and "ändrats" in shown[0]


# -- projector ------------------------------------------------------------------------------
def test_one_screen_toggles_between_facilitator_and_projector(qtbot, window):
    start(window)
    view = window.current_screen()
    view.setFocus()
    assert not view.separate and not view.projector_visible()
    press(qtbot, Qt.Key.Key_P)
    assert view.projector_visible()
    press(qtbot, Qt.Key.Key_K)
    assert "#000000" in view.presentation.styleSheet()
    press(qtbot, Qt.Key.Key_Escape)
    assert not view.projector_visible()


def test_two_screens_put_the_projector_in_its_own_full_screen_window(qtbot, window):
    c = start(window, separate_projector=True)
    view = window.current_screen()
    projector = view.presentation
    assert projector.isWindow() and projector.isVisible()
    assert projector.windowState() & Qt.WindowState.WindowFullScreen
    c.set_count(1, 3)
    qtbot.keyClick(projector, Qt.Key.Key_V)  # keys pressed on the projector reach the facilitator
    assert c.phase == "revealed"
    assert projector.chart.bars[0].votes == 3
    # the projector shows no facilitator notes
    shown = texts(projector)
    assert "brev hem" not in shown
    window.show_library()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not any(w.objectName() == "WorkshopPresentation" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


def test_projector_text_is_larger_than_the_app(window):
    from ui import theme
    from ui.workshop.presentation import presentation_sheet

    sheet = presentation_sheet(100, False)
    base = theme.point_size(100)
    assert f"font-size: {base * 1.75:.1f}pt" in sheet


# -- language and names ----------------------------------------------------------------------
def test_the_workshop_speaks_english(qtbot, window):
    from ui.i18n import install_language
    from ui.settings import Settings

    new = Settings.load()
    new.language = "en"
    window.apply_settings(new)
    QApplication.processEvents()
    assert window.action_workshop.text() == "Start workshop"
    start(window)
    view = window.current_screen()
    assert view.accessibleName() == "Workshop – facilitator view"
    assert view.follow_button.text() == "Tied – pick an option"
    new.language = "sv"
    window.apply_settings(new)
    QApplication.processEvents()
    assert window.action_workshop.text() == "Starta workshop"
    install_language("sv")


def test_every_interactive_workshop_widget_has_a_name(window):
    dialog = ws.open_start_dialog(window)
    assert unnamed(dialog) == []
    dialog.close()
    c = start(window)
    assert unnamed(window) == []
    c.set_count(1, 1)
    c.follow_majority()
    assert unnamed(window) == []
    window.current_screen().open_debrief()
    assert unnamed(window) == []
    window.show_history()
    assert unnamed(window) == []
    dialog = ws.open_start_dialog(window)  # now with a workshop to resume
    assert dialog.resume_list is not None and unnamed(dialog) == []
    dialog.close()


def test_a_damaged_workshop_file_is_reported_plainly(window, _private_data_dir):
    _private_data_dir.mkdir(parents=True, exist_ok=True)
    (_private_data_dir / "workshops.sqlite").write_bytes(b"garbage" * 100)
    store = ws.workshop_store(window)
    assert store.mode == "file"
    assert "workshopparna" in window.workshop_problem_box.text()
    window.workshop_problem_box.close()


def test_votes_are_on_disk_before_the_screen_moves_on(window):
    c = start(window)
    c.set_count(1, 2)
    with open_workshop_store() as other:  # a second reader sees every acknowledged count
        assert '"besok:1": 2' in other.get(c.id).state
    c.follow_majority()
    with open_workshop_store() as other:
        assert other.get(c.id).decision_count == 1


def test_a_language_switch_mid_workshop_keeps_the_votes(window):
    from ui.settings import Settings

    c = start(window)
    c.set_count(2, 4)
    c.reveal()
    new = Settings.load()
    new.language = "en"
    window.apply_settings(new)
    view = window.current_screen()
    assert isinstance(view, WorkshopView) and view.controller is c
    assert view.reveal_button.text() == "Hide the split (V)"
    assert [r.count.value() for r in view.rows] == [0, 4]
    new.language = "sv"
    window.apply_settings(new)


def test_a_full_disk_is_shown_and_the_workshop_goes_on_in_memory(window):
    from ui.workshop.controller import WorkshopController

    entry = window.state.entry("exempel-samtalet")
    store = ws.workshop_store(window)
    c = WorkshopController.start(entry.scenario, entry.loaded.analysis, store)
    ws.show_workshop(window, c)
    view = window.current_screen()
    c.set_count(1, 1)
    assert c.saved and "sparas inte" not in view.status.text()
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    c.workshop.group = "x" * 40_000  # the saved state now needs pages the file cannot get
    c.set_count(1, 2)
    assert not c.saved and store.mode == "read_only"
    assert store.problems[-1].code == "disk_full"
    assert "Workshopen sparas inte på disken just nu." in view.status.text()
    c.follow_majority()  # the room can go on; the decision lives in memory
    assert store.get(c.id).decision_count == 1


def texts(root: QWidget) -> str:
    return " ".join(w.text() for w in root.findChildren(QLabel))


def test_case_documents_and_a_critical_choice_reach_the_room(window):
    c = start(window)
    view = window.current_screen()
    assert "Vill inte få brev hem" in texts(view.presentation)  # the receptionist's note
    for _ in range(2):
        c.set_count(1, 3)
        c.follow_majority()
        c.next()
    critical = next(i for i, o in enumerate(c.options, 1) if o.critical)
    c.set_count(critical, 5)
    c.follow_majority()
    assert "Kritiskt fel" in texts(view.presentation)
    assert "Bröt mot riktlinjerna: GEN-05" in texts(view)


def test_the_timer_counts_down_and_says_when_time_is_up(window, monkeypatch):
    import ui.workshop.controller as controller_module

    now = [1000.0]
    monkeypatch.setattr(controller_module.time, "monotonic", lambda: now[0])
    c = start(window)
    view = window.current_screen()
    c.set_timer_minutes(2)
    c.toggle_timer()
    now[0] += 30
    view._tick()
    assert view.timer_label.text() == "1:30" == view.presentation.timer_label.text()
    c.toggle_timer()  # pause
    now[0] += 100
    assert c.timer_left() == 90
    c.toggle_timer()
    now[0] += 95
    view._tick()
    assert view.presentation.timer_label.text() == "Tiden är ute"


def test_at_the_ending_no_options_are_offered(window):
    c = start(window)
    while not c.workshop.finished:
        c.set_count(1, 1)
        c.follow_majority()
        c.next()
    view = window.current_screen()
    assert c.phase == "ended" and view.rows == []
    assert view.title.text().endswith("Slutet")
    assert "Inga fler beslut." in texts(view.options_area.widget())


@pytest.mark.parametrize("scenario_id", ["heder-sommarlovet", "vardnad-bara-en-konflikt",
                                         "digitalt-han-vet-alltid", "lamna-vagen-ut"])
def test_each_shipped_workshop_scenario_runs_to_its_exports(qtbot, tmp_path, scenario_id):
    import random

    from ui.app import create_window

    w = create_window([ROOT / "scenarios"])
    qtbot.addWidget(w)
    w.load_content()
    try:
        c = start(w, scenario_id)
        rng = random.Random(scenario_id)
        notes = 0
        while not c.workshop.finished:
            node = c.workshop.node
            notes += bool(node.facilitator or node.questions)
            for n in range(1, len(c.options) + 1):
                c.set_count(n, rng.randint(0, 6))
            if c.workshop.is_tie:
                c.select(rng.randint(1, len(c.options)))
                c.choose_selected()
            else:
                c.follow_majority()
            c.next()
        assert notes > 0  # the facilitator saw notes or questions on the way
        w.current_screen().open_debrief()
        debrief = w.current_screen()
        pdf = debrief.export_pdf(tmp_path / "r.pdf")
        rows = list(csv.DictReader(debrief.export_csv(tmp_path / "r.csv").open(
            encoding="utf-8-sig")))
        assert pdf.stat().st_size > 5000
        assert {int(r["decision"]) for r in rows} == set(range(1, len(c.workshop.decisions) + 1))
        assert sum(int(r["votes"]) for r in rows) == sum(
            d.total for d in c.workshop.decisions)
    finally:
        w.close()


def test_a_group_name_with_a_hidden_character_is_refused_in_the_start_dialog(qtbot, window):
    """The group's name goes on the projector, into the history and into the exports; a
    bidirectional override (U+202E) made the projector show the text reversed, a zero-width
    or control character made two groups look alike. It follows the pseudonyms' rules now."""
    from simulator.store.names import InvalidName
    from simulator.workshop.model import Workshop, clean_group

    dialog = ws.open_start_dialog(window)
    dialog.select_scenario("exempel-samtalet")
    dialog.group.setText("Vuxen\u202eenheten")
    dialog.start()
    assert dialog.isVisible() and dialog.choice is None  # not started
    assert not dialog.group_error.isHidden() and "U+202E" in dialog.group_error.text()
    dialog.group.setText("  Vuxenenheten   vår ")
    dialog.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), WorkshopView))
    assert window.current_screen().controller.workshop.group == "Vuxenenheten vår"
    assert clean_group("   ") == ""
    entry = window.state.entry("exempel-samtalet")
    with pytest.raises(InvalidName):
        Workshop(entry.scenario, entry.loaded.analysis, group="a\u200bb")
