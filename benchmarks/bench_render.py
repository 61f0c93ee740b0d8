"""Rendering benchmark: the worst text shapes a validating file may hold, on screen.

Each shape is built right at the rendering limits (simulator/format/render_limits.py) in the
way that costs python-markdown or Qt the most (brackets, emphasis markers, escapes, entities,
headings, deep lists and quotes, long words). It is shown in the player's MarkdownView and
painted; the figure is the median of repeated runs (goal: under 100 ms for any text that
validates). The attacks from issue 13 that are over the limits are measured too: they take
the plain-text path and never reach python-markdown.

    .venv/bin/python benchmarks/bench_render.py [--quick]
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.format.render_limits import (  # noqa: E402
    MAX_BLOCK_CHARS,
    MAX_BLOCK_LINES,
    MAX_MARKUP_CHARS,
    MAX_NESTING,
    MAX_PARAGRAPH_CHARS,
    MAX_WORD_CHARS,
    first_overrun,
)

GOAL_MS = 100.0
MARKUP = "*_`\\[]!&"


def _words(unit: str, total: int = MAX_BLOCK_CHARS) -> str:
    """As many markup characters as the limit allows, made of `unit` and packed into one
    paragraph in words of MAX_WORD_CHARS (the costliest place for them), then ordinary words up
    to the block limit, in paragraphs just under the paragraph limit."""
    marks_per_unit = sum(unit.count(c) for c in MARKUP)
    marked = unit * (MAX_MARKUP_CHARS // marks_per_unit)
    words = [marked[i:i + MAX_WORD_CHARS] for i in range(0, len(marked), MAX_WORD_CHARS)]
    filler = "ord" * (MAX_WORD_CHARS // 3)
    text = " ".join(words)
    paragraph = len(text)
    while len(text) + len(filler) + 3 < total:
        if paragraph + len(filler) + 1 > MAX_PARAGRAPH_CHARS:
            text += "\n\n" + filler
            paragraph = len(filler)
        else:
            text += " " + filler
            paragraph += len(filler) + 1
    return text


def _lines(make: Callable[[int], str], count: int = MAX_BLOCK_LINES) -> str:
    lines: list[str] = []
    used = paragraph = 0
    for i in range(count):
        line = make(i)
        if paragraph + len(line) + 1 > MAX_PARAGRAPH_CHARS:  # a blank line, as the limit asks
            line, paragraph = "", 0
        if used + len(line) + 1 > MAX_BLOCK_CHARS or len(lines) >= count:
            break
        lines.append(line)
        used += len(line) + 1
        paragraph = paragraph + len(line) + 1 if line else 0
    return "\n".join(lines)


def shapes() -> dict[str, str]:
    prose = ("Hon berättar att han läser hennes meddelanden och vill veta var hon är. "
             * 200)
    return {
        "prose at the block limit": _words_from_text(prose),
        "'[' (link syntax)": _words("["),
        "'[ ' brackets (link syntax)": _words("[ "),
        "'![' (image syntax)": _words("!["),
        "'[a](' unfinished links": _words("[a]("),
        "'*_' emphasis markers": _words("*_"),
        "'**a' strong markers": _words("**a"),
        "'`a' code spans": _words("`a"),
        "'\\*' escapes": _words("\\*"),
        "'&amp;' entities": _words("&amp;"),
        "headings, one per line": _lines(lambda i: "# " + "rubrik " * 3),
        "setext headings": _lines(lambda i: "rubrik" if i % 2 == 0 else "======"),
        "list nested to the limit": _lines(
            lambda i: "    " * (i % MAX_NESTING) + "- " + "punkt " * 3),
        "ordered and bullet lists mixed": _lines(
            lambda i: "    " * (i % MAX_NESTING) + ("1. " if i % 2 else "- ") + "punkt " * 3),
        "quotes nested to the limit": _lines(lambda i: ">" * MAX_NESTING + " citat " * 3),
        "blank-separated list items": _lines(
            lambda i: "" if i % 2 else "    " * ((i // 2) % MAX_NESTING) + "- punkt"),
    }


def _words_from_text(text: str) -> str:
    words = text.split()
    paragraphs: list[str] = []
    current: list[str] = []
    size = used = 0
    for word in words:
        if used + len(word) + 3 >= MAX_BLOCK_CHARS:
            break
        if size + len(word) + 1 > MAX_PARAGRAPH_CHARS - 2:
            paragraphs.append(" ".join(current))
            current, size = [], 0
            used += 2
        current.append(word)
        size += len(word) + 1
        used += len(word) + 1
    paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


ATTACKS = {
    "40 KB of nested '[[[…]]]' (82 s before)": "[" * 20_000 + "x" + "]" * 20_000,
    "a 1 MB word (99 s before)": "a" * 1_000_000,
    "2 MB of ever-deeper quotes (63 s before)": "\n".join(">" * i + " x" for i in range(1, 2000)),
}


def measure_markdown(text: str, runs: int) -> float:
    from ui.markdown_view import render

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(text)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(view: object, text: str, runs: int) -> float:
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        view.set_markdown(text)  # type: ignore[attr-defined]
        view.grab()  # type: ignore[attr-defined]  # layout and paint, as on screen
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        view.set_markdown("")  # type: ignore[attr-defined]
    return statistics.median(times)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from ui.markdown_view import MarkdownView

    quick = "--quick" in sys.argv
    runs = 3 if quick else 9
    app = QApplication.instance() or QApplication(sys.argv)
    view = MarkdownView()
    view.resize(760, 520)
    rows: list[tuple[str, int, float, float, str]] = []
    worst = 0.0
    for name, text in shapes().items():
        assert first_overrun(text) is None, (name, first_overrun(text))
        ms = measure(view, text, runs)
        worst = max(worst, ms)
        rows.append((name, len(text), measure_markdown(text, runs), ms, "validates"))
    for name, text in ATTACKS.items():
        overrun = first_overrun(text)
        assert overrun is not None, name
        rows.append((name, len(text), measure_markdown(text, runs), measure(view, text, runs),
                     f"refused ({overrun.limit})"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Run: `.venv/bin/python benchmarks/bench_render.py` — {time.strftime('%Y-%m-%d')}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"load average {load:.1f}. Median of {runs} runs; each text shown in the player's "
          "MarkdownView (760 × 520) and painted.\n")
    print("| text | characters | to HTML (median) | on screen (median) | validate |")
    print("|---|---|---|---|---|")
    for name, size, md_ms, ms, verdict in rows:
        print(f"| {name} | {size:,} | {md_ms:.1f} ms | {ms:.1f} ms | {verdict} |")
    verdict = "met" if worst < GOAL_MS else "NOT met"
    print(f"\nWorst text that validates: {worst:.1f} ms (goal < {GOAL_MS:.0f} ms: {verdict}).")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
