"""The live story map: the scenario's graph as the author writes it.

Built on the debrief's `GraphView` (same layout and drawing), with the studio's marks on top:
nodes with diagnostics framed in the severity's colour and flagged with "!", critical choices
as red dotted edges marked "⚠", the expert path as the debrief draws it, and the node under the
editor's cursor outlined. Clicking a node asks the studio to show its section.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from simulator.authoring.check import Check
from ui import theme
from ui.graph_view import NODE_H, NODE_W, GraphView
from ui.i18n import tr
from ui.widgets import label


class _MapView(GraphView):
    node_clicked = Signal(str)

    def __init__(self, check: Check) -> None:
        scenario = check.loaded.scenario
        assert scenario is not None  # the studio builds a map only from a readable text
        super().__init__(scenario, [], check.expert_nodes)
        self.setMinimumHeight(160)  # the studio shares the height with the editor
        c = theme.colors(self._palette)
        for (source, target) in sorted(check.critical_edges):
            if source in self.positions and target in self.positions:
                self._edge(source, target, QPen(QColor(c["bad"]), 3, Qt.PenStyle.DotLine), -5)
                mid = (self.centre(source) + self.centre(target)) / 2
                mark = self.scene_.addSimpleText("⚠")
                mark.setBrush(QBrush(QColor(c["bad"])))
                mark.setPos(mid + QPointF(6, -8))
                mark.setToolTip(tr("Kritiskt val"))
        font = QFont()
        font.setBold(True)
        for nid, severity in check.node_severity.items():
            if nid not in self.positions or severity == "teaching":
                continue
            colour = QColor(c["bad"] if severity == "error" else c["note_border"])
            frame = QPainterPath()
            frame.addRoundedRect(self._rect(nid).adjusted(-5, -5, 5, 5), 9, 9)
            self.scene_.addPath(frame, QPen(colour, 3))
            flag = self.scene_.addSimpleText("!", font)
            flag.setBrush(QBrush(colour))
            flag.setPos(self._rect(nid).topRight() + QPointF(-12, -2))
        self.cursor_frame: QGraphicsPathItem | None = None
        self.setAccessibleName(tr("Scenariots karta"))

    def _rect(self, nid: str) -> QRectF:
        p = self.centre(nid)
        return QRectF(p.x() - NODE_W / 2, p.y() - NODE_H / 2, NODE_W, NODE_H)

    def node_at(self, scene_point: QPointF) -> str | None:
        return next((nid for nid in self.positions if self._rect(nid).contains(scene_point)),
                    None)

    def mark_current(self, nid: str | None) -> None:
        if self.cursor_frame is not None:
            self.scene_.removeItem(self.cursor_frame)
            self.cursor_frame = None
        if nid is None or nid not in self.positions:
            return
        shape = QPainterPath()
        shape.addRoundedRect(self._rect(nid).adjusted(-9, -9, 9, 9), 12, 12)
        self.cursor_frame = self.scene_.addPath(
            shape, QPen(QColor(theme.colors(self._palette)["focus"]), 3, Qt.PenStyle.DashLine))
        self.ensureVisible(self._rect(nid), 40, 40)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        nid = self.node_at(self.mapToScene(event.position().toPoint()))
        if nid is not None:
            self.node_clicked.emit(nid)
            return
        super().mousePressEvent(event)


def map_shape(check: Check) -> object:
    """Everything the map draws, so an edit that changes none of it does not redraw it."""
    scenario = check.loaded.scenario
    nodes = tuple((n.id, n.title, n.is_ending, tuple(c.target for c in n.choices))
                  for n in scenario.nodes.values()) if scenario is not None else ()
    return (nodes, frozenset(check.critical_edges), tuple(check.expert_nodes),
            tuple(sorted(check.node_severity.items())))


class StoryMap(QWidget):
    """Holds the newest map; keeps the last readable one while the text cannot be read."""

    node_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Scenariots karta"))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.note: QLabel = label(tr("Kartan visas när texten går att läsa."))
        self.box.addWidget(self.note)
        self.view: _MapView | None = None
        self._drawn: object = None  # what the current map shows (see `shape`)
        self.legend = label(tr("Streckad grön linje: expertvägen. Röd prickad linje med ⚠: "
                               "kritiskt val. Ram med !: noden har fel (röd) eller varning "
                               "(gul). Streckad ram: noden där markören står. Klicka på en nod "
                               "för att gå till den i texten."))
        self.box.addWidget(self.legend)

    def show_check(self, check: Check) -> None:
        if check.loaded.scenario is None:
            self.note.setText(tr("Texten går inte att läsa just nu; kartan visar den senaste "
                                 "versionen som gick att läsa.") if self.view else
                              tr("Kartan visas när texten går att läsa."))
            self.note.setVisible(True)
            return
        shape = map_shape(check)
        if shape == self._drawn and self.view is not None:
            self.note.setVisible(False)
            return  # an edit inside the prose: the map would be drawn the same
        self._drawn = shape
        view = _MapView(check)
        view.node_clicked.connect(self.node_clicked)
        if self.view is not None:
            self.box.replaceWidget(self.view, view)
            self.view.deleteLater()
        else:
            self.box.insertWidget(1, view, 1)
        self.view = view
        self.note.setVisible(False)

    def mark_current(self, nid: str | None) -> None:
        if self.view is not None:
            self.view.mark_current(nid)
