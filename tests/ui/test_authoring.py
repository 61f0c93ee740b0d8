"""The authoring studio, driven as a trainer would: create from the template, type, see the
checks follow, jump to a line, play from a node, survive a crash, edit a copy of a shipped
scenario and find it in the library."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from simulator.authoring import workspace
from ui.paths import scenarios_dir

SHIPPED = sorted(scenarios_dir().rglob("*.md"))


def studio(window, qtbot, path: Path | None = None):
    window.show_authoring(path)
    view = window.current_screen()
    assert view.objectName() == "AuthoringView"
    if path is not None:
        qtbot.waitUntil(lambda: view.last is not None, timeout=10000)
    return view


def wait_checked(view, qtbot, predicate) -> None:
    view.checker.check_now()
    qtbot.waitUntil(lambda: view.last is not None and predicate(view.last), timeout=10000)


def new_from_template(view, title: str = "Mötet på mottagningen"):
    from ui.authoring.wizard import NewScenarioDialog

    dialog = NewScenarioDialog(view.catalogue or _catalogue(), None)
    dialog.title_edit.setText(title)
    dialog.role_edit.setText("Socialsekreterare, mottagningen")
    return view.create_from(dialog)


def _catalogue():
    from simulator.engine.library import default_catalogue_path, load_catalogue

    return load_catalogue(default_catalogue_path()).catalogue


def test_the_shortcut_opens_the_studio(window, qtbot):
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_screen().objectName() == "AuthoringView"


def test_a_template_scenario_loads_without_errors_and_lands_in_the_own_folder(window, qtbot):
    view = studio(window, qtbot)
    path = new_from_template(view)
    assert path.parent == workspace.own_scenarios_dir()
    qtbot.waitUntil(lambda: view.last is not None, timeout=10000)
    assert view.last.loaded.ok
    assert [d for d in view.last.diagnostics if d.severity == "error"] == []
    assert view.last.figures["expert_total"] == 1
    assert [nid for _, nid in view.last.node_lines] == ["start", "slut-bra", "slut-lucka"]


def test_a_diagnostic_appears_while_typing_and_goes_away_and_a_click_jumps_to_it(window, qtbot):
    view = studio(window, qtbot)
    new_from_template(view)
    qtbot.waitUntil(lambda: view.last is not None, timeout=10000)
    text = view.editor.toPlainText()
    broken = text.replace("-> slut-bra", "-> finns-inte")
    view.editor.setPlainText(broken)
    wait_checked(view, qtbot, lambda c: any(d.severity == "error" for d in c.diagnostics))
    bad_line = next(i for i, line in enumerate(broken.splitlines(), 1) if "finns-inte" in line)
    rows = [view.diagnostics.item(i) for i in range(view.diagnostics.count())]
    row = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == bad_line)
    assert view.editor.marks_at(bad_line), "the line is marked in the editor"
    view.editor.go_to_line(1)
    view.diagnostics.itemClicked.emit(row)
    assert view.editor.current_line() == bad_line
    view.editor.setPlainText(text)
    wait_checked(view, qtbot, lambda c: not any(d.severity == "error" for d in c.diagnostics))
    assert [m for m in view.editor.marks_at(bad_line) if m.severity == "error"] == []


def test_the_map_follows_the_text_and_a_click_on_a_node_goes_to_its_section(window, qtbot):
    view = studio(window, qtbot)
    new_from_template(view)
    qtbot.waitUntil(lambda: view.story_map.view is not None, timeout=10000)
    mapped = view.story_map.view
    assert set(mapped.positions) == {"start", "slut-bra", "slut-lucka"}
    line = view.last.line_of("slut-lucka")
    mapped.node_clicked.emit("slut-lucka")
    assert view.editor.current_line() == line
    assert mapped.cursor_frame is not None  # the node under the cursor is outlined


def test_play_from_a_node_with_variables_and_keep_the_place_after_an_edit(window, qtbot, tmp_path):
    example = Path(__file__).resolve().parents[2] / "docs" / "example-scenario.md"
    own = workspace.own_scenarios_dir()
    own.mkdir(parents=True, exist_ok=True)
    path = own / "exempel-kopia.md"
    path.write_text(example.read_text(encoding="utf-8").replace("id: exempel-samtalet",
                                                                "id: exempel-kopia"),
                    encoding="utf-8")
    view = studio(window, qtbot, path)
    pane = view.play
    pane.node_box.setCurrentIndex(pane.node_box.findData("plan"))
    pane.inputs["risk_gjord"].setChecked(True)
    pane.play_selected()
    texts = [b.choice_text for b in pane.buttons]
    assert any("Boka skyddat boende" in t for t in texts), "the if: choice is open with the flag"
    assert any("sakerhet" in t.casefold() or "säkerhet" in t.casefold() for t in texts)
    pane.choose("plan:2")
    assert pane.session.node.id == "slut-skada"
    view.editor.setPlainText(view.editor.toPlainText().replace("Hotet ökar", "Hotet växer"))
    wait_checked(view, qtbot, lambda c: "Hotet växer" in c.loaded.scenario.nodes["slut-skada"].title)
    assert pane.taken == ["plan:2"] and pane.session.node.title == "Hotet växer"


def test_unsaved_text_survives_a_kill_and_is_offered_back(window, qtbot, tmp_path):
    view = studio(window, qtbot)
    path = new_from_template(view)
    qtbot.waitUntil(lambda: view.last is not None, timeout=10000)
    view.editor.setPlainText(view.editor.toPlainText() + "\nEn rad som inte hann sparas.\n")
    view.write_recovery()  # what the autosave timer does every few seconds
    # a second program (as after a crash) finds the recovery file for the same file
    code = ("import sys; from pathlib import Path; from simulator.authoring import workspace; "
            "t = workspace.read_recovery(Path(sys.argv[1]), Path(sys.argv[1]).read_text()); "
            "print('found' if t and 'inte hann sparas' in t else 'missing')")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env=dict(os.environ), timeout=60)
    assert out.stdout.strip() == "found", out.stderr
    view.dirty = False  # as if the process died: nothing was written to the file itself
    window.show_library()
    again = studio(window, qtbot, path)
    assert again.banner.isVisibleTo(again)
    again.banner_yes.click()
    assert "inte hann sparas" in again.editor.toPlainText()
    assert again.save()
    assert "inte hann sparas" in path.read_text(encoding="utf-8")
    assert workspace.read_recovery(path, "") is None
    assert path.with_name(path.name + ".bak").is_file()


def test_a_change_by_another_program_is_offered_for_reload(window, qtbot):
    view = studio(window, qtbot)
    path = new_from_template(view)
    qtbot.waitUntil(lambda: view.last is not None, timeout=10000)
    path.write_text(path.read_text(encoding="utf-8").replace("Ett gott slut", "Ändrat utifrån"),
                    encoding="utf-8")
    view._changed_on_disk(str(path))  # what the file watcher reports
    assert view.banner.isVisibleTo(view)
    view.banner_yes.click()
    assert "Ändrat utifrån" in view.editor.toPlainText()


def test_a_shipped_scenario_is_read_only_and_a_copy_appears_in_the_library(window, qtbot):
    shipped = SHIPPED[0] if SHIPPED[0].name != "guidance.md" else SHIPPED[1]
    view = studio(window, qtbot, shipped)
    assert view.read_only and view.editor.isReadOnly() and not view.save_button.isEnabled()
    assert not view.save()
    copy = view.edit_copy()
    assert copy is not None and copy.parent == workspace.own_scenarios_dir()
    assert not view.read_only
    qtbot.waitUntil(lambda: view.last is not None and view.last.loaded.path == str(copy),
                    timeout=10000)
    window.show_library()
    own = [e for e in window.state.entries if e.own]
    assert [Path(e.loaded.path) for e in own] == [copy]
    assert own[0].ok, [d.format("en") for d in own[0].loaded.diagnostics]
    library = window.current_screen()
    titles = [library.table.topLevelItem(i).text(0)
              for i in range(library.table.topLevelItemCount())]
    assert any("Mina scenarier" in t for t in titles)


def test_guidance_browser_searches_and_inserts_an_id(window, qtbot):
    view = studio(window, qtbot)
    new_from_template(view)
    qtbot.waitUntil(lambda: view.guidance is not None, timeout=10000)
    browser = view.guidance
    browser.search.setText("GEN-03")
    assert browser.list.count() == 1
    view.editor.go_to_line(1)
    browser.insert_selected()
    assert view.editor.toPlainText().startswith("GEN-03")


def test_the_figures_show_the_bounds_and_the_guessability(window, qtbot):
    shipped = scenarios_dir() / "heder" / "sommarlovet.md"
    view = studio(window, qtbot, shipped)
    qtbot.waitUntil(lambda: bool(view.last.figures), timeout=10000)
    text = view.figures.text()
    assert "Expertvägens poäng" in text and "Gissbarhet" in text
    assert "välj det längsta alternativet" in text and "slumpen" in text


def test_a_pipe_a_device_or_a_huge_file_is_refused_with_a_message(window, qtbot, tmp_path):
    # Before: the studio read whatever the path named, to the end: a named pipe waited for
    # a writer, /dev/zero until memory ran out.
    import threading

    from simulator.format.header import MAX_FILE_BYTES

    view = studio(window, qtbot)
    said: list[str] = []
    view._say = said.append  # the studio's message line, kept for the test
    pipe = tmp_path / "ror.md"
    os.mkfifo(pipe)

    def writer() -> None:  # a writer that comes and goes, so the old code returned at once
        with open(pipe, "wb"):
            pass

    threading.Thread(target=writer, daemon=True).start()
    assert view.open_path(pipe) is False  # (the writer thread may stay waiting; a daemon)
    assert view.open_path(Path("/dev/zero")) is False
    big = tmp_path / "stor.md"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert view.open_path(big) is False
    assert "ror.md är inte en vanlig fil" in said[0] and "zero är inte en vanlig fil" in said[1]
    assert "stor.md är 32 MB" in said[2] and view.path is None
