"""The main window: a toolbar that is there on every screen (library, history, settings,
support) and a stack of screens.

Adding a screen (for example the workshop mode in ui/workshop/): build a QWidget and call
`window.show_screen(lambda: MyView(...))`. The window keeps the factory so that it can rebuild
the screen when the language changes; the screen itself should keep no state that its
factory's arguments do not hold. Toolbar entries for a new mode go in with
`window.add_tool_action(action)`.

Nothing here touches the `Qt` namespace before the first paint: importing it costs PySide6
tens of milliseconds, so it is imported inside the methods that run after the window shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui.i18n import tr
from ui.plain import plain_box
from ui.settings import Settings

if TYPE_CHECKING:
    from simulator.store.problems import StoreProblem
    from simulator.workshop.store import WorkshopStore
    from ui.lrs_panel import LrsPanel
    from ui.play import PlayController
    from ui.state import AppState, Entry
    from ui.storage import AttemptRow, ProgressStore

ScreenFactory = Callable[[], QWidget]
DEFAULT_SIZE = (1100, 760)  # the window's size on first start (and the screenshots')
Screen = TypeVar("Screen", bound=QWidget)


class MainWindow(QMainWindow):
    first_painted = Signal()
    content_loaded = Signal()

    def __init__(self, settings: Settings, scenario_paths: list[Path] | None = None,
                 store: ProgressStore | None = None) -> None:
        super().__init__()
        self.settings = settings
        self._scenario_paths = scenario_paths
        self._store = store
        self.state: AppState | None = None  # set once load_content() has run
        self.workshop_store: WorkshopStore | None = None  # opened by the first workshop
        self.authoring_path: Path | None = None  # the file open in the studio
        self.action_workshop: QAction | None = None
        self.workshop_dialog: QDialog | None = None
        self.workshop_problem_box: QMessageBox | None = None
        self.settings_problem_box: QMessageBox | None = None
        self._factory: ScreenFactory | None = None
        self._painted = False
        self._closed = False  # closeEvent has run (the store is closed; a second close is a no-op)
        self.setObjectName("MainWindow")
        self.resize(*DEFAULT_SIZE)
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self._build_toolbar()
        from ui import workshop  # "Starta workshop" (ui/workshop/); light: no Qt namespace

        workshop.install(self)
        self._placeholder = QLabel()
        self._placeholder.setObjectName("Placeholder")  # centred by the style sheet
        self.screens.addWidget(self._placeholder)
        self.retranslate()

    # -- chrome -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)  # top; entries have no icons, so they show their text
        self.action_library = QAction(self)
        self.action_library.setShortcut(QKeySequence("Ctrl+L"))
        self.action_library.triggered.connect(self.show_library)
        self.action_history = QAction(self)
        self.action_history.setShortcut(QKeySequence("Ctrl+H"))
        self.action_history.triggered.connect(self.show_history)
        self.action_settings = QAction(self)
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.triggered.connect(self.open_settings)
        self.action_support = QAction(self)
        self.action_support.setShortcut(QKeySequence("F1"))
        self.action_support.triggered.connect(self.show_support)
        self.action_about = QAction(self)
        self.action_about.setShortcut(QKeySequence("Shift+F1"))
        self.action_about.triggered.connect(self.show_about)
        self.action_authoring = QAction(self)
        self.action_authoring.setObjectName("Authoring")
        self.action_authoring.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.action_authoring.triggered.connect(lambda: self.show_authoring())
        # support first: a toolbar that does not fit hides its last entries behind a » button,
        # and the helplines must never be one of them (at 200 % text on 1280 px they were)
        self.toolbar.addAction(self.action_support)
        self.toolbar.addSeparator()
        for a in (self.action_library, self.action_history, self.action_authoring,
                  self.action_settings):
            self.toolbar.addAction(a)
        self._extra_anchor = self.toolbar.addSeparator()
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        spacer.setObjectName("ToolbarSpacer")
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.action_about)

    def add_tool_action(self, action: QAction) -> None:
        """A hook for other modes (the workshop): put an action in the toolbar's middle."""
        self.toolbar.insertAction(self._extra_anchor, action)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Vägval – övningar i att möta våldsutsatta"))
        self.toolbar.setAccessibleName(tr("Huvudmeny"))
        for action, text in ((self.action_library, tr("Bibliotek")),
                             (self.action_history, tr("Historik")),
                             (self.action_authoring, tr("Författa")),
                             (self.action_settings, tr("Inställningar")),
                             (self.action_support, tr("Stöd och hjälp")),
                             (self.action_about, tr("Om Vägval"))):
            action.setText(text)
            action.setToolTip(f"{text} ({action.shortcut().toString()})")
        for button in self.toolbar.findChildren(QWidget):
            if hasattr(button, "defaultAction") and button.defaultAction() is not None:
                button.setAccessibleName(button.defaultAction().text())
        self._placeholder.setText(tr("Laddar scenarier …"))
        self._placeholder.setAccessibleName(tr("Laddar scenarier …"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # -- screens --------------------------------------------------------------------------------
    def show_screen(self, factory: Callable[[], Screen]) -> Screen:
        """Build a screen, show it, and drop the one before (screens hold no private state)."""
        from PySide6.QtCore import Qt

        widget = factory()
        self._factory = factory
        old = [self.screens.widget(i) for i in range(self.screens.count())]
        self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        self.toolbar.setVisible(True)  # a workshop's projector page hides it while shown
        for w in old:
            leaving = getattr(w, "shutdown", None)  # a screen with work to keep (the studio)
            if callable(leaving) and w is not widget:
                leaving()
            if w is not None and w is not self._placeholder:
                self.screens.removeWidget(w)
                w.deleteLater()
        focus = getattr(widget, "initial_focus", None)
        target = focus() if callable(focus) else None
        (target or widget).setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def default_button(self) -> QWidget | None:
        """The current screen's default action: its `default_button()`, if it has one."""
        screen = self.current_screen()
        get = getattr(screen, "default_button", None)
        found = get() if callable(get) else None
        return found if isinstance(found, QWidget) else None

    def activate_default(self) -> bool:
        from PySide6.QtWidgets import QAbstractButton

        b = self.default_button()
        if isinstance(b, QAbstractButton) and b.isEnabled() and b.isVisible():
            b.click()
            return True
        return False

    def current_screen(self) -> QWidget | None:
        return self.screens.currentWidget()

    def rebuild_screen(self) -> None:
        if self._factory is not None:
            self.show_screen(self._factory)

    # -- loading ------------------------------------------------------------------------------
    def load_content(self) -> None:
        """The heavy part of start-up, run after the first paint: engine, library, store."""
        from ui.paths import scenarios_dir
        from ui.sqlite_adapter import open_store
        from ui.state import AppState

        store = self._store if self._store is not None else open_store()
        paths = self._scenario_paths or [scenarios_dir()]
        from simulator.authoring.workspace import own_scenarios_dir

        self.state = AppState(self.settings, paths, store)
        self.state.own_folder = own_scenarios_dir()
        self.state.load_library()
        self.state.restore_trainee()
        self.show_library()
        self.content_loaded.emit()
        if store.problem is not None:
            self.report_store_problem(store.problem)
        self.start_extra_folders()
        self.start_lrs_link(store)
        if self.settings.organisation.problems:
            self.report_organisation_problems()
        if self.settings.file_moved_to is not None:
            self.report_settings_moved(self.settings.file_moved_to)

    # -- results to the organisation's LRS (docs/xapi.md) --------------------------------------
    def start_lrs_link(self, store: object) -> None:
        """Record statements for opted-in trainees and send them in the background, when an
        LRS is configured; a permanent status-bar line says what waits or was refused."""
        from simulator.lrs.config import load_settings
        from simulator.lrs.recording import Recorder
        from ui.lrs_link import LrsLink
        from ui.paths import data_dir
        from ui.sqlite_adapter import SqliteProgress
        from ui.widgets import ElidedLabel

        self.lrs_link: LrsLink | None = None
        if not isinstance(store, SqliteProgress):
            return
        settings = load_settings(data_dir(), self.settings.organisation)
        store.recorder = Recorder(settings.account_home_page, language=self.settings.language,
                                  enabled=settings.configured)
        if not settings.configured:
            return  # no status bar either: it would take room from the choices at 200 % text
        if not hasattr(self, "lrs_status"):
            self.lrs_status = ElidedLabel("")  # cut with "…" rather than widen the window
            self.lrs_status.setObjectName("lrs_status")
            self.lrs_status.setAccessibleName(tr("Resultat till organisationen"))
            self.statusBar().addPermanentWidget(self.lrs_status, 1)
        if store.store.mode == "file":
            link = LrsLink(store.store.path, data_dir(), self)
            link.report.connect(lambda _report: self.refresh_lrs_status())

            def stepped() -> None:
                link.wake()
                self.refresh_lrs_status()

            store.after_step = stepped
            link.start()
            self.lrs_link = link
        self.refresh_lrs_status()

    def _lrs_settings_saved(self) -> None:
        """An LRS set for the first time in the settings starts the link at once."""
        link = getattr(self, "lrs_link", None)
        if link is None and self.state is not None:
            self.start_lrs_link(self.state.store)
        elif link is not None:
            link.retry_now()  # new credentials or address: try them now
        self.refresh_lrs_status()

    def refresh_lrs_status(self) -> None:
        from simulator.lrs.config import load_settings
        from ui.lrs_link import status_details, status_text
        from ui.paths import data_dir
        from ui.plain import set_tooltip
        from ui.sqlite_adapter import SqliteProgress

        store = self.state.store if self.state is not None else None
        if not isinstance(store, SqliteProgress) or not hasattr(self, "lrs_status"):
            return
        try:
            settings = load_settings(data_dir(), self.settings.organisation)
            text, details = status_text(store.store, settings), status_details(store.store, settings)
        except Exception:  # a damaged file must not break the status bar
            text = details = ""
        self.lrs_status.setText(text)
        # the whole line and the LRS's own words, shown as written
        set_tooltip(self.lrs_status, f"{text}\n\n{details}" if text else details)
        self.lrs_status.setAccessibleDescription(details)

    # -- the organisation's settings and scenario folders --------------------------------------
    def start_extra_folders(self) -> None:
        """Load the organisation's scenario folders in the background (ui/extra_folders.py)."""
        from ui.extra_folders import ExtraFolders

        org = self.settings.organisation
        self.extra_folders = ExtraFolders(org.scenario_folders, org.folder_timeout, self)
        self._folders_added: set[int] = set()
        self.extra_folders.changed.connect(self._extra_folders_changed)
        if org.scenario_folders:
            self.statusBar().showMessage(self.extra_folders.summary())
        self.extra_folders.start()

    def _extra_folders_changed(self) -> None:
        state = self.state
        if state is None:
            return
        added = False
        for index, status in enumerate(self.extra_folders.statuses):
            if status.loaded and index not in self._folders_added:
                self._folders_added.add(index)
                added = state.add_loaded(status.loaded) > 0 or added
        self.statusBar().showMessage(self.extra_folders.summary())
        if added and type(self.current_screen()).__name__ == "LibraryView":
            self.show_library()

    def report_organisation_problems(self) -> None:
        box = plain_box(QMessageBox(self))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Organisationens inställningar"))
        box.setText(tr("Organisationens inställningsfil har fel. Det som går att använda används; "
                       "visa detta för IT-avdelningen."))
        box.setDetailedText("\n\n".join(p.message(self.settings.language)
                                         for p in self.settings.organisation.problems))
        box.setAccessibleName(tr("Organisationens inställningar"))
        box.open()  # not modal-blocking, like the store's report
        self.organisation_problem_box = box

    def report_settings_moved(self, moved_to: Path) -> None:
        """settings.ini was a link, a named pipe, a folder or far too large (ui/settings.py)."""
        box = plain_box(QMessageBox(self))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Dina inställningar"))
        box.setText(tr("Filen med dina inställningar var inte en vanlig liten fil (kanske en länk "
                       "eller en mapp), så den används inte. Den har flyttats orörd till {path}. "
                       "Standardinställningarna gäller; det du ändrar sparas i en ny fil.")
                    .format(path=moved_to))
        box.setAccessibleName(tr("Dina inställningar"))
        box.open()
        self.settings_problem_box = box

    def report_store_problem(self, problem: StoreProblem) -> None:
        box = plain_box(QMessageBox(self))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Dina sparade framsteg"))
        box.setText(problem.message(self.settings.language))
        box.setAccessibleName(tr("Dina sparade framsteg"))
        box.open()  # not modal-blocking: start-up and tests go on
        self.store_problem_box = box

    # -- navigation -----------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self.state is not None

    def app_state(self) -> AppState:
        """The loaded state; the commands that need it are reachable only after loading."""
        if self.state is None:
            raise RuntimeError("the library has not been loaded yet")
        return self.state

    def show_library(self) -> None:
        if not self._ready():
            return
        from ui.library_view import LibraryView

        if self.app_state().library_stale:
            self.app_state().load_library()
        self.show_screen(lambda: LibraryView(self.app_state(), self))

    def show_history(self) -> None:
        if not self._ready():
            return
        from ui.history_view import HistoryView

        self.show_screen(lambda: HistoryView(self.app_state(), self))

    def open_briefing(self, entry: Entry) -> None:
        from ui.briefing_view import BriefingView

        self.show_screen(lambda: BriefingView(self.app_state(), entry, self))

    def start_play(self, entry: Entry, mode: str) -> None:
        from ui.play import PlayController

        state = self.app_state()
        trainee = state.trainee
        controller = PlayController.start(
            entry.scenario, entry.loaded.analysis, store=state.store,
            trainee_id=None if trainee is None else trainee.id, mode=mode)
        self.show_player(controller)

    def resume(self, row: AttemptRow) -> bool:
        from ui.play import PlayController

        state = self.app_state()
        entry = state.resumable(row)
        session = None
        if entry is None:
            entry, session = state.changed_resume(row)
            if entry is None:
                QMessageBox.information(self, tr("Kan inte fortsätta"), tr(
                    "Scenariot finns inte längre i biblioteket, så försöket kan inte fortsätta."))
                return False
            if session is None:
                if QMessageBox.question(self, tr("Scenariot har ändrats"), tr(
                        "Scenariot har ändrats sedan du började, och din väg finns inte kvar i den "
                        "nya versionen. Vill du börja om från början?")) == \
                        QMessageBox.StandardButton.Yes:
                    state.store.abandon(row.id)
                    self.open_briefing(entry)
                return False
            if QMessageBox.question(self, tr("Scenariot har ändrats"), tr(
                    "Scenariot har ändrats sedan du började, men din väg finns kvar. Vill du "
                    "fortsätta där du var? Välj Nej för att börja om från början.")) != \
                    QMessageBox.StandardButton.Yes:
                state.store.abandon(row.id)
                self.open_briefing(entry)
                return False
            state.store.adopt(row.id, session)
        from simulator.engine.errors import SessionError

        try:
            controller = PlayController.resume(
                entry.scenario, entry.loaded.analysis, store=state.store, attempt_id=row.id,
                state_json=row.state_json, seed=row.seed, mode=row.mode, session=session)
        except SessionError:  # a stored state that does not replay (changed by something else)
            QMessageBox.information(self, tr("Kan inte fortsätta"), tr(
                "Det sparade läget för försöket går inte att läsa, så försöket kan inte "
                "fortsätta. Dina andra försök påverkas inte; börja gärna om scenariot."))
            return False
        if controller.finished:
            self.show_debrief(controller)
        else:
            self.show_player(controller)
        return True

    def show_player(self, controller: PlayController) -> None:
        from ui.player_view import PlayerView

        self.show_screen(lambda: PlayerView(controller, self))

    def show_debrief(self, controller: PlayController) -> None:
        from ui.debrief_view import DebriefView

        self.show_screen(lambda: DebriefView(self.app_state(), controller, self))

    def show_past_debrief(self, row: AttemptRow) -> bool:
        """Reopen a finished attempt's debrief from the history, read-only."""
        from ui.play import PlayController

        state = self.app_state()
        entry = state.entry(row.scenario_id)
        session = None if entry is None else state.store.replay(
            row.id, entry.scenario, entry.loaded.analysis)
        if entry is None or session is None:
            QMessageBox.information(self, tr("Kan inte visa genomgången"), tr(
                "Scenariot finns inte längre i biblioteket i den form försöket gjordes, så "
                "genomgången kan inte visas. Poängen finns kvar i historiken."))
            return False
        self.show_debrief(PlayController.past(entry.scenario, entry.loaded.analysis, session,
                                              store=state.store, attempt_id=row.id,
                                              mode=row.mode))
        return True

    def what_if(self, controller: PlayController, step_index: int) -> None:
        self.show_player(controller.what_if(step_index))

    def show_authoring(self, path: Path | None = None) -> None:
        """The authoring studio ("Författa"), optionally with a scenario file open."""
        if not self._ready():
            return
        from ui.authoring.view import AuthoringView

        self.authoring_path = path
        # rebuilt on a language change with the file the studio has open by then
        self.show_screen(lambda: AuthoringView(self, self.authoring_path))

    # -- dialogs --------------------------------------------------------------------------------
    def show_support(self) -> None:
        from PySide6.QtCore import Qt

        from ui.support_dialog import SupportDialog

        dialog = SupportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.support_dialog = dialog

    def show_about(self) -> None:
        from PySide6.QtCore import Qt

        from ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.settings, getattr(self, "extra_folders", None), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def open_settings(self) -> None:
        from PySide6.QtCore import Qt

        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        panel = self._lrs_panel()
        if panel is not None:
            dialog.add_section(panel, panel.valid)
            dialog.accepted.connect(panel.save)
            dialog.accepted.connect(self._lrs_settings_saved)
        self.lrs_panel = panel
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        dialog.open()
        self.settings_dialog = dialog

    def _lrs_panel(self) -> LrsPanel | None:
        from ui.lrs_panel import LrsPanel
        from ui.paths import data_dir
        from ui.sqlite_adapter import SqliteProgress

        state = self.state
        store = state.store if state is not None else None
        sqlite = store.store if isinstance(store, SqliteProgress) else None
        trainee = state.trainee if state is not None else None
        return LrsPanel(data_dir(), self.settings.organisation, sqlite, trainee)

    def apply_settings(self, new: Settings) -> None:
        from PySide6.QtWidgets import QApplication

        from ui import theme
        from ui.i18n import install_language

        before = self.settings.language
        for key in ("language", "text_scale", "theme", "feedback_mode"):
            self.settings.set(key, getattr(new, key))  # a locked setting keeps its value
        language_changed = self.settings.language != before
        self.settings.save()
        recorder = getattr(getattr(self.state, "store", None), "recorder", None)
        if recorder is not None:
            recorder.language = self.settings.language  # for attempts begun from now on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.settings.theme, self.settings.text_scale)
        if language_changed:
            install_language(self.settings.language)
            self.retranslate()
            self.refresh_lrs_status()
        self.rebuild_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closed before: the store is closed too, nothing is left to do
            super().closeEvent(event)
            return
        self._closed = True
        link = getattr(self, "lrs_link", None)
        if link is not None:
            link.stop()  # whatever it had not sent waits in the outbox for the next start
        leaving = getattr(self.current_screen(), "shutdown", None)
        if callable(leaving):
            # the studio keeps unsaved text in its recovery file; the player records that the
            # attempt was left part-way (a statement for the next start to send)
            leaving()
        if self.state is not None:
            # closing must not fail the exit; every step is already saved
            with contextlib.suppress(Exception):
                self.state.store.close()
        super().closeEvent(event)
