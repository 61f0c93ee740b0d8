"""PDF export of a debrief and of a certificate, with QPdfWriter and a QTextDocument built
from escaped HTML (scenario text never becomes markup here). Every PDF carries the
organisation's name and logo at the top when the organisation settings give them."""

from __future__ import annotations

import datetime as _dt
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from simulator.organisation import Organisation
from ui.i18n import current_language, tr
from ui.names import dimension_name, outcome_name
from ui.settings import active_organisation

LOGO_RESOURCE = "organisation-logo.png"
LOGO_HEIGHT = 56  # pixels at the writer's 150 dpi: about 1 cm


def organisation_header(org: Organisation) -> tuple[str, dict[str, QImage]]:
    """The HTML line above every PDF (logo, then name) and its image; ("", {}) when none."""
    images: dict[str, QImage] = {}
    parts = []
    if org.logo is not None:
        image = QImage(str(org.logo))
        if not image.isNull():
            images[LOGO_RESOURCE] = image.scaledToHeight(LOGO_HEIGHT * 2)
            parts.append(f"<img src='{LOGO_RESOURCE}' height='{LOGO_HEIGHT}'>")
    if org.name:
        parts.append(f"<span style='font-size:12pt'><b>{escape(org.name)}</b></span>")
    if not parts:
        return "", {}
    return "<p>" + "&nbsp;&nbsp;".join(parts) + "</p><hr>", images

if TYPE_CHECKING:
    from simulator.engine.result import DimensionResult, Result
    from simulator.format.model import Scenario


def write_pdf(path: str | Path, body_html: str, title: str,
              images: dict[str, QImage] | None = None, organisation: Organisation | None = None) -> Path:
    """Write `body_html` as an A4 PDF, under the organisation's header (default: the one the
    settings loaded)."""
    path = Path(path)
    header, header_images = organisation_header(organisation or active_organisation())
    body_html = header + body_html
    images = {**(images or {}), **header_images}
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Vägval")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    doc = QTextDocument()
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setDefaultStyleSheet("body { font-size: 10pt; } h1 { font-size: 18pt; } "
                             "h2 { font-size: 13pt; } .fail { color: #b3261e; } "
                             ".pass { color: #1e7b34; }")
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer  # finishes the file
    return path


def verdict_lines(result: Result) -> list[str]:
    pct = round(result.threshold * 100)
    lines = []
    if "critical" in result.reasons:
        lines.append(tr("Minst ett beslut var ett kritiskt fel, och då blir övningen inte "
                        "godkänd oavsett poäng."))
    if "threshold" in result.reasons:
        lines.append(tr("Du fick {total} av {best} möjliga poäng; för godkänt krävs {pct} %.")
                     .format(total=result.total, best=result.best_total, pct=pct))
    if "unfinished" in result.reasons:
        lines.append(tr("Övningen är inte avslutad."))
    if result.passed:
        lines.append(tr("Du fick {total} av {best} möjliga poäng (gräns {pct} %) och inga "
                        "kritiska fel.").format(total=result.total, best=result.best_total,
                                                pct=pct))
    return lines


def dimension_label(scenario: Scenario, d: DimensionResult) -> str:
    if current_language() == "en" and d.name_en:
        return str(d.name_en)
    return str(d.name_sv or dimension_name(scenario, d.dimension))


def debrief_html(scenario: Scenario, result: Result, trainee: str, *, what_if: bool = False) -> str:
    e = escape
    parts = ["<h1>" + e(tr("Genomgång: {title}").format(title=scenario.title)) + "</h1>"]
    meta = tr("Deltagare: {name} · Datum: {date}").format(
        name=trainee or "–", date=_dt.date.today().isoformat())
    parts.append(f"<p>{e(meta)}</p>")
    if what_if:
        parts.append("<p><b>" + e(tr("Tänk om – räknas inte in i resultatet.")) + "</b></p>")
    cls, verdict = ("pass", tr("Godkänd")) if result.passed else ("fail", tr("Inte godkänd"))
    parts.append(f"<h2 class='{cls}'>{e(verdict)}</h2>")
    parts += [f"<p>{e(line)}</p>" for line in verdict_lines(result)]
    if result.ending:
        outcome = tr("Utfall: {outcome}").format(outcome=outcome_name(result.ending))
        parts.append("<p>" + e(outcome) + "</p>")
    parts.append("<h2>" + e(tr("Resultat per kompetensområde")) + "</h2><table cellpadding='4'>")
    for d in result.dimensions:
        parts.append(f"<tr><td>{e(dimension_label(scenario, d))}</td>"
                     f"<td>{d.achieved} / {d.best}</td></tr>")
    parts.append("</table><p><img src='bars.png' width='500'></p>")
    if result.critical_errors:
        parts.append("<h2>" + e(tr("Kritiska fel")) + "</h2><ul>")
        parts += [f"<li>{e(c.choice.text)}</li>" for c in result.critical_errors]
        parts.append("</ul>")
    source, none = e(tr("Källa")), e(tr("Inga."))
    for heading, principles in ((tr("Riktlinjer du följde"), result.followed),
                                (tr("Riktlinjer du missade"), result.missed)):
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        parts += [f"<li><b>{e(p.id)}</b> {e(p.title)} – {source}: {e(p.source)}</li>"
                  for p in principles] or [f"<li>{none}</li>"]
        parts.append("</ul>")
    parts.append("<h2>" + e(tr("Dina beslut")) + "</h2><ol>")
    for dec in result.decisions:
        node = scenario.nodes.get(dec.node)
        line = f"<b>{e(node.title if node and node.title else dec.node)}</b>: {e(dec.choice.text)}"
        line += " – " + e(tr("kostnad {n} poäng").format(n=dec.cost))
        if dec.cost > 0 and dec.best_choice is not None:
            line += "<br>" + e(tr("Bästa val: {text}").format(text=dec.best_choice.text))
        parts.append(f"<li>{line}</li>")
    parts.append("</ol>")
    parts.append("<h2>" + e(tr("Din väg och expertvägen")) + "</h2>"
                 "<p><img src='graph.png' width='600'></p>")
    return "".join(parts)


def certificate_html(trainee: str, scenario_title: str, date: str, total: int,
                     best: int) -> str:
    lines = [
        ("h1", tr("Intyg")),
        ("p", "\u00a0"),
        ("big", trainee),
        ("p", tr("har med godkänt resultat genomfört övningen")),
        ("big", scenario_title),
        ("p", tr("i Vägval, ett övningsprogram för yrkesverksamma som möter våldsutsatta.")),
        ("p", tr("Resultat: {total} av {best} möjliga poäng.").format(total=total, best=best)),
        ("p", tr("Datum: {date}").format(date=date)),
    ]
    out = []
    for kind, text in lines:
        if kind == "big":
            out.append(f"<p align='center' style='font-size:16pt'><b>{escape(text)}</b></p>")
        else:
            out.append(f"<{kind} align='center'>{escape(text)}</{kind}>")
    return "".join(out)
