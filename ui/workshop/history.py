"""The stored workshops, for the history screen: open a finished one's debrief, or go on with
an interrupted one where it stopped."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.widgets import button, label
from ui.window_api import AppWindow
from ui.workshop.start_dialog import local_time

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController


class WorkshopHistoryPanel(QWidget):
    def __init__(self, window: AppWindow) -> None:
        super().__init__()
        from ui.workshop import workshop_store

        self.window_ = window
        self.setAccessibleName(tr("Workshoppar"))
        self.summaries = workshop_store(window).workshops()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(tr("Workshoppar"), "subheading"))
        if not self.summaries:
            layout.addWidget(label(tr("Inga workshoppar ännu.")))
            self.table = None
            return
        self.table = QTreeWidget()
        self.table.setAccessibleName(tr("Workshoppar"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([tr("Datum"), tr("Scenario"), tr("Grupp"), tr("Beslut"),
                                    tr("Status")])
        header = self.table.header()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        for s in self.summaries:
            status = tr("Klar") if s.is_finished else tr("Avbruten – kan fortsätta")
            item = QTreeWidgetItem([local_time(s.started), s.scenario_title or s.scenario_id,
                                    s.group, str(s.decision_count), status])
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.table.itemActivated.connect(lambda *_: self.open_selected())
        self.table.setMaximumHeight(200)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = button(tr("Öppna workshop"))
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def open_selected(self) -> WorkshopController | None:
        """Resume an interrupted workshop, or show a finished one's debrief."""
        from ui.workshop import resume_workshop

        item = self.table.currentItem() if self.table is not None else None
        if item is None:
            return None
        return resume_workshop(self.window_, item.data(0, Qt.ItemDataRole.UserRole))


def add_to(layout: QBoxLayout, window: AppWindow) -> WorkshopHistoryPanel | None:
    """The history screen's hook; a workshop file that cannot be read must not break history."""
    try:
        panel = WorkshopHistoryPanel(window)
    except sqlite3.DatabaseError:  # damaged after opening: the trainee's history still shows
        return None
    layout.addWidget(panel)
    return panel
