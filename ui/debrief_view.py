"""The debrief: pass or fail and why, the result per dimension, critical errors, guidance
followed and missed, each decision's cost, the graph with both paths, "what if", PDF, retry.
Every number comes from the engine's Result; nothing is scored here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ui.charts import DimensionBars
from ui.graph_view import GraphView
from ui.i18n import tr
from ui.names import outcome_name
from ui.pdf import debrief_html, dimension_label, verdict_lines, write_pdf
from ui.play import PlayController
from ui.widgets import FitScrollArea, button, label
from ui.window_api import AppWindow

if TYPE_CHECKING:
    from ui.state import AppState


class DebriefView(QWidget):
    def __init__(self, state: AppState, controller: PlayController, window: AppWindow) -> None:
        super().__init__()
        self.state = state
        self.controller = controller
        self.window_ = window
        self.result = controller.result()
        scenario = controller.scenario
        r = self.result
        self.setAccessibleName(tr("Genomgång"))
        outer = QVBoxLayout(self)
        scroll = FitScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Genomgång"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label(tr("Genomgång: {title}").format(title=scenario.title), "heading"))
        if controller.is_what_if:
            layout.addWidget(label(tr("Tänk om: det här är en utforskning från beslut {n} och "
                                      "räknas inte in i ditt resultat.").format(
                                          n=(controller.what_if_from or 0) + 1), "banner"))
        self.verdict = label(tr("Godkänd") if r.passed else tr("Inte godkänd"),
                             "pass" if r.passed else "fail")
        layout.addWidget(self.verdict)
        for line in verdict_lines(r):
            layout.addWidget(label(line))
        if r.ending:
            layout.addWidget(label(tr("Utfall: {outcome}").format(
                outcome=outcome_name(r.ending))))

        layout.addWidget(label(tr("Resultat per kompetensområde"), "subheading"))
        self.bars = DimensionBars([(dimension_label(scenario, d), d.achieved, d.best, d.minimum)
                                   for d in r.dimensions])
        layout.addWidget(self.bars)

        if r.critical_errors:
            layout.addWidget(label(tr("Kritiska fel"), "subheading"))
            for c in r.critical_errors:
                text = "✗ " + c.choice.text
                if c.choice.feedback:
                    text += "\n" + c.choice.feedback
                layout.addWidget(label(text, "note"))

        for heading, principles, mark in ((tr("Riktlinjer du följde"), r.followed, "✓"),
                                          (tr("Riktlinjer du missade"), r.missed, "✗")):
            layout.addWidget(label(heading, "subheading"))
            if not principles:
                layout.addWidget(label(tr("Inga.")))
            for p in principles:
                text = " ".join(p.text.split())  # the catalogue's line breaks are not meant
                layout.addWidget(label(f"{mark} {p.id} {p.title}\n{text}\n"
                                       + tr("Källa") + f": {p.source}"))

        layout.addWidget(label(tr("Dina beslut"), "subheading"))
        self.decision_labels = []
        for d in r.decisions:
            node = scenario.nodes.get(d.node)
            where = node.title if node is not None and node.title else d.node
            text = tr("Beslut {n} – {where}").format(n=d.index + 1, where=where)
            text += "\n" + tr("Du valde: {text}").format(text=d.choice.text)
            text += "\n" + (tr("Kostnad: {n} poäng").format(n=d.cost) if d.cost else
                            tr("Kostnad: inga poäng – bästa möjliga val."))
            if d.cost > 0 and d.best_choice is not None:
                text += "\n" + tr("Bästa val: {text}").format(text=d.best_choice.text)
            lab = label(text)
            self.decision_labels.append(lab)
            layout.addWidget(lab)

        layout.addWidget(label(tr("Din väg och expertvägen"), "subheading"))
        layout.addWidget(label(tr("Din väg är heldragen, expertvägen streckad.")))
        self.graph = GraphView(scenario, list(r.path), list(r.expert_path))
        layout.addWidget(self.graph)

        layout.addWidget(label(tr("Tänk om"), "subheading"))
        layout.addWidget(label(tr("Välj ett tidigare beslut och spela vidare därifrån. Det "
                                  "påverkar inte ditt resultat.")))
        row = QHBoxLayout()
        self.what_if_combo = QComboBox()
        self.what_if_combo.setAccessibleName(tr("Beslut att spela om från"))
        for d in r.decisions:
            node = scenario.nodes.get(d.node)
            self.what_if_combo.addItem(tr("Beslut {n} – {where}").format(
                n=d.index + 1, where=node.title if node and node.title else d.node), d.index)
        row.addWidget(self.what_if_combo, 1)
        self.what_if_button = button(tr("Spela vidare härifrån"))
        self.what_if_button.clicked.connect(self.start_what_if)
        self.what_if_button.setEnabled(bool(r.decisions))
        row.addWidget(self.what_if_button)
        layout.addLayout(row)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.library_button = button(tr("Till biblioteket"))
        self.library_button.clicked.connect(window.show_library)
        buttons.addWidget(self.library_button)
        buttons.addStretch(1)
        self.pdf_button = button(tr("Spara som PDF"))
        self.pdf_button.clicked.connect(self.ask_export)
        buttons.addWidget(self.pdf_button)
        self.again_button = button(tr("Försök igen"), primary=True)
        self.again_button.clicked.connect(self.try_again)
        buttons.addWidget(self.again_button)
        outer.addLayout(buttons)

    def initial_focus(self) -> QWidget:
        return self.again_button

    # -- commands -------------------------------------------------------------------------------
    def start_what_if(self) -> None:
        index = self.what_if_combo.currentData()
        if index is not None:
            self.window_.what_if(self.controller.origin or self.controller, int(index))

    def try_again(self) -> None:
        entry = self.state.entry(self.controller.scenario.id) if self.state else None
        if entry is not None:
            self.window_.open_briefing(entry)

    def export_pdf(self, path: str | Path) -> Path:
        trainee = self.state.trainee.name if self.state and self.state.trainee else ""
        html = debrief_html(self.controller.scenario, self.result, trainee,
                            what_if=self.controller.is_what_if)
        return write_pdf(path, html, tr("Genomgång"),
                         {"bars.png": self.bars.render_image(),
                          "graph.png": self.graph.render_image()})

    def ask_export(self) -> None:
        default = str(Path.home() / f"vagval-{self.controller.scenario.id}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, tr("Spara genomgången som PDF"), default,
                                              "PDF (*.pdf)")
        if path:
            self.export_pdf(path)
            self.window_.statusBar().showMessage(tr("Sparad: {path}").format(path=path), 8000)
            self.window_.statusBar().setAccessibleName(tr("Statusrad"))

