"""The room's vote split as horizontal bars, drawn with QPainter (readable from the back row)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.workshop.i18n import wtr


@dataclass(frozen=True)
class Bar:
    number: int
    text: str
    votes: int
    chosen: bool = False


# Colours chosen for a projector: strong fills that survive a washed-out image.
NORMAL = {"text": "#1d1d1f", "bar": "#1f5aa6", "chosen": "#b35c00", "track": "#d9dce3",
          "bg": "#ffffff"}
CONTRAST = {"text": "#ffffff", "bar": "#00c8ff", "chosen": "#ffff00", "track": "#333333",
            "bg": "#000000"}


class VoteChart(QWidget):
    def __init__(self, bars: list[Bar], *, contrast: bool = False) -> None:
        super().__init__()
        self.bars = bars
        self.contrast = contrast
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        total = sum(b.votes for b in bars)
        self.setAccessibleName(wtr("Röstfördelning"))
        self.setAccessibleDescription("; ".join(
            wtr("Alternativ {n}: {votes} av {total} röster").format(n=b.number, votes=b.votes,
                                                                   total=total)
            for b in bars))
        self.setMinimumHeight(self._row_height() * max(1, len(bars)) + 8)

    def _row_height(self) -> int:
        return int(QFontMetrics(self.font()).height() * 2.2) + 10

    def sizeHint(self) -> QSize:
        return QSize(700, self._row_height() * max(1, len(self.bars)) + 8)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self.paint(p, self.width(), CONTRAST if self.contrast else NORMAL)
        p.end()

    def render_image(self, width: int = 1000) -> QImage:
        """The chart on white, for the PDF."""
        img = QImage(width, self.sizeHint().height(), QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(self.font())
        self.paint(p, width, NORMAL)
        p.end()
        return img

    def paint(self, p: QPainter, width: int, c: dict[str, str]) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        rh = self._row_height()
        total = sum(b.votes for b in self.bars)
        label_w = fm.horizontalAdvance("9.") + 16
        count_w = fm.horizontalAdvance("999 (100 %)") + 16
        track_w = max(40, width - label_w - count_w - 8)
        for i, bar in enumerate(self.bars):
            y = 4 + i * rh
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(4, y, label_w, rh - 10), Qt.AlignmentFlag.AlignVCenter,
                       f"{bar.number}.")
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c["track"]))
            p.drawRoundedRect(QRectF(label_w, y + 4, track_w, rh - 18), 4, 4)
            share = bar.votes / total if total else 0.0
            if share > 0:
                p.setBrush(QColor(c["chosen"] if bar.chosen else c["bar"]))
                p.drawRoundedRect(QRectF(label_w, y + 4, max(6.0, track_w * share), rh - 18), 4, 4)
            if bar.chosen:
                p.setPen(QPen(QColor(c["text"]), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(label_w, y + 4, track_w, rh - 18), 4, 4)
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(label_w + track_w + 8, y, count_w, rh - 10),
                       Qt.AlignmentFlag.AlignVCenter,
                       f"{bar.votes} ({round(share * 100)} %)")
