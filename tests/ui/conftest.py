"""Fixtures for the app's tests: a scenario folder, and a main window created hidden, loaded,
and closed again (the test fails if a top-level window is left open)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "example-scenario.md"


@pytest.fixture(autouse=True, scope="session")
def _none_refcount_guard() -> None:
    """PySide6 6.12 on Python 3.11 loses a reference to None per void call (ui/pyside_fix.py)."""
    from ui import pyside_fix

    pyside_fix.install()


@pytest.fixture
def scenario_dir(tmp_path: Path) -> Path:
    """A library with the worked example and the shipped guidance catalogue."""
    d = tmp_path / "scenarios"
    d.mkdir()
    shutil.copy(EXAMPLE, d / "exempel.md")
    shutil.copy(ROOT / "scenarios" / "guidance.md", d / "guidance.md")
    return d


@pytest.fixture
def make_window(qtbot, scenario_dir: Path):
    """Build a main window (hidden), load its content; close every one at the end."""
    from ui import i18n, theme
    from ui.app import create_window

    made = []

    def make(paths: list[Path] | None = None, *, show: bool = False):
        w = create_window(paths or [scenario_dir])
        qtbot.addWidget(w)
        if show:
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
              if w.isVisible() and w.objectName() == "MainWindow"]
    assert not leaked, f"windows left open: {leaked}"


@pytest.fixture
def window(make_window):
    return make_window()


def add_trainee(window, name: str = "Testdeltagare"):
    lib = window.current_screen()
    lib.new_name.setText(name)
    lib.create_trainee()
    return window.state.trainee


def open_example(window, mode: str = "direct"):
    """Library -> briefing -> player for the example scenario; returns the PlayerView."""
    entry = window.state.entry("exempel-samtalet")
    window.open_briefing(entry)
    briefing = window.current_screen()
    (briefing.mode_end if mode == "end" else briefing.mode_direct).setChecked(True)
    briefing.start()
    return window.current_screen()


