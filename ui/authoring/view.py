"""The authoring studio's screen: the editor beside its diagnostics, story map, play pane,
guidance browser and figures, all following the text as it is written.

The file on disk is the source of truth. Unsaved text goes to a recovery file every few
seconds, so a crash or a kill loses at most those seconds; saving is atomic and keeps one
backup; a change made by another program is noticed and offered for reload. Shipped scenarios
open read-only: "Redigera en kopia" copies one into the trainer's own folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.authoring import workspace
from simulator.authoring.check import Check, guidance_usage
from simulator.authoring.template import new_scenario_text, slug
from simulator.engine.guessability import STRATEGY_NAMES, Guessability
from simulator.engine.library import find_catalogue, load_catalogue
from simulator.format.model import Catalogue
from ui.authoring.checker import Checker
from ui.authoring.editor import Mark, ScenarioEditor
from ui.authoring.guidance_browser import GuidanceBrowser
from ui.authoring.play_pane import PlayPane
from ui.authoring.story_map import StoryMap
from ui.authoring.wizard import NewScenarioDialog
from ui.i18n import current_language, tr
from ui.names import dimension_name
from ui.paths import scenarios_dir
from ui.plain import tooltip
from ui.widgets import FitScrollArea, FlowRow, button, compact_combo, label
from ui.window_api import AppWindow, as_widget

AUTOSAVE_MS = 3000


def is_shipped(path: Path) -> bool:
    """Scenarios that come with the app are read-only in the studio."""
    try:
        path.resolve().relative_to(scenarios_dir().resolve())
    except ValueError:
        return False
    return True


class AuthoringView(QWidget):
    def __init__(self, window: AppWindow, path: Path | None = None) -> None:
        super().__init__()
        self.window_ = window
        self.setObjectName("AuthoringView")
        self.setAccessibleName(tr("Författa"))
        self.path: Path | None = None
        self.read_only = False
        self.dirty = False
        self.known: workspace.Signature | None = None
        self.catalogue: Catalogue | None = None
        self.last: Check | None = None
        self.checker: Checker | None = None
        self._loading = False
        self._node_lines: list[tuple[int, str]] = []
        self._completions: list[tuple[str, str]] = []
        self._build()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed_on_disk)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        if path is not None:
            self.open_path(path)
        else:
            self._show_status()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.editor = ScenarioEditor()
        outer = QVBoxLayout(self)
        # the heading, and beside it (or below it, wrapping, when the width runs out at
        # 200 % text) the studio's buttons
        top = QHBoxLayout()
        self.heading = label(tr("Författa"), "heading")
        top.addWidget(self.heading, 1)
        buttons_row = QWidget()
        buttons = FlowRow(buttons_row)
        self.new_button = button(tr("Nytt scenario …"))
        self.new_button.clicked.connect(self.new_scenario)
        self.open_button = button(tr("Öppna fil …"))
        self.open_button.clicked.connect(self.open_dialog)
        self.library_box = QComboBox()
        compact_combo(self.library_box, 16)  # long titles must not widen the window
        self.library_box.setAccessibleName(tr("Öppna från biblioteket"))
        self.library_box.activated.connect(self._open_from_library)
        self.copy_button = button(tr("Redigera en kopia"))
        self.copy_button.clicked.connect(self.edit_copy)
        self.save_button = button(tr("Spara"), primary=True)
        self.save_button.clicked.connect(self.save)
        for w in (self.new_button, self.open_button, self.library_box, self.copy_button,
                  self.save_button):
            buttons.addWidget(w)
        buttons_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        top.addWidget(buttons_row)
        outer.addLayout(top)
        self.status = label("")
        self.status.setAccessibleName(tr("Status"))
        outer.addWidget(self.status)
        self.banner = QWidget()
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        self.banner_text = label("", "banner")
        self.banner_yes = button("")
        self.banner_no = button("")
        self._answers: tuple[Callable[[], object], Callable[[], object]] = (
            lambda: None, lambda: None)
        self.banner_yes.clicked.connect(lambda: self._answer(0))
        self.banner_no.clicked.connect(lambda: self._answer(1))
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_yes)
        banner_row.addWidget(self.banner_no)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        tools = QHBoxLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(tr("Hitta i texten (Ctrl+F, F3 nästa)"))
        self.find_edit.setAccessibleName(tr("Hitta i texten"))
        self.find_edit.returnPressed.connect(lambda: self.editor.find_text(self.find_edit.text()))
        self.node_box = QComboBox()
        compact_combo(self.node_box, 12)  # long titles must not widen the window
        self.node_box.setAccessibleName(tr("Gå till nod (Ctrl+G)"))
        self.node_box.activated.connect(self._go_to_selected_node)
        tools.addWidget(self.find_edit, 2)
        tools.addWidget(label(tr("Gå till nod:")))
        tools.addWidget(self.node_box, 2)
        outer.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor.textChanged.connect(self._edited)
        self.editor.cursor_line_changed.connect(self._cursor_line)
        splitter.addWidget(self.editor)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Kontroll av scenariot"))
        self.diagnostics = QListWidget()
        self.diagnostics.setAccessibleName(tr("Fel och varningar"))
        self.diagnostics.setWordWrap(True)  # a message is read whole, never cut at the edge
        self.diagnostics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.diagnostics.itemActivated.connect(self._jump_to_diagnostic)
        self.diagnostics.itemClicked.connect(self._jump_to_diagnostic)
        self.story_map = StoryMap()
        self.story_map.node_clicked.connect(self.go_to_node)
        self.play = PlayPane()
        self.figures = label("")
        self.figures.setAccessibleName(tr("Siffror"))
        figures_text = QWidget()
        box = QVBoxLayout(figures_text)
        box.addWidget(self.figures)
        box.addStretch(1)
        figures_page = FitScrollArea()  # the figures scroll at 200 % text on a low screen
        figures_page.setWidget(figures_text)
        self.guidance: GuidanceBrowser | None = None
        self.guidance_page = QWidget()
        QVBoxLayout(self.guidance_page)
        self.tabs.addTab(self.diagnostics, tr("Fel och varningar"))
        self.tabs.addTab(self.story_map, tr("Karta"))
        self.tabs.addTab(self.play, tr("Spela härifrån"))
        self.tabs.addTab(figures_page, tr("Siffror"))
        self.tabs.addTab(self.guidance_page, tr("Vägledning"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([600, 500])
        self.splitter = splitter
        self._split_once = False
        outer.addWidget(splitter, 1)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+F", self._focus_find),
                           ("F3", lambda: self.editor.find_text(self.find_edit.text())),
                           ("Shift+F3", lambda: self.editor.find_text(self.find_edit.text(),
                                                                      backwards=True)),
                           ("Ctrl+G", self._focus_nodes), ("Ctrl+N", self.new_scenario),
                           ("Ctrl+O", self.open_dialog)):
            QShortcut(QKeySequence(keys), self, slot)
        self._fill_library_box()

    def initial_focus(self) -> QWidget:
        return self.editor if self.path is not None else self.new_button

    def _fill_library_box(self) -> None:
        self.library_box.clear()
        self.library_box.addItem(tr("Öppna från biblioteket …"), None)
        state = self.window_.state
        for entry in (state.entries if state is not None else []):
            self.library_box.addItem(entry.title, str(entry.loaded.path))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_once and self.splitter.width() > 0:
            # The first time: the checks' side as wide as its tabs need, if the text keeps
            # most of the width (otherwise the tab bar scrolls, as at 200 % text)
            self._split_once = True
            total = sum(self.splitter.sizes())
            tabs = self.tabs.tabBar().sizeHint().width() + 8
            if tabs <= total * 0.55:
                self.splitter.setSizes([total - tabs, tabs])

    # -- opening ----------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open a scenario file; False (with a message) if it cannot be read."""
        from simulator.format.header import MAX_FILE_BYTES
        from simulator.format.reading import FileTooLarge, NotAFile, read_file

        try:
            text = read_file(path, MAX_FILE_BYTES).decode("utf-8")
        except NotAFile:
            self._say(tr("{name} är inte en vanlig fil (utan en mapp, en enhet eller en "
                         "namngiven pipe) och kan inte öppnas.").format(name=path.name))
            return False
        except FileTooLarge as exc:
            self._say(tr("Filen {name} är {size} MB; ett scenario får vara högst {limit} MB.")
                      .format(name=path.name, size=exc.size // (1024 * 1024),
                              limit=exc.limit // (1024 * 1024)))
            return False
        except UnicodeDecodeError:
            self._say(tr("Filen {name} är inte text i UTF-8 och kan inte öppnas.")
                      .format(name=path.name))
            return False
        except OSError as exc:
            self._say(tr("Filen {name} går inte att öppna: {reason}").format(
                name=path.name, reason=exc.strerror or type(exc).__name__))
            return False
        if self.path is not None and str(self.path) in self.watcher.files():
            self.watcher.removePath(str(self.path))
        self.path = path
        self.window_.authoring_path = path
        self.read_only = is_shipped(path)
        self.known = workspace.signature(path)
        cat_path = find_catalogue(path)
        self.catalogue = load_catalogue(cat_path).catalogue if cat_path is not None else None
        if self.checker is not None:
            self.checker.close()
        self.checker = Checker(str(path), str(cat_path) if cat_path is not None else None,
                               self.editor.toPlainText, self)
        self.checker.checked.connect(self.show_check)
        self.checker.failed.connect(lambda msg: self._say(
            tr("Kontrollen av texten misslyckades: {msg}").format(msg=msg)))
        self._set_text(text)
        self.watcher.addPath(str(path))
        self._build_guidance()
        self.heading.setText(tr("Författa: {name}").format(name=path.name))
        recovered = workspace.read_recovery(path, text)
        if recovered is not None and not self.read_only:
            self._offer(tr("Det finns osparad text från förra gången, till exempel efter en "
                           "krasch. Vill du återställa den?"),
                        tr("Återställ"), lambda: self._restore(recovered),
                        tr("Släng"), lambda: workspace.drop_recovery(path))
        self._show_status()
        self.checker.check_now()
        return True

    def _set_text(self, text: str) -> None:
        self._loading = True
        self.editor.setPlainText(text)
        self.editor.setReadOnly(self.read_only)
        self._loading = False
        self.dirty = False

    def _restore(self, text: str) -> None:
        self.editor.setPlainText(text)  # marks the text changed: saving writes it to the file
        self.editor.document().setModified(True)

    def _build_guidance(self) -> None:
        if self.guidance is not None:
            self.guidance.deleteLater()
        state = self.window_.state
        usage = guidance_usage([e.loaded for e in state.entries]) if state is not None else {}
        self.guidance = GuidanceBrowser(self.catalogue, usage)
        self.guidance.insert_requested.connect(self._insert_guidance)
        layout = self.guidance_page.layout()
        if layout is not None:
            layout.addWidget(self.guidance)

    def open_dialog(self) -> None:
        start = str(workspace.own_scenarios_dir())
        name, _ = QFileDialog.getOpenFileName(self, tr("Öppna scenario"), start,
                                              tr("Scenarier (*.md)"))
        if name:
            self.open_path(Path(name))

    def _open_from_library(self, index: int) -> None:
        value = self.library_box.itemData(index)
        if value:
            self.open_path(Path(value))
        self.library_box.setCurrentIndex(0)

    def new_scenario(self) -> Path | None:
        """Ask the wizard's questions, write the file in the own folder and open it."""
        cat_path = find_catalogue(scenarios_dir() / "x.md")
        catalogue = load_catalogue(cat_path).catalogue if cat_path is not None else None
        dialog = NewScenarioDialog(catalogue, as_widget(self.window_))
        self.wizard = dialog
        if dialog.exec() != NewScenarioDialog.DialogCode.Accepted:
            return None
        return self.create_from(dialog)

    def create_from(self, dialog: NewScenarioDialog) -> Path:
        answers = dialog.answers()
        folder = workspace.own_scenarios_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = workspace.free_path(folder, slug(answers.title))
        workspace.save_atomic(target, new_scenario_text(replace(answers, scenario_id=target.stem)))
        self._library_changed()
        self.open_path(target)
        return target

    def edit_copy(self) -> Path | None:
        if self.path is None:
            return None
        target = workspace.copy_for_editing(self.path, workspace.own_scenarios_dir())
        self._library_changed()
        self.open_path(target)
        self._say(tr("En kopia finns nu bland dina egna scenarier: {name}").format(
            name=target.name))
        return target

    # -- editing and checking ---------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_status()
        if self.checker is not None:
            self.checker.schedule()

    def show_check(self, check: Check) -> None:
        self.last = check
        lang = current_language()
        self.diagnostics.clear()
        marks = []
        for d in check.diagnostics:
            text = d.format(lang).replace(str(self.path) + ":", tr("rad") + " ", 1)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.line)
            item.setToolTip(tooltip(d.message(lang)))  # a message may quote the author's HTML
            self.diagnostics.addItem(item)
            if d.line > 0:
                marks.append(Mark(d.line, d.severity, d.message(lang)))
        if not check.diagnostics:
            self.diagnostics.addItem(QListWidgetItem(tr("Inga fel, varningar eller "
                                                        "pedagogiska anmärkningar.")))
        self.editor.set_marks(marks)
        self.story_map.show_check(check)
        self.play.show_check(check)
        if [self.node_box.itemText(i) for i in range(self.node_box.count())] != [
                nid for _, nid in check.node_lines] or self._node_lines != check.node_lines:
            current = self.node_box.currentText()
            self.node_box.clear()
            for first, nid in check.node_lines:
                self.node_box.addItem(nid, first)
            self.node_box.setCurrentIndex(max(0, self.node_box.findText(current)))
            self._node_lines = list(check.node_lines)
        self.figures.setText(self._figures_text(check))
        completions = [(c.text, c.detail) for c in check.completions]
        if completions != self._completions:  # a long list: rebuild it only when it changed
            self._completions = completions
            self.editor.set_completions(completions)
        self._cursor_line(self.editor.current_line())
        self._show_status()

    def _figures_text(self, check: Check) -> str:
        f = check.figures
        if not f:
            return tr("Siffrorna visas när texten går att analysera (inga fel).")
        scenario = check.loaded.scenario
        lines = [tr("Expertvägens poäng: {n}").format(n=f["expert_total"]),
                 tr("Lägsta möjliga poäng: {n}").format(n=f["worst_total"]),
                 tr("Beslut på expertvägen: {n}").format(n=f["expert_decisions"]),
                 tr("Beslut på kortaste och längsta vägen: {a}–{b}").format(
                     a=f["min_decisions"], b=f["max_decisions"]),
                 tr("Tillstånd i analysen: {n}").format(n=f["states"]), "",
                 tr("Poäng per kompetensområde (lägsta–högsta):")]
        bounds = f.get("bounds")
        if isinstance(bounds, dict):
            for dim, (low, high) in bounds.items():
                lines.append(f"  {dimension_name(scenario, dim)}: {low}–{high}")
        guess = f.get("guessability")
        if isinstance(guess, Guessability) and guess.chance is not None:
            lang = current_language()

            def pct(x: float | None) -> str:
                return "–" if x is None else f"{round(100 * x)} %"

            lines += ["", tr("Gissbarhet: hur ofta en enkel strategi hittar bästa valet "
                             "({n} beslut)").format(n=guess.decisions),
                      "  " + tr("slumpen: {p}").format(p=pct(guess.chance))]
            for name, rate in guess.strategies.items():
                sv, en = STRATEGY_NAMES.get(name, (name, name))
                mark = "  ⚠" if name in guess.flagged else ""
                lines.append(f"  {en if lang == 'en' else sv}: {pct(rate)}{mark}")
            lines.append("  " + tr("bästa valet är det längsta: {a}, det kortaste: {b}").format(
                a=pct(guess.best_longest), b=pct(guess.best_shortest)))
            if guess.flagged:
                lines.append(tr("⚠ över gränsen: alternativen avslöjar svaret (se varningen i "
                                "listan)."))
        return "\n".join(lines)

    def _cursor_line(self, line: int) -> None:
        if self.last is None:
            return
        nid = self.last.node_at(line)
        self.story_map.mark_current(nid)
        self.play.select_node(nid)

    def go_to_node(self, nid: str) -> None:
        line = self.last.line_of(nid) if self.last is not None else None
        if line is not None:
            self.editor.go_to_line(line)

    def _go_to_selected_node(self, index: int) -> None:
        line = self.node_box.itemData(index)
        if isinstance(line, int):
            self.editor.go_to_line(line)

    def _jump_to_diagnostic(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(line, int) and line > 0:
            self.editor.go_to_line(line)

    def _insert_guidance(self, gid: str) -> None:
        if not self.read_only:
            self.editor.insertPlainText(gid)
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _focus_nodes(self) -> None:
        self.node_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.node_box.showPopup()

    # -- saving, recovery, outside changes --------------------------------------------------
    def save(self) -> bool:
        if self.path is None or self.read_only:
            if self.read_only:
                self._say(tr("Det här scenariot följer med appen och kan inte ändras. Välj "
                             "Redigera en kopia."))
            return False
        try:
            workspace.save_atomic(self.path, self.editor.toPlainText())
        except OSError as exc:
            self._say(tr("Det gick inte att spara {name}: {reason}. Texten finns kvar här och "
                         "i återställningsfilen.").format(name=self.path.name,
                                                          reason=exc.strerror or exc))
            self.write_recovery()
            return False
        self.known = workspace.signature(self.path)
        workspace.drop_recovery(self.path)
        self.dirty = False
        self._library_changed()
        self._show_status()
        return True

    def write_recovery(self) -> None:
        if self.path is not None and self.dirty and not self.read_only:
            try:
                workspace.write_recovery(self.path, self.editor.toPlainText())
            except OSError:
                self._say(tr("Återställningsfilen kunde inte skrivas; spara gärna nu."))

    def _changed_on_disk(self, name: str) -> None:
        path = self.path
        if path is None or name != str(path):
            return
        if not path.exists():
            self._say(tr("Filen {name} har tagits bort eller flyttats av ett annat program. "
                         "Spara för att skriva den igen.").format(name=path.name))
            return
        if str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))  # some editors replace the file: watch the new one
        if not workspace.changed_on_disk(path, self.known):
            return
        self._offer(tr("Filen har ändrats av ett annat program. Vill du läsa in den nya "
                       "versionen? Dina osparade ändringar här försvinner då.") if self.dirty else
                    tr("Filen har ändrats av ett annat program. Vill du läsa in den nya "
                       "versionen?"),
                    tr("Läs in igen"), lambda: self.open_path(path),
                    tr("Behåll min text"), lambda: self._keep_mine(path))

    def _offer(self, text: str, yes: str, on_yes: Callable[[], object], no: str,
               on_no: Callable[[], object]) -> None:
        """A question in a bar above the editor (not a modal box: typing is not interrupted)."""
        self.banner_text.setText(text)
        self.banner_yes.setText(yes)
        self.banner_yes.setAccessibleName(yes)
        self.banner_no.setText(no)
        self.banner_no.setAccessibleName(no)
        self._answers = (on_yes, on_no)
        self.banner.setVisible(True)
        self.banner_yes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self, index: int) -> None:
        self.banner.setVisible(False)
        self._answers[index]()

    def _keep_mine(self, path: Path) -> None:
        self.known = workspace.signature(path)  # ask again only on the next outside change
        self.dirty = True
        self._show_status()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _show_status(self) -> None:
        set_copy = self.path is not None and self.read_only
        self.copy_button.setVisible(set_copy)
        self.save_button.setEnabled(self.path is not None and not self.read_only)
        if self.path is None:
            self.status.setText(tr("Skapa ett nytt scenario eller öppna ett. Dina egna "
                                   "scenarier sparas i {folder}.").format(
                                       folder=workspace.own_scenarios_dir()))
        elif self.read_only:
            self.status.setText(tr("Skrivskyddat: det här scenariot följer med appen. Välj "
                                   "Redigera en kopia för att ändra i en egen kopia."))
        elif self.dirty:
            self.status.setText(tr("Ändrat – inte sparat (Ctrl+S sparar)."))
        else:
            self.status.setText(tr("Sparat."))

    def _library_changed(self) -> None:
        state = self.window_.state
        if state is not None:
            state.library_stale = True

    def shutdown(self) -> None:
        """Leaving the studio: keep unsaved text in the recovery file, stop the worker."""
        self.write_recovery()
        self.autosave.stop()
        if self.checker is not None:
            self.checker.wait(5000)
            self.checker.close()
