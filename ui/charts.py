"""Charts drawn with QPainter: per-dimension bars and a per-dimension trend over attempts.

Each chart says in words what it shows (`bars_legend`, the trend's own key), marks are shapes
and patterns as well as colours, and the colours come from a palette that people with the
common colour-vision deficiencies can tell apart (Okabe and Ito's)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme
from ui.i18n import tr

# Okabe & Ito (2008), "Color Universal Design": distinct for deuteranopia, protanopia and
# tritanopia. Dark and high-contrast themes take the lighter members first.
SERIES_LIGHT = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
SERIES_DARK = ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00")
PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine, Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine)
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "circle")


def series_colours(palette: dict[str, str]) -> tuple[str, ...]:
    return SERIES_DARK if QColor(palette["bg"]).lightness() < 128 else SERIES_LIGHT


def bars_legend(expert_total: int | None = None) -> str:
    """What the bars mean. The reference is the expert path's own points in each area, so the
    references add up to the expert total; an area's own maximum is labelled as such."""
    text = tr("Varje stapel visar dina poäng inom området. Det gröna strecket är referensen: "
              "expertvägens poäng i just det området, och referenserna summerar till "
              "expertvägens totalpoäng. ✓ betyder minst lika mycket som expertvägen. Står det "
              "'området ensamt högst' är det det mesta någon väg ger i just det området – "
              "ingen enskild väg når alla de värdena samtidigt. Där ett område kan ge "
              "minuspoäng markerar ett lodrätt streck noll, och minuspoäng ritas randiga till "
              "vänster om strecket.")
    if expert_total is not None:
        text += " " + tr("Expertvägens totalpoäng: {total}.").format(total=expert_total)
    return text


def bar_geometry(achieved: int, reference: int, maximum: int, minimum: int
                 ) -> tuple[float, float, float, float]:
    """Where zero lies, where the filled part starts and ends, and where the reference mark
    stands, as shares of the bar (0–1).

    The bar runs from the lowest possible total (or zero, if nothing can go below it) to the
    most this area gives on any path; a negative total is filled from the value up to zero, a
    positive one from zero up to the value, so the bar is to scale either way."""
    low = min(0, minimum, achieved)
    high = max(reference, maximum, achieved, low + 1)
    span = high - low

    def at(v: int) -> float:
        return (v - low) / span

    zero = at(0)
    start, end = sorted((zero, at(achieved)))
    return zero, start, end, at(reference)


class DimensionBars(QWidget):
    """One bar per dimension: the points achieved, with a mark at the reference (the expert
    path's own points there, so the references add up to the expert total). Where an area's own
    maximum on some path is higher, the bar reaches that far and the label says so."""

    def __init__(self, rows: list[tuple[str, int, int, int, int]]) -> None:
        """rows: (name, achieved, reference, maximum, minimum) — see DimensionResult."""
        super().__init__()
        self.rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Resultat per kompetensområde"))
        self.setAccessibleDescription("; ".join(self.row_text(*row[:4]) for row in rows))
        self.setMinimumHeight(self._height(QFontMetrics(self.font())))

    def _row_height(self, fm: QFontMetrics) -> int:
        return fm.height() * 2 + 14

    def _height(self, fm: QFontMetrics) -> int:
        return self._row_height(fm) * max(1, len(self.rows)) + 8

    def sizeHint(self) -> QSize:
        return QSize(500, self._height(QFontMetrics(self.font())))

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self.setMinimumHeight(self._height(QFontMetrics(self.font())))  # the text size changed

    @staticmethod
    def row_text(name: str, achieved: int, reference: int, maximum: int) -> str:
        mark = "  ✓" if achieved >= reference else ""
        text = tr("{name}: {achieved} av expertvägens {reference}").format(
            name=name, achieved=achieved, reference=reference) + mark
        if maximum != reference:
            text += " · " + tr("området ensamt högst {maximum}").format(maximum=maximum)
        return text

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self.paint(p, QRectF(0, 0, self.width(), self.height()), theme.colors())
        p.end()

    def render_image(self, width: int = 1000) -> QImage:
        """The bars in the light theme on white (a raster copy; the PDF draws `paint`)."""
        fm = QFontMetrics(self.font())
        img = QImage(width, self._height(fm), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(self.font())
        self.paint(p, QRectF(0, 0, width, img.height()), theme.colors("light"))
        p.end()
        return img

    def height_for(self, fm: QFontMetrics) -> int:
        return self._height(fm)

    def paint(self, p: QPainter, area: QRectF, c: dict[str, str]) -> None:
        """Draw into `area` of any painter (the screen, an image, a PDF page as vectors)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        rh = self._row_height(fm)
        w = area.width() - 8
        for i, (name, achieved, reference, maximum, minimum) in enumerate(self.rows):
            y = area.top() + 4 + i * rh
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(area.left() + 4, y, w, fm.height()), Qt.AlignmentFlag.AlignLeft,
                       self.row_text(name, achieved, reference, maximum))
            bar = QRectF(area.left() + 4, y + fm.height() + 4, w, fm.height() * 0.9)
            p.setPen(QPen(QColor(c["border"]), 1))
            p.setBrush(QColor(c["panel"]))
            p.drawRoundedRect(bar, 4, 4)
            zero, start, end, mark = bar_geometry(achieved, reference, maximum, minimum)
            fill = QRectF(bar.x() + bar.width() * start, bar.y(),
                          bar.width() * (end - start), bar.height())
            p.setPen(Qt.PenStyle.NoPen)
            if achieved < 0:  # below zero: striped, in the "bad" colour
                p.setBrush(QBrush(QColor(c["bad"]), Qt.BrushStyle.BDiagPattern))
                p.drawRect(fill)
                p.setPen(QPen(QColor(c["bad"]), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(fill)
            elif fill.width() > 0:
                p.setBrush(QColor(c["good"] if achieved >= reference else c["accent"]))
                p.drawRoundedRect(fill, 4, 4)
            x = bar.x() + bar.width() * mark  # the reference: the expert path's points here
            p.setPen(QPen(QColor(c["expert"]), 3))
            p.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
            if zero > 0:  # mark where zero points lies when a dimension can go negative
                x = bar.x() + bar.width() * zero
                p.setPen(QPen(QColor(c["text"]), 2))
                p.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3))


def draw_marker(p: QPainter, kind: str, at: QPointF, r: float) -> None:
    path = QPainterPath()
    if kind == "square":
        path.addRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif kind == "triangle":
        path.moveTo(at.x(), at.y() - r * 1.2)
        path.lineTo(at.x() + r * 1.1, at.y() + r * 0.9)
        path.lineTo(at.x() - r * 1.1, at.y() + r * 0.9)
        path.closeSubpath()
    elif kind == "diamond":
        path.moveTo(at.x(), at.y() - r * 1.3)
        path.lineTo(at.x() + r * 1.3, at.y())
        path.lineTo(at.x(), at.y() + r * 1.3)
        path.lineTo(at.x() - r * 1.3, at.y())
        path.closeSubpath()
    elif kind == "cross":
        path.moveTo(at.x() - r, at.y() - r)
        path.lineTo(at.x() + r, at.y() + r)
        path.moveTo(at.x() + r, at.y() - r)
        path.lineTo(at.x() - r, at.y() + r)
    else:
        path.addEllipse(at, r, r)
    p.drawPath(path)


class TrendChart(QWidget):
    """Share of the best achievable per dimension over a trainee's attempts (0–100 %).

    Each dimension has its own colour, line style and marker; the key below the plot names
    them, and the sentence above says what the axes are."""

    def __init__(self, series: dict[str, list[float]]) -> None:
        super().__init__()
        self.series = series
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("Utveckling per kompetensområde"))
        self.setAccessibleDescription("; ".join(
            f"{name}: " + ", ".join(f"{round(v * 100)} %" for v in values)
            for name, values in series.items()))
        self._fit()

    def _fit(self) -> None:
        self.setMinimumHeight(self.needed_height(QFontMetrics(self.font())))

    def needed_height(self, fm: QFontMetrics) -> int:
        """A plot at least six lines tall (so the 0, 50 and 100 % labels never meet) and one
        line of key per dimension."""
        return fm.height() * 6 + 24 + (fm.height() + 6) * len(self.series)

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(500, self.needed_height(QFontMetrics(self.font())) + 60)

    @staticmethod
    def legend_sentence() -> str:
        return tr("Andel av bästa möjliga poäng (0–100 %) i varje avslutat försök, äldst till "
                  "vänster. Varje område har egen färg, linje och markör.")

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self.paint(p, QRectF(0, 0, self.width(), self.height()), theme.colors())
        p.end()

    def paint(self, p: QPainter, area: QRectF, c: dict[str, str]) -> None:
        colours = series_colours(c)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        legend_h = (fm.height() + 6) * len(self.series)
        axis_w = fm.horizontalAdvance("100 %") + 10
        plot = QRectF(area.left() + axis_w, area.top() + fm.height() / 2 + 4,
                      area.width() - axis_w - 12,
                      area.height() - legend_h - fm.height() - 16)
        p.setPen(QPen(QColor(c["border"]), 1))
        for frac in (0.0, 0.5, 1.0):
            y = plot.bottom() - frac * plot.height()
            p.setPen(QPen(QColor(c["border"]), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                       f"{int(frac * 100)} %")
        r = max(4.0, fm.height() / 5)
        for i, (name, values) in enumerate(self.series.items()):
            color = QColor(colours[i % len(colours)])
            pen = QPen(color, 3, PEN_STYLES[i % len(PEN_STYLES)])
            n = len(values)
            pts = [QPointF(plot.left() + (plot.width() * (k / (n - 1)) if n > 1 else
                                          plot.width() / 2),
                           plot.bottom() - max(0.0, min(1.0, v)) * plot.height())
                   for k, v in enumerate(values)]
            p.setPen(pen)
            for a, b in pairwise(pts):
                p.drawLine(a, b)
            p.setPen(QPen(color, 2))
            p.setBrush(color)
            marker = MARKERS[i % len(MARKERS)]
            for pt in pts:
                draw_marker(p, marker, pt, r)
            ly = plot.bottom() + fm.height() / 2 + 10 + i * (fm.height() + 6)
            mid = ly + fm.height() / 2
            p.setPen(pen)
            p.drawLine(QPointF(plot.left(), mid), QPointF(plot.left() + 40, mid))
            p.setPen(QPen(color, 2))
            draw_marker(p, marker, QPointF(plot.left() + 20, mid), r)
            p.setPen(QColor(c["text"]))
            p.drawText(QPointF(plot.left() + 50, ly + fm.ascent()), name)
            p.setBrush(Qt.BrushStyle.NoBrush)
