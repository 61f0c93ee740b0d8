"""The guidance browser: search the catalogue, read a principle and its source, see where the
library uses it, and insert its id at the editor's cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from simulator.authoring.check import Use
from simulator.format.model import Catalogue, Principle
from ui.i18n import tr
from ui.widgets import button


def matches(p: Principle, words: list[str]) -> bool:
    hay = f"{p.id} {p.title} {p.text} {p.source} {p.dimension}".casefold()
    return all(w in hay for w in words)


class GuidanceBrowser(QWidget):
    insert_requested = Signal(str)  # a guidance id

    def __init__(self, catalogue: Catalogue | None, usage: dict[str, list[Use]]) -> None:
        super().__init__()
        self.catalogue, self.usage = catalogue, usage
        self.setAccessibleName(tr("Vägledningen"))
        box = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Sök i vägledningen"))
        self.search.setAccessibleName(tr("Sök i vägledningen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        box.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Principer"))
        self.list.currentItemChanged.connect(lambda *_: self.show_selected())
        self.list.itemActivated.connect(lambda *_: self.insert_selected())
        box.addWidget(self.list, 2)
        self.detail = QPlainTextEdit()  # plain text that scrolls: a long principle never clips
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(tr("Principen"))
        box.addWidget(self.detail, 1)
        self.insert_button = button(tr("Infoga id i texten"))
        self.insert_button.clicked.connect(self.insert_selected)
        box.addWidget(self.insert_button)
        if catalogue is None:
            self.detail.setPlainText(tr("Ingen vägledningskatalog hittades för den här filen."))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.catalogue is None:
            return
        words = self.search.text().casefold().split()
        for p in self.catalogue.principles.values():
            if matches(p, words):
                item = QListWidgetItem(f"{p.id} – {p.title}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def selected(self) -> Principle | None:
        item = self.list.currentItem()
        if item is None or self.catalogue is None:
            return None
        return self.catalogue.principles.get(item.data(Qt.ItemDataRole.UserRole))

    def show_selected(self) -> None:
        p = self.selected()
        if p is None:
            self.detail.setPlainText("")
            return
        uses = self.usage.get(p.id, [])
        lines = [f"{p.id} – {p.title}", p.text, tr("Källa") + f": {p.source}",
                 tr("Används i biblioteket: {n} val").format(n=len(uses))]
        for use in uses[:12]:
            how = tr("följs") if use.follows else tr("bryts")
            if use.critical:
                how += ", " + tr("kritiskt")
            lines.append(f"  · {use.scenario_title}, " + tr("rad {line}").format(line=use.line)
                         + f" ({how})")
        if len(uses) > 12:
            lines.append("  " + tr("… och {n} till").format(n=len(uses) - 12))
        self.detail.setPlainText("\n".join(lines))

    def insert_selected(self) -> None:
        p = self.selected()
        if p is not None:
            self.insert_requested.emit(p.id)
