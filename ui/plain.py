"""The one route by which content reaches a Qt widget: as plain text, never as markup.

Content is anything that comes from a file or the database: scenario, node and document
titles, choice and feedback texts, trainee names, paths. Qt treats many strings as rich text
when they merely look like HTML (tooltips, message boxes, labels left on AutoText), and rich
text may load resources: a title `<img src="/dev/zero">` in a tooltip made Qt read /dev/zero
until memory ran out. So:

- `escape` is the only way content enters HTML that the program builds itself (PDF pages,
  workshop views, rich labels);
- `tooltip` / `set_tooltip` give a tooltip that shows the text exactly as written;
- `plain_box` sets a message box to plain text before content is put into it;
- `title` makes a single line for a window title or list entry (no line breaks or controls).

Widgets from ui/widgets.py (`label`, choice buttons) are plain text already; Markdown is
rendered by ui/markdown_view.py with raw HTML escaped and links and images shown as text.
"""

from __future__ import annotations

import html
import re
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def escape(text: str) -> str:
    """Text for HTML the program builds: every character shown as itself."""
    return html.escape(text, quote=True)


def tooltip(text: str) -> str:
    """A tooltip showing `text` literally. Qt renders a tooltip as rich text whenever it looks
    like HTML, so the text is escaped and wrapped in a paragraph that keeps its line breaks."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=True) + "</p>"


class _HasTooltip(Protocol):
    def setToolTip(self, text: str, /) -> None: ...


def set_tooltip(target: _HasTooltip, text: str) -> None:
    target.setToolTip(tooltip(text))


def title(text: str) -> str:
    """One line of plain text: controls and line breaks become spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text and informative text are shown as written."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box
