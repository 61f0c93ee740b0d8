"""A new scenario from a few answers: a valid file with a start node and two endings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from simulator.format.model import THEMES

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})


def slug(title: str, fallback: str = "nytt-scenario") -> str:
    """A file and id slug from a title: lower case ASCII letters, digits and hyphens."""
    text = unicodedata.normalize("NFC", title).casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or fallback


@dataclass(frozen=True)
class TemplateAnswers:
    title: str
    theme: str
    role: str
    dimensions: tuple[str, ...]
    guidance_version: str
    authors: tuple[str, ...] = field(default_factory=tuple)
    scenario_id: str = ""

    def problems(self) -> list[str]:
        """What stops a template from being written (codes the studio translates)."""
        found = []
        if not self.title.strip():
            found.append("title")
        if self.theme not in THEMES:
            found.append("theme")
        if not self.role.strip():
            found.append("role")
        if not self.dimensions:
            found.append("dimensions")
        return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def new_scenario_text(answers: TemplateAnswers) -> str:
    """The text of a new scenario that loads with no error: header, a start node with two
    choices, and two endings. The author replaces the placeholder prose."""
    if answers.problems():
        raise ValueError(f"incomplete template answers: {answers.problems()}")
    sid = answers.scenario_id or slug(answers.title)
    first, *rest = answers.dimensions
    authors = answers.authors or ("Ange författare",)
    lines = [
        "---",
        "format: vagval/1",
        f"id: {sid}",
        f"title: {_one_line(answers.title)}",
        f"theme: {answers.theme}",
        "level: grund",
        "minutes: 15",
        f"role: {_one_line(answers.role)}",
        "content_note: Beskriv här vad fallet handlar om, så att den som övar kan välja att avstå.",
        "goals:",
        "  - Skriv ett lärandemål här.",
        "authors:",
        *[f"  - {_one_line(a)}" for a in authors],
        "reviewer: ",
        "reviewed: ",
        f"guidance_version: {answers.guidance_version}",
        "pass_threshold: 0.7",
        "dimensions:",
        *[f"  - {d}" for d in answers.dimensions],
        "---",
        "",
        "## start | Första mötet",
        "",
        "Beskriv situationen som den som övar möter. Vem är där, vad har hänt, vad syns och hörs?",
        "",
        "* [Skriv det första alternativet här] -> slut-bra",
        f"  score: {first} +1",
        "  > Förklara varför det här valet är bra, med stöd i vägledningen.",
        "",
        "* [Skriv det andra alternativet här] -> slut-lucka",
        f"  score: {(rest[0] if rest else first)} -1",
        "  > Förklara vad det här valet missar och vad det kan leda till.",
        "",
        "## slut-bra | Ett gott slut",
        "ending: skyddad",
        "",
        "Beskriv hur det gick.",
        "",
        "## slut-lucka | En lucka kvar",
        "ending: delvis",
        "",
        "Beskriv vad som blev kvar att göra.",
        "",
    ]
    return "\n".join(lines)
