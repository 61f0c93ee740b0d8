"""Stöd och hjälp: where to turn, reachable from every screen (F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.widgets import FitScrollArea, button, close_buttons, label


def support_lines() -> list[tuple[str, str, str]]:
    """(service, number, what it is for) — numbers are facts, the texts are translated.

    Each line is described as the organisation running it describes it; docs/content-review.md
    ("Support lines") lists the page each number and its opening hours were checked against.
    """
    return [
        (tr("Nödnummer"), "112", tr("Vid akut fara: polis, ambulans, räddningstjänst.")),
        (tr("Polisen"), "114 14",
         tr("När det inte är akut: anmäla brott, lämna tips eller få råd.")),
        (tr("Kvinnofridslinjen"), "020-50 50 50",
         tr("Stöd dygnet runt för den som är utsatt för våld, och för anhöriga. Avgiftsfritt.")),
        (tr("Stödlinjen för män"), "020-80 80 80",
         tr("För män från 18 år som utsatts för hot och våld i en nära relation eller sexuellt "
            "våld. Alla dagar kl. 7–21, avgiftsfritt och anonymt.")),
        (tr("Stödlinjen för transpersoner"), "020-55 00 00",
         tr("För transpersoner från 18 år, också ickebinära och personer med transerfarenhet, "
            "som utsatts för hot och våld i en nära relation eller sexuellt våld. Alla dagar "
            "kl. 11–19, avgiftsfritt och anonymt.")),
        (tr("Rätt att välja"), "020-57 70 70",
         tr("För personer i alla åldrar som är utsatta för eller riskerar hedersrelaterat våld "
            "och förtryck, och för närstående. Alla dagar kl. 7–21, avgiftsfritt och anonymt.")),
        (tr("Bris"), "116 111",
         tr("För barn och unga under 18 år. Dygnet runt, anonymt och avgiftsfritt.")),
        (tr("Nationella stödtelefonen för yrkesverksamma i hedersfrågor"), "010-223 57 60",
         tr("Rådgivning för yrkesverksamma i ärenden om hedersrelaterat våld och förtryck.")),
        (tr("Välj att sluta"), "020-555 666",
         tr("För den som utövar våld eller är rädd att göra det.")),
    ]


class SupportDialog(QDialog):
    """The lines scroll in a page of their own, so at any text size every number can be
    reached; the Close row and the way to the keyboard shortcuts stay below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Stöd och hjälp"))
        self.setAccessibleName(tr("Stöd och hjälp"))
        outer = QVBoxLayout(self)
        self.lines_area = FitScrollArea()
        self.lines_area.setAccessibleName(tr("Stöd och hjälp"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(tr("Stöd och hjälp"), "heading"))
        layout.addWidget(label(tr(
            "Innehållet i övningarna kan väcka egna minnen och känslor. Du kan pausa när som "
            "helst, och det finns stöd att få – både för dig själv och för dem du möter.")))
        for service, number, what in support_lines():
            head = label(f"{service}: {number}", "subheading")
            head.setAccessibleName(f"{service} {number}")
            layout.addWidget(head)
            layout.addWidget(label(what))
        layout.addStretch(1)
        self.lines_area.setWidget(page)
        outer.addWidget(self.lines_area, 1)
        row = QHBoxLayout()
        self.shortcuts_button = button(tr("Kortkommandon"))
        self.shortcuts_button.clicked.connect(self.show_shortcuts)
        row.addWidget(self.shortcuts_button)
        row.addStretch(1)
        row.addWidget(close_buttons(self))
        outer.addLayout(row)
        self.resize(620, 560)

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog
