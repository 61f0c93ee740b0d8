"""Issue 14, the usability walkthrough: keyboard, layout at large text, resume, wording."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from tests.ui.conftest import ROOT, add_trainee, open_example
from ui.briefing_view import BriefingView
from ui.debrief_view import DebriefView
from ui.i18n import install_language, tr
from ui.library_view import LibraryView
from ui.player_view import PlayerView
from ui.settings import Settings

LIBRARY = ROOT / "scenarios"


def set_scale(window, percent: int, language: str = "sv") -> None:
    new = Settings.load()
    new.text_scale, new.language = percent, language
    window.apply_settings(new)


def shown(window, width: int = 1280, height: int = 720):
    window.resize(width, height)
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    return window


def settle(qtbot) -> None:
    qtbot.wait(20)
    QApplication.processEvents()


def expert(player: PlayerView) -> None:
    c = player.controller
    player.choose(c.analysis.best_choice(c.session.node.id, c.session.values))


# -- 1. Enter and Space on a focused button; a marked default action per screen ------------------
def test_enter_activates_the_focused_button_on_every_screen(make_window, qtbot):
    window = shown(make_window(show=True))
    add_trainee(window)
    lib = window.current_screen()
    lib.open_button.setFocus()
    qtbot.keyClick(lib.open_button, Qt.Key.Key_Return)
    briefing = window.current_screen()
    assert isinstance(briefing, BriefingView)
    qtbot.keyClick(briefing.start_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    player = window.current_screen()
    assert isinstance(player, PlayerView)
    qtbot.keyClick(player.choice_buttons[0], Qt.Key.Key_Return)
    assert len(player.controller.session.steps) == 1
    while not player.controller.finished:
        expert(player)
    qtbot.keyClick(player.debrief_button, Qt.Key.Key_Return)
    debrief = window.current_screen()
    assert isinstance(debrief, DebriefView)
    debrief.tabs.setCurrentIndex(1)
    debrief.what_if_buttons[0].setFocus()
    qtbot.keyClick(debrief.what_if_buttons[0], Qt.Key.Key_Return)
    assert isinstance(window.current_screen(), PlayerView)
    assert window.current_screen().controller.is_what_if
    # Space still works, and a disabled button does nothing
    window.show_library()
    lib = window.current_screen()
    lib.open_button.setFocus()
    lib.open_button.setEnabled(False)
    qtbot.keyClick(lib.open_button, Qt.Key.Key_Return)
    assert window.current_screen() is lib


def test_enter_on_a_focused_dialog_button_clicks_that_button(make_window, qtbot):
    window = shown(make_window(show=True))
    window.show_support()
    dialog = window.support_dialog
    qtbot.waitExposed(dialog)
    dialog.shortcuts_button.setFocus()
    qtbot.keyClick(dialog.shortcuts_button, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter pressed the focused button, not the dialog's default
    assert dialog.shortcuts_dialog.isVisible()
    dialog.shortcuts_dialog.close()
    dialog.close()


def test_every_screen_has_a_marked_default_run_by_ctrl_enter(make_window, qtbot):
    window = shown(make_window(show=True))
    add_trainee(window)

    def default_of(screen: QWidget) -> QPushButton:
        b = screen.default_button()
        assert isinstance(b, QPushButton)
        assert b.property("default_action") and b.property("role") == "primary"
        assert "Ctrl+Enter" in b.accessibleDescription()
        return b

    lib = window.current_screen()
    assert default_of(lib) is lib.open_button
    qtbot.keyClick(lib.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    briefing = window.current_screen()
    assert isinstance(briefing, BriefingView) and default_of(briefing) is briefing.start_button
    briefing.mode_end.setChecked(True)
    briefing.mode_end.setFocus()  # Enter on an option runs the screen's default
    qtbot.keyClick(briefing.mode_end, Qt.Key.Key_Return)
    player = window.current_screen()
    assert isinstance(player, PlayerView) and player.controller.mode == "end"
    assert player.default_button() is None  # while deciding, the choices are the actions
    while not player.controller.finished:
        expert(player)
    assert default_of(player) is player.debrief_button
    player.story_scroll.setFocus()
    qtbot.keyClick(player.story_scroll, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    debrief = window.current_screen()
    assert isinstance(debrief, DebriefView) and default_of(debrief) is debrief.again_button


# -- 2. the choices always on screen; the documents pane ---------------------------------------
def fully_visible(widget: QWidget, window: QWidget) -> bool:
    """The widget's whole rectangle is inside the window and inside every scroll viewport
    and clipping parent up the chain."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        clip = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        if not clip.contains(rect):
            return False
        parent = parent.parentWidget()
    return True


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_every_choice_is_on_screen_at_1280x720(make_window, qtbot, percent):
    window = make_window([LIBRARY])
    set_scale(window, percent)
    shown(window)
    add_trainee(window)
    for scenario_id in ("lamna-vagen-ut", "heder-sommarlovet"):
        window.open_briefing(window.state.entry(scenario_id))
        window.current_screen().start()
        player = window.current_screen()
        for _ in range(3):  # after feedback, with and without documents
            settle(qtbot)
            assert player.feedback_panel.isVisible() == bool(player.controller.session.steps)
            assert window.width() == 1280, "the window must fit the screen it is tested for"
            off = [b.choice_text[:30] for b in player.choice_buttons
                   if not fully_visible(b, window)]
            assert off == [], f"{scenario_id} at {percent} %: not on screen: {off}"
            expert(player)
        window.show_library()


def test_documents_pane_takes_no_room_when_empty_and_folds(window, qtbot):
    shown(window, 1280, 800)
    add_trainee(window)
    player = open_example(window)
    settle(qtbot)
    if not player.controller.session.documents:
        assert not player.side.isVisibleTo(window) and not player.documents_button.isVisibleTo(window)
        assert player.story_scroll.width() > window.width() * 0.9
    while not player.controller.session.documents:
        expert(player)
    settle(qtbot)
    assert player.side.isVisibleTo(window)
    n = len(player.controller.session.documents)
    assert player.documents_button.text() == f"Dölj handlingar ({n})"
    qtbot.keyClick(player.choice_buttons[0] if player.choice_buttons else player.debrief_button,
                   Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert not player.side.isVisibleTo(window)
    assert player.documents_button.text() == f"Visa handlingar ({n})"
    qtbot.mouseClick(player.documents_button, Qt.MouseButton.LeftButton)
    assert player.side.isVisibleTo(window)


# -- 4. a started scenario is offered to continue or restart -------------------------------------
def test_opening_a_started_scenario_offers_continue_or_restart(window, qtbot):
    add_trainee(window)
    player = open_example(window)
    player.choose_number(1)
    window.show_library()
    lib = window.current_screen()
    lib.open_selected()
    box = lib.resume_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert {b.text() for b in box.buttons()} >= {"Fortsätt", "Börja om"}
    assert "1 beslut gjort" in box.text()
    box.buttonClicked.emit(lib.resume_yes)
    box.close()
    resumed = window.current_screen()
    assert isinstance(resumed, PlayerView) and len(resumed.controller.session.steps) == 1
    first_id = resumed.controller.attempt_id
    window.show_library()
    lib = window.current_screen()
    lib.open_selected()
    lib.resume_box.buttonClicked.emit(lib.resume_restart)
    lib.resume_box.close()
    assert isinstance(window.current_screen(), BriefingView)
    assert [r.id for r in window.state.unfinished()] == []
    assert first_id is not None


def test_an_attempt_with_no_decision_is_not_kept(window):
    add_trainee(window)
    open_example(window)
    window.show_library()  # paused before any decision
    assert window.state.unfinished() == []
    lib = window.current_screen()
    assert lib.resume_list.count() == 0
    lib.open_selected()
    assert isinstance(window.current_screen(), BriefingView)  # no question asked


# -- 9. wording ------------------------------------------------------------------------------
def test_counts_use_plural_forms_in_both_languages(qapp):
    assert tr("%n beslut gjorda", None, 1) == "1 beslut gjort"
    assert tr("%n beslut gjorda", None, 3) == "3 beslut gjorda"
    assert install_language("en")
    try:
        assert tr("%n beslut gjorda", None, 1) == "1 decision made"
        assert tr("%n beslut gjorda", None, 3) == "3 decisions made"
    finally:
        install_language("sv")


def test_qt_own_dialog_buttons_are_in_swedish(qapp):
    install_language("sv")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert install_language("en")
    try:
        assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        install_language("sv")


def test_briefing_points_to_f1_where_it_is(window):
    add_trainee(window)
    window.open_briefing(window.state.entry("exempel-samtalet"))
    from PySide6.QtWidgets import QLabel

    texts = " ".join(lab.text() for lab in window.current_screen().findChildren(QLabel))
    assert "F1" in texts and "i menyn" not in texts


def test_in_english_the_library_and_briefing_say_the_case_is_in_swedish(window):
    add_trainee(window)
    set_scale(window, 100, "en")
    lib = window.current_screen()
    assert isinstance(lib, LibraryView)
    assert "written in Swedish" in lib.details.text()
    window.open_briefing(window.state.entry("exempel-samtalet"))
    from PySide6.QtWidgets import QLabel

    texts = " ".join(lab.text() for lab in window.current_screen().findChildren(QLabel))
    assert "written in Swedish" in texts
    set_scale(window, 100, "sv")
    assert "skrivet på" not in window.current_screen().findChildren(QLabel)[0].text()
    window.show_library()
    assert window.current_screen().details.text().count("\n") == 0  # Swedish case, Swedish UI


# -- 12. practice mode goes back one step; the exam mode does not --------------------------------
def not_ending(player: PlayerView) -> int:
    """The shown number of a choice that does not lead straight to an ending (the order of
    the choices is shuffled per attempt)."""
    c = player.controller
    nodes = c.scenario.nodes
    return next(n for n, ch in enumerate(c.ordered_choices(), start=1)
                if not nodes[ch.target].is_ending)


def test_practice_mode_goes_back_one_step_recorded_in_the_attempt(make_window, qtbot):
    window = shown(make_window(show=True))
    add_trainee(window)
    player = open_example(window, "direct")
    assert not player.undo_button.isVisibleTo(window)  # nothing to take back yet
    first_node = player.controller.session.node.id
    player.choose_number(not_ending(player))
    assert player.undo_button.isVisibleTo(window)
    qtbot.keyClick(player.choice_buttons[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    c = player.controller
    assert c.session.node.id == first_node and len(c.session.steps) == 0
    assert not player.feedback_panel.isVisibleTo(window)
    assert not player.undo_button.isVisibleTo(window)  # one step only
    player.choose_number(not_ending(player))
    player.choose_number(not_ending(player))
    player.undo()
    assert len(c.session.steps) == 1
    stored = window.state.unfinished()[0]
    assert stored.step_count == 1 and c.undone_count() == 2
    while not c.finished:
        expert(player)
    assert not c.can_undo()  # an ending is final
    player.show_debrief()
    debrief = window.current_screen()
    assert "tillbaka ett steg 2 gånger" in debrief.undone_note.text()


def test_exam_mode_does_not_go_back(make_window, qtbot):
    window = shown(make_window(show=True))
    add_trainee(window)
    player = open_example(window, "end")
    player.choose_number(1)
    assert not player.undo_button.isVisibleTo(window)
    qtbot.keyClick(player.choice_buttons[0], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(player.controller.session.steps) == 1
    with pytest.raises(RuntimeError):
        player.controller.undo()


# -- 11. a keyboard-shortcuts page from the F1 dialog --------------------------------------------
def test_shortcuts_page_from_f1_lists_the_windows_shortcuts(window):
    window.show_support()
    window.support_dialog.show_shortcuts()
    page = window.support_dialog.shortcuts_dialog
    from PySide6.QtWidgets import QLabel

    listed = {lab.text() for lab in page.findChildren(QLabel)}
    for action in (window.action_library, window.action_history, window.action_settings,
                   window.action_support):
        assert action.shortcut().toString() in listed
    assert {"Ctrl+Enter", "Ctrl+D", "Ctrl+Z", "Esc", "1–9"} <= listed
    page.close()
    window.support_dialog.close()


# -- 9. workshop controls only when they apply ---------------------------------------------------
def test_workshop_controls_are_shown_only_when_they_apply(make_window, qtbot):
    import ui.workshop as ws

    window = shown(make_window(show=True))
    ws.start_workshop(window, window.state.entry("exempel-samtalet"), separate_projector=False)
    view = window.current_screen()
    visible = lambda w: w.isVisibleTo(window)  # noqa: E731
    assert not visible(view.follow_button)  # a tie before any vote: nothing to follow
    assert visible(view.reveal_button) and visible(view.pick_button)
    assert not visible(view.feedback_button)
    view.controller.select(1)
    view.controller.bump(+1)
    view.toggle_reveal()
    assert visible(view.follow_button)
    assert "projektorn" not in view.status.text()  # no projector view is open
    view.toggle_projector()
    assert not window.toolbar.isVisible()  # the room sees the projector page alone
    assert "Fördelningen visas på projektorn." in view.status.text()
    view.toggle_projector()
    assert window.toolbar.isVisible()


def test_library_columns_fill_the_width_and_leave_only_when_they_must(make_window, qtbot):
    window = shown(make_window([LIBRARY], show=True), 1500, 800)
    add_trainee(window)
    lib = window.current_screen()
    qtbot.wait(20)
    header = lib.table.header()
    assert [header.isSectionHidden(c) for c in range(6)] == [False] * 6
    window.resize(1100, 760)  # the default size: the longest column (the role) leaves
    qtbot.waitUntil(lambda: header.isSectionHidden(5), timeout=3000)
    shown_width = sum(header.sectionSize(c) for c in range(6) if not header.isSectionHidden(c))
    assert shown_width == lib.table.viewport().width()  # the title takes what is left
    assert "Din roll" in lib.details.text()  # ... and the line under the table names the role


def test_history_at_200_percent_scrolls_instead_of_squeezing_the_chart(make_window, qtbot):
    window = make_window(show=True)
    set_scale(window, 200)
    shown(window)
    add_trainee(window)
    player = open_example(window)
    while not player.controller.finished:
        expert(player)
    window.show_history()
    history = window.current_screen()
    qtbot.waitUntil(lambda: history.chart.height() >= history.chart.needed_height(
        history.chart.fontMetrics()), timeout=3000)  # the chart's key is never cut
    assert history.table.height() >= history.table.fontMetrics().height() * 9 - 1


def test_a_document_title_of_one_long_word_wraps_in_the_list(make_window, scenario_dir, qtbot):
    # Before: at 200 % text the narrow documents list scrolled sideways and cut the title.
    example = scenario_dir / "exempel.md"
    word = "Ungdomsmottagningsorosanmälningsanteckningen"
    example.write_text(example.read_text(encoding="utf-8").replace(
        "| Anteckning från receptionen", f"| {word}"), encoding="utf-8")
    window = make_window([scenario_dir])
    set_scale(window, 200)
    shown(window)
    add_trainee(window)
    player = open_example(window)
    settle(qtbot)
    if not player.side.isVisibleTo(window):
        player.toggle_documents()
        settle(qtbot)
    docs = player.documents
    assert docs.count() == 1 and word in docs.item(0).text()
    rect = docs.visualItemRect(docs.item(0))
    line = docs.fontMetrics().height()
    assert docs.fontMetrics().horizontalAdvance(word) > docs.viewport().width()  # too wide
    assert docs.horizontalScrollBar().maximum() == 0
    assert rect.width() <= docs.viewport().width() and rect.height() >= 2 * line


def test_the_players_header_rearranges_as_the_window_narrows_and_widens(make_window, qtbot):
    window = make_window([LIBRARY])
    shown(window, 1280, 720)
    add_trainee(window)
    window.open_briefing(window.state.entry("heder-sommarlovet"))
    window.current_screen().start()
    player = window.current_screen()
    expert(player)  # the undo button is shown after a decision
    seen = []
    for width in (1280, 900, 640, 900, 1280):
        window.resize(width, 720)
        settle(qtbot)
        assert window.width() == width  # the header never holds the window wider
        seen.append((player._header_mode, player.undo_button.text()))
        assert player.undo_button.accessibleName() == "Ångra senaste beslutet"
        assert player.header.width() >= player.pause_button.geometry().right()
    assert seen == [("full", "Ångra senaste beslutet"), ("compact", "Ångra"), ("two_rows", "Ångra"),
                    ("compact", "Ångra"), ("full", "Ångra senaste beslutet")]
