"""Kortkommandon: every key the app answers to, on one page (reached from Stöd och hjälp).

The same list is in the README; `shortcuts()` is the one place it is kept for the app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.widgets import FitScrollArea, close_buttons, label


def shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """(section, [(keys, what they do)]) in the order a trainee meets them."""
    return [
        (tr("Överallt"), [
            ("F1", tr("Stöd och hjälp (och den här sidan)")),
            ("Ctrl+L", tr("Biblioteket")),
            ("Ctrl+H", tr("Historiken")),
            ("Ctrl+,", tr("Inställningar")),
            ("Ctrl+Shift+W", tr("Starta workshop")),
            ("Ctrl+Shift+A", tr("Författa")),
            ("Tab, Shift+Tab", tr("Nästa och föregående knapp eller fält")),
            (tr("Enter eller blanksteg"), tr("Tryck på knappen som har fokus")),
            ("Ctrl+Enter", tr("Skärmens standardval (den markerade knappen)")),
        ]),
        (tr("Biblioteket och historiken"), [
            (tr("Pil upp, pil ned"), tr("Välj rad i listan")),
            ("Enter", tr("Öppna scenariot, eller genomgången av ett försök")),
        ]),
        (tr("I scenariot"), [
            ("1–9", tr("Välj alternativ")),
            ("Ctrl+D", tr("Visa eller dölj handlingarna i ärendet")),
            ("Ctrl+Z", tr("Ångra senaste beslutet (bara med återkoppling efter varje beslut)")),
            ("Esc", tr("Pausa och gå till biblioteket – inget går förlorat")),
        ]),
        (tr("Workshop, för den som leder"), [
            ("1–9", tr("Markera ett alternativ")),
            ("+, −", tr("En röst mer eller mindre på det markerade alternativet")),
            ("E", tr("Skriv in antalet röster")),
            ("V", tr("Visa eller dölj fördelningen")),
            ("Enter", tr("Följ majoriteten, eller gå vidare")),
            ("Ctrl+Enter", tr("Välj det markerade alternativet")),
            ("F", tr("Visa återkopplingen för det markerade alternativet")),
            ("T", tr("Starta eller pausa timern")),
            ("P", tr("Projektorvyn")),
            ("K", tr("Hög kontrast på projektorn")),
        ]),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Kortkommandon"))
        self.setAccessibleName(tr("Kortkommandon"))
        outer = QVBoxLayout(self)
        scroll = FitScrollArea()
        scroll.setAccessibleName(tr("Kortkommandon"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("Kortkommandon"), "heading"))
        for section, rows in shortcuts():
            layout.addWidget(label(section, "subheading"))
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            for i, (keys, what) in enumerate(rows):
                grid.addWidget(label(keys, "keys"), i, 0)
                grid.addWidget(label(what), i, 1)
            layout.addLayout(grid)
        layout.addStretch(1)
        scroll.setWidget(page)
        outer.addWidget(scroll, 1)
        outer.addWidget(close_buttons(self))
        self.resize(640, 560)
