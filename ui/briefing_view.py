"""The briefing: role, goals, time, the content note with a way back, and the feedback mode."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.state import AppState, Entry, content_language_note, level_name, theme_name
from ui.widgets import FitScrollArea, button, label, mark_default
from ui.window_api import AppWindow


class BriefingView(QWidget):
    def __init__(self, state: AppState, entry: Entry, window: AppWindow) -> None:
        super().__init__()
        self.state = state
        self.entry = entry
        self.window_ = window
        s = entry.scenario
        self.setAccessibleName(tr("Introduktion till scenariot"))
        outer = QVBoxLayout(self)
        scroll = FitScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(tr("Introduktion till scenariot"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label(s.title, "heading"))
        layout.addWidget(label(
            f"{theme_name(s.theme)} · {level_name(s.level)} · "
            + tr("cirka {n} minuter").format(n=s.minutes)))
        language_note = content_language_note(s)
        if language_note:
            layout.addWidget(label(language_note, "note"))
        layout.addWidget(label(tr("Din roll"), "subheading"))
        layout.addWidget(label(s.role))
        layout.addWidget(label(tr("Innehållet"), "subheading"))
        note = label(s.content_note, "note")
        note.setAccessibleName(tr("Innehållsvarning") + ": " + s.content_note)
        layout.addWidget(note)
        layout.addWidget(label(tr(
            "Du kan pausa eller gå tillbaka när som helst – det du har gjort sparas. "
            "Stöd och hjälp når du alltid med knappen längst upp till höger eller med F1.")))
        layout.addWidget(label(tr("Det här övar du på"), "subheading"))
        for goal in s.goals:
            layout.addWidget(label("• " + goal))
        layout.addWidget(label(tr("Återkoppling"), "subheading"))
        self.mode_direct = QRadioButton(tr("Efter varje beslut"))
        self.mode_direct.setAccessibleName(tr("Återkoppling efter varje beslut"))
        self.mode_end = QRadioButton(tr("Först i genomgången efteråt"))
        self.mode_end.setAccessibleName(tr("Återkoppling först i genomgången efteråt"))
        group = QButtonGroup(self)
        group.addButton(self.mode_direct)
        group.addButton(self.mode_end)
        (self.mode_end if state.settings.feedback_mode == "end" else self.mode_direct
         ).setChecked(True)
        layout.addWidget(self.mode_direct)
        layout.addWidget(self.mode_end)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.back_button = button(tr("Tillbaka till biblioteket"))
        self.back_button.clicked.connect(window.show_library)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.start_button = mark_default(button(tr("Börja")))
        self.start_button.clicked.connect(self.start)
        row.addWidget(self.start_button)
        outer.addLayout(row)

    def initial_focus(self) -> QWidget:
        return self.start_button

    def default_button(self) -> QWidget:
        return self.start_button

    def mode(self) -> str:
        return "end" if self.mode_end.isChecked() else "direct"

    def start(self) -> None:
        self.window_.start_play(self.entry, self.mode())
