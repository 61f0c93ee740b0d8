"""Write a PNG of every screen to docs/screenshots/ (light and dark, 100 % and 200 % text,
and the English interface), from the shipped library at the window's real default size
(ui.main_window.DEFAULT_SIZE). Runs headless:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SCENARIO = "lamna-vagen-ut"  # a shipped scenario with case documents and a long path


def settle(app) -> None:
    for _ in range(4):
        app.processEvents()


def shoot(app, widget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def run_set(suffix: str, *, theme: str, scale: int, lang: str, full: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import create_window
    from ui.settings import Settings

    s = Settings.load()
    s.theme, s.text_scale, s.language = theme, scale, lang
    s.save()
    app = QApplication.instance()
    w = create_window([ROOT / "scenarios"])
    w.show()
    w.load_content()
    lib = w.current_screen()
    if w.state.trainee is None:
        lib.new_name.setText("Sam")
        lib.create_trainee()
    shoot(app, w, f"library{suffix}")
    if not full:
        w.close()
        return
    entry = w.state.entry(SCENARIO)
    w.open_briefing(entry)
    shoot(app, w, f"briefing{suffix}")
    w.current_screen().start()
    player = w.current_screen()
    c = player.controller

    def best() -> None:
        player.choose(c.analysis.best_choice(c.session.node.id, c.session.values))

    def poor() -> None:  # a weaker, not critical choice, so the debrief has costs to show
        options = [ch for ch in c.session.choices if not ch.critical] or list(c.session.choices)
        player.choose(min(options, key=lambda ch: ch.total))

    best()
    best()
    shoot(app, w, f"player{suffix}")
    turn = 0
    while not c.finished:
        if turn % 3 == 1:
            poor()
        else:
            best()
        turn += 1
    player.show_debrief()
    shoot(app, w, f"debrief{suffix}")
    debrief = w.current_screen()
    debrief.tabs.setCurrentIndex(1)
    shoot(app, w, f"debrief-decisions{suffix}")
    debrief.tabs.setCurrentIndex(2)
    debrief.graph.setFocus()
    settle(app)
    debrief.graph.grab().save(str(OUT / f"graph{suffix}.png"))
    w.show_history()
    shoot(app, w, f"history{suffix}")
    w.open_settings()
    shoot(app, w.settings_dialog, f"settings{suffix}")
    w.settings_dialog.close()
    w.show_support()
    shoot(app, w.support_dialog, f"support{suffix}")
    w.support_dialog.show_shortcuts()
    shoot(app, w.support_dialog.shortcuts_dialog, f"shortcuts{suffix}")
    w.support_dialog.shortcuts_dialog.close()
    w.support_dialog.close()
    w.close()


def workshop_set() -> None:
    """The workshop mode on Sommarlovet: facilitator view, projector view with the split, and
    the room's debrief (votes entered as a facilitator would)."""
    from PySide6.QtWidgets import QApplication

    import ui.workshop as ws
    from ui.app import create_window
    from ui.settings import Settings

    s = Settings.load()
    s.theme, s.text_scale, s.language = "light", 100, "sv"
    s.save()
    app = QApplication.instance()
    w = create_window([ROOT / "scenarios"])
    w.show()
    w.load_content()
    controller = ws.start_workshop(w, w.state.entry("heder-sommarlovet"), group="Vuxenenheten",
                                   people=14, separate_projector=False)
    view = w.current_screen()
    for number, count in ((1, 9), (2, 4), (3, 1)):
        controller.set_count(number, count)
    shoot(app, w, "workshop-facilitator")
    controller.reveal()
    view.toggle_projector()
    shoot(app, w, "workshop-projector")
    view.toggle_projector()
    while not controller.workshop.finished:
        options = controller.options
        for number in range(1, len(options) + 1):
            controller.set_count(number, 7 if number == 1 else 3)
        controller.follow_majority()
        controller.next()
    ws.show_debrief(w, controller, separate_projector=False)
    shoot(app, w, "workshop-debrief")
    w.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as data:
        os.environ["VAGVAL_DATA_DIR"] = data
        run_set("", theme="light", scale=100, lang="sv", full=True)
        run_set("-dark", theme="dark", scale=100, lang="sv", full=True)
        run_set("-200", theme="light", scale=200, lang="sv", full=True)
        run_set("-contrast", theme="contrast", scale=100, lang="sv", full=False)
        run_set("-en", theme="light", scale=100, lang="en", full=True)
        workshop_set()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
