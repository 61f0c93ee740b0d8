"""The user's settings, kept with QSettings in an INI file inside the data folder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ui.paths import settings_path

THEMES = ("light", "dark", "contrast")
FEEDBACK_MODES = ("direct", "end")


@dataclass
class Settings:
    language: str = "sv"
    text_scale: int = 100  # percent, 100..200
    theme: str = "light"
    feedback_mode: str = "direct"
    trainee_id: str = ""

    @classmethod
    def load(cls) -> Settings:
        """Read the settings; a damaged or odd value falls back to its default."""
        qs = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        s = cls()
        lang = str(qs.value("language", s.language))
        s.language = lang if lang in ("sv", "en") else "sv"
        try:
            scale = int(str(qs.value("text_scale", s.text_scale)))
        except ValueError:
            scale = 100
        s.text_scale = min(200, max(100, scale))
        theme = str(qs.value("theme", s.theme))
        s.theme = theme if theme in THEMES else "light"
        mode = str(qs.value("feedback_mode", s.feedback_mode))
        s.feedback_mode = mode if mode in FEEDBACK_MODES else "direct"
        s.trainee_id = str(qs.value("trainee_id", ""))
        return s

    def save(self) -> None:
        qs = QSettings(str(settings_path()), QSettings.Format.IniFormat)
        qs.setValue("language", self.language)
        qs.setValue("text_scale", self.text_scale)
        qs.setValue("theme", self.theme)
        qs.setValue("feedback_mode", self.feedback_mode)
        qs.setValue("trainee_id", self.trainee_id)
        qs.sync()
