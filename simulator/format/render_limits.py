"""Limits on the shape of text that is rendered as Markdown, checked before any renderer sees it.

python-markdown is fast on ordinary prose but super-linear on some shapes (very long
paragraphs and words, deep nesting, many lines in one block). A file over these limits does
not validate, and the app shows over-limit text as plain text instead of rendering it, so no
node can block the screen. The figures are in docs/performance.md; the worst shapes within the
limits are measured by benchmarks/bench_render.py. The shipped scenarios use well under a
fifth of each limit (longest block 670 characters, 11 lines, 20 markup characters, longest
word 25, no nesting).

Every check is one pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.format.diagnostics import Collector

MAX_BLOCK_CHARS = 4000  # one rendered text: a node's narrative, a document, a feedback text
MAX_BLOCK_LINES = 150
MAX_MARKUP_CHARS = 200  # * _ ` \ [ ] ! & in one block: emphasis and escapes cost the most
MAX_PARAGRAPH_CHARS = 2000  # text between blank lines
MAX_WORD_CHARS = 100  # characters without a space
MAX_NESTING = 6  # quote markers plus list indentation levels at the start of a line
MAX_LABEL_CHARS = 300  # titles and choice texts, shown in one line or a button

_MARKUP = "*_`\\[]!&"
_LEAD = re.compile(r"[ \t>]*")
_LONG_WORD = re.compile(r"\S{" + str(MAX_WORD_CHARS + 1) + "}")


@dataclass(frozen=True)
class Overrun:
    """The first limit a text exceeds: which, by how much, and on which line of the text."""

    limit: str  # "block", "lines", "markup", "paragraph", "word", "nesting"
    found: int
    allowed: int
    line: int  # 0-based line within the text


def first_overrun(text: str) -> Overrun | None:
    """The first limit `text` exceeds, or None when it may be rendered."""
    if len(text) > MAX_BLOCK_CHARS:
        return Overrun("block", len(text), MAX_BLOCK_CHARS, 0)
    lines = text.split("\n")
    if len(lines) > MAX_BLOCK_LINES:
        return Overrun("lines", len(lines), MAX_BLOCK_LINES, MAX_BLOCK_LINES)
    markup = sum(text.count(char) for char in _MARKUP)
    if markup > MAX_MARKUP_CHARS:
        return Overrun("markup", markup, MAX_MARKUP_CHARS, 0)
    paragraph = 0
    paragraph_start = 0
    for index, line in enumerate(lines):
        if not line.strip():
            paragraph = 0
            continue
        if paragraph == 0:
            paragraph_start = index
        paragraph += len(line) + 1
        if paragraph > MAX_PARAGRAPH_CHARS:
            return Overrun("paragraph", paragraph, MAX_PARAGRAPH_CHARS, paragraph_start)
        word = _LONG_WORD.search(line)
        if word:
            return Overrun("word", MAX_WORD_CHARS + 1, MAX_WORD_CHARS, index)
        lead = _LEAD.match(line)
        marks = lead.group(0) if lead else ""
        depth = marks.count(">") + len(marks.replace(">", "").expandtabs(4)) // 4
        if depth > MAX_NESTING:
            return Overrun("nesting", depth, MAX_NESTING, index)
    return None


def check_render_limits(text: str, out: Collector, first_line: int) -> bool:
    """Report the first limit `text` (starting at file line `first_line`) exceeds; True if none."""
    overrun = first_overrun(text)
    if overrun is None:
        return True
    out.error(first_line + overrun.line, f"render-{overrun.limit}", found=overrun.found,
              limit=overrun.allowed)
    return False


def check_label(text: str, out: Collector, line: int, what: str) -> None:
    """Titles and choice texts: one line, bounded."""
    if len(text) > MAX_LABEL_CHARS:
        out.error(line, "label-too-long", what=what, found=len(text), limit=MAX_LABEL_CHARS)


def plain_excerpt(text: str) -> str:
    """What the app shows in place of over-limit text: the start of it, words cut to the limit,
    as plain text (the caller escapes it)."""
    head = text[:MAX_BLOCK_CHARS]
    return _LONG_WORD.sub(lambda m: m.group(0)[:MAX_WORD_CHARS] + " …", head)
