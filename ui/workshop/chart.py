"""The room's vote split as horizontal bars, drawn with QPainter (readable from the back row)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import theme
from ui.i18n import tr


@dataclass(frozen=True)
class Bar:
    number: int
    text: str
    votes: int
    chosen: bool = False


# Colours chosen for a projector: strong fills that survive a washed-out image. On screen the
# text and bars follow the app's theme (`themed`); the PDF always uses NORMAL on white.
NORMAL = {"text": "#1d1d1f", "bar": "#1f5aa6", "chosen": "#b35c00", "track": "#d9dce3"}
CONTRAST = {"text": "#ffffff", "bar": "#00c8ff", "chosen": "#ffff00", "track": "#333333"}


def themed() -> dict[str, str]:
    c = theme.colors()
    dark = QColor(c["bg"]).lightness() < 128
    return {"text": c["text"], "bar": c["accent"], "chosen": "#ff9f43" if dark else "#b35c00",
            "track": c["hover"]}


class VoteChart(QWidget):
    """One bar per option; with `with_text` each bar has its option's text above it."""

    def __init__(self, bars: list[Bar], *, contrast: bool = False, with_text: bool = False) -> None:
        super().__init__()
        self.bars = bars
        self.contrast = contrast
        self.with_text = with_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        total = sum(b.votes for b in bars)
        self.setAccessibleName(tr("Röstfördelning"))
        self.setAccessibleDescription("; ".join(
            tr("Alternativ {n}: {votes} av {total} röster").format(n=b.number, votes=b.votes,
                                                                   total=total)
            for b in bars))
        self.setMinimumHeight(self.height_for(700))

    def _bar_height(self, fm: QFontMetrics) -> int:
        return int(fm.height() * 1.6)

    def _text_rect(self, fm: QFontMetrics, width: int, text: str) -> QRect:
        return fm.boundingRect(QRect(0, 0, max(50, width - 8), 100000),
                               int(Qt.TextFlag.TextWordWrap), text)

    def height_for(self, width: int, fm: QFontMetrics | None = None) -> int:
        fm = fm or QFontMetrics(self.font())
        h = 4
        for bar in self.bars:
            if self.with_text:
                h += self._text_rect(fm, width, f"{bar.number}.  {bar.text}").height() + 4
            h += self._bar_height(fm) + 12
        return h

    def sizeHint(self) -> QSize:
        return QSize(700, self.height_for(max(300, self.width())))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        needed = self.height_for(self.width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        self.paint(p, self.width(), CONTRAST if self.contrast else themed())
        p.end()

    def render_image(self, width: int = 1000) -> QImage:
        """The chart on white, for the PDF; the text scales with the width so that it stays
        readable when the page shrinks the image."""
        font = QFont(self.font())
        font.setPixelSize(max(10, width // 42))
        img = QImage(width, self.height_for(width, QFontMetrics(font)),
                     QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(font)
        self.paint(p, width, NORMAL)
        p.end()
        return img

    def paint(self, p: QPainter, width: int, c: dict[str, str]) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(p.font())
        bh = self._bar_height(fm)
        total = sum(b.votes for b in self.bars)
        label_w = 0 if self.with_text else fm.horizontalAdvance("9.") + 16
        count_w = fm.horizontalAdvance("999 (100 %)") + 16
        track_w = max(40, width - label_w - count_w - 8)
        y = 4
        for bar in self.bars:
            p.setPen(QColor(c["text"]))
            if self.with_text:
                text = f"{bar.number}.  {bar.text}"
                rect = self._text_rect(fm, width, text)
                p.drawText(QRectF(4, y, width - 8, rect.height()),
                           int(Qt.TextFlag.TextWordWrap), text)
                y += rect.height() + 4
            else:
                p.drawText(QRectF(4, y, label_w, bh), Qt.AlignmentFlag.AlignVCenter,
                           f"{bar.number}.")
            x = 4 + label_w if self.with_text else label_w
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(c["track"]))
            p.drawRoundedRect(QRectF(x, y, track_w, bh), 4, 4)
            share = bar.votes / total if total else 0.0
            if share > 0:
                p.setBrush(QColor(c["chosen"] if bar.chosen else c["bar"]))
                p.drawRoundedRect(QRectF(x, y, max(6.0, track_w * share), bh), 4, 4)
            if bar.chosen:
                p.setPen(QPen(QColor(c["text"]), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(x, y, track_w, bh), 4, 4)
            p.setPen(QColor(c["text"]))
            p.drawText(QRectF(x + track_w + 8, y, count_w, bh), Qt.AlignmentFlag.AlignVCenter,
                       f"{bar.votes} ({round(share * 100)} %)")
            y += bh + 12
