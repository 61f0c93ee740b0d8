"""The scenario editor: a plain-text editor with line numbers, diagnostic marks in the text
and the margin, completion of node ids, guidance ids, dimensions and variables, and find."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ui import theme
from ui.authoring.highlighter import ScenarioHighlighter
from ui.i18n import tr

_WORD = re.compile(r"[A-Za-z0-9_\-åäöÅÄÖ]+$")


@dataclass(frozen=True)
class Mark:
    """One diagnostic shown in the editor: 1-based line, severity and the message."""

    line: int
    severity: str
    message: str


class _Gutter(QWidget):
    def __init__(self, editor: ScenarioEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class ScenarioEditor(QPlainTextEdit):
    """Emits `cursor_line_changed(line)` (1-based) so the studio can follow the cursor."""

    cursor_line_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScenarioEditor")
        self.setAccessibleName(tr("Scenariots text"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTabChangesFocus(True)  # Tab leaves the editor (keyboard users); indent with spaces
        self.marks: list[Mark] = []
        self._gutter = _Gutter(self)
        self.highlighter = ScenarioHighlighter(self.document())
        self.blockCountChanged.connect(lambda _: self._update_margin())
        self.updateRequest.connect(self._scroll_gutter)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self._update_margin()
        self._last_line = 0
        self.completer = QCompleter(QStringListModel([]), self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self._insert_completion)
        self._completion_ids: dict[str, str] = {}  # shown text -> inserted id

    # -- line numbers and marks --------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 14 + self.fontMetrics().horizontalAdvance("9") * (digits + 1)

    def _update_margin(self) -> None:
        width = self.gutter_width()
        if self.viewportMargins().left() != width:
            self.setViewportMargins(width, 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_margin()  # the style sheet sets the text size after construction

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margin()
        r = self.contentsRect()
        self._gutter.setGeometry(QRect(r.left(), r.top(), self.gutter_width(), r.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        c = theme.colors()
        painter = QPainter(self._gutter)
        painter.fillRect(event.rect(), QColor(c["panel"]))
        worst = self._worst_by_line()
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            line = block.blockNumber() + 1
            severity = worst.get(line)
            if severity is not None:
                painter.setBrush(QColor(c["bad"] if severity == "error" else c["note_border"]))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawEllipse(3, top + height // 2 - 3, 7, 7)
            painter.setPen(QColor(c["muted"]))
            painter.drawText(0, top, self._gutter.width() - 4, height,
                             int(Qt.AlignmentFlag.AlignRight), str(line))
            block = block.next()
            top = bottom
        painter.end()

    def _worst_by_line(self) -> dict[int, str]:
        rank = {"error": 3, "warning": 2, "teaching": 1}
        worst: dict[int, str] = {}
        for m in self.marks:
            if rank.get(m.severity, 0) > rank.get(worst.get(m.line, ""), 0):
                worst[m.line] = m.severity
        return worst

    def set_marks(self, marks: list[Mark]) -> None:
        """Underline each marked line (errors red, the rest amber) and mark the margin."""
        self.marks = list(marks)
        c = theme.colors()
        selections = []
        for line, severity in self._worst_by_line().items():
            block = self.document().findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(c["bad"] if severity == "error" else c["note_border"]))
            sel.format = fmt
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        self._gutter.update()

    def marks_at(self, line: int) -> list[Mark]:
        return [m for m in self.marks if m.line == line]

    def event(self, e: object) -> bool:
        from PySide6.QtGui import QHelpEvent

        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(e.pos())
            found = self.marks_at(cursor.blockNumber() + 1)
            if found:
                # escaped: a message may quote the author's own text
                QToolTip.showText(e.globalPos(), "<p>" + "<br>".join(
                    html.escape(m.message) for m in found) + "</p>", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]

    # -- navigation -------------------------------------------------------------------------
    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cursor_moved(self) -> None:
        line = self.current_line()
        if line != self._last_line:
            self._last_line = line
            self.cursor_line_changed.emit(line)

    def find_text(self, text: str, backwards: bool = False) -> bool:
        """Find the next (or previous) occurrence, wrapping around; True if found."""
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backwards
                            else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        return self.find(text, flags)

    # -- completion -------------------------------------------------------------------------
    def set_completions(self, items: list[tuple[str, str]]) -> None:
        """(id, detail) pairs; the popup shows "id – detail" and inserts the id."""
        shown = [f"{i} – {d}" if d else i for i, d in items]
        self._completion_ids = dict(zip(shown, (i for i, _ in items), strict=True))
        model = self.completer.model()
        if isinstance(model, QStringListModel):
            model.setStringList(shown)

    def _prefix(self) -> str:
        cursor = self.textCursor()
        before = cursor.block().text()[:cursor.positionInBlock()]
        match = _WORD.search(before)
        return match.group(0) if match else ""

    def complete(self) -> None:
        """Open the completion list for the word before the cursor (Ctrl+Space)."""
        prefix = self._prefix()
        self.completer.setCompletionPrefix(prefix)
        popup = self.completer.popup()
        if popup is None:
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(max(320, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def _insert_completion(self, shown: str) -> None:
        value = self._completion_ids.get(shown, shown)
        cursor = self.textCursor()
        for _ in range(len(self._prefix())):
            cursor.deletePreviousChar()
        cursor.insertText(value)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup is None:
            super().keyPressEvent(event)
            return
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Escape, Qt.Key.Key_Tab):
            event.ignore()  # the completer handles these
            return
        if event.key() == Qt.Key.Key_Space and event.modifiers() & \
                Qt.KeyboardModifier.ControlModifier:
            self.complete()
            return
        super().keyPressEvent(event)
        if popup.isVisible():
            prefix = self._prefix()
            if prefix:
                self.completer.setCompletionPrefix(prefix)
            else:
                popup.hide()
