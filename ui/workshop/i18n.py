"""The workshop screens' strings: `wtr()` and their own English translation file.

The workshop mode was written while the app's translation file (`assets/vagval_en.ts`) was
being finished by someone else, so its strings live in `assets/workshop_en.ts` / `.qm`
(collected by pyside6-lupdate with `-tr-function-alias tr+=wtr`; see docs/workshop.md).
Swedish is the source language, as in `ui.i18n`; the English file is loaded next to the
app's own whenever the app's language is English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import ASSETS, current_language

QM = ASSETS / "workshop_en.qm"
TS = ASSETS / "workshop_en.ts"

_translator: QTranslator | None = None
_loaded_for: str | None = None


def _sync() -> None:
    """Load or drop the workshop translation so that it follows the app's language."""
    global _translator, _loaded_for
    lang = current_language()
    app = QCoreApplication.instance()
    if lang == _loaded_for or app is None:
        return
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    _loaded_for = lang  # before installing: the install sends events that may call wtr()
    if lang == "en":
        translator = QTranslator()
        if translator.load(str(QM)):
            _translator = translator
            app.installTranslator(translator)


def wtr(text: str) -> str:
    """Translate a Swedish source string of the workshop screens into the current language."""
    _sync()
    return QCoreApplication.translate("", text)
