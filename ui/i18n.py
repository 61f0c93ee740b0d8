"""One route for every user-visible string: `tr()` and the compiled translations in assets/.

Swedish is the source language, so Swedish needs no translator; English is loaded from
`assets/vagval_en.qm`. All strings share the empty context, which is what `pyside6-lupdate`
assigns to a call of the plain function `tr(...)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ASSETS = Path(__file__).resolve().parent.parent / "assets"
LANGUAGES = ("sv", "en")

_translator: QTranslator | None = None
_language = "sv"


def tr(text: str) -> str:
    """Translate a Swedish source string into the current language."""
    return QCoreApplication.translate("", text)


def qm_path(lang: str) -> Path:
    return ASSETS / f"vagval_{lang}.qm"


def current_language() -> str:
    return _language


def install_language(lang: str) -> bool:
    """Switch the application's language; returns False if the translation is missing."""
    global _translator, _language
    app = QCoreApplication.instance()
    if _translator is not None and app is not None:
        app.removeTranslator(_translator)
        _translator = None
    _language = "sv"
    if lang not in LANGUAGES or lang == "sv":
        return lang == "sv"
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        return False
    if app is not None:
        app.installTranslator(translator)
    _translator = translator
    _language = lang
    return True
