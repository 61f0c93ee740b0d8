"""Settings: language, text size, theme and the default feedback mode."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
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
        form.addRow(tr("Språk"), self.language)
        form.addRow(tr("Textstorlek"), self.text_scale)
        form.addRow(tr("Färgtema"), self.theme)
        form.addRow(tr("Återkoppling som standard"), self.feedback)
        layout.addLayout(form)
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

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(0, i))

    def values(self) -> Settings:
        return replace(self._settings, language=self.language.currentData(),
                       text_scale=self.text_scale.value(), theme=self.theme.currentData(),
                       feedback_mode=self.feedback.currentData())
