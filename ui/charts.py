"""Charts drawn with QPainter: per-dimension bars and a per-dimension trend over attempts."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme
from ui.i18n import tr


class DimensionBars(QWidget):
    """One bar per dimension: achieved against the best achievable (and the lowest possible)."""

    def __init__(self, rows: list[tuple[str, int, int, int]]) -> None:
        """rows: (name, achieved, best, minimum)."""
        super().__init__()
        self.rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Resultat per kompetensområde"))
        self.setAccessibleDescription("; ".join(
            tr("{name}: {achieved} av {best}").format(name=n, achieved=a, best=b)
            for n, a, b, _m in rows))
        self.setMinimumHeight(self._row_height() * max(1, len(rows)) + 8)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 14

    def sizeHint(self) -> QSize:
        return QSize(500, self._row_height() * max(1, len(self.rows)) + 8)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self._paint(p, self.width(), theme.colors())
        p.end()

    def render_image(self, width: int = 1000) -> QImage:
        """The bars in the light theme on white, for a PDF whatever the screen's theme."""
        height = self._row_height() * max(1, len(self.rows)) + 8
        img = QImage(width, height, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(self.font())
        self._paint(p, width, theme.colors("light"))
        p.end()
        return img

    def _paint(self, p: QPainter, width: int, c: dict[str, str]) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        rh = self._row_height()
        w = width - 8
        for i, (name, achieved, best, minimum) in enumerate(self.rows):
            y = 4 + i * rh
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(4, y, w, fm.height()), Qt.AlignmentFlag.AlignLeft,
                       f"{name}: {achieved} / {best}")
            bar = QRectF(4, y + fm.height() + 4, w, fm.height() * 0.9)
            p.setPen(QPen(QColor(c["border"]), 1))
            p.setBrush(QColor(c["panel"]))
            p.drawRoundedRect(bar, 4, 4)
            span = best - min(0, minimum)
            share = 0.0 if span <= 0 else (achieved - min(0, minimum)) / span
            share = max(0.0, min(1.0, share))
            zero = 0.0 if span <= 0 else -min(0, minimum) / span
            fill = QRectF(bar.x(), bar.y(), bar.width() * share, bar.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c["good"] if achieved >= best else c["accent"]))
            p.drawRoundedRect(fill, 4, 4)
            if zero > 0:  # mark where zero points lies when a dimension can go negative
                x = bar.x() + bar.width() * zero
                p.setPen(QPen(QColor(c["text"]), 2))
                p.drawLine(QPointF(x, bar.top() - 2), QPointF(x, bar.bottom() + 2))


class TrendChart(QWidget):
    """Share of the best achievable per dimension over a trainee's attempts (0–100 %)."""

    def __init__(self, series: dict[str, list[float]]) -> None:
        super().__init__()
        self.series = series
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Utveckling per kompetensområde"))
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(f"{round(v * 100)} %" for v in values)
            for name, values in series.items()))

    def paintEvent(self, _event: object) -> None:
        c = theme.colors()
        palette = [c["accent"], c["good"], c["bad"], c["focus"], c["expert"], c["text"]]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        legend_h = (fm.height() + 4) * len(self.series)
        plot = QRectF(fm.horizontalAdvance("100 %") + 10, 8,
                      self.width() - fm.horizontalAdvance("100 %") - 20,
                      self.height() - legend_h - 20)
        p.setPen(QPen(QColor(c["border"]), 1))
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.drawText(QPointF(2, y + fm.ascent() / 2), f"{int(frac * 100)} %")
        for i, (name, values) in enumerate(self.series.items()):
            color = QColor(palette[i % len(palette)])
            p.setPen(QPen(color, 3))
            n = len(values)
            pts = [QPointF(plot.left() + (plot.width() * (k / (n - 1)) if n > 1 else
                                          plot.width() / 2),
                           plot.bottom() - max(0.0, min(1.0, v)) * plot.height())
                   for k, v in enumerate(values)]
            for a, b in pairwise(pts):
                p.drawLine(a, b)
            for pt in pts:
                p.drawEllipse(pt, 4, 4)
            ly = plot.bottom() + 14 + i * (fm.height() + 4)
            p.drawLine(QPointF(plot.left(), ly + fm.height() / 2),
                       QPointF(plot.left() + 24, ly + fm.height() / 2))
            p.setPen(QColor(c["text"]))
            p.drawText(QPointF(plot.left() + 30, ly + fm.ascent()), name)
        p.end()
