"""The new-scenario wizard: title, theme, role and competence areas; it writes a valid file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from simulator.authoring.template import TemplateAnswers
from simulator.format.model import THEMES, Catalogue
from ui.i18n import current_language, tr
from ui.state import theme_name
from ui.widgets import label


class NewScenarioDialog(QDialog):
    def __init__(self, catalogue: Catalogue | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setWindowTitle(tr("Nytt scenario"))
        self.setAccessibleName(tr("Nytt scenario"))
        box = QVBoxLayout(self)
        box.addWidget(label(tr("Svara på några frågor, så skapas en fil med en startnod och två "
                               "slut som du sedan skriver vidare på.")))
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(tr("Titel"))
        form.addRow(tr("Titel"), self.title_edit)
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(tr("Tema"))
        for key in THEMES:
            self.theme_box.addItem(theme_name(key), key)
        form.addRow(tr("Tema"), self.theme_box)
        self.role_edit = QLineEdit()
        self.role_edit.setAccessibleName(tr("Roll"))
        self.role_edit.setPlaceholderText(tr("till exempel Socialsekreterare, vuxenenheten"))
        form.addRow(tr("Roll"), self.role_edit)
        box.addLayout(form)
        box.addWidget(label(tr("Kompetensområden som scenariot bedömer:")))
        self.dimension_boxes: dict[str, QCheckBox] = {}
        dims = catalogue.dimensions.values() if catalogue is not None else []
        for d in dims:
            check = QCheckBox(d.name(current_language()))
            check.setAccessibleName(d.name(current_language()))
            check.setChecked(d.id in ("sakerhet", "bemotande"))
            box.addWidget(check)
            self.dimension_boxes[d.id] = check
        self.problem = label("", "fail")
        self.problem.setVisible(False)
        box.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Skapa"))
        ok.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def answers(self) -> TemplateAnswers:
        version = self.catalogue.version if self.catalogue is not None else ""
        return TemplateAnswers(
            title=self.title_edit.text(), theme=str(self.theme_box.currentData()),
            role=self.role_edit.text(),
            dimensions=tuple(d for d, c in self.dimension_boxes.items() if c.isChecked()),
            guidance_version=version)

    def _accept(self) -> None:
        missing = self.answers().problems()
        if not missing:
            self.accept()
            return
        names = {"title": tr("en titel"), "theme": tr("ett tema"), "role": tr("en roll"),
                 "dimensions": tr("minst ett kompetensområde")}
        self.problem.setText(tr("Scenariot behöver {what}.").format(
            what=", ".join(names[m] for m in missing)))
        self.problem.setVisible(True)
