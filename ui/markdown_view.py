"""Safe Markdown: scenario text rendered with python-markdown, raw HTML escaped, links and
images turned into plain text, and a text browser that never loads or follows anything."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.i18n import tr

# python-markdown ships no type hints: its objects are Any to mypy, here and below.
_renderer: Any = None


def _build_renderer() -> Any:
    import markdown
    from markdown.treeprocessors import Treeprocessor

    class _Defang(Treeprocessor):  # type: ignore[misc]  # python-markdown has no type hints
        """Replace links and images by text that shows where they point."""

        def run(self, root: Any) -> None:
            for el in root.iter():
                if el.tag == "img":
                    alt = el.get("alt") or ""
                    src = el.get("src") or ""
                    el.tag = "span"
                    el.attrib.clear()
                    el.text = "[" + tr("Bild") + (f": {alt}" if alt else "") + f" – {src}]"
                elif el.tag == "a":
                    href = el.get("href") or ""
                    el.tag = "span"
                    el.attrib.clear()
                    label = "".join(el.itertext())
                    if href and href != label and href != "mailto:" + label:
                        extra = el.makeelement("span", {})
                        extra.text = f" ({href})"
                        el.append(extra)

    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    # Raw HTML is not allowed in content: without these two steps it stays text and is escaped.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_Defang(md), "defang", 0)
    return md


def render(text: str) -> str:
    """Markdown to HTML that contains no raw HTML from the source, no link and no image."""
    global _renderer
    if _renderer is None:
        _renderer = _build_renderer()
    _renderer.reset()
    try:
        return str(_renderer.convert(text))
    except Exception:  # a renderer fault must never hide the text itself
        return "<pre>" + html.escape(text) + "</pre>"


class MarkdownView(QTextBrowser):
    """A read-only text view that never fetches a resource and never follows a link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.fetched: list[str] = []  # what was asked for; stays empty in a safe document

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # Qt's QVariant: any type
        self.fetched.append(url.toString() if isinstance(url, QUrl) else str(url))
        return None

    def set_markdown(self, text: str) -> None:
        self.setHtml(render(text))
