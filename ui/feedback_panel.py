"""Feedback after a decision: why, the guidance with sources, and the change per dimension."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QVBoxLayout

from ui.i18n import tr
from ui.names import deltas_text
from ui.widgets import label


def principle_line(p: Any) -> str:
    return f"{p.id} {p.title} – " + tr("Källa") + f": {p.source}"


class FeedbackPanel(QFrame):
    def __init__(self, scenario: Any, choice: Any, step: Any) -> None:
        super().__init__()
        self.setProperty("role", "critical" if step.critical else "feedback")
        self.setAccessibleName(tr("Återkoppling på ditt beslut"))
        layout = QVBoxLayout(self)
        if step.critical:
            layout.addWidget(label(tr("Kritiskt fel: det här beslutet kunde ha satt någon i fara."),
                                   "fail"))
        layout.addWidget(label(tr("Ditt beslut: {text}").format(text=choice.text), "subheading"))
        if step.feedback:
            layout.addWidget(label(step.feedback))
        layout.addWidget(label(tr("Poäng: {changes}").format(
            changes=deltas_text(scenario, dict(step.deltas)))))
        if step.follows:
            layout.addWidget(label(tr("Följer riktlinjerna:")))
            for p in step.follows:
                layout.addWidget(label("✓ " + principle_line(p)))
        if step.breaks:
            layout.addWidget(label(tr("Bryter mot riktlinjerna:")))
            for p in step.breaks:
                layout.addWidget(label("✗ " + principle_line(p)))
