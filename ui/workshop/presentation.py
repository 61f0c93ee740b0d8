"""What the room sees on the projector: large text, the options, the split, the feedback.

The view follows its `WorkshopController` and redraws on every change. It never shows the
facilitator's notes, the guidance's option or which options are critical errors: the room
learns that from the feedback, as a trainee would. The text is 1.75 times the app's size, and a
high-contrast palette (white on black) can be switched on for a washed-out projector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui import theme
from ui.i18n import tr
from ui.markdown_view import render
from ui.names import outcome_name
from ui.plain import escape
from ui.widgets import FitScrollArea, label
from ui.workshop.chart import Bar, VoteChart
from ui.workshop.controller import WorkshopController

if TYPE_CHECKING:
    from simulator.format.model import Node
    from simulator.workshop.model import Debrief

SCALE = 1.75  # the projector's text against the app's own text size

_SHEET = """
QWidget#WorkshopPresentation, QWidget#WorkshopPresentation QWidget {{
    font-size: {base:.1f}pt; {colours}
}}
QWidget#WorkshopPresentation QLabel[role="heading"] {{ font-size: {h1:.1f}pt; font-weight: bold; }}
QWidget#WorkshopPresentation QLabel[role="subheading"] {{ font-size: {h2:.1f}pt; font-weight: bold; }}
QWidget#WorkshopPresentation QLabel[role="option"] {{ padding: 6px 0; }}
QWidget#WorkshopPresentation QLabel[role="timer"] {{ font-size: {h2:.1f}pt; font-weight: bold; }}
QWidget#WorkshopPresentation QLabel[role="feedback"] {{
    border: 3px solid {accent}; border-radius: 8px; padding: 14px;
}}
"""


def presentation_sheet(text_scale: int, contrast: bool) -> str:
    """The projector's sizes: 1.75 times the normal text, or the app's own size if the user
    has made that even larger (200 % stays 2 times, not 3.5)."""
    base = theme.point_size(100) * max(SCALE, max(100, min(200, text_scale)) / 100)
    colours = "color: #ffffff; background-color: #000000;" if contrast else ""
    accent = "#ffff00" if contrast else theme.colors()["accent"]
    return _SHEET.format(base=base, h1=base * 1.4, h2=base * 1.15, colours=colours,
                         accent=accent)


def rich(html_text: str) -> QLabel:
    lab = QLabel(html_text)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setOpenExternalLinks(False)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


def timer_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = int(seconds + 0.999)
    if s == 0:
        return tr("Tiden är ute")
    return f"{s // 60}:{s % 60:02d}"


def critical_text() -> str:
    return tr("Kritiskt fel: det här valet kunde ha satt någon i fara.")


def add_documents(box: QVBoxLayout, node: Node) -> None:
    """The case documents that arrive at this node, for the room to read."""
    for doc in node.documents:
        box.addWidget(label(tr("Handling: {title}").format(title=doc.title), "subheading"))
        text = rich(render(doc.text))
        text.setProperty("role", "feedback")  # framed, like a sheet of paper
        box.addWidget(text)


class PresentationView(QWidget):
    def __init__(self, controller: WorkshopController, text_scale: int = 100) -> None:
        super().__init__()
        self.controller = controller
        self.text_scale = text_scale
        self.setObjectName("WorkshopPresentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(tr("Workshop – projektorvy"))
        self.setWindowTitle(tr("Vägval – workshop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        self.timer_label = label("", "timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timer_label.setAccessibleName(tr("Diskussionstid kvar"))
        layout.addWidget(self.timer_label)
        self.join = QWidget()  # the invitation to vote by phone, never scrolled out of sight
        self.join_box = QHBoxLayout(self.join)
        self.join_box.setContentsMargins(0, 0, 0, 0)
        self.join.setVisible(False)
        self._join_for: tuple[str, str, str] | None = None
        layout.addWidget(self.join)
        self.area = FitScrollArea()
        self.area.setAccessibleName(tr("Workshop – projektorvy"))
        layout.addWidget(self.area, 1)
        self.page: QWidget | None = None
        self.debrief: Debrief | None = None  # set when the room's debrief is on the projector
        self._shown: tuple[object, ...] | None = None
        controller.changed.connect(self.refresh)
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        c = self.controller
        self.setStyleSheet(presentation_sheet(self.text_scale, c.projector_contrast))
        self.update_timer()
        self._show_join()
        key = (c.phase, c.decision_number, c.shown_feedback, c.projector_contrast,
               self.debrief is not None, tuple(c.workshop.votes.items()) if c.phase == "revealed"
               else None)
        if key == self._shown:
            return
        self._shown = key
        page = QWidget()
        box = QVBoxLayout(page)
        box.setSpacing(14)
        if self.debrief is not None:
            self._debrief(box)
        elif c.phase in ("vote", "revealed"):
            self._decision(box)
        elif c.phase == "feedback":
            self._feedback(box)
        else:
            self._ending(box)
        box.addStretch(1)
        self.page = page
        self.area.setWidget(page)

    def _show_join(self) -> None:
        c = self.controller
        join = c.phone_join if c.phase == "vote" and self.debrief is None else None
        if join != self._join_for:
            self._join_for = join
            while self.join_box.count():
                item = self.join_box.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
            if join is not None:
                fill_phone_join(self.join_box, *join)
        self.join.setVisible(join is not None)

    def update_timer(self) -> None:
        left = self.controller.timer_left()
        text = timer_text(left)
        if self.timer_label.text() != text or self.timer_label.isHidden() != (left is None):
            self.timer_label.setText(text)
            self.timer_label.setVisible(left is not None)

    def show_debrief(self, debrief: Debrief) -> None:
        self.debrief = debrief
        self.refresh()

    def _decision(self, box: QVBoxLayout) -> None:
        c = self.controller
        node = c.workshop.node
        box.addWidget(label(tr("Beslut {n}").format(n=c.decision_number), "subheading"))
        box.addWidget(label(node.title, "heading"))
        if c.phase == "vote":
            box.addWidget(rich(render(node.text)))
            add_documents(box, node)
            for i, choice in enumerate(c.options, 1):
                box.addWidget(label(f"{i}.  {choice.text}", "option"))
        else:
            total = c.workshop.total_votes
            box.addWidget(label(tr("Så röstade rummet ({total} röster)").format(total=total),
                                "subheading"))
            bars = [Bar(i, ch.text, c.workshop.votes.get(ch.id, 0))
                    for i, ch in enumerate(c.options, 1)]
            self.chart = VoteChart(bars, contrast=c.projector_contrast, with_text=True)
            box.addWidget(self.chart)
            if c.workshop.is_tie and total:
                box.addWidget(label(tr("Det blev lika. Handledaren avgör."), "subheading"))

    def _feedback(self, box: QVBoxLayout) -> None:
        c = self.controller
        assert c.last is not None
        record, step = c.last
        scenario = c.workshop.scenario
        options = c.last_options()
        box.addWidget(label(tr("Beslut {n}").format(n=len(c.workshop.decisions)), "subheading"))
        chosen = scenario.choice(record.chosen)
        number = record.options.index(record.chosen) + 1
        how = {"majority": tr("Rummet valde"), "tie_break": tr("Det blev lika – handledaren valde"),
               "override": tr("Handledaren valde"), "no_votes": tr("Handledaren valde")}[record.how]
        box.addWidget(label(f"{how}: {number}.", "heading"))
        box.addWidget(label(chosen.text, "subheading"))
        if step.critical:
            box.addWidget(label(critical_text(), "fail"))
        fb = label(step.feedback or tr("Ingen återkoppling för det här valet."), "feedback")
        fb.setAccessibleName(tr("Återkoppling"))
        box.addWidget(fb)
        if c.shown_feedback:
            other = scenario.choice(c.shown_feedback)
            n = record.options.index(other.id) + 1
            box.addWidget(label(tr("Om ni hade valt {n}. {text}").format(n=n, text=other.text),
                                "subheading"))
            ofb = label(other.feedback or tr("Ingen återkoppling för det här valet."), "feedback")
            ofb.setAccessibleName(tr("Återkoppling för ett annat alternativ"))
            box.addWidget(ofb)
        box.addWidget(label(tr("Så röstade rummet ({total} röster)").format(total=record.total),
                            "subheading"))
        bars = [Bar(i, ch.text, record.votes.get(ch.id, 0), ch.id == record.chosen)
                for i, ch in enumerate(options, 1)]
        self.chart = VoteChart(bars, contrast=c.projector_contrast, with_text=True)
        box.addWidget(self.chart)

    def _ending(self, box: QVBoxLayout) -> None:
        node = self.controller.workshop.node
        box.addWidget(label(node.title, "heading"))
        box.addWidget(rich(render(node.text)))
        if node.ending:
            box.addWidget(label(tr("Utfall: {outcome}").format(outcome=outcome_name(node.ending)),
                                "subheading"))

    def _debrief(self, box: QVBoxLayout) -> None:
        from ui.charts import DimensionBars
        from ui.pdf import dimension_label

        d = self.debrief
        if d is None:
            return
        box.addWidget(label(tr("Rummets genomgång: {title}").format(title=d.scenario.title),
                            "heading"))
        counts = d.counts
        box.addWidget(label(tr("{c} beslut i enighet, {s} med delade röster, {k} där rummet "
                                "föredrog ett kritiskt fel.").format(
            c=counts["consensus"], s=counts["split"], k=counts["critical_majority"])))
        box.addWidget(DimensionBars([(dimension_label(d.scenario, r), r.achieved, r.reference,
                                      r.maximum, r.minimum) for r in d.result.dimensions]))
        with_questions = [(n, q) for n, q in d.questions if q]
        if with_questions:
            box.addWidget(label(tr("Att diskutera"), "subheading"))
            lines = []
            for node, questions in with_questions:
                items = "".join(f"<li>{escape(q)}</li>" for q in questions)
                lines.append(f"<p><b>{escape(node.title)}</b></p><ul>{items}</ul>")
            box.addWidget(rich("".join(lines)))
        others = [n.title for n, q in d.questions if not q]
        if others:
            box.addWidget(label(tr("Rösterna gick också isär vid: {titles}").format(
                titles="; ".join(others))))

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The projector window may get the focus (a click on it); the facilitator's keys then
        # still work, since the view forwards them.
        handler = getattr(self, "forward_keys", None)
        if handler is not None and handler(event):
            return
        super().keyPressEvent(event)


def fill_phone_join(row: QHBoxLayout, ballot_url: str, short_url: str, code: str) -> None:
    """The projector's invitation to vote by phone: a QR code, the short address and the code."""
    from ui.workshop.phones import QrCode

    qr = QrCode(ballot_url)
    qr.setFixedSize(150, 150)
    row.addWidget(qr)
    row.addWidget(label(tr("Rösta anonymt med mobilen: skanna koden, eller gå till {url} och "
                           "skriv rumskoden {code}.").format(url=short_url, code=code),
                        "subheading"), 1)
