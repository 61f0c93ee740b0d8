"""The workshop mode: a facilitator runs a scenario for a room on a projector.

`install(window)` puts "Starta workshop" in the main window's toolbar. The model is
`simulator.workshop.model` (Qt-free), the storage `simulator.workshop.store` (its own SQLite file);
this package holds the views: start dialog, facilitator view, projector view, debrief.
Only Qt's action class and the translation helper are imported here, so installing the entry
costs the window's start-up nothing; everything else is imported when a workshop starts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import tr

SHORTCUT = "Ctrl+Shift+W"


class _Retranslator(QObject):
    """Renames the toolbar entry when the app's language changes; closes the workshop file
    with the window (every vote is already committed, so this only releases the file)."""

    def __init__(self, window: Any, action: QAction) -> None:
        super().__init__(window)
        self.window_ = window
        self.action = action

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window_ and event.type() == QEvent.Type.LanguageChange:
            name_action(self.window_, self.action)
        elif obj is self.window_ and event.type() == QEvent.Type.Close:
            store = getattr(self.window_, "workshop_store", None)
            if store is not None:
                store.close()
                self.window_.workshop_store = None
        return False


def name_action(window: Any, action: QAction) -> None:
    text = tr("Starta workshop")
    action.setText(text)
    action.setToolTip(f"{text} ({action.shortcut().toString()})")
    widget = window.toolbar.widgetForAction(action) if hasattr(window, "toolbar") else None
    if widget is not None:
        widget.setAccessibleName(text)


def install(window: Any) -> QAction:
    """Add the "Starta workshop" entry to the main window's toolbar."""
    action = QAction(window)
    action.setObjectName("StartWorkshop")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(lambda: open_start_dialog(window))
    window.add_tool_action(action)
    name_action(window, action)
    window.installEventFilter(_Retranslator(window, action))
    window.action_workshop = action
    return action


def workshop_store(window: Any) -> Any:
    """The workshop file, opened once per window (problems are reported when it opens)."""
    store = getattr(window, "workshop_store", None)
    if store is None:
        from simulator.workshop.store import open_workshop_store

        store = open_workshop_store()
        window.workshop_store = store
        if store.problems:
            report_problems(window, store)
    return store


def report_problems(window: Any, store: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from simulator.workshop.store import problem_message
    from ui.i18n import current_language

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Workshoppar"))
    box.setAccessibleName(tr("Workshoppar"))
    box.setText("\n\n".join(problem_message(p, current_language()) for p in store.problems))
    box.open()
    window.workshop_problem_box = box


def open_start_dialog(window: Any) -> Any:
    """Show the start dialog (not blocking); it starts or resumes when accepted."""
    if getattr(window, "state", None) is None:
        return None
    from ui.workshop.start_dialog import StartWorkshopDialog

    store = workshop_store(window)
    dialog = StartWorkshopDialog(window.state.entries, store.workshops(unfinished_only=True),
                                 window)
    # after the dialog has gone, so the keyboard focus lands on the new screen
    dialog.accepted.connect(lambda: QTimer.singleShot(0, lambda: _dialog_done(window, dialog)))
    dialog.open()
    window.workshop_dialog = dialog
    return dialog


def _dialog_done(window: Any, dialog: Any) -> None:
    if dialog.choice is None:
        return
    kind, summary = dialog.choice
    if kind == "resume":
        resume_workshop(window, summary.id)
    else:
        entry, group, people = dialog.values()
        start_workshop(window, entry, group=group, people=people)


def start_workshop(window: Any, entry: Any, *, group: str = "", people: int | None = None,
                   separate_projector: bool | None = None) -> Any:
    from ui.workshop.controller import WorkshopController

    controller = WorkshopController.start(
        entry.scenario, entry.loaded.analysis, workshop_store(window), group=group, people=people,
        scenario_path=str(entry.loaded.path))
    show_workshop(window, controller, separate_projector=separate_projector)
    return controller


def resume_workshop(window: Any, workshop_id: int, *,
                    separate_projector: bool | None = None) -> Any:
    """Continue a stored workshop where it stopped; None (after telling why) if it cannot."""
    from PySide6.QtWidgets import QMessageBox

    from ui.workshop.controller import WorkshopController

    store = workshop_store(window)
    summary = store.get(workshop_id)
    entry = window.state.entry(summary.scenario_id)
    resumed = None if entry is None else store.resume(workshop_id, entry.scenario,
                                                      entry.loaded.analysis)
    if resumed is None or resumed.workshop is None:
        QMessageBox.information(window, tr("Kan inte fortsätta"), tr(
            "Scenariot finns inte längre eller har ändrats sedan workshopen började, så den "
            "kan inte fortsätta. Starta gärna en ny workshop."))
        return None
    controller = WorkshopController(resumed.workshop, store, summary.id, summary.scenario_path)
    if controller.workshop.finished:
        show_debrief(window, controller, separate_projector=separate_projector)
    else:
        show_workshop(window, controller, separate_projector=separate_projector)
    return controller


def show_workshop(window: Any, controller: Any, *, separate_projector: bool | None = None) -> Any:
    from ui.workshop.debrief import window_text_scale
    from ui.workshop.facilitator import WorkshopView

    view = window.show_screen(lambda: WorkshopView(controller, window,
                                                   text_scale=window_text_scale(window),
                                                   separate_projector=separate_projector))
    window.activateWindow()  # the keys go to the facilitator, also when a projector window opened
    view.setFocus()
    return view


def show_debrief(window: Any, controller: Any, *, separate_projector: bool | None = None) -> Any:
    from ui.workshop.debrief import show_debrief as show

    return show(window, controller, separate_projector=separate_projector)
