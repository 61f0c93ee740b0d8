"""The last line of defence: an unexpected exception is logged to a file in the data folder
and reported in a plain dialog. No traceback ever reaches the screen."""

from __future__ import annotations

import datetime as _dt
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from ui.paths import error_log_path

_shown = False


def log_exception(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    path = error_log_path()
    stamp = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    with path.open("a", encoding="utf-8") as f:
        f.write(f"--- {stamp}\n{text}\n")
    return str(path)


def install(show: Callable[[str], None] | None = None) -> None:
    """Replace sys.excepthook. `show` gets the log path; default: a message box."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        global _shown
        try:
            path = log_exception(exc_type, exc, tb)
        except OSError:
            path = ""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if show is not None:
            show(path)
        elif not _shown:  # one dialog at a time; a burst of errors must not stack dialogs
            _shown = True
            try:
                _message_box(path)
            finally:
                _shown = False

    sys.excepthook = hook


def _message_box(path: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.i18n import tr

    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Något gick fel"))
    box.setText(tr("Något oväntat hände i programmet. Dina svar hittills är sparade, och du "
                   "kan fortsätta där du var."))
    if path:
        box.setInformativeText(tr("En teknisk beskrivning har sparats i filen:") + "\n" + path)
    box.exec()
