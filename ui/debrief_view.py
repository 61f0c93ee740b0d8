"""The debrief: first the verdict, the decisions that cost most and any critical error; then
tabs for every decision (each with its cost and "Tänk om" right there), the graph with both
paths, and the guidance followed and missed. Every number comes from the engine's Result;
nothing is scored here. A past attempt reopened from the history is shown read-only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.format.model import NodeId
from ui.charts import DimensionBars, bars_legend
from ui.graph_view import GraphView
from ui.i18n import tr
from ui.names import outcome_name
from ui.pdf import cost_text, dimension_rows, verdict_lines
from ui.play import PlayController
from ui.widgets import FitScrollArea, button, label, mark_default
from ui.window_api import AppWindow

if TYPE_CHECKING:
    from simulator.engine.result import DecisionCost, Result
    from simulator.format.model import Scenario
    from ui.state import AppState

COSTLIEST = 3  # how many of the costliest decisions the summary names


def where(scenario: Scenario, node_id: str) -> str:
    node = scenario.nodes.get(NodeId(node_id))
    return node.title if node is not None and node.title else node_id


def verdict_text(result: Result) -> str:
    """The verdict in words with a mark, so colour is never the only sign of it."""
    return "✓ " + tr("Godkänd") if result.passed else "✗ " + tr("Inte godkänd")


def costliest(result: Result, n: int = COSTLIEST) -> list[DecisionCost]:
    """The decisions that cost most, highest first (ties in the order they were made)."""
    costly = [d for d in result.decisions if d.cost > 0 or not d.optimal]
    # A critical error or a worse ending outweighs any number of points.
    weight = {"critical": 2, "ending": 1}
    return sorted(costly, key=lambda d: (-weight.get(d.loss, 0), -d.cost, d.index))[:n]


def page(widgets: list[QWidget] | None = None) -> tuple[FitScrollArea, QVBoxLayout]:
    scroll = FitScrollArea()
    body = QWidget()
    layout = QVBoxLayout(body)
    for w in widgets or []:
        layout.addWidget(w)
    scroll.setWidget(body)
    return scroll, layout


class DebriefView(QWidget):
    def __init__(self, state: AppState, controller: PlayController, window: AppWindow) -> None:
        super().__init__()
        self.state = state
        self.controller = controller
        self.window_ = window
        self.result = controller.result()
        self.read_only = controller.read_only
        self.what_if_buttons: dict[int, QPushButton] = {}
        self.decision_labels: list[QLabel] = []
        scenario = controller.scenario
        self.setAccessibleName(tr("Genomgång"))
        outer = QVBoxLayout(self)
        outer.addWidget(label(tr("Genomgång: {title}").format(title=scenario.title), "heading"))
        if controller.is_what_if:
            outer.addWidget(label(tr("Tänk om: det här är en utforskning från beslut {n} och "
                                     "räknas inte in i ditt resultat.").format(
                                         n=(controller.what_if_from or 0) + 1), "banner"))
        if self.read_only:
            outer.addWidget(label(tr("Ett avslutat försök ur historiken. Genomgången visas som "
                                     "den är; försöket ändras inte."), "banner"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Genomgångens delar"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._summary(scenario), tr("Sammanfattning"))
        self.tabs.addTab(self._decisions(scenario), tr("Dina beslut"))
        self.tabs.addTab(self._graph(scenario), tr("Din väg och expertvägen"))
        self.tabs.addTab(self._guidance(), tr("Riktlinjer"))
        outer.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.library_button = button(tr("Till historiken") if self.read_only
                                     else tr("Till biblioteket"))
        self.library_button.clicked.connect(window.show_history if self.read_only
                                            else window.show_library)
        buttons.addWidget(self.library_button)
        buttons.addStretch(1)
        self.pdf_button = button(tr("Spara som PDF"))
        self.pdf_button.clicked.connect(self.ask_export)
        buttons.addWidget(self.pdf_button)
        self.again_button = mark_default(button(tr("Försök igen")))
        self.again_button.clicked.connect(self.try_again)
        buttons.addWidget(self.again_button)
        outer.addLayout(buttons)

    # -- the tabs ---------------------------------------------------------------------------
    def _summary(self, scenario: Scenario) -> QWidget:
        r = self.result
        scroll, layout = page()
        scroll.setAccessibleName(tr("Sammanfattning"))
        self.verdict = label(verdict_text(r), "pass" if r.passed else "fail")
        layout.addWidget(self.verdict)
        for line in verdict_lines(r):
            layout.addWidget(label(line))
        if r.ending:
            layout.addWidget(label(tr("Utfall: {outcome}").format(outcome=outcome_name(r.ending))))
        undone = self.controller.undone_count()
        if undone:
            self.undone_note = label(tr("Du gick tillbaka ett steg %n gånger – det går bara i "
                                        "övningsläget, med återkoppling efter varje beslut.",
                                        None, undone))
            layout.addWidget(self.undone_note)
        if r.critical_errors:
            layout.addWidget(label(tr("Kritiska fel"), "subheading"))
            for c in r.critical_errors:
                text = "✗ " + c.choice.text
                if c.choice.feedback:
                    text += "\n" + c.choice.feedback
                layout.addWidget(label(text, "note"))
        top = costliest(r)
        layout.addWidget(label(tr("Det här kostade mest"), "subheading"))
        if not top:
            layout.addWidget(label(tr("Inget av dina beslut kostade poäng.")))
        for d in top:
            layout.addWidget(self._decision_card(scenario, d, summary=True))
        layout.addWidget(label(tr("Resultat per kompetensområde"), "subheading"))
        self.bars = DimensionBars(dimension_rows(scenario, r))
        layout.addWidget(self.bars)
        self.bars_legend = label(bars_legend(r.best_total), "legend")
        layout.addWidget(self.bars_legend)
        layout.addStretch(1)
        return scroll

    def _decision_card(self, scenario: Scenario, d: DecisionCost, *, summary: bool) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        text = tr("Beslut {n} – {where}").format(n=d.index + 1, where=where(scenario, d.node))
        text += "\n" + tr("Du valde: {text}").format(text=d.choice.text)
        text += "\n" + cost_text(d)
        if not d.optimal and d.best_choice is not None:
            text += "\n" + tr("Bästa val: {text}").format(text=d.best_choice.text)
        lab = label(text)
        box.addWidget(lab)
        if not summary:
            self.decision_labels.append(lab)
        if not self.read_only:
            row = QHBoxLayout()
            row.addStretch(1)
            b = button(tr("Tänk om härifrån"),
                       tr("Tänk om: spela vidare från beslut {n}").format(n=d.index + 1))
            b.setToolTip(tr("Spela vidare från det här beslutet. Det påverkar inte ditt resultat."))
            b.clicked.connect(lambda _=False, i=d.index: self.start_what_if(i))
            row.addWidget(b)
            box.addLayout(row)
            if not summary:
                self.what_if_buttons[d.index] = b
        return card

    def _decisions(self, scenario: Scenario) -> QWidget:
        scroll, layout = page()
        scroll.setAccessibleName(tr("Dina beslut"))
        if not self.read_only:
            layout.addWidget(label(tr("Under varje beslut kan du tänka om: spela vidare därifrån "
                                      "och se vart ett annat val leder. Det påverkar inte ditt "
                                      "resultat.")))
        for d in self.result.decisions:
            layout.addWidget(self._decision_card(scenario, d, summary=False))
        if not self.result.decisions:
            layout.addWidget(label(tr("Inga beslut.")))
        layout.addStretch(1)
        return scroll

    def _graph(self, scenario: Scenario) -> QWidget:
        r = self.result
        holder = QWidget()
        holder.setAccessibleName(tr("Din väg och expertvägen"))
        layout = QVBoxLayout(holder)
        layout.addWidget(label(tr("Din väg är en heldragen linje och dina rutor har tjock ram; "
                                  "expertvägen är en streckad linje. Håll musen över en ruta "
                                  "för hela rubriken.")))
        # the view scrolls itself: it is the tab's one scroll area
        self.graph = GraphView(scenario, list(r.path), list(r.expert_path))
        layout.addWidget(self.graph, 1)
        return holder

    def _guidance(self) -> QWidget:
        r = self.result
        scroll, layout = page()
        scroll.setAccessibleName(tr("Riktlinjer"))
        for heading, principles, mark in ((tr("Riktlinjer du följde"), r.followed, "✓"),
                                          (tr("Riktlinjer du missade"), r.missed, "✗")):
            layout.addWidget(label(heading, "subheading"))
            if not principles:
                layout.addWidget(label(tr("Inga.")))
            for p in principles:
                text = " ".join(p.text.split())  # the catalogue's line breaks are not meant
                layout.addWidget(label(f"{mark} {p.id} {p.title}\n{text}\n"
                                       + tr("Källa") + f": {p.source}"))
        layout.addStretch(1)
        return scroll

    def initial_focus(self) -> QWidget:
        return self.again_button

    def default_button(self) -> QWidget:
        return self.again_button

    # -- commands -------------------------------------------------------------------------------
    def start_what_if(self, index: int) -> None:
        if not self.read_only:
            self.window_.what_if(self.controller.origin or self.controller, index)

    def try_again(self) -> None:
        entry = self.state.entry(self.controller.scenario.id) if self.state else None
        if entry is not None:
            self.window_.open_briefing(entry)

    def export_pdf(self, path: str | Path) -> Path:
        from ui.pdf import write_debrief_pdf

        trainee = self.state.trainee.name if self.state and self.state.trainee else ""
        return write_debrief_pdf(path, self.controller.scenario, self.result, trainee,
                                 what_if=self.controller.is_what_if)

    def ask_export(self) -> None:
        from ui.saving import save_file

        save_file(self, tr("Spara genomgången som PDF"), f"vagval-{self.controller.scenario.id}.pdf",
                  self.export_pdf)
