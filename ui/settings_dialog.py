"""Settings: language, text size, theme and the default feedback mode.

A value the organisation's settings file gives is marked beside its control: "set by your
organisation" (the user may change it) or "locked by your organisation" (the control is
disabled). Below the form, the organisation's own entries are listed when there is a file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.settings import Settings
from ui.widgets import label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(tr("Inställningar"))
        self.setAccessibleName(tr("Inställningar"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Inställningar"), "heading"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(tr("Språk"))
        self.text_scale = QSpinBox()
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setAccessibleName(tr("Textstorlek"))
        self.theme = QComboBox()
        self.theme.addItem(tr("Ljust"), "light")
        self.theme.addItem(tr("Mörkt"), "dark")
        self.theme.addItem(tr("Hög kontrast"), "contrast")
        self.theme.setAccessibleName(tr("Färgtema"))
        self.feedback = QComboBox()
        self.feedback.addItem(tr("Efter varje beslut"), "direct")
        self.feedback.addItem(tr("Först i genomgången efteråt"), "end")
        self.feedback.setAccessibleName(tr("Återkoppling som standard"))
        self.org_hints: dict[str, QLabel] = {}
        for key, text, widget in (("language", tr("Språk"), self.language),
                                  ("text_scale", tr("Textstorlek"), self.text_scale),
                                  ("theme", tr("Färgtema"), self.theme),
                                  ("feedback_mode", tr("Återkoppling som standard"),
                                   self.feedback)):
            form.addRow(text, self._with_origin(key, widget))
        layout.addLayout(form)
        org = settings.organisation
        if org.found:
            layout.addWidget(label(tr("Från organisationen"), "subheading"))
            lines = [tr("Inställningsfil: {path}").format(path=org.path)]
            if org.name:
                lines.append(tr("Organisation: {name}").format(name=org.name))
            if org.logo is not None:
                lines.append(tr("Logotyp på intyg och PDF: {path}").format(path=org.logo))
            if org.lrs_endpoint:
                lines.append(tr("LRS-adress: {url}").format(url=org.lrs_endpoint))
            for folder in org.scenario_folders:
                lines.append(tr("Scenariomapp: {path}").format(path=folder))
            if org.problems:
                lines.append(tr("Filen har fel; se Om Vägval (Skift+F1)."))
            self.org_summary = label("\n".join(lines))
            self.org_summary.setAccessibleName(tr("Från organisationen"))
            layout.addWidget(self.org_summary)
        self._sections = layout  # add_section() puts more above the buttons
        self._checks: list[Callable[[], bool]] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Spara"))
        ok.setAccessibleName(tr("Spara"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr("Avbryt"))
        cancel.setAccessibleName(tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._select(self.language, settings.language)
        self._select(self.theme, settings.theme)
        self._select(self.feedback, settings.feedback_mode)
        self.text_scale.setValue(settings.text_scale)

    def add_section(self, widget: QWidget, check: Callable[[], bool] | None = None) -> None:
        """Another part of the settings (e.g. ui/lrs_panel.py), above the Save button, in a
        scroll area so that at large text sizes nothing is squeezed off the screen. ``check``
        runs on Save: False keeps the dialog open (the section has said what is wrong)."""
        if check is not None:
            self._checks.append(check)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        self._sections.insertWidget(self._sections.count() - 1, scroll, 1)
        self._fit(widget)

    def _fit(self, section: QWidget) -> None:
        """As tall as the section needs, up to most of the screen: the scroll area is for
        what does not fit, not a reason to open small."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        room = screen.availableGeometry().height() * 0.85 if screen is not None else 800
        wanted = self.sizeHint().height() + section.sizeHint().height()
        self.resize(max(self.width(), section.sizeHint().width() + 60), int(min(room, wanted)))

    def _with_origin(self, key: str, widget: QWidget) -> QWidget:
        """The control, and beside it where its value comes from when the organisation set it."""
        if self._settings.locked(key):
            hint = tr("Låst av din organisation")
            widget.setEnabled(False)
        elif self._settings.from_organisation(key):
            hint = tr("Din organisations val")
        else:
            return widget
        note = label(hint, wrap=False)
        note.setObjectName(f"org_hint_{key}")
        self.org_hints[key] = note
        widget.setAccessibleDescription(hint)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        box.addWidget(note)
        return row

    def accept(self) -> None:
        """Save, unless a section finds something wrong in what was typed."""
        if all(check() for check in self._checks):
            super().accept()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def values(self) -> Settings:
        """The dialog's values; a locked setting always keeps the organisation's."""
        chosen = {"language": self.language.currentData(), "text_scale": self.text_scale.value(),
                  "theme": self.theme.currentData(), "feedback_mode": self.feedback.currentData()}
        return replace(self._settings, **{key: value for key, value in chosen.items()
                                          if not self._settings.locked(key)})
