"""The room's debrief: the path taken, the vote at every decision against the guidance, the
per-dimension result of the room's path, and the questions that divided the room; PDF and CSV.

Both exports hold votes only: the scenario, the date and counts per option. The group's name
and the head count stay on this computer, in the workshop list.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from simulator.workshop.model import Debrief, DebriefDecision, to_csv
from ui.charts import DimensionBars
from ui.i18n import tr
from ui.pdf import dimension_label, write_pdf
from ui.plain import escape
from ui.widgets import FitScrollArea, button, label
from ui.window_api import AppWindow
from ui.workshop.chart import Bar, VoteChart
from ui.workshop.controller import WorkshopController
from ui.workshop.presentation import PresentationView, rich
from ui.workshop.projector import ProjectorHost


def agreement_text(d: DebriefDecision) -> str:
    return {"consensus": tr("Enighet"), "split": tr("Delade röster"),
            "critical_majority": tr("Majoritet för ett kritiskt fel")}[d.agreement]


def guidance_text(d: DebriefDecision) -> str:
    if d.guidance is None:
        return "–"
    if d.record.room_with_guidance:
        return tr("Rummet och riktlinjerna var överens")
    number = d.record.options.index(d.guidance.id) + 1
    return tr("Riktlinjerna: {n}. {text}").format(n=number, text=d.guidance.text)


def how_suffix(d: DebriefDecision) -> str:
    return {"majority": "", "tie_break": " " + tr("(lika röster, handledaren valde)"),
            "override": " " + tr("(handledaren valde mot majoriteten)"),
            "no_votes": " " + tr("(inga röster, handledaren valde)")}[d.record.how]


def split_text(d: DebriefDecision) -> str:
    """The counts in option order, e.g. '1: 12 · 2: 5 · 3: 0'."""
    return " · ".join(f"{i}: {d.record.votes.get(c.id, 0)}" for i, c in enumerate(d.options, 1))


def result_lines(debrief: Debrief) -> list[str]:
    r = debrief.result
    lines = [tr("Rummets väg gav {total} av expertvägens {best} poäng.").format(
        total=r.total, best=r.best_total)]
    if r.critical_errors:
        lines.append(tr("Vägen innehöll {n} kritiskt fel.").format(n=len(r.critical_errors))
                     if len(r.critical_errors) == 1 else
                     tr("Vägen innehöll {n} kritiska fel.").format(n=len(r.critical_errors)))
    if not debrief.finished:
        lines.append(tr("Workshopen avslutades innan scenariot var slut."))
    return lines


def dimension_rows(debrief: Debrief) -> list[tuple[str, int, int, int, int]]:
    return [(dimension_label(debrief.scenario, d), d.achieved, d.reference, d.maximum, d.minimum)
            for d in debrief.result.dimensions]


def vote_bars(d: DebriefDecision) -> list[Bar]:
    return [Bar(i, c.text, d.record.votes.get(c.id, 0), c.id == d.record.chosen)
            for i, c in enumerate(d.options, 1)]


def debrief_html(debrief: Debrief) -> tuple[str, dict[str, QImage]]:
    """The PDF's body and its images (the dimension bars and one vote chart per decision)."""
    e = escape
    images: dict[str, QImage] = {}
    parts = ["<h1>" + e(tr("Rummets genomgång: {title}").format(title=debrief.scenario.title))
             + "</h1>",
             "<p>" + e(tr("Datum: {date} · Beslut: {n}").format(
                 date=_dt.date.today().isoformat(), n=len(debrief.decisions))) + "</p>"]
    parts += [f"<p>{e(line)}</p>" for line in result_lines(debrief)]
    parts.append("<h2>" + e(tr("Resultat per kompetensområde")) + "</h2>")
    images["dims.png"] = DimensionBars(dimension_rows(debrief)).render_image(640)
    parts.append("<p><img src='dims.png' width='600'></p>")
    parts.append("<h2>" + e(tr("Rummets väg")) + "</h2><ol>")
    for node, choice in debrief.path:
        text = node.title if choice is None else f"{node.title}: {choice.text}"
        parts.append(f"<li>{e(text)}</li>")
    parts.append("</ol><h2>" + e(tr("Röster vid varje beslut")) + "</h2>")
    for d in debrief.decisions:
        parts.append(f"<h3>{d.number}. {e(d.node.title)} – {e(agreement_text(d))}</h3>")
        name = f"votes{d.number}.png"
        images[name] = VoteChart(vote_bars(d)).render_image(900)
        parts.append(f"<p><img src='{name}' width='540'></p><ol>")
        for c in d.options:
            mark = " ←" if c.id == d.record.chosen else ""
            parts.append(f"<li>{e(c.text)} ({d.record.votes.get(c.id, 0)}){mark}</li>")
        parts.append(f"</ol><p>{e(guidance_text(d))}</p>")
    parts.append("<h2>" + e(tr("Frågor som delade rummet")) + "</h2>")
    if not debrief.questions:
        parts.append("<p>" + e(tr("Rummet var enigt vid varje beslut.")) + "</p>")
    for node, questions in debrief.questions:
        parts.append(f"<p><b>{e(node.title)}</b></p>")
        if questions:
            parts.append("<ul>" + "".join(f"<li>{e(q)}</li>" for q in questions) + "</ul>")
    return "".join(parts), images


class WorkshopDebriefView(QWidget, ProjectorHost):
    def __init__(self, controller: WorkshopController, window: AppWindow | None = None, *,
                 text_scale: int = 100, separate_projector: bool | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.window_ = window
        self.debrief = controller.workshop.debrief()
        self.setAccessibleName(tr("Rummets genomgång"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        presentation = PresentationView(controller, text_scale)
        presentation.show_debrief(self.debrief)
        self.host_projector(self, self._build_page(), presentation, separate_projector)
        shortcut = QShortcut(QKeySequence("P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_projector)

    def initial_focus(self) -> QWidget:
        return self.pdf_button

    def _build_page(self) -> QWidget:
        d = self.debrief
        w = self.controller.workshop
        page = QWidget()
        outer = QVBoxLayout(page)
        area = FitScrollArea()
        area.setAccessibleName(tr("Rummets genomgång"))
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll
        body = QWidget()
        box = QVBoxLayout(body)
        box.addWidget(label(tr("Rummets genomgång: {title}").format(title=d.scenario.title),
                            "heading"))
        meta = [w.group] if w.group else []
        if w.people:
            meta.append(tr("{n} personer").format(n=w.people))
        if meta:
            box.addWidget(label(" · ".join(meta)))
        for line in result_lines(d):
            box.addWidget(label(line))
        counts = d.counts
        box.addWidget(label(tr("{c} beslut i enighet, {s} med delade röster, {k} där rummet "
                                "föredrog ett kritiskt fel.").format(
            c=counts["consensus"], s=counts["split"], k=counts["critical_majority"])))
        box.addWidget(label(tr("Resultat per kompetensområde"), "subheading"))
        self.bars = DimensionBars(dimension_rows(d))
        box.addWidget(self.bars)
        box.addWidget(label(tr("Röster vid varje beslut"), "subheading"))
        self.cards = []
        for dd in d.decisions:
            card = QFrame()
            card.setProperty("role", "decision")
            card.setAccessibleName(tr("Beslut {n}: {title}").format(n=dd.number,
                                                                    title=dd.node.title))
            inner = QVBoxLayout(card)
            inner.addWidget(label(f"{dd.number}. {dd.node.title} – {agreement_text(dd)}",
                                  "subheading"))
            inner.addWidget(VoteChart(vote_bars(dd), with_text=True))
            n = dd.record.options.index(dd.chosen.id) + 1
            inner.addWidget(label(tr("Rummets val: {n}. {text}").format(n=n, text=dd.chosen.text)
                                  + how_suffix(dd)))
            inner.addWidget(label(guidance_text(dd)))
            box.addWidget(card)
            self.cards.append(card)
        box.addWidget(label(tr("Rummets väg"), "subheading"))
        steps = []
        for node, choice in d.path:
            text = escape(node.title) + ("" if choice is None else ": " + escape(choice.text))
            steps.append(f"<li>{text}</li>")
        self.path_label = rich("<ol>" + "".join(steps) + "</ol>")
        self.path_label.setAccessibleName(tr("Rummets väg"))
        box.addWidget(self.path_label)
        box.addWidget(label(tr("Frågor som delade rummet"), "subheading"))
        if not d.questions:
            box.addWidget(label(tr("Rummet var enigt vid varje beslut.")))
        for node, questions in d.questions:
            box.addWidget(label(node.title, "subheading"))
            if questions:
                q = rich("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in questions) + "</ul>")
                q.setAccessibleName(tr("Frågor: {title}").format(title=node.title))
                box.addWidget(q)
            else:
                box.addWidget(label(tr("Inga förberedda frågor; fråga rummet vad som skilde "
                                        "dem åt.")))
        box.addStretch(1)
        area.setWidget(body)
        outer.addWidget(area, 1)
        buttons = QHBoxLayout()
        self.pdf_button = button(tr("Spara som PDF"), primary=True)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.csv_button = button(tr("Spara röster som CSV"))
        self.csv_button.clicked.connect(self.ask_csv)
        self.projector_button = button(tr("Projektorvy (P)"))
        self.projector_button.clicked.connect(self.toggle_projector)
        self.library_button = button(tr("Till biblioteket"))
        self.library_button.clicked.connect(self.to_library)
        for b in (self.pdf_button, self.csv_button, self.projector_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        outer.addLayout(buttons)
        return page

    # -- exports ------------------------------------------------------------------------------
    def export_pdf(self, path: str | Path) -> Path:
        body, images = debrief_html(self.debrief)
        return write_pdf(path, body, tr("Rummets genomgång"), images)

    def export_csv(self, path: str | Path) -> Path:
        path = Path(path)
        # utf-8 with a byte-order mark, so a spreadsheet opens å, ä and ö correctly
        path.write_text(to_csv(self.controller.workshop), encoding="utf-8-sig")
        return path

    def _default_name(self, ext: str) -> str:
        date = _dt.date.today().isoformat()
        return f"vagval-workshop-{self.debrief.scenario.id}-{date}.{ext}"

    def ask_pdf(self) -> None:
        from ui.saving import save_file

        save_file(self, tr("Spara som PDF"), self._default_name("pdf"), self.export_pdf)

    def ask_csv(self) -> None:
        from ui.saving import save_file

        save_file(self, tr("Spara röster som CSV"), self._default_name("csv"), self.export_csv,
                  kind="csv")

    def to_library(self) -> None:
        if self.window_ is not None and hasattr(self.window_, "show_library"):
            self.window_.show_library()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_P and not event.modifiers():
            self.toggle_projector()
            return True
        if event.key() == Qt.Key.Key_Escape and not self.separate and self.projector_visible():
            self.toggle_projector()
            return True
        return False


def window_text_scale(window: AppWindow) -> int:
    return int(window.settings.text_scale or 100)


def show_debrief(window: AppWindow, controller: WorkshopController, *,
                 separate_projector: bool | None = None) -> WorkshopDebriefView:
    """The room's debrief as the main window's screen."""
    return window.show_screen(lambda: WorkshopDebriefView(
        controller, window, text_scale=window_text_scale(window),
        separate_projector=separate_projector))
