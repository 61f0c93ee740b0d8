"""Start a workshop: the scenario, an optional group label and head count; or resume one."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.store.names import InvalidName
from simulator.workshop.model import MAX_GROUP_CHARS, clean_group
from ui.i18n import current_language, tr
from ui.widgets import button, label

if TYPE_CHECKING:
    from simulator.format.model import Scenario
    from simulator.workshop.store import WorkshopSummary
    from ui.state import Entry


def has_workshop_notes(scenario: Scenario) -> bool:
    return any(n.facilitator or n.questions for n in scenario.nodes.values())


def workshop_entries(entries: list[Entry]) -> list[Entry]:
    """Playable scenarios, those with facilitator notes first, then by title."""
    ok = [e for e in entries if e.ok]
    return sorted(ok, key=lambda e: (not has_workshop_notes(e.scenario), e.title.casefold()))


class StartWorkshopDialog(QDialog):
    def __init__(self, entries: list[Entry], unfinished: list[WorkshopSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Starta workshop"))
        self.setAccessibleName(tr("Starta workshop"))
        self.entries = workshop_entries(entries)
        self.unfinished = unfinished
        # ("start", None) or ("resume", summary)
        self.choice: tuple[str, WorkshopSummary | None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Starta workshop"), "heading"))
        form = QFormLayout()
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(tr("Scenario"))
        for e in self.entries:
            text = e.title
            if has_workshop_notes(e.scenario):
                text += " – " + tr("med handledarstöd")
            self.scenario.addItem(text)
        form.addRow(tr("&Scenario"), self.scenario)
        self.group = QLineEdit()
        self.group.setAccessibleName(tr("Gruppens namn (valfritt)"))
        self.group.setPlaceholderText(tr("t.ex. Vuxenenheten, vårens utbildning"))
        self.group.setMaxLength(MAX_GROUP_CHARS)
        form.addRow(tr("&Grupp (valfritt)"), self.group)
        self.group_error = label("")  # a hidden or control character (simulator/workshop/model)
        self.group_error.setObjectName("workshop_group_error")
        self.group_error.setVisible(False)
        form.addRow("", self.group_error)
        self.people = QSpinBox()
        self.people.setRange(0, 500)
        self.people.setSpecialValueText(tr("inte angivet"))
        self.people.setAccessibleName(tr("Antal personer i rummet (valfritt)"))
        form.addRow(tr("&Antal personer"), self.people)
        layout.addLayout(form)
        layout.addWidget(label(tr("Skriv inga namn på deltagarna. Workshopen sparar bara "
                                   "antal röster per alternativ."), "note"))
        buttons = QHBoxLayout()
        self.start_button = button(tr("Starta"), primary=True)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(bool(self.entries))
        self.start_button.clicked.connect(self.start)
        cancel = button(tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.resume_list: QComboBox | None = None
        if unfinished:
            layout.addWidget(label(tr("Avbrutna workshoppar"), "subheading"))
            row = QHBoxLayout()
            self.resume_list = QComboBox()
            self.resume_list.setAccessibleName(tr("Avbrutna workshoppar"))
            for s in unfinished:
                self.resume_list.addItem(summary_text(s))
            row.addWidget(self.resume_list, 1)
            self.resume_button = button(tr("Fortsätt"))
            self.resume_button.clicked.connect(self.resume)
            row.addWidget(self.resume_button)
            layout.addLayout(row)
        self.scenario.setFocus()

    def values(self) -> tuple[Entry, str, int | None]:
        entry = self.entries[self.scenario.currentIndex()]
        people = self.people.value() or None
        return entry, clean_group(self.group.text()), people

    def select_scenario(self, scenario_id: str) -> None:
        for i, e in enumerate(self.entries):
            if e.scenario.id == scenario_id:
                self.scenario.setCurrentIndex(i)

    def start(self) -> None:
        try:
            clean_group(self.group.text())
        except InvalidName as exc:
            self.group_error.setText(exc.message(current_language()))
            self.group_error.setVisible(True)
            self.group.setAccessibleDescription(exc.message(current_language()))
            self.group.setFocus()
            return
        if self.entries:
            self.choice = ("start", None)
            self.accept()

    def resume(self) -> None:
        if self.resume_list is not None and self.unfinished:
            self.choice = ("resume", self.unfinished[self.resume_list.currentIndex()])
            self.accept()


def local_time(stamp: str) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM'."""
    try:
        return _dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16]


def summary_text(s: WorkshopSummary) -> str:
    when = local_time(s.updated or s.started)
    parts = [s.scenario_title or s.scenario_id, when]
    if s.group:
        parts.append(s.group)
    parts.append(tr("{n} beslut").format(n=s.decision_count))
    return " · ".join(parts)
