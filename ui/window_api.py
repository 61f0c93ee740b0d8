"""What a screen may ask of the main window, as a Protocol.

Screens are handed the window in their constructor; typing it as `MainWindow` would make every
screen import the module that imports every screen. This protocol names the window's commands
instead, and `MainWindow` satisfies it (mypy checks that where the window hands itself over).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QStatusBar, QToolBar, QWidget

if TYPE_CHECKING:
    from simulator.store.problems import StoreProblem
    from simulator.workshop.store import WorkshopStore
    from ui.play import PlayController
    from ui.settings import Settings
    from ui.state import AppState, Entry
    from ui.storage import AttemptRow


Screen = TypeVar("Screen", bound=QWidget)


class AppWindow(Protocol):
    settings: Settings
    state: AppState | None
    toolbar: QToolBar
    workshop_store: WorkshopStore | None
    authoring_path: Path | None  # the file open in the authoring studio
    # what the workshop mode keeps on the window (ui/workshop/__init__.py)
    action_workshop: QAction | None
    workshop_dialog: QDialog | None
    workshop_problem_box: QMessageBox | None

    def show_screen(self, factory: Callable[[], Screen]) -> Screen: ...
    def current_screen(self) -> QWidget | None: ...
    def show_library(self) -> None: ...
    def show_history(self) -> None: ...
    def open_briefing(self, entry: Entry) -> None: ...
    def start_play(self, entry: Entry, mode: str) -> None: ...
    def resume(self, row: AttemptRow) -> bool: ...
    def show_debrief(self, controller: PlayController) -> None: ...
    def show_past_debrief(self, row: AttemptRow) -> bool: ...
    def what_if(self, controller: PlayController, step_index: int) -> None: ...
    def report_store_problem(self, problem: StoreProblem) -> None: ...
    def add_tool_action(self, action: QAction) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def activateWindow(self) -> None: ...


def as_widget(window: AppWindow) -> QWidget:
    """The window as the QWidget it is (a QMainWindow), for parenting dialogs to it."""
    if not isinstance(window, QWidget):
        raise TypeError("the app window must be a QWidget")
    return window
