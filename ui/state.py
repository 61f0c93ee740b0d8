"""The app's state outside any widget: settings, the scenario library, the store and the
current trainee, with the plain commands the screens use (filter, status, resume)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ui.i18n import tr
from ui.settings import Settings
from ui.storage import AttemptRow, ProgressStore, Trainee

if TYPE_CHECKING:
    from simulator.engine.library import Loaded
    from simulator.engine.session import Session
    from simulator.format.model import Scenario


def theme_name(theme: str) -> str:
    names = {"heder": tr("Hedersrelaterat våld och förtryck"), "vardnad": tr("Vårdnad och våld"),
             "digitalt": tr("Digitalt våld"), "lamna": tr("Att lämna en våldsam relation"),
             "nara": tr("Våld i nära relationer")}
    return names.get(theme, theme)


def level_name(level: str) -> str:
    return {"grund": tr("Grund"), "fordjupning": tr("Fördjupning")}.get(level, level)


def status_name(status: str) -> str:
    return {"new": tr("Ej påbörjad"), "started": tr("Påbörjad"), "passed": tr("Godkänd"),
            "failed": tr("Ej godkänd"), "unavailable": tr("Går inte att använda")}.get(status,
                                                                                     status)


def content_language_note(scenario: Scenario) -> str:
    """In the English interface, a line saying the case itself is written in Swedish (or in
    whatever language its header names); empty when the case is in the interface's language."""
    from ui.i18n import current_language

    language = str(getattr(scenario, "language", "sv") or "sv")
    if language == current_language():
        return ""
    names = {"sv": tr("svenska"), "en": tr("engelska")}
    return tr("Själva fallet är skrivet på {language}.").format(
        language=names.get(language, language))


def scenario_summary(scenario: Scenario) -> str:
    """Theme, level, minutes and role in one wrapped line, plus the case's language if it is
    not the interface's."""
    text = (f"{theme_name(scenario.theme)} · {level_name(scenario.level)} · "
            + tr("cirka {n} minuter").format(n=scenario.minutes) + " · "
            + tr("Din roll: {role}").format(role=scenario.role))
    note = content_language_note(scenario)
    return f"{text}\n{note}" if note else text


@dataclass
class Entry:
    """One file in the library: a playable scenario, or one with errors and its diagnostics."""

    loaded: Loaded
    own: bool = False  # written by the trainer (in the data folder), not shipped

    @property
    def ok(self) -> bool:
        return bool(self.loaded.ok) and self.loaded.scenario is not None

    @property
    def scenario(self) -> Scenario:
        """The playable scenario; only an entry that is `ok` has one (misuse raises)."""
        if self.loaded.scenario is None:
            raise ValueError(f"{self.loaded.path} has errors and no playable scenario")
        return self.loaded.scenario

    @property
    def key(self) -> str:
        return self.scenario.id if self.ok else str(self.loaded.path)

    @property
    def title(self) -> str:
        if self.loaded.scenario is not None:
            return str(self.scenario.title)
        return Path(str(self.loaded.path)).name

    def searchable(self) -> str:
        s = self.loaded.scenario
        if s is None:
            return self.title.casefold()
        parts = [s.title, s.role, s.content_note, *s.goals, theme_name(s.theme), s.id]
        return " ".join(parts).casefold()


def filter_entries(entries: list[Entry], theme: str = "", level: str = "",
                   text: str = "") -> list[Entry]:
    """Entries matching the theme and level ids ("" = any) and every word of the search text."""
    words = text.casefold().split()
    out = []
    for e in entries:
        s = e.loaded.scenario
        if theme and (s is None or s.theme != theme):
            continue
        if level and (s is None or s.level != level):
            continue
        hay = e.searchable()
        if all(w in hay for w in words):
            out.append(e)
    return out


def statuses(history: list[AttemptRow], unfinished: list[AttemptRow]) -> dict[str, str]:
    """Per scenario id: "passed" beats "failed" beats "started"."""
    out: dict[str, str] = {}
    for a in unfinished:
        out[a.scenario_id] = "started"
    for a in history:
        if a.passed:
            out[a.scenario_id] = "passed"
        elif out.get(a.scenario_id) != "passed":
            out[a.scenario_id] = "failed"
    return out


class AppState:
    def __init__(self, settings: Settings, scenario_paths: list[Path],
                 store: ProgressStore) -> None:
        self.settings = settings
        self.scenario_paths = scenario_paths
        self.store = store
        self.entries: list[Entry] = []
        self.trainee: Trainee | None = None
        self.own_folder: Path | None = None  # the trainer's own scenarios (authoring studio)
        self.library_stale = False  # a scenario was written: reload before showing the library

    def load_library(self) -> None:
        from simulator.engine.library import load_library

        paths: list[str | os.PathLike[str]] = list(self.scenario_paths)
        if self.own_folder is not None and self.own_folder.is_dir():
            paths.append(self.own_folder)
        self.entries = [Entry(item, self.is_own(Path(item.path)))
                        for item in load_library(paths)]
        self.library_stale = False

    def is_own(self, path: Path) -> bool:
        if self.own_folder is None:
            return False
        try:
            path.resolve().relative_to(self.own_folder.resolve())
        except (ValueError, OSError):
            return False
        return True

    def add_loaded(self, loaded: list[Loaded]) -> int:
        """Add scenarios loaded later (the organisation's folders); a scenario whose id is
        already in the library is left out, so the shipped one wins. Returns how many came in."""
        added = 0
        for item in loaded:
            entry = Entry(item)
            if entry.ok and self.entry(entry.scenario.id) is not None:
                continue
            self.entries.append(entry)
            added += 1
        return added

    def entry(self, scenario_id: str) -> Entry | None:
        for e in self.entries:
            if e.ok and e.scenario.id == scenario_id:
                return e
        return None

    def select_trainee(self, trainee: Trainee | None) -> None:
        self.trainee = trainee
        self.settings.trainee_id = "" if trainee is None else str(trainee.id)
        self.settings.save()

    def restore_trainee(self) -> None:
        for t in self.store.trainees():
            if str(t.id) == self.settings.trainee_id:
                self.trainee = t
                return

    def create_trainee(self, name: str) -> Trainee | None:
        name = " ".join(name.split())
        if not name:
            return None
        t = self.store.create_trainee(name)
        self.select_trainee(t)
        return t

    def unfinished(self) -> list[AttemptRow]:
        """The trainee's unfinished attempts. One with no decision yet is nothing to resume:
        it is closed (files from before attempts were stored at the first decision)."""
        if self.trainee is None:
            return []
        rows = self.store.unfinished(self.trainee.id)
        for row in rows:
            if row.step_count == 0:
                self.store.abandon(row.id)
        return [row for row in rows if row.step_count > 0]

    def history(self) -> list[AttemptRow]:
        return [] if self.trainee is None else self.store.history(self.trainee.id)

    def statuses(self) -> dict[str, str]:
        if self.trainee is None:
            return {}
        return statuses(self.history(), self.unfinished())

    def resumable(self, row: AttemptRow) -> Entry | None:
        """The library entry an unfinished attempt can resume on: same id, same content."""
        e = self.entry(row.scenario_id)
        if e is None or e.scenario.content_hash != row.scenario_hash:
            return None
        return e

    def changed_resume(self, row: AttemptRow) -> tuple[Entry | None, Session | None]:
        """For an attempt whose scenario file has changed since it started: the entry and the
        replayed session when the stored path still exists in the new file, else (entry, None).
        (None, None) when the scenario is no longer in the library at all."""
        e = self.entry(row.scenario_id)
        if e is None:
            return None, None
        kind, session = self.store.resume_changed(row.id, e.scenario, e.loaded.analysis)
        return e, session if kind == "changed" else None
