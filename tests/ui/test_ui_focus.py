"""Issue 14, item 10: every stop that Tab reaches shows that it has the focus, in all three
themes. A stop counts as showing it when the widget's own pixels change as it gets the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import add_trainee, open_example
from ui.settings import Settings


def tab_stops(top: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `top`, in order (one round of the focus chain)."""
    stops: list[QWidget] = []
    w = top.nextInFocusChain()
    seen = set()
    while w is not None and w is not top and id(w) not in seen:
        seen.add(id(w))
        if (w.isVisibleTo(top) and w.isEnabled() and w.window() is top
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.width() > 0):
            stops.append(w)
        w = w.nextInFocusChain()
    return stops


def image(w: QWidget) -> QImage:
    QApplication.processEvents()
    return w.grab().toImage()


def unmarked_stops(top: QWidget, qtbot) -> list[str]:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # screens gone
    QApplication.processEvents()
    out = []
    stops = tab_stops(top)
    assert stops, "no tab stops found"
    parking = stops[-1]
    for w in stops:
        (stops[0] if w is parking else parking).setFocus(Qt.FocusReason.TabFocusReason)
        before = image(w)
        w.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(5)
        if not w.hasFocus():
            continue  # a widget that hands the focus on (a combo box's line edit, say)
        if image(w) == before:
            name = w.accessibleName() or getattr(w, "text", lambda: "")() or w.objectName()
            out.append(f"{type(w).__name__} {name!r}")
    return out


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_focus_is_visible_on_every_stop_in_every_theme(make_window, qtbot, theme):
    window = make_window(show=True)
    new = Settings.load()
    new.theme = theme
    window.apply_settings(new)
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitActive(window)
    add_trainee(window)
    found = {}

    def check(name: str, top: QWidget) -> None:
        missing = unmarked_stops(top, qtbot)
        if missing:
            found[name] = missing

    check("library", window)
    window.open_briefing(window.state.entry("exempel-samtalet"))
    check("briefing", window)
    player = open_example(window)
    player.choose_number(1)
    check("player", window)
    c = player.controller
    while not c.finished:
        player.choose(c.analysis.best_choice(c.session.node.id, c.session.values))
    player.show_debrief()
    debrief = window.current_screen()
    check("debrief summary", window)
    debrief.tabs.setCurrentIndex(1)
    check("debrief decisions", window)
    window.show_history()
    check("history", window)
    window.open_settings()
    dialog = window.settings_dialog
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    check("settings", dialog)
    dialog.close()
    assert found == {}
