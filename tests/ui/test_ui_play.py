"""Playing the example scenario through the app: by mouse, by keyboard, both feedback modes,
resume after closing, "what if", and the debrief's numbers against the engine's result."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from tests.ui.conftest import add_trainee, open_example
from ui.briefing_view import BriefingView
from ui.debrief_view import DebriefView
from ui.feedback_panel import FeedbackPanel
from ui.library_view import LibraryView
from ui.player_view import PlayerView


def expert_number(player: PlayerView) -> int:
    """The shown (shuffled) number of the choice the engine says is best here."""
    c = player.controller
    best = c.analysis.best_choice(c.session.node.id, c.session.values)
    return [ch.id for ch in c.ordered_choices()].index(best.id) + 1


def test_whole_scenario_by_mouse_and_debrief_matches_engine(window, qtbot):
    add_trainee(window)
    player = open_example(window, "direct")
    assert isinstance(player, PlayerView)
    while not player.controller.finished:
        button = player.choice_buttons[expert_number(player) - 1]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(player.debrief_button, Qt.MouseButton.LeftButton)
    debrief = window.current_screen()
    assert isinstance(debrief, DebriefView)
    engine = player.controller.session.result()
    assert engine.passed and debrief.verdict.text() == "✓ Godkänd"
    assert [row[1:] for row in debrief.bars.rows] == [
        (d.achieved, d.reference, d.maximum, d.minimum) for d in engine.dimensions]
    # the references are the expert path's own points, so they add up to the expert total
    assert sum(row[2] for row in debrief.bars.rows) == engine.best_total
    assert len(debrief.decision_labels) == len(engine.decisions)
    # the expert path costs nothing, and the debrief says so for every decision
    assert all("inga poäng" in lab.text() for lab in debrief.decision_labels)


def test_whole_scenario_by_keyboard_alone(make_window, qtbot):
    window = make_window(show=True)
    window.activateWindow()
    qtbot.waitActive(window)
    lib = window.current_screen()
    assert isinstance(lib, LibraryView)
    lib.new_name.setFocus()
    qtbot.keyClicks(lib.new_name, "Tangentbord")
    qtbot.keyClick(lib.new_name, Qt.Key.Key_Return)
    assert window.state.trainee.name == "Tangentbord"
    assert window.focusWidget() is lib.table
    qtbot.keyClick(lib.table, Qt.Key.Key_Return)
    briefing = window.current_screen()
    assert isinstance(briefing, BriefingView)
    assert window.focusWidget() is briefing.start_button
    qtbot.keyClick(briefing.start_button, Qt.Key.Key_Space)
    player = window.current_screen()
    assert isinstance(player, PlayerView)
    steps = 0
    while not player.controller.finished:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1)
        steps += 1
        assert len(player.controller.session.steps) == steps
    assert window.focusWidget() is player.debrief_button
    qtbot.keyClick(player.debrief_button, Qt.Key.Key_Space)
    assert isinstance(window.current_screen(), DebriefView)


def test_feedback_after_each_decision_only_in_direct_mode(window):
    add_trainee(window)
    player = open_example(window, "direct")
    player.choose_number(1)
    panels = [p for p in player.findChildren(FeedbackPanel) if p.isVisibleTo(player)]
    assert len(panels) == 1
    step = player.controller.last
    texts = panels[0].text()
    assert step.feedback and step.feedback in texts
    for p in step.follows + step.breaks:
        assert p.id in texts and p.source in texts

    window.show_library()
    player = open_example(window, "end")
    player.choose_number(1)
    assert [p for p in player.findChildren(FeedbackPanel) if p.isVisibleTo(player)] == []


def test_critical_choice_is_shown_as_critical(window):
    add_trainee(window)
    player = open_example(window, "direct")
    while not player.controller.finished:
        shown = player.controller.ordered_choices()
        critical = [i for i, c in enumerate(shown, 1) if c.critical]
        if critical:
            player.choose_number(critical[0])
            assert player.feedback_panel.property("role") == "critical"
            assert "Kritiskt fel" in player.feedback_panel.text()
            return
        nodes = player.controller.scenario.nodes
        onward = [i for i, c in enumerate(shown, 1) if not nodes[c.target].is_ending]
        player.choose_number(onward[0])
    raise AssertionError("the example scenario has a critical choice on some path")


def test_resume_after_closing_mid_scenario(make_window):
    first = make_window()
    add_trainee(first, "Återkommer")
    player = open_example(first)
    order_before = [c.id for c in player.controller.ordered_choices()]
    player.choose_number(2)
    node = player.controller.session.node.id
    order_at_node = [c.id for c in player.controller.ordered_choices()]
    first.close()

    second = make_window()
    assert second.state.trainee.name == "Återkommer"
    lib = second.current_screen()
    assert lib.resume_list.count() == 1
    lib.resume_selected()
    resumed = second.current_screen()
    assert isinstance(resumed, PlayerView)
    assert resumed.controller.session.node.id == node
    assert len(resumed.controller.session.steps) == 1
    assert [c.id for c in resumed.controller.ordered_choices()] == order_at_node
    assert order_before  # the first node's shuffled order existed


def test_choice_order_is_shuffled_per_attempt_and_stable(window):
    add_trainee(window)
    orders = set()
    for _ in range(12):
        player = open_example(window)
        orders.add(tuple(c.id for c in player.controller.ordered_choices()))
        again = [c.id for c in player.controller.ordered_choices()]
        assert tuple(again) in orders  # asking twice gives the same order
        window.show_library()
    assert len(orders) > 1  # 12 attempts never all in file order unless the shuffle is broken


def test_what_if_is_kept_apart_from_the_graded_attempt(window):
    add_trainee(window)
    player = open_example(window)
    while not player.controller.finished:
        player.choose_number(1)
    graded = player.controller
    graded_json = graded.session.to_json()
    player.show_debrief()
    debrief = window.current_screen()
    debrief.what_if_buttons[0].click()  # "Tänk om härifrån" under the first decision
    branch = window.current_screen()
    assert isinstance(branch, PlayerView) and branch.controller.is_what_if
    assert len(branch.controller.session.steps) == 0
    while not branch.controller.finished:
        branch.choose_number(len(branch.choice_buttons))
    assert graded.session.to_json() == graded_json
    history = window.state.history()
    assert len(history) == 1
    assert json.loads(graded_json) == json.loads(graded.session.to_json())
    branch.show_debrief()
    assert window.current_screen().controller.is_what_if
    # The branch is stored too, as an exploration of the graded attempt: not graded, not listed.
    store = window.state.store.store
    explored = store.attempt(branch.controller.attempt_id)
    assert explored.kind == "explore" and explored.branched_from == graded.attempt_id
    assert explored.finished is not None
    assert len(store.steps(explored.id)) == len(branch.controller.session.steps)
    assert window.state.unfinished() == []


def test_support_dialog_from_every_screen(window):
    add_trainee(window)
    screens = [window.show_library, window.show_history,
               lambda: window.open_briefing(window.state.entry("exempel-samtalet")),
               lambda: open_example(window)]
    for show in screens:
        show()
        window.action_support.trigger()
        dialog = window.support_dialog
        text = " ".join(w.text() for w in dialog.findChildren(type(window._placeholder)))
        for number in ("020-50 50 50", "112", "114 14", "116 111", "020-80 80 80", "020-55 00 00",
                       "020-57 70 70", "010-223 57 60", "020-555 666"):
            assert number in text
        dialog.close()
    assert isinstance(window.action_support, QAction)
    assert window.action_support.shortcut().toString() == "F1"


def test_an_unfinished_attempt_can_be_closed_instead_of_resumed(window):
    add_trainee(window)
    player = open_example(window)
    player.choose_number(1)
    window.show_library()
    lib = window.current_screen()
    assert lib.resume_list.count() == 1 and lib.abandon_button.isVisibleTo(window)
    lib.abandon_selected()
    assert lib.resume_list.count() == 0
    assert window.state.unfinished() == [] and window.state.history() == []


def test_a_store_problem_during_play_is_reported(window):
    add_trainee(window)
    player = open_example(window)

    class Problem:
        def message(self, lang: str = "sv") -> str:
            return "Disken är full, så dina framsteg kan inte sparas."

    store = player.controller.store
    store.take_problem = lambda: Problem()
    player.choose_number(1)
    assert window.store_problem_box.text() == Problem().message()
    window.store_problem_box.close()
    assert len(player.controller.session.steps) == 1  # play goes on


def _start_and_leave(make_window, scenario_dir, name: str):
    """Play the first decision of the example by its expert choice, then close the window."""
    first = make_window()
    add_trainee(first, name)
    player = open_example(first)
    chosen = player.controller.analysis.best_choice(player.controller.session.node.id,
                                                    player.controller.session.values)
    player.choose_number(expert_number(player))
    attempt_id = player.controller.attempt_id
    steps = first.state.store.store.steps(attempt_id)
    assert len(steps) == 1 and steps[0].seconds is not None and steps[0].seconds >= 0
    node = player.controller.session.node.id
    first.close()
    return attempt_id, chosen, node


def _answer(monkeypatch, yes: bool) -> list[str]:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_resume_on_a_changed_file_whose_path_still_exists(make_window, scenario_dir, monkeypatch):
    attempt_id, _, node = _start_and_leave(make_window, scenario_dir, "Ändrad")
    example = scenario_dir / "exempel.md"
    example.write_text(example.read_text(encoding="utf-8").replace(
        "Ni planerar nästa steg.", "Ni planerar nästa steg tillsammans."), encoding="utf-8")
    asked = _answer(monkeypatch, yes=True)
    second = make_window()
    second.current_screen().resume_selected()
    assert len(asked) == 1 and "din väg finns kvar" in asked[0]
    resumed = second.current_screen()
    assert isinstance(resumed, PlayerView)
    assert resumed.controller.session.node.id == node
    new_hash = second.state.entry("exempel-samtalet").scenario.content_hash
    assert second.state.store.store.attempt(attempt_id).scenario_hash == new_hash


def test_resume_on_a_changed_file_without_the_path_offers_a_restart(make_window, scenario_dir,
                                                                     monkeypatch):
    attempt_id, chosen, _ = _start_and_leave(make_window, scenario_dir, "Borttagen")
    example = scenario_dir / "exempel.md"
    example.write_text(example.read_text(encoding="utf-8").replace(
        f"[{chosen.text}]", "[Fråga om våld när hon är ensam]"), encoding="utf-8")
    asked = _answer(monkeypatch, yes=True)
    second = make_window()
    second.current_screen().resume_selected()
    assert len(asked) == 1 and "finns inte kvar" in asked[0]
    assert isinstance(second.current_screen(), BriefingView)
    assert second.state.store.store.attempt(attempt_id).finished is not None  # closed, kept
    assert second.state.unfinished() == []
