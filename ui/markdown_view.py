"""Safe Markdown: scenario text rendered with python-markdown, raw HTML escaped, links and
images left as the text the author wrote, and a text browser that never loads or follows
anything.

Text over the rendering limits (simulator/format/render_limits.py, which `validate` reports)
never reaches python-markdown: it is shown as plain text, cut to the limits, so no node can
block the screen. The link and image syntax is not parsed at all: python-markdown's bracket
matching is quadratic or worse (a 40 KB paragraph of '[' froze the player for 82 s), and
Vägval shows no links anyway."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from simulator.format.render_limits import first_overrun, plain_excerpt
from ui.i18n import tr

# python-markdown ships no type hints: its objects are Any to mypy, here and below.
_renderer: Any = None
_LINK_PATTERNS = ("reference", "link", "image_link", "image_reference", "short_reference",
                  "short_image_ref")


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
    # Links and images stay as written: '[text](target)' is shown as it stands.
    for name in _LINK_PATTERNS:
        md.inlinePatterns.deregister(name)
    md.parser.blockprocessors.deregister("reference")
    md.treeprocessors.register(_Defang(md), "defang", 0)
    return md


def render(text: str) -> str:
    """Markdown to HTML that contains no raw HTML from the source, no link and no image."""
    if first_overrun(text) is not None:
        return "<p style='white-space:pre-wrap'>" + html.escape(plain_excerpt(text)) + "</p>"
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
