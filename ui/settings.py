"""The settings: the organisation's machine-wide file first, the user's own on top.

The user's settings are kept with QSettings in an INI file inside the data folder. The
organisation's file (simulator/organisation.py, placed by the IT department) may give a value
for any of them, which is then the default, and may lock some, which the user cannot change.
The user's file only holds what the user chose differently from the default, so a default the
organisation changes later reaches everyone who has not chosen otherwise.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from simulator import organisation as org_file
from simulator.organisation import Organisation
from ui.paths import settings_path

THEMES = ("light", "dark", "contrast")
FEEDBACK_MODES = ("direct", "end")
USER_KEYS = org_file.USER_SETTINGS  # language, text_scale, theme, feedback_mode

_active = Organisation()
MAX_SETTINGS_BYTES = 64 * 1024  # a handful of short keys; anything larger was not made by us


def usable_settings_file() -> tuple[bool, Path | None]:
    """May QSettings read and write ``settings.ini``? Qt would wait for ever reading a named
    pipe planted under the name, read a huge file whole, and write through a symbolic link to
    the file it points at. Anything but a small plain file is moved aside (never deleted), so
    the defaults are used and the next save makes a new file. Returns (usable, moved_to):
    ``moved_to`` is where the odd file went; (False, None) when even that failed, and then
    the settings live in memory only."""
    from simulator.store.problems import move_aside

    path = settings_path()
    try:
        info = path.lstat()
    except FileNotFoundError:
        return True, None
    except OSError:
        return False, None
    if os.path.islink(path):
        reason = "symlink"
    elif not stat.S_ISREG(info.st_mode):
        reason = "not_a_file"
    elif info.st_size > MAX_SETTINGS_BYTES:
        reason = "too_large"
    else:
        return True, None
    try:
        return True, move_aside(path, reason)
    except OSError:
        return False, None


def active_organisation() -> Organisation:
    """The organisation settings read by the last Settings.load() (empty before it)."""
    return _active


@dataclass
class Settings:
    language: str = "sv"
    text_scale: int = 100  # percent, 100..200
    theme: str = "light"
    feedback_mode: str = "direct"
    trainee_id: str = ""
    organisation: Organisation = field(default_factory=Organisation, compare=False, repr=False)
    # Where an odd settings.ini was moved (see usable_settings_file), for the start-up notice.
    file_moved_to: Path | None = field(default=None, compare=False, repr=False)
    file_unusable: bool = field(default=False, compare=False, repr=False)

    def locked(self, key: str) -> bool:
        """True when the organisation has fixed this setting."""
        return self.organisation.locks(key)

    def from_organisation(self, key: str) -> bool:
        """True when the value in force is the one the organisation set (locked or default)."""
        org = self.organisation
        return org.locks(key) or (org.sets(key) and getattr(self, key) == org.settings[key])

    def defaults(self) -> Settings:
        """The values before the user's own choices: built-in, then the organisation's."""
        base = Settings(organisation=self.organisation)
        for key, value in self.organisation.settings.items():
            setattr(base, key, value)
        return base

    @classmethod
    def load(cls, organisation: Organisation | None = None) -> Settings:
        """Read both files; a damaged or odd value falls back to its default, a locked one is
        always the organisation's."""
        global _active
        org = org_file.load() if organisation is None else organisation
        _active = org
        s = Settings(organisation=org).defaults()
        usable, s.file_moved_to = usable_settings_file()
        s.file_unusable = not usable
        if not usable:
            return s
        qs = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        lang = str(qs.value("language", s.language))
        s.language = lang if lang in ("sv", "en") else s.language
        try:
            scale = int(str(qs.value("text_scale", s.text_scale)))
        except ValueError:
            scale = s.text_scale
        s.text_scale = min(200, max(100, scale))
        theme = str(qs.value("theme", s.theme))
        s.theme = theme if theme in THEMES else s.theme
        mode = str(qs.value("feedback_mode", s.feedback_mode))
        s.feedback_mode = mode if mode in FEEDBACK_MODES else s.feedback_mode
        s.trainee_id = str(qs.value("trainee_id", ""))
        base = s.defaults()
        for key in org.locked:
            setattr(s, key, getattr(base, key))
        return s

    def set(self, key: str, value: Any) -> bool:
        """Change one user setting unless the organisation has locked it."""
        if self.locked(key):
            return False
        setattr(self, key, value)
        return True

    def save(self) -> None:
        """Write what the user chose differently from the defaults; nothing for a locked key."""
        usable, moved_to = usable_settings_file()  # planted since the start: moved aside too
        self.file_moved_to = moved_to or self.file_moved_to
        if not usable:
            self.file_unusable = True
            return
        qs = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        base = self.defaults()
        for key in USER_KEYS:
            value = getattr(self, key)
            if self.locked(key) or value == getattr(base, key):
                qs.remove(key)
            else:
                qs.setValue(key, value)
        qs.setValue("trainee_id", self.trainee_id)
        qs.sync()
        from simulator.store.datadir import make_private

        make_private(settings_path())
