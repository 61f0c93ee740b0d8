"""One route for every user-visible string: `tr()` and the compiled translations in assets/.

Swedish is the source language; English is loaded from `assets/vagval_en.qm`. Counted
strings go through Qt's plural forms: `tr("%n försök", None, n)` (lupdate reads the third
argument as the count), with the Swedish forms in `assets/vagval_sv.qm` (which holds nothing
else) and the English ones in `vagval_en.qm`. Qt's own dialogs (file dialogs, message box
buttons) are translated by the `qtbase_<lang>.qm` from Qt's translations folder (PySide6 ships
it; the bundle carries it, see packaging/vagval.spec). All strings share
the empty context, which is what `pyside6-lupdate` assigns to a call of the plain function
`tr(...)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

ASSETS = Path(__file__).resolve().parent.parent / "assets"
LANGUAGES = ("sv", "en")

_translators: list[QTranslator] = []
_language = "sv"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a Swedish source string into the current language; with `n`, `%n` in the
    text becomes the number and the plural form fitting it is chosen."""
    return QCoreApplication.translate("", text, disambiguation, n)


def qm_path(lang: str) -> Path:
    return ASSETS / f"vagval_{lang}.qm"


def current_language() -> str:
    return _language


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_translation_loaded() -> bool:
    """True when Qt's own texts are translated (always so for English, Qt's source language)."""
    return _language == "en" or _qt_loaded


_qt_loaded = False


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def install_language(lang: str) -> bool:
    """Switch the application's language; returns False if the translation is missing."""
    global _language, _qt_loaded
    app = QCoreApplication.instance()
    _qt_loaded = False
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    _language = "sv"
    if lang not in LANGUAGES:
        lang = "sv"
        found = False
    else:
        own = _load(qm_path(lang))
        found = own is not None or lang == "sv"
        if own is None:
            lang = "sv"
            own = _load(qm_path("sv"))
        # Qt's own dialogs in the same language; English is Qt's source, so it needs none
        qt_own = _load(qt_translations_dir() / f"qtbase_{lang}.qm") if lang != "en" else None
        _qt_loaded = qt_own is not None
        for t in (own, qt_own):
            if t is not None:
                _translators.append(t)
                if app is not None:
                    app.installTranslator(t)
    _language = lang
    return found
