"""Hostile titles and names through every screen (issue 13, attack 1): a scenario title, node
title, document title, choice text and trainee name written as HTML reach every widget as
plain text. Nothing requests a resource and no markup is interpreted.

Before the fix the library's tooltip and the debrief graph's node tooltip showed titles as rich
text: `<img src="/dev/zero">` made Qt read /dev/zero on hover until the app aborted.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QLabel

from tests.ui.conftest import EXAMPLE, add_trainee, open_example
from tests.ui.test_ui_screens import finish_expert

HOSTILE = '<img src="/dev/zero"><b>fet</b>'
HOSTILE_TAG = '<img src="/dev/zero">'  # messages may quote only this part
SEEN_AS_TEXT = "/dev/zero"  # what every widget must show literally, as part of the text


class _Recording(QTextDocument):
    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url):  # type: ignore[override]
        self.requested.append(url.toString())
        return None


class Probe:
    """Collects every piece of text a widget shows and fails on one that Qt would interpret."""

    def __init__(self) -> None:
        self.checked: list[str] = []
        self.faults: list[str] = []

    def text(self, where: str, text: str, *, rich_allowed: bool) -> None:
        if not text or SEEN_AS_TEXT not in text:
            return
        self.checked.append(where)
        if not rich_allowed or not QtGui_Qt.mightBeRichText(text):
            return  # shown exactly as written
        doc = _Recording()
        doc.setHtml(text)
        doc.size()  # lays the document out, which is when images are asked for
        if doc.requested:
            self.faults.append(f"{where}: requests {doc.requested}")
        if HOSTILE_TAG not in doc.toPlainText():  # the tag must be seen, not obeyed
            self.faults.append(f"{where}: markup interpreted in {text!r}")

    def window(self) -> None:
        QApplication.processEvents()
        for w in QApplication.allWidgets():
            name = f"{type(w).__name__}({w.objectName() or w.accessibleName()})"
            self.text(f"{name}.toolTip", w.toolTip(), rich_allowed=True)
            self.text(f"{name}.windowTitle", w.windowTitle(), rich_allowed=False)
            if isinstance(w, QLabel):
                rich = w.textFormat() != Qt.TextFormat.PlainText
                self.text(f"{name}.text", w.text(), rich_allowed=rich)
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                self._model(name, w.model(), QModelIndex())
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                for item in w.scene().items():
                    self.text(f"{name} item.toolTip", item.toolTip(), rich_allowed=True)

    def _model(self, name: str, model, parent: QModelIndex) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role, rich in ((Qt.ItemDataRole.ToolTipRole, True),
                                   (Qt.ItemDataRole.DisplayRole, False)):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.text(f"{name}[{row},{column}] role {int(role)}", value,
                                  rich_allowed=rich)
                if column == 0 and columns > 1 and model.rowCount(index):
                    self._model(name, model, index)


def assert_pdf_plain(screen, path, monkeypatch) -> None:
    """The screen's PDF export: every text document it lays out requests no resource and
    shows the hostile text as written."""
    import ui.pdf

    documents: list[_Recording] = []

    class Recording(_Recording):
        def __init__(self) -> None:
            super().__init__()
            documents.append(self)

    monkeypatch.setattr(ui.pdf, "QTextDocument", Recording)
    screen.export_pdf(path)
    assert documents and not any(d.requested for d in documents)
    assert HOSTILE in documents[0].toPlainText()


@pytest.fixture
def hostile_dir(scenario_dir):
    text = EXAMPLE.read_text(encoding="utf-8")
    replacements = {
        "title: Exempel – samtalet i receptionen": f"title: Exempel {HOSTILE}",
        "## besok | Ett besök om pengar": f"## besok | Ett besök {HOSTILE}",
        "| Anteckning från receptionen": f"| Anteckning {HOSTILE}",
        "* [Fråga rutinmässigt om våld, eftersom hon är ensam i dag]":
            f"* [Fråga om våld {HOSTILE}]",
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    (scenario_dir / "exempel.md").write_text(text, encoding="utf-8")
    return scenario_dir


def test_hostile_titles_and_names_are_plain_text_on_every_screen(make_window, hostile_dir,
                                                                 tmp_path, monkeypatch):
    probe = Probe()
    window = make_window([hostile_dir])
    assert window.state.entries[0].ok, window.state.entries[0].loaded.diagnostics
    add_trainee(window, f"Kim {HOSTILE}")
    probe.window()  # the library: table, tooltips, trainee list
    assert any("role 3" in where for where in probe.checked), "library tooltip not reached"
    player = open_example(window)
    probe.window()  # the player: node title, choices, documents
    finish_expert(player)
    probe.window()  # the feedback panel
    player.show_debrief()
    probe.window()  # the debrief: graph items, tables
    assert any("item.toolTip" in where for where in probe.checked), "graph tooltip not reached"
    assert_pdf_plain(window.current_screen(), tmp_path / "genomgang.pdf", monkeypatch)
    window.show_history()
    probe.window()
    player = open_example(window)  # a started attempt: the library asks to resume it,
    player.choose(player.controller.session.choices[0])  # quoting the scenario's title
    window.show_library()
    lib = window.current_screen()
    box = lib.ask_resume(window.state.entry("exempel-samtalet"), window.state.unfinished()[0])
    probe.window()
    assert any("QMessageBox" in where or "qt_msgbox" in where for where in probe.checked) or \
        SEEN_AS_TEXT in box.text()
    box.close()
    assert probe.faults == []
    assert len(probe.checked) >= 5


def test_the_probe_catches_a_rich_tooltip(qapp):
    from PySide6.QtWidgets import QPushButton

    probe = Probe()
    button = QPushButton("x")
    button.setToolTip(f"Titel {HOSTILE}")
    probe.window()
    import shiboken6

    shiboken6.delete(button)  # now, not later: a later probe must not meet this button
    assert any("requests" in fault for fault in probe.faults)
    assert any("markup interpreted" in fault for fault in probe.faults)
