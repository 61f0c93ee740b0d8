"""Play from here: try the scenario from any node, with chosen variable values, and see each
choice's score and guidance as the author wrote them.

The pane remembers where the author is (the start node, the values, the choices taken). After
an edit it replays that on the new text and keeps the place as far as it still exists.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.authoring.check import Check
from simulator.engine.session import Session, SessionError
from simulator.format.expr import Value
from simulator.format.model import Choice, NodeId, Scenario
from ui.i18n import tr
from ui.markdown_view import MarkdownView
from ui.names import deltas_text, outcome_name
from ui.widgets import ChoiceButton, FitScrollArea, button, compact_combo, label


def choice_annotation(scenario: Scenario, choice: Choice) -> str:
    """What the author wrote on a choice, in words: score, guidance, critical."""
    parts = [deltas_text(scenario, dict(choice.score))]
    if choice.follows:
        parts.append(tr("följer {ids}").format(ids=", ".join(choice.follows)))
    if choice.breaks:
        parts.append(tr("bryter mot {ids}").format(ids=", ".join(choice.breaks)))
    if choice.critical:
        parts.append(tr("KRITISKT"))
    return "; ".join(parts)


class PlayPane(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Spela härifrån"))
        self.scenario: Scenario | None = None
        self.check: Check | None = None
        self.session: Session | None = None
        self.start_node: str | None = None
        self.start_values: dict[str, Value] = {}
        self.taken: list[str] = []
        self._items: list[tuple[str, NodeId]] = []
        self._variables: tuple[object, ...] = ()
        outer = QVBoxLayout(self)
        self.note = label(tr("Ställ markören i en nod och välj Spela härifrån."))
        outer.addWidget(self.note)
        top = QHBoxLayout()
        self.node_box = QComboBox()
        compact_combo(self.node_box, 12)  # long titles must not widen the window
        self.node_box.setAccessibleName(tr("Nod att börja i"))
        top.addWidget(label(tr("Börja i:")))
        top.addWidget(self.node_box, 1)
        self.play_button = button(tr("Spela härifrån"))
        self.play_button.clicked.connect(self.play_selected)
        top.addWidget(self.play_button)
        outer.addLayout(top)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.inputs: dict[str, QCheckBox | QSpinBox] = {}
        self.story_scroll = FitScrollArea()
        self.story_scroll.setWidgetResizable(True)
        page = QWidget()
        self.page = QVBoxLayout(page)
        self.title = label("", "subheading")
        self.text = MarkdownView()
        self.text.setAccessibleName(tr("Nodens text"))
        self.feedback = label("")
        self.feedback.setAccessibleName(tr("Återkoppling"))
        self.page.addWidget(self.title)
        self.page.addWidget(self.text, 1)
        self.page.addWidget(self.feedback)
        self.choice_box = QVBoxLayout()
        self.page.addLayout(self.choice_box)
        self.page.addStretch(0)
        self.story_scroll.setWidget(page)
        outer.addWidget(self.story_scroll, 1)
        self.buttons: list[ChoiceButton] = []

    # -- following the text -----------------------------------------------------------------
    def show_check(self, check: Check) -> None:
        """New text was checked: rebuild the node list and the form, keep the place."""
        scenario = check.loaded.scenario
        if scenario is None:
            self.note.setText(tr("Texten går inte att läsa just nu. Rätta felen i listan, så "
                                 "går det att spela igen."))
            return
        self.check, self.scenario = check, scenario
        items = [(f"{nid} – {node.title}", nid) for nid, node in scenario.nodes.items()]
        if items != self._items:  # rebuilt only when the nodes changed: a long list is slow
            self._items = items
            current = self.node_box.currentData() or self.start_node
            self.node_box.blockSignals(True)
            self.node_box.clear()
            for text, nid in items:
                self.node_box.addItem(text, nid)
            self.node_box.setCurrentIndex(max(0, self.node_box.findData(current)))
            self.node_box.blockSignals(False)
        variables = tuple(scenario.variables.values())
        if variables != self._variables:
            self._variables = variables
            self._build_form(scenario)
        if self.start_node is not None:
            self._replay()

    def select_node(self, nid: str | None) -> None:
        """The editor's cursor moved into `nid`: preselect it as the place to start."""
        if nid is None:
            return
        index = self.node_box.findData(nid)
        if index >= 0:
            self.node_box.setCurrentIndex(index)

    def _build_form(self, scenario: Scenario) -> None:
        old = {name: self._value(w) for name, w in self.inputs.items()}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        for name, decl in scenario.variables.items():
            widget: QCheckBox | QSpinBox
            if decl.type == "bool":
                widget = QCheckBox()
                widget.setChecked(bool(old.get(name, decl.start)))
            else:
                widget = QSpinBox()
                widget.setRange(decl.low, decl.high)
                widget.setValue(int(old.get(name, decl.start)))
            widget.setAccessibleName(name)
            self.form.addRow(name, widget)
            self.inputs[name] = widget

    @staticmethod
    def _value(widget: QCheckBox | QSpinBox) -> Value:
        return widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()

    # -- playing ----------------------------------------------------------------------------
    def play_selected(self) -> None:
        nid = self.node_box.currentData()
        if self.scenario is None or nid is None:
            return
        self.start_node = str(nid)
        self.start_values = {name: self._value(w) for name, w in self.inputs.items()}
        self.taken = []
        self._replay()

    def _replay(self) -> None:
        """Rebuild the session from the start node and values, then the choices taken, as far
        as they still exist in the text."""
        if self.scenario is None or self.start_node is None:
            return
        analysis = self.check.loaded.analysis if self.check else None
        try:
            session = Session.starting_at(self.scenario, analysis, self.start_node,
                                          self.start_values)
        except SessionError:
            self.session = None
            self.note.setText(tr("Noden {id} finns inte längre; välj var du vill börja.")
                              .format(id=self.start_node))
            self._show()
            return
        kept = []
        for choice_id in self.taken:
            try:
                session.choose(choice_id)
            except (SessionError, KeyError):
                break
            kept.append(choice_id)
        self.taken = kept
        self.session = session
        self.note.setText(tr("Du spelar från {id}. Poäng och vägledning står vid varje val.")
                          .format(id=self.start_node))
        self._show()

    def choose(self, choice_id: str) -> None:
        if self.session is None:
            return
        result = self.session.choose(choice_id)
        self.taken.append(choice_id)
        self._show(feedback=result.feedback)

    def _show(self, feedback: str = "") -> None:
        for b in self.buttons:
            self.choice_box.removeWidget(b)
            b.deleteLater()
        self.buttons = []
        session, scenario = self.session, self.scenario
        if session is None or scenario is None:
            self.title.setText("")
            self.text.set_markdown("")
            self.feedback.setText("")
            return
        node = session.node
        self.title.setText(f"{node.id} – {node.title}" + (
            "  (" + tr("slut: {outcome}").format(outcome=outcome_name(node.ending)) + ")"
            if node.is_ending else ""))
        self.text.set_markdown(node.text)
        self.feedback.setText(feedback)
        self.feedback.setVisible(bool(feedback))
        for number, choice in enumerate(session.choices, start=1):
            b = ChoiceButton(number, f"{choice.text}\n[{choice_annotation(scenario, choice)}]")
            b.clicked.connect(lambda _=False, cid=choice.id: self.choose(cid))
            self.choice_box.addWidget(b)
            self.buttons.append(b)
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
