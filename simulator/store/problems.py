"""Plain-language reports (Swedish and English) about a progress database that could not be used."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

ProblemCode = Literal[
    "not_sqlite",
    "corrupt",
    "not_vagval",
    "tampered",
    "bad_values",
    "symlink",
    "not_a_file",
    "shared_folder",
    "newer_schema",
    "read_only",
    "disk_full",
    "write_failed",
    "busy",
    "cannot_open",
]
# What the store did about it: a fresh file in the usual place, the old file read into memory
# (nothing is written back), or an empty store in memory (nothing is saved at all).
Action = Literal["fresh", "read_only", "memory"]

_WHAT: dict[str, tuple[str, str]] = {
    "not_sqlite": (
        "Filen med dina framsteg är inte en databas som Vägval kan läsa.",
        "The file holding your progress is not a database Vägval can read.",
    ),
    "corrupt": (
        "Filen med dina framsteg är skadad (kanske avkortad).",
        "The file holding your progress is damaged (perhaps cut short).",
    ),
    "not_vagval": (
        "Filen med dina framsteg är en databas, men inte en som Vägval har skapat.",
        "The file holding your progress is a database, but not one made by Vägval.",
    ),
    "tampered": (
        "Filen med dina framsteg innehåller tabeller, vyer eller triggrar som Vägval inte har "
        "skapat; någon eller något har ändrat den, så den används inte.",
        "The file holding your progress contains tables, views or triggers that Vägval did not "
        "create; someone or something has changed it, so it is not used.",
    ),
    "bad_values": (
        "Filen med dina framsteg innehåller värden som Vägval aldrig skriver (till exempel text "
        "där ett tal ska stå, eller trasig data); någon eller något har ändrat den, så den "
        "används inte.",
        "The file holding your progress contains values Vägval never writes (text where a "
        "number belongs, say, or broken data); someone or something has changed it, so it is "
        "not used.",
    ),
    "symlink": (
        "Filen med dina framsteg är en länk till en annan plats; Vägval skriver bara i vanliga "
        "filer i sin egen mapp.",
        "The file holding your progress is a link to somewhere else; Vägval writes only to "
        "plain files in its own folder.",
    ),
    "not_a_file": (
        "Där filen med dina framsteg ska ligga finns något annat än en vanlig fil (en "
        "namngiven pipe, en socket eller en enhet); Vägval skriver bara i vanliga filer.",
        "Where the file holding your progress should be there is something other than a plain "
        "file (a named pipe, a socket or a device); Vägval writes only to plain files.",
    ),
    "shared_folder": (
        "Mappen där dina framsteg sparas kan ändras av andra användare på datorn, så någon "
        "annan skulle kunna byta ut filen; Vägval sparar bara i en mapp som är din egen. Välj "
        "en egen mapp med --data-dir eller VAGVAL_DATA_DIR, eller be IT om hjälp.",
        "The folder where your progress is kept can be changed by other users of this "
        "computer, so someone else could swap the file; Vägval saves only in a folder of your "
        "own. Choose a folder of your own with --data-dir or VAGVAL_DATA_DIR, or ask IT.",
    ),
    "newer_schema": (
        "Filen med dina framsteg har skapats av en nyare version av Vägval.",
        "The file holding your progress was made by a newer version of Vägval.",
    ),
    "read_only": (
        "Vägval får inte skriva i mappen eller filen där dina framsteg sparas.",
        "Vägval may not write to the folder or file where your progress is kept.",
    ),
    "disk_full": (
        "Disken är full, så dina framsteg kan inte sparas.",
        "The disk is full, so your progress cannot be saved.",
    ),
    "write_failed": (
        "Dina framsteg kunde inte skrivas till disken.",
        "Your progress could not be written to the disk.",
    ),
    "busy": (
        "Ett annat program (kanske ett annat Vägval-fönster) håller filen med dina framsteg låst.",
        "Another program (perhaps another Vägval window) is holding the progress file locked.",
    ),
    "cannot_open": (
        "Filen med dina framsteg kunde inte öppnas.",
        "The file holding your progress could not be opened.",
    ),
}

_DONE: dict[str, tuple[str, str]] = {
    "fresh": (
        "Vägval har börjat på en ny, tom fil. Dina tidigare framsteg finns kvar i den gamla filen.",
        "Vägval has started a new, empty file. Your earlier progress is still in the old file.",
    ),
    "read_only": (
        "Dina framsteg visas, men inget nytt sparas förrän programmet startas om.",
        "Your progress is shown, but nothing new is saved until the program is restarted.",
    ),
    "memory": (
        "Du kan fortsätta öva, men inget sparas förrän programmet startas om.",
        "You can go on practising, but nothing is saved until the program is restarted.",
    ),
}

_MOVED = (
    "Den gamla filen har flyttats orörd till {path}.",
    "The old file was moved, untouched, to {path}.",
)
_KEPT = ("Filen har lämnats orörd: {path}.", "The file was left untouched: {path}.")


@dataclass(frozen=True)
class StoreProblem:
    """Something wrong with the database file, and what the store did about it."""

    code: ProblemCode
    action: Action
    path: Path
    moved_to: Path | None = None
    detail: str = ""  # the technical cause, for a log or a bug report; never shown alone

    def message(self, lang: str = "sv") -> str:
        """Plain text for the user: what is wrong, where the old file is, and what happens now."""
        i = 1 if lang == "en" else 0
        parts = [_WHAT[self.code][i]]
        if self.moved_to is not None:
            parts.append(_MOVED[i].format(path=self.moved_to))
        elif self.code not in ("disk_full", "write_failed"):
            parts.append(_KEPT[i].format(path=self.path))
        parts.append(_DONE[self.action][i])
        return " ".join(parts)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "code": self.code,
            "action": self.action,
            "path": str(self.path),
            "moved_to": str(self.moved_to) if self.moved_to else None,
            "detail": self.detail,
        }


class StoreError(Exception):
    """A write or read that the store could not carry out; ``problem`` says why in plain words."""

    def __init__(self, problem: StoreProblem) -> None:
        super().__init__(problem.message("en"))
        self.problem = problem


def move_aside(path: Path, code: str) -> Path:
    """Rename a bad database (and its -wal/-shm companions) out of the way; never delete it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{code}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{code}-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target
