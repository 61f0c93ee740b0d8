"""The facilitator's screen during a workshop: the node, notes and questions, the vote entry.

Everything works from the keyboard while the screen has the focus:

    1–9        select an option (after a decision: show that option's feedback)
    + / −      one vote more / less for the selected option (also ↑ / ↓)
    E          type the selected option's count (Enter or Esc returns here)
    V          show or hide the split on the projector
    Enter      follow the majority / go on to the next decision / open the debrief
    Ctrl+Enter take the selected option (breaks a tie, or overrides the room)
    T          start or pause the discussion timer
    P          projector page and back (one screen); K high contrast on the projector
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.format.model import NodeId
from simulator.workshop.model import WorkshopError
from ui import theme
from ui.i18n import tr
from ui.markdown_view import render
from ui.plain import escape
from ui.widgets import FitScrollArea, button, label, set_shown
from ui.window_api import AppWindow
from ui.workshop.controller import WorkshopController
from ui.workshop.presentation import PresentationView, add_documents, critical_text, rich, timer_text
from ui.workshop.projector import ProjectorHost

_ROW_SHEET = ("QFrame[role=\"option-row\"] { border: 2px solid transparent; border-radius: 6px; }"
              " QFrame[role=\"option-row\"][selected=\"true\"] { border: 3px solid #d9480f; }")


class OptionRow(QFrame):
    def __init__(self, number: int, text: str, marks: list[tuple[str, str]],
                 view: WorkshopView) -> None:
        super().__init__()
        self.setProperty("role", "option-row")
        self.number = number
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        self.text = label(f"{number}.  {text}")
        grid.addWidget(self.text, 0, 0)
        self.marks = rich(" · ".join(f"<b style='color:{colour}'>{escape(text)}</b>"
                                     for text, colour in marks))
        self.marks.setVisible(bool(marks))
        grid.addWidget(self.marks, 1, 0)
        self.count = QSpinBox()
        self.count.setRange(0, 999)
        self.count.setKeyboardTracking(False)  # saved when the typed number is complete
        self.count.setAccessibleName(tr("Röster för alternativ {n}").format(n=number))
        self.count.setMinimumWidth(90)
        self.count.installEventFilter(view)
        self.count.valueChanged.connect(lambda v, n=number: view.count_typed(n, v))
        grid.addWidget(self.count, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def set_selected(self, on: bool) -> None:
        if self.property("selected") != on:
            self.setProperty("selected", on)
            self.style().unpolish(self)
            self.style().polish(self)


class WorkshopView(QWidget, ProjectorHost):
    def __init__(self, controller: WorkshopController, window: AppWindow | None = None, *,
                 text_scale: int = 100, separate_projector: bool | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.window_ = window
        self.text_scale = text_scale
        self.setAccessibleName(tr("Workshop – handledarvy"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_ROW_SHEET)
        self.rows: list[OptionRow] = []
        self._updating = False
        self._built_for: tuple[object, ...] | None = None
        page = self._build_page()
        self.host_projector(self, page, PresentationView(controller, text_scale),
                            separate_projector)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        controller.changed.connect(self.refresh)
        self.refresh()

    def initial_focus(self) -> QWidget:
        return self

    def shutdown(self) -> None:
        """Leaving the facilitator view (the debrief, the library, closing the app): the phones'
        web server stops and their tokens are forgotten."""
        self.phones.stop()

    # -- layout --------------------------------------------------------------------------------
    def _build_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        top = QHBoxLayout()
        self.title = label("", "heading")
        top.addWidget(self.title, 1)
        self.timer_label = label("", "subheading", wrap=False)
        self.timer_label.setAccessibleName(tr("Diskussionstid kvar"))
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.status = label("")
        self.status.setAccessibleName(tr("Status"))
        outer.addWidget(self.status)
        columns = QHBoxLayout()
        self.node_area = FitScrollArea()
        self.node_area.setAccessibleName(tr("Scen, anteckningar och frågor"))
        columns.addWidget(self.node_area, 3)
        right = QVBoxLayout()
        right.addWidget(label(tr("Alternativ och röster"), "subheading"))
        self.options_area = FitScrollArea()
        self.options_area.setAccessibleName(tr("Alternativ och röster"))
        right.addWidget(self.options_area, 1)
        self.totals = label("")
        self.totals.setAccessibleName(tr("Antal röster"))
        right.addWidget(self.totals)
        from ui.workshop.phones import PhonePanel, PhoneVoting

        self.phones = PhoneVoting(self.controller)
        self.phone_panel = PhonePanel(self.phones)
        right.addWidget(self.phone_panel)
        self.show_marks = QCheckBox(tr("Visa riktlinjernas val och kritiska fel (bara här)"))
        self.show_marks.setAccessibleName(tr("Visa riktlinjernas val och kritiska fel"))
        self.show_marks.toggled.connect(lambda _on: self._rebuild(force=True))
        right.addWidget(self.show_marks)
        columns.addLayout(right, 4)
        outer.addLayout(columns, 1)
        outer.addLayout(self._build_buttons())
        return page

    def _build_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        self.reveal_button = button(tr("Visa fördelningen (V)"))
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.follow_button = button(tr("Följ majoriteten (Enter)"), primary=True)
        self.follow_button.clicked.connect(self.primary)
        self.pick_button = button(tr("Välj markerat alternativ (Ctrl+Enter)"))
        self.pick_button.clicked.connect(self.pick_selected)
        self.feedback_button = button(tr("Visa återkoppling för markerat (F)"))
        self.feedback_button.clicked.connect(lambda: self.controller.show_feedback())
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 30)
        self.minutes.setValue(max(1, self.controller.timer_seconds // 60))
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Diskussionstid i minuter"))
        self.minutes.valueChanged.connect(self.controller.set_timer_minutes)
        self.minutes.installEventFilter(self)
        self.timer_button = button(tr("Starta/pausa timer (T)"))
        self.timer_button.clicked.connect(self.controller.toggle_timer)
        self.projector_button = button(tr("Projektorvy (P)"))
        self.projector_button.clicked.connect(self.toggle_projector)
        self.contrast_button = button(tr("Hög kontrast på projektorn (K)"))
        self.contrast_button.clicked.connect(self.controller.toggle_contrast)
        self.pause_button = button(tr("Pausa och fortsätt senare"))
        self.pause_button.clicked.connect(self.pause)
        timer = QHBoxLayout()
        timer.addWidget(self.minutes)
        timer.addWidget(self.timer_button, 1)
        cells: list[QWidget | QHBoxLayout] = [
            self.reveal_button, self.pick_button, self.feedback_button, self.follow_button,
            timer, self.projector_button, self.contrast_button, self.pause_button]
        columns = 4 if self.text_scale < 150 else 2  # large text: fewer, wider columns
        for i, cell in enumerate(cells):
            r, col = divmod(i, columns)
            if isinstance(cell, QHBoxLayout):
                grid.addLayout(cell, r, col)
            else:
                grid.addWidget(cell, r, col)
        return grid

    # -- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        w = c.workshop
        where = (tr("Slutet") if c.phase == "ended"
                 else tr("Beslut {n}").format(n=c.decision_number))
        self.title.setText(f"{w.scenario.title} · {where}")
        self._rebuild()
        self._update_counts()
        self._tick()
        deciding = c.phase in ("vote", "revealed")
        # controls that do not apply now are not shown at all (a row of greyed-out buttons
        # reads as broken); the grid keeps its place, so nothing jumps around
        set_shown(self.reveal_button, deciding)
        self.reveal_button.setText(tr("Dölj fördelningen (V)") if c.phase == "revealed"
                                   else tr("Visa fördelningen (V)"))
        set_shown(self.pick_button, deciding)
        set_shown(self.feedback_button, c.phase == "feedback")
        action = c.primary()
        self.follow_button.setText({
            "follow": tr("Följ majoriteten (Enter)"), "tie": tr("Lika – välj alternativ"),
            "next": tr("Nästa beslut (Enter)"), "debrief": tr("Visa genomgången (Enter)"),
        }[action])
        self.follow_button.setAccessibleName(self.follow_button.text())
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        # a tie is settled with a digit and Ctrl+Enter (the status line says so once votes
        # are in); before any vote there is nothing to follow
        set_shown(self.follow_button, action != "tie")
        if c.phase == "feedback" and w.finished and action == "next":
            self.follow_button.setText(tr("Till slutet (Enter)"))
            self.follow_button.setAccessibleName(self.follow_button.text())
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        c = self.controller
        parts = []
        if not c.saved:
            parts.append(tr("Obs! Workshopen sparas inte på disken just nu."))
        if c.phase in ("vote", "revealed") and c.workshop.is_tie and c.workshop.total_votes:
            parts.append(tr("Lika röster: välj alternativ med en siffra och tryck Ctrl+Enter."))
        if c.phase == "revealed" and self.projector_visible():
            parts.append(tr("Fördelningen visas på projektorn."))
        if c.phase == "feedback" and c.last is not None:
            rec = c.last[0]
            n = rec.options.index(rec.chosen) + 1
            parts.append(tr("Valt: alternativ {n}. Tryck en siffra för att visa ett annat "
                             "alternativs återkoppling.").format(n=n))
        if c.phase == "ended":
            parts.append(tr("Scenariot är slut. Tryck Enter för rummets genomgång."))
        return " ".join(parts)

    def _rebuild(self, force: bool = False) -> None:
        c = self.controller
        key = (c.phase, len(c.workshop.decisions), c.shown_feedback, self.show_marks.isChecked())
        if key == self._built_for and not force:
            return
        self._built_for = key
        self._fill_node()
        self._fill_options()

    def _fill_node(self) -> None:
        c = self.controller
        if c.phase == "feedback" and c.last is not None:
            node = c.workshop.scenario.nodes[NodeId(c.last[0].node)]
        else:
            node = c.workshop.node
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(label(node.title, "subheading"))
        if c.phase == "feedback" and c.last is not None:
            step = c.last[1]
            box.addWidget(label(tr("Återkoppling för rummets val"), "subheading"))
            if step.critical:
                box.addWidget(label(critical_text(), "fail"))
            box.addWidget(label(step.feedback or tr("Ingen återkoppling för det här valet.")))
            for heading, principles in ((tr("Följde riktlinjerna"), step.follows),
                                        (tr("Bröt mot riktlinjerna"), step.breaks)):
                if principles:
                    box.addWidget(label(heading + ": " + "; ".join(
                        f"{p.id} {p.title}" for p in principles)))
            if c.shown_feedback:
                other = c.workshop.scenario.choice(c.shown_feedback)
                box.addWidget(label(tr("Visas också: {text}").format(text=other.text),
                                    "subheading"))
                box.addWidget(label(other.feedback or tr("Ingen återkoppling för det här valet.")))
        else:
            box.addWidget(rich(render(node.text)))
            add_documents(box, node)
        if node.facilitator:
            box.addWidget(label(tr("Handledarens anteckningar"), "subheading"))
            note = rich(render(node.facilitator))
            note.setProperty("role", "note")
            note.setAccessibleName(tr("Handledarens anteckningar"))
            box.addWidget(note)
        if node.questions:
            box.addWidget(label(tr("Diskussionsfrågor"), "subheading"))
            items = "".join(f"<li>{escape(q)}</li>" for q in node.questions)
            q = rich(f"<ul>{items}</ul>")
            q.setAccessibleName(tr("Diskussionsfrågor"))
            box.addWidget(q)
        box.addStretch(1)
        self.node_area.setWidget(page)

    def _fill_options(self) -> None:
        c = self.controller
        page = QWidget()
        box = QVBoxLayout(page)
        self.rows = []
        deciding = c.phase in ("vote", "revealed")
        options = c.options if deciding else [] if c.phase == "ended" else c.last_options()
        guidance = c.workshop.guidance_choice() if deciding else None
        guidance_id = guidance.id if guidance is not None else (
            c.last[0].guidance if c.last is not None and not deciding else None)
        for i, choice in enumerate(options, 1):
            marks = []
            if self.show_marks.isChecked():
                colours = theme.colors()
                if choice.id == guidance_id:
                    marks.append((tr("Riktlinjernas val"), colours["good"]))
                if choice.critical:
                    marks.append((tr("Kritiskt fel"), colours["bad"]))
            row = OptionRow(i, choice.text, marks, self)
            row.count.setEnabled(deciding)
            self.rows.append(row)
            box.addWidget(row)
        if not options:
            box.addWidget(label(tr("Inga fler beslut.")))
        box.addStretch(1)
        self.options_area.setWidget(page)

    def _update_counts(self) -> None:
        c = self.controller
        self._updating = True
        try:
            if c.phase in ("vote", "revealed"):
                votes = c.workshop.votes
                ids: list[str] = [ch.id for ch in c.options]
            elif c.last is not None:
                votes = dict(c.last[0].votes)
                ids = list(c.last[0].options)
            else:
                votes, ids = {}, []
            for row, cid in zip(self.rows, ids, strict=False):
                if row.count.value() != votes.get(cid, 0):
                    row.count.setValue(votes.get(cid, 0))
                row.set_selected(row.number == c.selected)
                if row.number == c.selected:
                    self.options_area.ensureWidgetVisible(row)
        finally:
            self._updating = False
        total = sum(votes.get(i, 0) for i in ids)
        people = c.workshop.people
        if people:
            text = tr("{total} röster av {people} personer").format(total=total, people=people)
        else:
            text = tr("{total} röster").format(total=total)
        self.totals.setText(text)

    def _tick(self) -> None:
        left = self.controller.timer_left()
        text = timer_text(left)
        if self.timer_label.text() != text:  # four ticks a second: touch the labels on change
            self.timer_label.setText(text)
            self.timer_label.setVisible(left is not None)
            self.presentation.update_timer()

    # -- commands ----------------------------------------------------------------------------
    def count_typed(self, number: int, value: int) -> None:
        if self._updating or self.controller.phase not in ("vote", "revealed"):
            return
        self.controller.set_count(number, value)

    def toggle_reveal(self) -> None:
        c = self.controller
        if c.phase == "vote":
            c.reveal()
        else:
            c.hide_split()

    def primary(self) -> None:
        c = self.controller
        action = c.primary()
        if action == "follow":
            c.follow_majority()
        elif action == "next":
            c.next()
        elif action == "debrief":
            self.open_debrief()
        self.setFocus()

    def pick_selected(self) -> None:
        try:
            self.controller.choose_selected()
        except WorkshopError:
            return
        self.setFocus()

    def open_debrief(self) -> None:
        from ui.workshop.debrief import WorkshopDebriefView, show_debrief

        c = self.controller
        window = self.window_
        if window is not None and hasattr(window, "show_screen"):
            show_debrief(window, c, separate_projector=self.separate)
        else:  # used alone (a test): open it as its own window
            self.debrief_view = WorkshopDebriefView(c, None)
            self.debrief_view.show()

    def pause(self) -> None:
        """Everything is stored; going back to the library leaves the workshop resumable."""
        window = self.window_
        if window is not None and hasattr(window, "show_library"):
            window.show_library()

    def focus_count(self) -> None:
        if 1 <= self.controller.selected <= len(self.rows):
            spin = self.rows[self.controller.selected - 1].count
            if spin.isEnabled():
                spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
                spin.selectAll()

    # -- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        c = self.controller
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not ctrl:
            n = key - Qt.Key.Key_0
            if c.phase == "feedback":
                c.show_feedback(n)
            else:
                c.select(n)
            return True
        deciding = c.phase in ("vote", "revealed")
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up) and deciding:
            c.bump(+1)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Down) and deciding:
            c.bump(-1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target = QApplication.focusWidget()
            if not ctrl and isinstance(target, QAbstractButton) and self.isAncestorOf(target):
                target.click()  # Enter on a focused button is that button, not "follow"
                return True
            if ctrl:
                self.pick_selected()
            else:
                self.primary()
            return True
        simple: dict[int, Callable[[], object]] = {
                  Qt.Key.Key_V: self.toggle_reveal, Qt.Key.Key_T: c.toggle_timer,
                  Qt.Key.Key_P: self.toggle_projector, Qt.Key.Key_K: c.toggle_contrast,
                  Qt.Key.Key_F: lambda: c.show_feedback(), Qt.Key.Key_E: self.focus_count}
        if key in simple and not ctrl:
            simple[key]()
            return True
        if key == Qt.Key.Key_Escape and not self.separate and self.projector_visible():
            self.toggle_projector()
            return True
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Enter or Esc in a count field: take the typed number and give the keys back."""
        if isinstance(obj, QSpinBox) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                obj.interpretText()
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)
