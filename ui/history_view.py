"""History: the trainee's finished attempts over time, the trend per dimension, the scenarios
done, and a certificate PDF for a passed scenario."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.engine.result import reason_short
from ui.charts import TrendChart
from ui.i18n import current_language, tr
from ui.names import dimension_name
from ui.pdf import CertificateData, write_certificate_pdf
from ui.storage import AttemptRow
from ui.widgets import FitScrollArea, button, label, mark_default
from ui.window_api import AppWindow
from ui.workshop import history as workshop_history

if TYPE_CHECKING:
    from simulator.format.model import Scenario
    from ui.settings import Settings
    from ui.state import AppState


def trend_series(rows: list[AttemptRow], scenario: Scenario | None = None) -> dict[str, list[float]]:
    """Per dimension id, the share achieved of the best, attempt by attempt (oldest first)."""
    series: dict[str, list[float]] = {}
    for row in rows:
        for dim, (achieved, best) in row.dimensions.items():
            series.setdefault(dim, []).append(achieved / best if best else 0.0)
    return series


def verdict_text(row: AttemptRow) -> str:
    """'Godkänd', or 'Inte godkänd' with the rules that failed in a few words (never colour
    alone)."""
    if row.passed:
        return "✓ " + tr("Godkänd")
    words = ", ".join(reason_short(r, current_language()) for r in row.reasons)
    # the rules on a line of their own: the column stays narrow enough for the title at 200 %
    return "✗ " + tr("Inte godkänd") + (f"\n{words}" if words else "")


class HistoryView(QWidget):
    def __init__(self, state: AppState, window: AppWindow) -> None:
        super().__init__()
        self.state = state
        self.window_ = window
        self.setAccessibleName(tr("Historik"))
        # the whole page scrolls, so at large text the chart and its key keep their height
        # and the table its rows instead of being squeezed by the window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_area = FitScrollArea()
        self.page_area.setAccessibleName(tr("Historik"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.page_area.setWidget(body)
        outer.addWidget(self.page_area)
        layout.addWidget(label(tr("Historik"), "heading"))
        trainee = state.trainee
        if trainee is None:
            layout.addWidget(label(tr("Välj en deltagare i biblioteket för att se historiken."),
                                   "note"))
            workshop_history.add_to(layout, window)
            layout.addStretch(1)
            self.table = None
            return
        self.rows = state.history()
        passed = {r.scenario_id for r in self.rows if r.passed}
        done = {r.scenario_id for r in self.rows}
        self.summary = label(tr("{name}: {done}, {passed}, {attempts}.").format(
            name=trainee.name, done=tr("%n scenarier genomförda", None, len(done)),
            passed=tr("%n godkända", None, len(passed)),
            attempts=tr("%n försök", None, len(self.rows))))
        layout.addWidget(self.summary)
        layout.addWidget(label(tr("Utveckling per kompetensområde"), "subheading"))
        any_scenario = next((e.scenario for e in state.entries if e.ok), None)
        series = {dimension_name(any_scenario, d): v
                  for d, v in trend_series(self.rows).items()}
        self.chart = TrendChart(series)
        self.chart_legend = label(TrendChart.legend_sentence(), "legend")
        layout.addWidget(self.chart_legend)
        layout.addWidget(self.chart, 1)
        if not self.rows:
            layout.addWidget(label(tr("Inga avslutade försök ännu."), "note"))
        layout.addWidget(label(tr("Försök"), "subheading"))
        self.table = QTreeWidget()
        self.table.setAccessibleName(tr("Avslutade försök"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([tr("Datum"), tr("Scenario"), tr("Poäng"), tr("Resultat")])
        header = self.table.header()
        header.setStretchLastSection(False)
        for col in (0, 2, 3):  # date, points and result are never cut; the title takes the rest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setWordWrap(True)
        self.table.setToolTip(tr("Enter eller dubbelklick visar försökets genomgång."))
        for row in reversed(self.rows):  # newest first
            item = QTreeWidgetItem([(row.finished or row.started)[:10], row.scenario_title,
                                    f"{row.total} / {row.best_total}",
                                    verdict_text(row)])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.table.addTopLevelItem(item)
        self.table.currentItemChanged.connect(self._selected)
        self.table.itemActivated.connect(lambda *_: self.open_selected())  # Enter, double-click
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 9)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = mark_default(button(tr("Visa genomgången")))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        buttons.addWidget(self.open_button)
        self.certificate_button = button(tr("Spara intyg som PDF"))
        self.certificate_button.clicked.connect(self.ask_certificate)
        self.certificate_button.setEnabled(False)
        buttons.addWidget(self.certificate_button)
        layout.addLayout(buttons)
        workshop_history.add_to(layout, window)
        if self.rows:
            first = self.table.topLevelItem(0)
            if first is not None:
                self.table.setCurrentItem(first)

    def initial_focus(self) -> QWidget | None:
        return self.table

    def default_button(self) -> QWidget | None:
        return self.open_button if self.table is not None else None

    def open_selected(self) -> bool:
        """Reopen the selected attempt's debrief, read-only."""
        row = self.selected()
        return row is not None and self.window_.show_past_debrief(row)

    def selected(self) -> AttemptRow | None:
        item = self.table.currentItem() if self.table is not None else None
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _selected(self, *_: object) -> None:
        row = self.selected()
        self.certificate_button.setEnabled(bool(row and row.passed))
        self.open_button.setEnabled(row is not None)

    def export_certificate(self, path: str | Path, row: AttemptRow | None = None) -> Path:
        row = row or self.selected()
        if row is None or not row.passed:
            raise ValueError("a certificate is only for a passed attempt")
        date = (row.finished or _dt.date.today().isoformat())[:10]
        trainee = self.state.trainee
        entry = self.state.entry(row.scenario_id)
        scenario = entry.scenario if entry is not None else None
        areas = tuple((dimension_name(scenario, dim), achieved, best)
                      for dim, (achieved, best) in row.dimensions.items())
        name, logo = organisation(self.state.settings)
        return write_certificate_pdf(path, CertificateData(
            trainee.name if trainee else "", row.scenario_title, date, int(row.total or 0),
            int(row.best_total or 0), areas, name, logo))

    def ask_certificate(self) -> None:
        from ui.saving import save_file

        row = self.selected()
        if row is None or not row.passed:
            return
        save_file(self, tr("Spara intyg som PDF"), f"vagval-intyg-{row.scenario_id}.pdf",
                  lambda path: self.export_certificate(path, row))


def organisation(settings: Settings) -> tuple[str, Path | None]:
    """The organisation's name and logo for the certificate, from the organisation settings
    (the machine-wide file IT places; simulator/organisation.py)."""
    org = settings.organisation
    logo = org.logo if org.logo is not None and Path(org.logo).is_file() else None
    return org.name, logo
