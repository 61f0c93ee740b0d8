"""Issue 14: the debrief's order and tabs, History reopening a debrief, the charts' keys and
scale, the PDFs' layout and the certificate, and the save dialog and message."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.ui.conftest import add_trainee, open_example
from ui.charts import DimensionBars, TrendChart, bar_geometry
from ui.debrief_view import DebriefView, costliest
from ui.history_view import HistoryView
from ui.pdf import cost_text
from ui.player_view import PlayerView


def play(window, pick) -> PlayerView:
    player = open_example(window)
    c = player.controller
    while not c.finished:
        player.choose(pick(c))
    return player


def best(c):
    return c.analysis.best_choice(c.session.node.id, c.session.values)


def costly(c):
    """A poor but not critical choice where there is one, so decisions cost points."""
    options = [ch for ch in c.session.choices if not ch.critical] or list(c.session.choices)
    return min(options, key=lambda ch: ch.total)


def texts(widget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget)]


# -- 6. the debrief leads with the verdict, then tabs ------------------------------------------
def test_debrief_leads_with_verdict_costliest_and_critical_then_tabs(window):
    add_trainee(window)
    player = play(window, costly)
    player.show_debrief()
    debrief = window.current_screen()
    assert isinstance(debrief, DebriefView)
    tabs = [debrief.tabs.tabText(i) for i in range(debrief.tabs.count())]
    assert tabs == ["Sammanfattning", "Dina beslut", "Din väg och expertvägen", "Riktlinjer"]
    assert debrief.tabs.currentIndex() == 0
    summary = texts(debrief.tabs.widget(0))
    assert summary[0] == debrief.verdict.text() and summary[0][0] in "✓✗"
    r = debrief.result
    top = costliest(r)
    weight = {"critical": 2, "ending": 1}  # a critical error, then a worse ending, then points
    order = [(-weight.get(d.loss, 0), -d.cost) for d in top]
    assert top and order == sorted(order)
    assert "Det här kostade mest" in summary
    for d in top:
        assert any(f"Beslut {d.index + 1} –" in t and cost_text(d) in t for t in summary)
    if r.critical_errors:
        assert "Kritiska fel" in summary
        assert summary.index("Kritiska fel") < summary.index("Det här kostade mest")
    # every decision has its cost and its own "Tänk om" button right under it
    assert len(debrief.decision_labels) == len(r.decisions)
    assert sorted(debrief.what_if_buttons) == [d.index for d in r.decisions]
    for d, lab in zip(r.decisions, debrief.decision_labels, strict=True):
        assert cost_text(d) in lab.text()
        card = lab.parentWidget()
        assert debrief.what_if_buttons[d.index].parentWidget() is card
    # the graph is the one scroll area of its tab; the full titles are there on hover
    from PySide6.QtWidgets import QScrollArea

    graph_tab = debrief.tabs.widget(2)
    assert graph_tab.findChildren(QScrollArea) == [] and debrief.graph.parentWidget() is graph_tab
    titles = {n.title for n in debrief.controller.scenario.nodes.values() if n.title}
    from PySide6.QtGui import QTextDocument

    def shown(tip: str) -> str:  # what the reader sees: tooltips are literal text (ui/plain.py)
        doc = QTextDocument()
        doc.setHtml(tip)
        return doc.toPlainText()

    tips = {shown(item.toolTip()) for item in debrief.graph.scene().items() if item.toolTip()}
    assert titles <= tips
    guidance = texts(debrief.tabs.widget(3))
    assert "Riktlinjer du följde" in guidance and "Riktlinjer du missade" in guidance


def test_graph_titles_wrap_instead_of_being_cut(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.graph_view import wrap_lines

    fm = QFontMetrics(QFont())
    width = fm.horizontalAdvance("Ska föräldrarna informeras")
    title = "Ska föräldrarna informeras om orosanmälan?"
    lines = wrap_lines(title, fm, width)
    assert len(lines) == 2 and " ".join(lines) == title  # wrapped, nothing left out
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    long = " ".join([title] * 4)
    lines = wrap_lines(long, fm, width)
    assert len(lines) == 3 and lines[-1].endswith("…")  # the tooltip has the rest


# -- 7. History reopens any attempt's debrief, read-only ---------------------------------------
def test_history_reopens_a_debrief_read_only_by_enter_and_double_click(make_window, qtbot):
    window = make_window(show=True)
    add_trainee(window)
    play(window, costly)
    window.show_library()
    play(window, best)
    window.show_history()
    history = window.current_screen()
    assert isinstance(history, HistoryView) and len(history.rows) == 2
    assert history.default_button() is history.open_button
    history.table.setFocus()
    history.table.setCurrentItem(history.table.topLevelItem(1))  # the older, costly attempt
    older = history.selected()
    qtbot.keyClick(history.table, Qt.Key.Key_Return)
    debrief = window.current_screen()
    assert isinstance(debrief, DebriefView) and debrief.read_only
    assert debrief.result.total == older.total
    assert debrief.what_if_buttons == {}  # nothing that would change the attempt
    assert debrief.library_button.text() == "Till historiken"
    qtbot.mouseClick(debrief.library_button, Qt.MouseButton.LeftButton)
    history = window.current_screen()
    qtbot.wait(30)
    item = history.table.topLevelItem(0)
    rect = history.table.visualItemRect(item)
    # a real double-click: press and release, then the second press arrives as a double-click
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(history.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert isinstance(window.current_screen(), DebriefView)
    assert window.current_screen().result.passed
    assert len(window.state.history()) == 2  # reopening stored nothing new


def test_history_summary_counts_with_plural_forms(window):
    add_trainee(window)
    play(window, best)
    window.show_history()
    summary = window.current_screen().summary.text()
    assert "1 scenario genomfört, 1 godkänt, 1 försök." in summary


# -- 5. charts: a key or a sentence, bars to scale ------------------------------------------------
def test_bars_are_to_scale_with_negative_totals(qapp):
    # (achieved, reference, maximum, minimum) -> zero, filled start and end, reference mark
    zero, start, end, _mark = bar_geometry(0, 8, 8, -16)
    assert (start, end) == (zero, zero)  # 0 points: nothing filled, not a third of the bar
    zero, start, end, _mark = bar_geometry(-37, 62, 62, -40)
    assert end == zero and start < zero  # filled from -37 up to zero
    assert abs((zero - start) - 37 / 102) < 1e-9
    zero, start, end, mark = bar_geometry(31, 62, 62, 0)
    assert zero == 0 and start == 0 and abs(end - 0.5) < 1e-9 and mark == 1.0
    bars = DimensionBars([("Säkerhet", -5, 10, 10, -10), ("Samtal", 10, 10, 10, 0)])
    img = QImage(400, bars.height_for(bars.fontMetrics()), QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    bars.paint(p, QRectF(0, 0, 400, img.height()), {"text": "#000000", "border": "#888888",
                                                     "panel": "#eeeeee", "accent": "#0000ff",
                                                     "good": "#00ff00", "bad": "#ff0000",
                                                     "expert": "#00aa00"})
    p.end()
    assert "✓" in DimensionBars.row_text("Samtal", 10, 10, 10)
    assert "✓" not in DimensionBars.row_text("Säkerhet", -5, 10, 10)


def test_every_chart_has_a_key_or_a_sentence(window):
    add_trainee(window)
    play(window, best)
    window.current_screen().show_debrief()
    debrief = window.current_screen()
    assert debrief.bars_legend.text() and "stapel" in debrief.bars_legend.text()
    window.show_history()
    history = window.current_screen()
    assert history.chart_legend.text().startswith("Andel av bästa möjliga")


def test_trend_lines_differ_in_more_than_colour(qapp):
    from ui.charts import MARKERS, PEN_STYLES, SERIES_DARK, SERIES_LIGHT

    assert len(set(SERIES_LIGHT)) == len(SERIES_LIGHT) == len(set(SERIES_DARK))
    five = [(PEN_STYLES[i], MARKERS[i]) for i in range(5)]
    assert len(set(five)) == 5  # five dimensions: five line-and-marker pairs
    chart = TrendChart({"A": [0.1, 0.5], "B": [0.9, 0.2]})
    assert chart.minimumHeight() >= chart.fontMetrics().height() * 6


# -- 8. PDFs ----------------------------------------------------------------------------------------
def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of each page of a PDF written by Qt."""
    data = path.read_bytes()
    return [(float(w), float(h)) for w, h in
            re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)]


def pdf_streams(path: Path) -> list[bytes]:
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        raw = data[m.end():end]
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def test_debrief_pdf_has_the_graph_on_a_page_of_its_own_as_vectors(window, tmp_path):
    add_trainee(window)
    play(window, costly)
    window.current_screen().show_debrief()
    debrief = window.current_screen()
    out = debrief.export_pdf(tmp_path / "genomgang.pdf")
    pages = pdf_pages(out)
    assert len(pages) >= 2
    assert pages[0][1] > pages[0][0]  # the text in portrait
    shape = debrief.graph.sceneRect()  # the graph's page is turned to suit its shape
    assert (pages[-1][0] > pages[-1][1]) == (shape.width() >= shape.height())
    data = out.read_bytes()
    assert b"/Subtype /Image" not in data  # bars and graph are drawn, not pasted as pictures
    last = pdf_streams(out)
    assert any(b" c\n" in s or b" c " in s for s in last)  # the graph's curves (Bézier ops)


def test_certificate_is_a_landscape_page_with_areas_and_signature(window, tmp_path, monkeypatch):
    add_trainee(window, "Kim Intyg")
    play(window, best)
    window.show_history()
    history = window.current_screen()
    drawn: list[str] = []
    original = QPainter.drawText

    def spy(self, *args):
        drawn.append(str(args[-1]))
        return original(self, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    out = history.export_certificate(tmp_path / "intyg.pdf")
    pages = pdf_pages(out)
    assert len(pages) == 1 and pages[0][0] > pages[0][1]
    row = history.rows[0]
    assert "Intyg" in drawn and "Kim Intyg" in drawn and row.scenario_title in drawn
    assert "Resultat per kompetensområde" in drawn
    assert sum(1 for t in drawn if re.fullmatch(r"\d+ av \d+( +✓)?", t)) == len(row.dimensions)
    assert "Underskrift" in drawn
    assert any(row.finished[:10] in t for t in drawn)


def test_save_dialog_starts_in_documents_in_swedish_and_the_message_opens_the_file(
        window, tmp_path, monkeypatch):
    from ui import saving

    docs = tmp_path / "Dokument"
    docs.mkdir()
    monkeypatch.setattr(saving, "documents_dir", lambda: docs)
    add_trainee(window)
    play(window, best)
    window.current_screen().show_debrief()
    debrief = window.current_screen()
    dialog = saving.save_dialog(debrief, "Spara", "vagval-x.pdf")
    assert Path(dialog.directory().absolutePath()) == docs
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Spara", "Avbryt"}
    dialog.close()
    opened = []
    monkeypatch.setattr(saving, "open_file", lambda path: opened.append(path) or True)
    monkeypatch.setattr(saving, "ask_save_path", lambda *_a: str(docs / "ut.pdf"))
    debrief.ask_export()
    message = debrief.saved_box
    assert isinstance(message, QMessageBox) and str(docs / "ut.pdf") in message.text()
    opener = next(b for b in message.buttons() if b.text() == "Öppna filen")
    opener.click()
    assert opened == [docs / "ut.pdf"] and (docs / "ut.pdf").exists()
    message.close()
