"""One route for every user-visible string: `tr()` and the compiled translations in assets/.

Swedish is the source language, so Swedish needs no translator; English is loaded from
`assets/vagval_en.qm`. All strings share the empty context, which is what `pyside6-lupdate`
assigns to a call of the plain function `tr(...)`. Qt's own texts (the buttons of standard
dialogs, context menus) are in English at source, so for Swedish Qt's `qtbase_sv.qm` is loaded
from Qt's translations folder (the bundle carries it; see packaging/vagval.spec).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

ASSETS = Path(__file__).resolve().parent.parent / "assets"
LANGUAGES = ("sv", "en")

_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None
_language = "sv"


def tr(text: str) -> str:
    """Translate a Swedish source string into the current language."""
    return QCoreApplication.translate("", text)


def qm_path(lang: str) -> Path:
    return ASSETS / f"vagval_{lang}.qm"


def current_language() -> str:
    return _language


def qt_translations_dir() -> str:
    return str(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_loaded() -> bool:
    """True when Qt's own texts are translated (always so for English, Qt's source language)."""
    return _language == "en" or _qt_translator is not None


def _install_qt_translation(app: QCoreApplication | None, lang: str) -> None:
    """Qt's own strings for a language other than English; quietly none when not found."""
    global _qt_translator
    if _qt_translator is not None and app is not None:
        app.removeTranslator(_qt_translator)
    _qt_translator = None
    if lang == "en":
        return
    translator = QTranslator()
    if translator.load(f"qtbase_{lang}", qt_translations_dir()):
        if app is not None:
            app.installTranslator(translator)
        _qt_translator = translator


def install_language(lang: str) -> bool:
    """Switch the application's language; returns False if the translation is missing."""
    global _translator, _language
    app = QCoreApplication.instance()
    _install_qt_translation(app, lang if lang in LANGUAGES else "sv")
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
