"""Syntax highlighting for the scenario format: header, node headings, choices, their lines
(score, guidance, critical, if/set), feedback, and the document and workshop blocks."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from ui import theme

IN_HEADER, IN_BLOCK = 1, 2  # block states carried from line to line

_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^##\s+\S+.*$"), "heading"),
    (re.compile(r"^\*\s+\[.*?\]"), "choice"),
    (re.compile(r"->\s*\S+\s*$"), "target"),
    (re.compile(r"^\s+critical:\s*true\s*$"), "critical"),
    (re.compile(r"^\s+(score|guidance|if|set|critical|why):"), "key"),
    (re.compile(r"(?<![\w-])[+-][A-Z]{1,6}-\d{2}\b"), "guidance"),
    (re.compile(r"^\s+>.*$"), "feedback"),
    (re.compile(r"^ending:\s*\S+"), "ending"),
]


def _format(color: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class ScenarioHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: str | None = None) -> None:
        super().__init__(document)
        c = theme.colors(palette)
        self.formats = {
            "header": _format(c["muted"]),
            "heading": _format(c["accent"], bold=True),
            "choice": _format(c["text"], bold=True),
            "target": _format(c["path"]),
            "critical": _format(c["bad"], bold=True),
            "key": _format(c["muted"], bold=True),
            "guidance": _format(c["expert"]),
            "feedback": _format(c["muted"], italic=True),
            "ending": _format(c["good"], bold=True),
            "block": _format(c["note_border"]),
        }

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        number = self.currentBlock().blockNumber()
        if (number == 0 and text.strip() == "---") or previous == IN_HEADER:
            self.setFormat(0, len(text), self.formats["header"])
            closing = previous == IN_HEADER and text.strip() == "---"
            self.setCurrentBlockState(-1 if closing else IN_HEADER)
            return
        if text.startswith(":::"):
            self.setFormat(0, len(text), self.formats["block"])
            opening = text.strip() != ":::"
            self.setCurrentBlockState(IN_BLOCK if opening else -1)
            return
        self.setCurrentBlockState(IN_BLOCK if previous == IN_BLOCK else -1)
        for pattern, name in _RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])
