"""The workshop mode: a facilitator runs a scenario for a room on a projector.

`install(window)` puts "Starta workshop" in the main window's toolbar. The model is
`simulator.workshop.model` (Qt-free), the storage `simulator.workshop.store` (its own SQLite file);
this package holds the views: start dialog, facilitator view, projector view, debrief.
Only Qt's action class and the translation helper are imported here, so installing the entry
costs the window's start-up nothing; everything else is imported when a workshop starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import tr
from ui.window_api import AppWindow, as_widget

if TYPE_CHECKING:
    from simulator.workshop.store import WorkshopId, WorkshopStore
    from ui.state import Entry
    from ui.workshop.controller import WorkshopController
    from ui.workshop.debrief import WorkshopDebriefView
    from ui.workshop.facilitator import WorkshopView
    from ui.workshop.start_dialog import StartWorkshopDialog

SHORTCUT = "Ctrl+Shift+W"


class _Retranslator(QObject):
    """Renames the toolbar entry when the app's language changes; closes the workshop file
    with the window (every vote is already committed, so this only releases the file)."""

    def __init__(self, window: AppWindow, action: QAction) -> None:
        super().__init__(as_widget(window))
        self.window_ = window
        self.action = action

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not as_widget(self.window_):
            return False
        if event.type() == QEvent.Type.LanguageChange:
            name_action(self.window_, self.action)
        elif event.type() == QEvent.Type.Close:
            store = self.window_.workshop_store
            if store is not None:
                store.close()
                self.window_.workshop_store = None
        return False


def name_action(window: AppWindow, action: QAction) -> None:
    text = tr("Starta workshop")
    action.setText(text)
    action.setToolTip(f"{text} ({action.shortcut().toString()})")
    widget = window.toolbar.widgetForAction(action)
    if widget is not None:
        widget.setAccessibleName(text)


def install(window: AppWindow) -> QAction:
    """Add the "Starta workshop" entry to the main window's toolbar."""
    action = QAction(as_widget(window))
    action.setObjectName("StartWorkshop")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(lambda: open_start_dialog(window))
    window.add_tool_action(action)
    name_action(window, action)
    as_widget(window).installEventFilter(_Retranslator(window, action))
    window.action_workshop = action
    return action


def workshop_store(window: AppWindow) -> WorkshopStore:
    """The workshop file, opened once per window (problems are reported when it opens)."""
    store = window.workshop_store
    if store is None:
        from simulator.workshop.store import open_workshop_store

        store = open_workshop_store()
        window.workshop_store = store
        if store.problems:
            report_problems(window, store)
    return store


def report_problems(window: AppWindow, store: WorkshopStore) -> None:
    from PySide6.QtWidgets import QMessageBox

    from simulator.workshop.store import problem_message
    from ui.i18n import current_language
    from ui.plain import plain_box

    box = plain_box(QMessageBox(as_widget(window)))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Workshoppar"))
    box.setAccessibleName(tr("Workshoppar"))
    box.setText("\n\n".join(problem_message(p, current_language()) for p in store.problems))
    box.open()
    window.workshop_problem_box = box


def open_start_dialog(window: AppWindow) -> StartWorkshopDialog | None:
    """Show the start dialog (not blocking); it starts or resumes when accepted."""
    if window.state is None:
        return None
    from ui.workshop.start_dialog import StartWorkshopDialog

    store = workshop_store(window)
    dialog = StartWorkshopDialog(window.state.entries, store.workshops(unfinished_only=True),
                                 as_widget(window))
    # after the dialog has gone, so the keyboard focus lands on the new screen
    dialog.accepted.connect(lambda: QTimer.singleShot(0, lambda: _dialog_done(window, dialog)))
    dialog.open()
    window.workshop_dialog = dialog
    return dialog


def _dialog_done(window: AppWindow, dialog: StartWorkshopDialog) -> None:
    if dialog.choice is None:
        return
    kind, summary = dialog.choice
    if kind == "resume" and summary is not None:
        resume_workshop(window, summary.id)
    else:
        entry, group, people = dialog.values()
        start_workshop(window, entry, group=group, people=people)


def start_workshop(window: AppWindow, entry: Entry, *, group: str = "", people: int | None = None,
                   separate_projector: bool | None = None) -> WorkshopController:
    from ui.workshop.controller import WorkshopController

    controller = WorkshopController.start(
        entry.scenario, entry.loaded.analysis, workshop_store(window), group=group, people=people,
        scenario_path=str(entry.loaded.path))
    show_workshop(window, controller, separate_projector=separate_projector)
    return controller


def resume_workshop(window: AppWindow, workshop_id: WorkshopId, *,
                    separate_projector: bool | None = None) -> WorkshopController | None:
    """Continue a stored workshop where it stopped; None (after telling why) if it cannot."""
    from PySide6.QtWidgets import QMessageBox

    from ui.workshop.controller import WorkshopController

    store = workshop_store(window)
    summary = store.get(workshop_id)
    state = window.state
    entry = None if state is None else state.entry(summary.scenario_id)
    analysis = None if entry is None else entry.loaded.analysis
    resumed = None if entry is None or analysis is None else store.resume(
        workshop_id, entry.scenario, analysis)
    if resumed is None or resumed.workshop is None:
        QMessageBox.information(as_widget(window), tr("Kan inte fortsätta"), tr(
            "Scenariot finns inte längre eller har ändrats sedan workshopen började, så den "
            "kan inte fortsätta. Starta gärna en ny workshop."))
        return None
    controller = WorkshopController(resumed.workshop, store, summary.id, summary.scenario_path)
    if controller.workshop.finished:
        show_debrief(window, controller, separate_projector=separate_projector)
    else:
        show_workshop(window, controller, separate_projector=separate_projector)
    return controller


def show_workshop(window: AppWindow, controller: WorkshopController, *,
                  separate_projector: bool | None = None) -> WorkshopView:
    from ui.workshop.debrief import window_text_scale
    from ui.workshop.facilitator import WorkshopView

    view = window.show_screen(lambda: WorkshopView(controller, window,
                                                   text_scale=window_text_scale(window),
                                                   separate_projector=separate_projector))
    window.activateWindow()  # the keys go to the facilitator, also when a projector window opened
    view.setFocus()
    return view


def show_debrief(window: AppWindow, controller: WorkshopController, *,
                 separate_projector: bool | None = None) -> WorkshopDebriefView:
    from ui.workshop.debrief import show_debrief as show

    return show(window, controller, separate_projector=separate_projector)
