"""The scenario graph with the trainee's path and the expert path (QGraphicsView)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

from simulator.format.model import NodeId
from ui import theme
from ui.graph_layout import layered_layout, path_edges
from ui.i18n import tr
from ui.plain import set_tooltip

if TYPE_CHECKING:
    from simulator.format.model import Scenario

NODE_W, NODE_H, GAP_X, GAP_Y = 170.0, 58.0, 30.0, 60.0


def wrap_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 3) -> list[str]:
    """The title in lines that fit a node's width, word by word; only a title longer than
    `max_lines` lines is shortened, and the node's tooltip always has it whole."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], rest]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class GraphView(QGraphicsView):
    def __init__(self, scenario: Scenario, path: list[str], expert_path: list[str],
                 palette: str | None = None) -> None:
        super().__init__()
        self._args = (scenario, path, expert_path)
        self._palette = palette
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.positions = layered_layout(scenario)
        self._draw(scenario, path, expert_path)
        def names(ids: list[str]) -> str:
            return " → ".join(scenario.nodes[NodeId(n)].title or n for n in ids
                              if n in scenario.nodes)

        self.setAccessibleName(tr("Scenariots graf"))
        self.setAccessibleDescription(tr("Din väg: {path}. Expertvägen: {expert}.").format(
            path=names(path), expert=names(expert_path)))
        self.setMinimumHeight(320)
        # the view follows the app's text size, so the node titles grow with the rest
        from PySide6.QtWidgets import QApplication

        zoom = max(1.0, QApplication.font().pointSizeF() / theme.BASE_POINT_SIZE)
        self.scale(zoom, zoom)

    def centre(self, nid: str) -> QPointF:
        layer, x = self.positions[nid]
        return QPointF(x * (NODE_W + GAP_X), layer * (NODE_H + GAP_Y))

    def _draw(self, scenario: Scenario, path: list[str], expert_path: list[str]) -> None:
        c = theme.colors(self._palette)
        mine, expert = path_edges(path), path_edges(expert_path)
        on_path = set(path)
        plain = QPen(QColor(c["border"]), 1.2)
        for node in scenario.nodes.values():
            for choice in node.choices:
                if choice.target not in self.positions:
                    continue
                edge = (node.id, choice.target)
                self._edge(node.id, choice.target, plain, 0)
                if edge in expert:
                    pen = QPen(QColor(c["expert"]), 3, Qt.PenStyle.DashLine)
                    self._edge(node.id, choice.target, pen, 5)
                if edge in mine:
                    self._edge(node.id, choice.target, QPen(QColor(c["path"]), 4), -5)
        font = QFont()
        font.setPointSizeF(9)
        metrics = QFontMetrics(font)
        for nid, node in scenario.nodes.items():
            p = self.centre(nid)
            rect = QRectF(p.x() - NODE_W / 2, p.y() - NODE_H / 2, NODE_W, NODE_H)
            border = QPen(QColor(c["path"] if nid in on_path else c["border"]),
                          3 if nid in on_path else 1.5)
            fill = QBrush(QColor(c["whatif_bg"] if nid in on_path else c["node"]))
            shape = QPainterPath()
            radius = 20 if node.is_ending else 6
            shape.addRoundedRect(rect, radius, radius)
            self.scene_.addPath(shape, border, fill)
            text = "\n".join(wrap_lines(node.title or nid, metrics, int(NODE_W - 12)))
            item = self.scene_.addSimpleText(text, font)
            item.setBrush(QBrush(QColor(c["text"])))
            br = item.boundingRect()
            item.setPos(p.x() - br.width() / 2, p.y() - br.height() / 2)
            set_tooltip(item, node.title or nid)
        self.setSceneRect(self.scene_.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _edge(self, a: str, b: str, pen: QPen, offset: float) -> None:
        pa, pb = self.centre(a), self.centre(b)
        line = QPainterPath()
        if self.positions[b][0] > self.positions[a][0]:
            start = QPointF(pa.x() + offset, pa.y() + NODE_H / 2)
            end = QPointF(pb.x() + offset, pb.y() - NODE_H / 2)
            line.moveTo(start)
            mid = (start.y() + end.y()) / 2
            line.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), end)
        elif self.positions[b][0] == self.positions[a][0]:  # sideways within a layer
            side = 1 if pb.x() > pa.x() else -1
            start = QPointF(pa.x() + side * NODE_W / 2, pa.y() + offset)
            end = QPointF(pb.x() - side * NODE_W / 2, pb.y() + offset)
            line.moveTo(start)
            line.lineTo(end)
            head = QPainterPath()  # a small arrowhead: the direction is not obvious sideways
            head.moveTo(end)
            head.lineTo(end.x() - side * 9, end.y() - 5)
            head.moveTo(end)
            head.lineTo(end.x() - side * 9, end.y() + 5)
            self.scene_.addPath(head, pen)
        else:  # a step back: bend out to the right
            start = QPointF(pa.x() + NODE_W / 2, pa.y() + offset)
            end = QPointF(pb.x() + NODE_W / 2, pb.y() + offset)
            bulge = NODE_W / 2 + 40
            line.moveTo(start)
            line.cubicTo(QPointF(start.x() + bulge, start.y()),
                         QPointF(end.x() + bulge, end.y()), end)
        self.scene_.addPath(line, pen)

    def paint_to(self, painter: QPainter, target: QRectF) -> None:
        """The graph in the light theme, scaled to fit `target` with its proportions kept; on
        a PDF painter this stays vector graphics (sharp at any zoom)."""
        if self._palette != "light":
            GraphView(*self._args, palette="light").paint_to(painter, target)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene_.render(painter, target, self.sceneRect(),
                           Qt.AspectRatioMode.KeepAspectRatio)

    def render_image(self, width: int = 1600) -> QImage:
        """The graph in the light theme on white, for a PDF whatever the screen's theme."""

        if self._palette != "light":
            return GraphView(*self._args, palette="light").render_image(width)
        rect = self.sceneRect()
        scale = width / max(1.0, rect.width())
        img = QImage(int(rect.width() * scale), int(rect.height() * scale),
                     QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        painter = QPainter(img)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scene_.render(painter, QRectF(img.rect()), rect)
        painter.end()
        return img
