"""Feedback after a decision: why, the guidance with sources, and the change per dimension.

One panel lives as long as the player and is refilled after each decision: creating and
styling new widgets on every step would cost more than the 16 ms a step may take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QVBoxLayout

from ui.i18n import tr
from ui.names import deltas_text
from ui.widgets import label, set_shown

if TYPE_CHECKING:
    from simulator.engine.session import StepResult
    from simulator.format.model import Choice, Principle, Scenario


def principle_line(p: Principle) -> str:
    return f"{p.id} {p.title} – " + tr("Källa") + f": {p.source}"


class FeedbackPanel(QFrame):
    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.scenario = scenario
        self.setProperty("role", "feedback")
        self.setAccessibleName(tr("Återkoppling på ditt beslut"))
        layout = QVBoxLayout(self)
        self.critical = label(tr("Kritiskt fel: det här beslutet kunde ha satt någon i fara."),
                              "fail")
        self.decision = label("", "subheading")
        self.why = label("")
        self.points = label("")
        self.follows = label("")
        self.breaks = label("")
        for w in (self.critical, self.decision, self.why, self.points, self.follows,
                  self.breaks):
            layout.addWidget(w)
        self.setVisible(False)

    def show_step(self, choice: Choice, step: StepResult) -> None:
        role = "critical" if step.critical else "feedback"
        if self.property("role") != role:
            self.setProperty("role", role)
            self.style().unpolish(self)
            self.style().polish(self)
        set_shown(self.critical, bool(step.critical))
        self.decision.setText(tr("Ditt beslut: {text}").format(text=choice.text))
        self.why.setText(step.feedback or "")
        set_shown(self.why, bool(step.feedback))
        self.points.setText(tr("Poäng: {changes}").format(
            changes=deltas_text(self.scenario, dict(step.deltas))))
        self.follows.setText("\n".join([tr("Följer riktlinjerna:")]
                                       + ["✓ " + principle_line(p) for p in step.follows]))
        set_shown(self.follows, bool(step.follows))
        self.breaks.setText("\n".join([tr("Bryter mot riktlinjerna:")]
                                      + ["✗ " + principle_line(p) for p in step.breaks]))
        set_shown(self.breaks, bool(step.breaks))
        set_shown(self, True)

    def text(self) -> str:
        """Everything the panel says now, for tests and for a screen reader's description."""
        return "\n".join(w.text() for w in (self.critical, self.decision, self.why, self.points,
                                            self.follows, self.breaks) if w.isVisibleTo(self))
