"""Light, dark and high-contrast themes and the text size, applied to the whole application."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ui.i18n import ASSETS

BASE_POINT_SIZE = 11

THEMES: dict[str, dict[str, str]] = {
    "light": {
        "bg": "#f7f6f2", "text": "#1d1d1f", "panel": "#ecebe6", "border": "#9a978e",
        "button": "#ffffff", "hover": "#e2e6ef", "field": "#ffffff", "muted": "#6b6b6b",
        "accent": "#1f5aa6", "accent_text": "#ffffff", "focus": "#d9480f",
        "note_bg": "#fff4d6", "note_border": "#b58100", "good": "#1e7b34", "bad": "#b3261e",
        "bad_bg": "#fde8e6", "whatif_bg": "#e6eefb", "path": "#1f5aa6", "expert": "#1e7b34",
        "node": "#ffffff",
    },
    "dark": {
        "bg": "#1e1f22", "text": "#ececec", "panel": "#2b2d31", "border": "#6d7078",
        "button": "#34373d", "hover": "#41454d", "field": "#26282c", "muted": "#a0a0a0",
        "accent": "#6ea8ff", "accent_text": "#0d0d0d", "focus": "#ffb347",
        "note_bg": "#3b3320", "note_border": "#d9a400", "good": "#7bd88f", "bad": "#ff8a80",
        "bad_bg": "#3d2423", "whatif_bg": "#22324a", "path": "#6ea8ff", "expert": "#7bd88f",
        "node": "#2b2d31",
    },
    "contrast": {
        "bg": "#000000", "text": "#ffffff", "panel": "#000000", "border": "#ffffff",
        "button": "#000000", "hover": "#333333", "field": "#000000", "muted": "#c0c0c0",
        "accent": "#ffff00", "accent_text": "#000000", "focus": "#00ffff",
        "note_bg": "#000000", "note_border": "#ffff00", "good": "#00ff00", "bad": "#ff6060",
        "bad_bg": "#000000", "whatif_bg": "#000000", "path": "#00ffff", "expert": "#00ff00",
        "node": "#000000",
    },
}

_current = "light"
_applied: tuple[int, str, int] | None = None  # (app id, theme, scale) last applied


def colors(theme: str | None = None) -> dict[str, str]:
    return THEMES.get(theme or _current, THEMES["light"])


def color(name: str) -> QColor:
    return QColor(colors()[name])


def point_size(scale_percent: int) -> float:
    return BASE_POINT_SIZE * max(100, min(200, scale_percent)) / 100


def style_sheet(theme: str, scale_percent: int) -> str:
    base = point_size(scale_percent)
    values = dict(colors(theme))
    values.update(base=f"{base:.1f}", h1=f"{base * 1.45:.1f}", h2=f"{base * 1.2:.1f}")
    template = Template((ASSETS / "style.qss").read_text(encoding="utf-8"))
    return template.safe_substitute(values)


def apply(app: QApplication, theme: str, scale_percent: int) -> None:
    """Set palette, font and style sheet; every widget follows."""
    global _current, _applied
    _current = theme if theme in THEMES else "light"
    key = (id(app), _current, scale_percent)
    if key == _applied:  # restyling every widget is slow; skip when nothing changes
        return
    _applied = key
    c = colors()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(c["bg"]))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Base, QColor(c["field"]))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(c["panel"]))
    palette.setColor(QPalette.ColorRole.Text, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Button, QColor(c["button"]))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(c["accent"]))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(c["accent_text"]))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(c["panel"]))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(c["text"]))
    palette.setColor(QPalette.ColorRole.Link, QColor(c["accent"]))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(point_size(scale_percent))
    app.setFont(font)
    app.setStyleSheet(style_sheet(_current, scale_percent))
