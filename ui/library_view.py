"""The library: pick a trainee, resume an unfinished attempt, find and open a scenario."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.format.model import THEMES
from simulator.store.names import MAX_NAME_CHARS, InvalidName
from ui.i18n import current_language, tr
from ui.plain import plain_box, tooltip
from ui.state import (
    AppState,
    Entry,
    filter_entries,
    level_name,
    scenario_summary,
    status_name,
    theme_name,
)
from ui.storage import AttemptRow
from ui.widgets import button, close_buttons, label, mark_default, set_shown
from ui.window_api import AppWindow


class LibraryView(QWidget):
    def __init__(self, state: AppState, window: AppWindow) -> None:
        super().__init__()
        self.state = state
        self.window_ = window
        self.setAccessibleName(tr("Scenariobibliotek"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Scenariobibliotek"), "heading"))

        # trainee
        row = QHBoxLayout()
        row.addWidget(label(tr("Deltagare:"), wrap=False))
        self.trainee_combo = QComboBox()
        self.trainee_combo.setAccessibleName(tr("Välj deltagare"))
        self.trainee_combo.setMinimumContentsLength(14)
        row.addWidget(self.trainee_combo, 1)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("Nytt namn eller pseudonym"))
        self.new_name.setAccessibleName(tr("Nytt namn eller pseudonym"))
        self.new_name.setMaxLength(MAX_NAME_CHARS)
        self.new_name.returnPressed.connect(self.create_trainee)
        self.new_name.ensurePolished()  # the style sheet's text size, so the hint is whole at 200 %
        self.new_name.setMinimumWidth(
            self.new_name.fontMetrics().horizontalAdvance(self.new_name.placeholderText()) + 28)
        row.addWidget(self.new_name, 1)
        self.add_trainee = button(tr("Lägg till deltagare"))
        self.add_trainee.clicked.connect(self.create_trainee)
        row.addWidget(self.add_trainee)
        layout.addLayout(row)
        self._note_text = tr(
            "Välj eller lägg till en deltagare. Namnet sparas bara på den här datorn.")
        self.trainee_note = label(self._note_text, "note")
        layout.addWidget(self.trainee_note)

        # resume
        self.resume_heading = label(tr("Påbörjade övningar"), "subheading")
        layout.addWidget(self.resume_heading)
        resume_row = QHBoxLayout()
        self.resume_list = QListWidget()
        self.resume_list.setAccessibleName(tr("Påbörjade övningar"))
        self.resume_list.setMaximumHeight(110)
        self.resume_list.itemActivated.connect(lambda _item: self.resume_selected())
        resume_row.addWidget(self.resume_list, 1)
        self.resume_button = button(tr("Fortsätt där du var"), primary=True)
        self.resume_button.clicked.connect(self.resume_selected)
        resume_buttons = QVBoxLayout()
        resume_buttons.addWidget(self.resume_button)
        self.abandon_button = button(tr("Börja om i stället"))
        self.abandon_button.setToolTip(tr("Stänger det påbörjade försöket utan resultat."))
        self.abandon_button.clicked.connect(self.abandon_selected)
        resume_buttons.addWidget(self.abandon_button)
        resume_buttons.addStretch(1)
        resume_row.addLayout(resume_buttons)
        layout.addLayout(resume_row)

        # filters
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Sök bland scenarierna"))
        self.search.setAccessibleName(tr("Sök bland scenarierna"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_list)
        filters.addWidget(self.search, 2)
        self.theme_filter = QComboBox()
        self.theme_filter.setAccessibleName(tr("Filtrera på tema"))
        self.theme_filter.addItem(tr("Alla teman"), "")
        for key in THEMES:
            self.theme_filter.addItem(theme_name(key), key)
        self.theme_filter.currentIndexChanged.connect(self.refresh_list)
        filters.addWidget(self.theme_filter, 1)
        self.level_filter = QComboBox()
        self.level_filter.setAccessibleName(tr("Filtrera på nivå"))
        self.level_filter.addItem(tr("Alla nivåer"), "")
        for key in ("grund", "fordjupning"):
            self.level_filter.addItem(level_name(key), key)
        self.level_filter.currentIndexChanged.connect(self.refresh_list)
        filters.addWidget(self.level_filter, 1)
        layout.addLayout(filters)

        self.table = QTreeWidget()
        self.table.setAccessibleName(tr("Scenarier"))
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([tr("Titel"), tr("Status"), tr("Tema"), tr("Nivå"),
                                    tr("Minuter"), tr("Roll")])
        header = self.table.header()
        header.setStretchLastSection(False)
        # status, level and minutes fit their words; title, theme and role share what is
        # left and wrap (fit_columns), so no cell is cut and nothing scrolls sideways
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.currentItemChanged.connect(lambda *_: self._show_details())
        self.table.viewport().installEventFilter(self)  # refit the columns to its width
        self.table.itemActivated.connect(lambda _i, _c: self.open_selected())
        layout.addWidget(self.table, 1)
        self.details = label("")
        self.details.setAccessibleName(tr("Om det valda scenariot"))
        layout.addWidget(self.details)
        self.empty_note = label("", "note")
        layout.addWidget(self.empty_note)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = mark_default(button(tr("Öppna scenariot")))
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)

        self.refresh_trainees()
        self.trainee_combo.currentIndexChanged.connect(self._trainee_chosen)
        self.refresh_list()

    def initial_focus(self) -> QWidget:
        return self.table if self.state.trainee is not None else self.new_name

    def default_button(self) -> QWidget:
        return self.open_button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(obj, event)

    def fit_columns(self) -> None:
        """Every shown column as wide as its longest text; when they do not all fit, the role,
        then the theme, then the level are left out of the table (the line below it still
        says them for the selected scenario), so no cell is ever cut."""
        header = self.table.header()
        width = self.table.viewport().width()
        gap = self.table.fontMetrics().horizontalAdvance("MM")
        need = {col: max(self.table.sizeHintForColumn(col), header.sectionSizeHint(col)) + gap
                for col in range(6)}
        shown = [0, 1, 2, 3, 4, 5]
        for drop in (5, 2, 3):
            if sum(need[c] for c in shown) <= width:
                break
            shown.remove(drop)
        for col in range(6):
            header.setSectionHidden(col, col not in shown)
        spare = max(0, width - sum(need[c] for c in shown))
        for col in shown:
            w = need[col] + (spare if col == 0 else 0)  # the title takes what is left
            if header.sectionSize(col) != w:
                header.resizeSection(col, w)

    # -- trainees -------------------------------------------------------------------------------
    def refresh_trainees(self) -> None:
        self.trainee_combo.blockSignals(True)
        self.trainee_combo.clear()
        self.trainee_combo.addItem(tr("– ingen vald –"), None)
        for t in self.state.store.trainees():
            self.trainee_combo.addItem(t.name, t.id)
            if self.state.trainee is not None and t.id == self.state.trainee.id:
                self.trainee_combo.setCurrentIndex(self.trainee_combo.count() - 1)
        self.trainee_combo.blockSignals(False)
        self.trainee_note.setVisible(self.state.trainee is None)
        self.refresh_resume()

    def _trainee_chosen(self) -> None:
        tid = self.trainee_combo.currentData()
        trainee = next((t for t in self.state.store.trainees() if t.id == tid), None)
        self.state.select_trainee(trainee)
        self.trainee_note.setVisible(trainee is None)
        self.refresh_resume()
        self.refresh_list()

    def create_trainee(self) -> None:
        try:
            created = self.state.create_trainee(self.new_name.text())
        except InvalidName as exc:
            self.trainee_note.setText(exc.message(current_language()))
            self.trainee_note.setVisible(True)
            self.new_name.setFocus()
            return
        if created is None:
            self.new_name.setFocus()
            return
        self.trainee_note.setText(self._note_text)
        self.new_name.clear()
        self.refresh_trainees()
        self.refresh_list()
        self.table.setFocus()

    # -- resume ---------------------------------------------------------------------------------
    def refresh_resume(self) -> None:
        self.resume_list.clear()
        rows = self.state.unfinished()
        for row in rows:
            text = tr("{title} – {n}, påbörjad {date}").format(
                title=row.scenario_title or row.scenario_id,
                n=tr("%n beslut gjorda", None, row.step_count), date=row.started[:10])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.resume_list.addItem(item)
        if rows:
            self.resume_list.setCurrentRow(0)
        for w in (self.resume_heading, self.resume_list, self.resume_button,
                  self.abandon_button):
            w.setVisible(bool(rows))

    def resume_selected(self) -> None:
        item = self.resume_list.currentItem()
        if item is not None:
            self.window_.resume(item.data(Qt.ItemDataRole.UserRole))

    def abandon_selected(self) -> None:
        """Close the selected unfinished attempt without a result (it leaves the list)."""
        item = self.resume_list.currentItem()
        if item is None:
            return
        self.state.store.abandon(item.data(Qt.ItemDataRole.UserRole).id)
        self.refresh_resume()
        self.refresh_list()

    # -- scenarios ------------------------------------------------------------------------------
    def visible_entries(self) -> list[Entry]:
        return filter_entries(self.state.entries, self.theme_filter.currentData() or "",
                              self.level_filter.currentData() or "", self.search.text())

    def refresh_list(self) -> None:
        statuses = self.state.statuses()
        self.table.clear()
        entries = self.visible_entries()
        shipped = [e for e in entries if not e.own]
        own = [e for e in entries if e.own]
        for e in [*shipped, *own]:
            if e is (own[0] if own else None):
                self._add_heading(tr("Mina scenarier (skrivna i Författa)"))
            if e.ok:
                s = e.scenario
                cells = [s.title, status_name(statuses.get(s.id, "new")), theme_name(s.theme),
                         level_name(s.level), str(s.minutes), s.role]
            else:
                cells = [e.title, status_name("unavailable"), "", "", "", ""]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, e)
            item.setToolTip(0, tooltip(cells[0]))
            self.table.addTopLevelItem(item)
        if entries:
            first = self.table.topLevelItem(0)
            if first is not None:
                self.table.setCurrentItem(first)
        if not self.state.entries:
            self.empty_note.setText(tr("Inga scenarier hittades."))
        elif not entries:
            self.empty_note.setText(tr("Inget scenario matchar sökningen."))
        self.empty_note.setVisible(not entries)
        self.open_button.setEnabled(bool(entries))
        self.fit_columns()

    def _show_details(self) -> None:
        """Theme, level, time and role of the selected scenario, in words that wrap."""
        item = self.table.currentItem()
        entry: Entry | None = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        if entry is None or not entry.ok:
            self.details.setText("")
            set_shown(self.details, False)
            return
        self.details.setText(scenario_summary(entry.scenario))
        set_shown(self.details, True)

    def _add_heading(self, text: str) -> None:
        """A row that names a group of scenarios; it cannot be selected or opened."""
        heading = QTreeWidgetItem([text])
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        self.table.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)

    def open_selected(self) -> None:
        item = self.table.currentItem()
        if item is None or item.data(0, Qt.ItemDataRole.UserRole) is None:
            return
        entry: Entry = item.data(0, Qt.ItemDataRole.UserRole)
        if not entry.ok:
            self.show_diagnostics(entry)
            return
        if self.state.trainee is None:
            self.trainee_note.setVisible(True)
            self.new_name.setFocus()
            return
        started = [r for r in self.state.unfinished() if r.scenario_id == entry.scenario.id]
        if started:
            self.ask_resume(entry, started[0])
            return
        self.window_.open_briefing(entry)

    def ask_resume(self, entry: Entry, row: AttemptRow) -> QMessageBox:
        """A started scenario is never restarted silently: continue it, or start again (the
        started attempt is then closed without a result)."""
        box = plain_box(QMessageBox(self))  # the text quotes the scenario's title
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Du har redan börjat"))
        box.setAccessibleName(tr("Du har redan börjat"))
        box.setText(tr("Du har redan börjat på ”{title}” ({n}). Vill du fortsätta där du var "
                       "eller börja om från början?").format(
            title=entry.scenario.title, n=tr("%n beslut gjorda", None, row.step_count)))
        self.resume_yes = box.addButton(tr("Fortsätt"), QMessageBox.ButtonRole.AcceptRole)
        self.resume_restart = box.addButton(tr("Börja om"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        for b in (self.resume_yes, self.resume_restart, cancel):
            b.setAccessibleName(b.text())
        box.setDefaultButton(self.resume_yes)
        box.setEscapeButton(cancel)

        def answered(clicked: QAbstractButton) -> None:
            if clicked is self.resume_yes:
                self.window_.resume(row)
            elif clicked is self.resume_restart:
                self.state.store.abandon(row.id)
                self.window_.open_briefing(entry)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.resume_box = box
        return box

    def show_diagnostics(self, entry: Entry) -> DiagnosticsDialog:
        dialog = DiagnosticsDialog(entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.diagnostics_dialog = dialog
        return dialog


class DiagnosticsDialog(QDialog):
    """Why a scenario file cannot be used, in the author's words: file:line: message."""

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Scenariot går inte att använda"))
        self.setAccessibleName(tr("Scenariot går inte att använda"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Scenariot går inte att använda"), "heading"))
        layout.addWidget(label(tr(
            "Filen innehåller fel och kan inte spelas förrän de är rättade:") + "\n"
            + str(entry.loaded.path)))
        self.messages = QListWidget()
        self.messages.setAccessibleName(tr("Fel i scenariofilen"))
        self.messages.setWordWrap(True)
        lang = current_language()
        for d in entry.loaded.diagnostics:
            if d.severity == "error":
                self.messages.addItem(d.format(lang))
        layout.addWidget(self.messages, 1)
        layout.addWidget(close_buttons(self))
        self.resize(700, 400)
