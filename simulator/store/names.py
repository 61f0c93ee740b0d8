"""Trainee pseudonyms: one spelling per name that looks the same, and nothing invisible.

A name is NFC-normalised and its white space folded, so that the decomposed and composed
spellings of "Åsa" (which look identical) are one trainee; control characters, zero-width and
other invisible format characters, and unpaired surrogates (a name that was not valid UTF-8 on
the command line) are refused; and the length is capped.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_CHARS = 60
# Unicode categories that never belong in a name shown to people: controls, invisible format
# characters (zero-width space and joiners, bidirectional overrides, the BOM), surrogates,
# private-use and unassigned code points.
_REFUSED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


class InvalidName(ValueError):
    """A pseudonym that cannot be used; `sv` and `en` say why in plain words."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(en)
        self.sv = sv
        self.en = en

    def message(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv


def normalise_name(raw: str, limit: int = MAX_NAME_CHARS,
                   what: tuple[str, str] = ("Namnet", "The name")) -> str:
    """The stored form of a pseudonym (or of another name, called ``what`` in messages, with
    its own length ``limit``); raises :class:`InvalidName` for one that cannot be used."""
    sv_what, en_what = what
    folded = " ".join(raw.split())  # also removes line and paragraph separators
    name = unicodedata.normalize("NFC", folded)
    if not name:
        raise InvalidName(f"{sv_what} är tomt.", f"{en_what} is empty.")
    if len(name) > limit:
        raise InvalidName(f"{sv_what} är längre än {limit} tecken.",
                          f"{en_what} is longer than {limit} characters.")
    for char in name:
        if unicodedata.category(char) in _REFUSED:
            code = f"U+{ord(char):04X}"
            raise InvalidName(f"{sv_what} innehåller ett osynligt tecken eller styrtecken ({code}).",
                              f"{en_what} contains an invisible or control character ({code}).")
    return name


def lookup_key(raw: str) -> str:
    """The form used to find an existing trainee: normalised like a new name, then case-folded.
    Never raises (a name that could not be created simply finds nobody)."""
    return unicodedata.normalize("NFC", " ".join(raw.split())).casefold()
