"""One person, one name: no invented person's name appears in two scenario files.

In a workshop the room discusses several scenarios side by side; if "Marcus" is the father in one
case and the ex-partner in another, the discussion gets confused. Names are found the way a reader
meets them: a capitalised word in the middle of a sentence (after a lower-case letter, a digit or
a comma) is a proper noun. Shared proper nouns that are not people are allowed: authorities and
services named in the guidance catalogue or the support dialog, and the invented municipalities
the library reuses on purpose. Every file under scenarios/ is covered, including scenarios added later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from simulator.engine.library import PROJECT_ROOT, SCENARIO_DIR, default_catalogue_path

# A capitalised word preceded by a lower-case letter, a digit or a comma and one space.
MID_SENTENCE_NAME = re.compile(r"(?<=[a-zåäöé0-9,] )([A-ZÅÄÖ][a-zåäöéü]+)\b")
CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+\b")

# Invented places the library shares on purpose (several cases in one municipality is realistic).
SHARED_PLACES = {"Granvik", "Granviks", "Lövsta", "Sjöbacka", "Vallby", "Norrvik", "Sverige",
                 "Sveriges"}


def _genitive_to_name(words: dict[str, set[str]]) -> dict[str, set[str]]:
    """'Petras' counts as 'Petra' when 'Petra' occurs too; 'Marcus' stays 'Marcus'."""
    merged: dict[str, set[str]] = defaultdict(set)
    for word, files in words.items():
        base = word[:-1] if word.endswith("s") and word[:-1] in words else word
        merged[base] |= files
    return merged


def names_by_file(directory: Path) -> dict[str, set[str]]:
    """Which files each mid-sentence proper noun appears in."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(directory.rglob("*.md")):
        if path.name == default_catalogue_path().name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for match in MID_SENTENCE_NAME.finditer(line):
                found[match.group(1)].add(str(path.relative_to(directory)))
    return _genitive_to_name(found)


def institutional_words() -> set[str]:
    """Authorities, services and other proper nouns the guidance catalogue or the support dialog
    (its help lines, such as Stödlinjen för män) name."""
    text = default_catalogue_path().read_text(encoding="utf-8")
    text += (PROJECT_ROOT / "ui" / "support_dialog.py").read_text(encoding="utf-8")
    words = set(CAPITALISED.findall(text))
    return words | {word + "s" for word in words}


def shared_person_names(directory: Path) -> dict[str, list[str]]:
    allowed = institutional_words() | SHARED_PLACES
    return {name: sorted(files) for name, files in names_by_file(directory).items()
            if len(files) >= 2 and name not in allowed}


def test_no_person_name_is_used_in_two_scenarios():
    assert shared_person_names(SCENARIO_DIR) == {}


def test_the_name_check_finds_a_name_reused_across_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "one.md").write_text("Kuratorn ringer om Ronja, 15 år.\n", encoding="utf-8")
    (tmp_path / "b" / "two.md").write_text("Hon träffar Ronjas mamma, Ronja och Skatteverket.\n",
                                          encoding="utf-8")
    (tmp_path / "b" / "three.md").write_text("Du ringer till Skatteverket i Lövsta.\n",
                                            encoding="utf-8")
    assert shared_person_names(tmp_path) == {"Ronja": ["a/one.md", "b/two.md"]}
