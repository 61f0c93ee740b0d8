"""PDF export of a debrief and of a certificate.

The debrief is laid out page by page with a QPainter on a QPdfWriter: text blocks (escaped
HTML in a QTextDocument; scenario text never becomes markup) break between lines, never
through one; the bars are drawn as vector graphics at the page's own text size; the graph gets
a landscape page of its own, scaled to fit, also as vectors. The certificate is one landscape
page drawn like a certificate: frame, title, name, scenario, date, the result per competence
area, the organisation's name and logo, and a line for a signature.

`write_pdf` (HTML flowed over pages) stays for the workshop's room debrief."""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from simulator.format.reading import read_file
from simulator.organisation import Organisation
from ui import theme
from ui.i18n import current_language, tr
from ui.names import dimension_name, outcome_name
from ui.plain import escape
from ui.settings import active_organisation

if TYPE_CHECKING:
    from simulator.engine.result import DecisionCost, DimensionResult, Result
    from simulator.format.model import Scenario

BODY_PT = 10.5
STYLE = ("body { font-size: 10.5pt; } h1 { font-size: 18pt; } h2 { font-size: 13.5pt; } "
         ".fail { color: #b3261e; } .pass { color: #1e7b34; } p.legend { color: #444; }")


LOGO_RESOURCE = "organisation-logo.png"
MAX_LOGO_BYTES = 8 * 1024 * 1024  # a logo is a few hundred KB
LOGO_HEIGHT = 56  # pixels at 150 dpi: about 1 cm


def load_logo(path: Path | None) -> QImage | None:
    """The organisation's logo, or None when it cannot be used. Read as bytes through
    read_file (a regular file only, at most MAX_LOGO_BYTES, opened without waiting) and
    decoded from memory: ``QImage(path)`` opened whatever the path named, and a named pipe
    there (the path comes from the organisation file) froze the app at the PDF export."""
    if path is None:
        return None
    try:
        data = read_file(path, MAX_LOGO_BYTES)
    except (OSError, ValueError):  # ValueError: a path no file can have (a NUL in it)
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


def organisation_header(org: Organisation) -> tuple[str, dict[str, QImage]]:
    """The HTML line above every PDF (logo, then name) and its image; ("", {}) when none."""
    images: dict[str, QImage] = {}
    parts = []
    if org.logo is not None:
        image = load_logo(org.logo)
        if image is not None:
            images[LOGO_RESOURCE] = image.scaledToHeight(LOGO_HEIGHT * 2)
            parts.append(f"<img src='{LOGO_RESOURCE}' height='{LOGO_HEIGHT}'>")
    if org.name:
        parts.append(f"<span style='font-size:12pt'><b>{escape(org.name)}</b></span>")
    if not parts:
        return "", {}
    return "<p>" + "&nbsp;&nbsp;".join(parts) + "</p><hr>", images


def write_pdf(path: str | Path, body_html: str, title: str,
              images: dict[str, QImage] | None = None,
              organisation: Organisation | None = None) -> Path:
    """Flow escaped HTML over A4 pages (the workshop's room debrief), under the organisation's
    header (default: the one the settings loaded)."""
    path = Path(path)
    header, header_images = organisation_header(organisation or active_organisation())
    body_html = header + body_html
    images = {**(images or {}), **header_images}
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Vägval")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer  # finishes the file
    return path


def _writer(path: Path, title: str, *, landscape: bool = False, margin: float = 18) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Vägval")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter))
    return writer


# -- the text of a debrief ------------------------------------------------------------------------
def verdict_lines(result: Result) -> list[str]:
    """Why the attempt passed or not, in the engine's plain words (one wording everywhere)."""
    lines = list(result.reason_texts(current_language()))
    if result.passed:
        lines.append(tr("Du fick {total} av expertvägens {best} poäng (gräns {mark}), inga "
                        "kritiska fel och ett utfall som godkänns.").format(
                            total=result.total, best=result.best_total,
                            mark=_mark(result.pass_mark)))
    return lines


def _mark(value: float) -> int:
    return int(value) if float(value).is_integer() else math.ceil(value)


def cost_text(d: DecisionCost) -> str:
    """One decision against the expert's best, in words: what it gave up first."""
    if d.loss == "critical":
        return tr("Ett kritiskt fel som gick att undvika.")
    if d.loss == "ending":
        return tr("Ledde mot ett sämre slut än det som fortfarande gick att nå.")
    if d.loss == "points" or d.cost:
        return tr("Kostnad: {n} poäng").format(n=d.cost)
    return tr("Kostnad: inga poäng – bästa möjliga val.")


def dimension_rows(scenario: Scenario, result: Result) -> list[tuple[str, int, int, int, int]]:
    """The bars' rows: (name, achieved, reference, maximum, minimum) per dimension."""
    return [(dimension_label(scenario, d), d.achieved, d.reference, d.maximum, d.minimum)
            for d in result.dimensions]


def dimension_label(scenario: Scenario, d: DimensionResult) -> str:
    if current_language() == "en" and d.name_en:
        return str(d.name_en)
    return str(d.name_sv or dimension_name(scenario, d.dimension))


def _where(scenario: Scenario, node_id: str) -> str:
    for nid, node in scenario.nodes.items():
        if nid == node_id:
            return node.title or node_id
    return node_id


def debrief_head_html(scenario: Scenario, result: Result, trainee: str, *,
                      what_if: bool = False) -> str:
    """Title, who and when, the verdict and why, the costliest decisions, critical errors."""
    e = escape
    parts = ["<h1>" + e(tr("Genomgång: {title}").format(title=scenario.title)) + "</h1>"]
    meta = tr("Deltagare: {name} · Datum: {date}").format(
        name=trainee or "–", date=_dt.date.today().isoformat())
    parts.append(f"<p>{e(meta)}</p>")
    if what_if:
        parts.append("<p><b>" + e(tr("Tänk om – räknas inte in i resultatet.")) + "</b></p>")
    cls, verdict = ("pass", "✓ " + tr("Godkänd")) if result.passed else (
        "fail", "✗ " + tr("Inte godkänd"))
    parts.append(f"<h2 class='{cls}'>{e(verdict)}</h2>")
    parts += [f"<p>{e(line)}</p>" for line in verdict_lines(result)]
    if result.ending:
        outcome = tr("Utfall: {outcome}").format(outcome=outcome_name(result.ending))
        parts.append("<p>" + e(outcome) + "</p>")
    if result.critical_errors:
        parts.append("<h2>" + e(tr("Kritiska fel")) + "</h2><ul>")
        parts += [f"<li>{e(c.choice.text)}</li>" for c in result.critical_errors]
        parts.append("</ul>")
    weight = {"critical": 2, "ending": 1}  # a critical error or a worse ending comes first
    costly = sorted((d for d in result.decisions if d.cost > 0 or not d.optimal),
                    key=lambda d: (-weight.get(d.loss, 0), -d.cost, d.index))[:3]
    if costly:
        parts.append("<h2>" + e(tr("Det här kostade mest")) + "</h2><ul>")
        for d in costly:
            parts.append("<li>" + e(tr("Beslut {n} – {where}").format(
                n=d.index + 1, where=_where(scenario, d.node))) + ": "
                + e(cost_text(d)) + "</li>")
        parts.append("</ul>")
    parts.append("<h2>" + e(tr("Resultat per kompetensområde")) + "</h2>")
    return "".join(parts)


def debrief_rest_html(scenario: Scenario, result: Result) -> str:
    """Every decision with its cost, then the guidance followed and missed."""
    e = escape
    parts = ["<h2>" + e(tr("Dina beslut")) + "</h2><ol>"]
    for dec in result.decisions:
        line = f"<b>{e(_where(scenario, dec.node))}</b>: {e(dec.choice.text)}"
        line += " – " + e(cost_text(dec))
        if not dec.optimal and dec.best_choice is not None:
            line += "<br>" + e(tr("Bästa val: {text}").format(text=dec.best_choice.text))
        parts.append(f"<li>{line}</li>")
    parts.append("</ol>")
    source, none = e(tr("Källa")), e(tr("Inga."))
    for heading, principles in ((tr("Riktlinjer du följde"), result.followed),
                                (tr("Riktlinjer du missade"), result.missed)):
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        parts += [f"<li><b>{e(p.id)}</b> {e(p.title)} – {source}: {e(p.source)}</li>"
                  for p in principles] or [f"<li>{none}</li>"]
        parts.append("</ul>")
    return "".join(parts)


def debrief_html(scenario: Scenario, result: Result, trainee: str, *, what_if: bool = False) -> str:
    """The whole debrief's text as one HTML string (for tests and plain-text uses)."""
    return (debrief_head_html(scenario, result, trainee, what_if=what_if)
            + debrief_rest_html(scenario, result))


# -- page-by-page layout ---------------------------------------------------------------------------
@dataclass
class Pages:
    """A cursor down the pages of a PDF being painted."""

    writer: QPdfWriter
    painter: QPainter
    y: float = 0.0
    page_no: int = 1

    @property
    def rect(self) -> QRectF:
        """The printable area in the painter's coordinates (which start at its corner)."""
        return paint_area(self.writer)

    @property
    def width(self) -> float:
        return self.rect.width()

    def room(self) -> float:
        return self.rect.height() - self.y

    def new_page(self) -> None:
        self.writer.newPage()
        self.page_no += 1
        self.y = 0.0

    def text(self, html: str, images: dict[str, QImage] | None = None) -> None:
        """Flow HTML from the cursor, breaking pages only between lines."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        for name, image in (images or {}).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        doc.setDefaultStyleSheet(STYLE)
        doc.setHtml(f"<html><body>{html}</body></html>")
        doc.setTextWidth(self.width)
        tops = line_tops(doc)
        total = doc.size().height()
        offset = 0.0
        while offset < total - 0.5:
            room = self.room()
            end = offset + room
            if end < total:  # cut at the last line that starts inside the room
                cuts = [t for t in tops if offset < t <= end]
                if not cuts:
                    if self.y > 0:
                        self.new_page()
                        continue
                    cuts = [end]
                end = cuts[-1]
            else:
                end = total
            self.painter.save()
            self.painter.translate(0, self.y - offset)
            doc.drawContents(self.painter, QRectF(0, offset, self.width, end - offset))
            self.painter.restore()
            self.y += end - offset
            offset = end
            if offset < total - 0.5:
                self.new_page()

    def block(self, height: float, draw: Callable[[QRectF], None]) -> None:
        """A drawing that is never split: on this page if it fits, else on the next."""
        if height > self.room() and self.y > 0:
            self.new_page()
        draw(QRectF(0, self.y, self.width, height))
        self.y += height


def paint_area(writer: QPdfWriter) -> QRectF:
    """The page inside its margins, from (0, 0): a painter on the writer starts there."""
    size = writer.pageLayout().paintRectPixels(writer.resolution()).size()
    return QRectF(0, 0, size.width(), size.height())


def line_tops(doc: QTextDocument) -> list[float]:
    """The top of every laid-out line in the document (where a page may break)."""
    tops = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        base = layout.position().y()
        for i in range(layout.lineCount()):
            tops.append(base + layout.lineAt(i).y())
        block = block.next()
    return tops


def pdf_font(writer: QPdfWriter, points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def write_debrief_pdf(path: str | Path, scenario: Scenario, result: Result, trainee: str, *,
                      what_if: bool = False) -> Path:
    """The debrief as a PDF: verdict, costliest decisions and critical errors first, the bars
    at text size, every decision, the guidance, and the graph on a landscape page of its own."""
    from ui.charts import DimensionBars, bars_legend
    from ui.graph_view import GraphView

    path = Path(path)
    writer = _writer(path, tr("Genomgång"))
    painter = QPainter(writer)
    pages = Pages(writer, painter)
    header, images = organisation_header(active_organisation())
    pages.text(header + debrief_head_html(scenario, result, trainee, what_if=what_if), images)
    bars = DimensionBars(dimension_rows(scenario, result))
    painter.setFont(pdf_font(writer, BODY_PT))
    from PySide6.QtGui import QFontMetrics

    height = bars.height_for(QFontMetrics(painter.font(), writer))
    pages.block(height, lambda r: bars.paint(painter, r, theme.colors("light")))
    pages.text(f"<p class='legend'>{escape(bars_legend(result.best_total))}</p>")
    pages.text(debrief_rest_html(scenario, result))

    # the graph: a page of its own, turned to suit its shape, scaled to fit, as vectors
    graph = GraphView(scenario, list(result.path), list(result.expert_path), palette="light")
    shape = graph.sceneRect()
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if shape.width() >= shape.height()
                              else QPageLayout.Orientation.Portrait)
    pages.new_page()
    pages.text("<h2>" + escape(tr("Din väg och expertvägen")) + "</h2><p>" + escape(tr(
        "Din väg är en heldragen linje och dina rutor har tjock ram; expertvägen är en "
        "streckad linje.")) + "</p>")
    area = QRectF(0, pages.y, pages.width, pages.room())
    graph.paint_to(painter, area)
    painter.end()  # finishes the file
    return path


# -- the certificate -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CertificateData:
    trainee: str
    scenario_title: str
    date: str
    total: int
    best: int
    areas: tuple[tuple[str, int, int], ...]  # (competence area, achieved, best)
    organisation: str = ""
    logo: Path | None = None


def certificate_html(trainee: str, scenario_title: str, date: str, total: int,
                     best: int) -> str:
    """The certificate's words as plain HTML (for tests and plain-text uses)."""
    lines = [tr("Intyg"), trainee, tr("har med godkänt resultat genomfört övningen"),
             scenario_title,
             tr("i Vägval, ett övningsprogram för yrkesverksamma som möter våldsutsatta."),
             tr("Resultat: {total} av {best} möjliga poäng.").format(total=total, best=best),
             tr("Datum: {date}").format(date=date)]
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def write_certificate_pdf(path: str | Path, data: CertificateData) -> Path:
    path = Path(path)
    writer = _writer(path, tr("Intyg"), landscape=True, margin=10)
    p = QPainter(writer)
    page = paint_area(writer)
    dpi = writer.resolution()
    mm = dpi / 25.4
    ink, accent = QColor("#1d1d1f"), QColor("#1f5aa6")
    # a double frame
    p.setPen(QPen(accent, 1.2 * mm))
    p.drawRect(page.adjusted(0.6 * mm, 0.6 * mm, -0.6 * mm, -0.6 * mm))
    p.setPen(QPen(accent, 0.3 * mm))
    p.drawRect(page.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm))
    inner = page.adjusted(12 * mm, 10 * mm, -12 * mm, -10 * mm)
    y = inner.top()

    def line(text: str, points: float, *, bold: bool = False, colour: QColor = ink,
             gap: float = 2.0) -> None:
        nonlocal y
        font = pdf_font(writer, points, bold)
        p.setFont(font)
        p.setPen(colour)
        fm = QFontMetricsF(font, writer)
        rect = fm.boundingRect(QRectF(inner.left(), y, inner.width(), 10000),
                               int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
                               text)
        p.drawText(QRectF(inner.left(), y, inner.width(), rect.height()),
                   int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), text)
        y += rect.height() + gap * mm

    if data.logo is not None:
        logo = load_logo(data.logo)
        if logo is not None:
            box = QSizeF(45 * mm, 18 * mm)
            size = QSizeF(logo.size()).scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            p.drawImage(QRectF(QPointF(inner.center().x() - size.width() / 2, y), size), logo)
            y += size.height() + 3 * mm
    if data.organisation:
        line(data.organisation, 13, bold=True, colour=accent, gap=4)
    line(tr("Intyg"), 34, bold=True, gap=1)
    line(tr("Vägval – övningar i att möta våldsutsatta"), 12, colour=QColor("#555555"), gap=7)
    line(tr("Härmed intygas att"), 13)
    line(data.trainee or "–", 24, bold=True, gap=3)
    line(tr("har med godkänt resultat genomfört övningen"), 13)
    line(data.scenario_title, 19, bold=True, gap=2)
    line(tr("Datum: {date}").format(date=data.date) + " · "
         + tr("Resultat: {total} av {best} möjliga poäng.").format(total=data.total,
                                                                  best=data.best), 12, gap=5)
    if data.areas:  # the result per competence area, as a small centred table
        font = pdf_font(writer, 11)
        bold = pdf_font(writer, 11, True)
        fm = QFontMetricsF(font, writer)
        name_w = max(fm.horizontalAdvance(a) for a, _x, _b in data.areas) + 8 * mm
        score_w = fm.horizontalAdvance("999 av 999  ✓") + 4 * mm
        left = inner.center().x() - (name_w + score_w) / 2
        p.setFont(bold)
        p.setPen(ink)
        p.drawText(QRectF(left, y, name_w + score_w, fm.height()),
                   int(Qt.AlignmentFlag.AlignLeft), tr("Resultat per kompetensområde"))
        y += fm.height() + 1.5 * mm
        p.setFont(font)
        for area, achieved, best in data.areas:
            p.setPen(QPen(QColor("#c8c8c8"), 0.2 * mm))
            p.drawLine(QPointF(left, y), QPointF(left + name_w + score_w, y))
            p.setPen(ink)
            p.drawText(QRectF(left, y + 0.8 * mm, name_w, fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft), area)
            score = tr("{achieved} av {best}").format(achieved=achieved, best=best)
            if achieved >= best:
                score += "  ✓"
            p.drawText(QRectF(left + name_w, y + 0.8 * mm, score_w, fm.height()),
                       int(Qt.AlignmentFlag.AlignLeft), score)
            y += fm.height() + 1.6 * mm
    # signature lines at the foot of the page
    foot = inner.bottom() - 14 * mm
    width = 80 * mm
    p.setFont(pdf_font(writer, 10))
    fm = QFontMetricsF(p.font(), writer)
    for x, caption in ((inner.left() + 10 * mm, tr("Underskrift")),
                       (inner.right() - 10 * mm - width, tr("Namnförtydligande och roll"))):
        p.setPen(QPen(ink, 0.3 * mm))
        p.drawLine(QPointF(x, foot), QPointF(x + width, foot))
        p.setPen(ink)
        p.drawText(QRectF(x, foot + 1.5 * mm, width, fm.height()),
                   int(Qt.AlignmentFlag.AlignLeft), caption)
    if data.organisation:
        p.drawText(QRectF(inner.left(), foot + 1.5 * mm + fm.height(), inner.width(),
                          fm.height()), int(Qt.AlignmentFlag.AlignHCenter), data.organisation)
    p.end()  # finishes the file
    return path
