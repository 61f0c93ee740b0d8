"""The last line of defence: an unexpected exception is logged to a file in the data folder
and reported in a plain dialog. No traceback ever reaches the screen.

The log is for a bug report, so it holds what a developer needs and nothing about the person:
the exception's type and the chain of code locations (file, line, function) with paths made
relative, never the exception's message (it may quote a trainee's name or scenario text) nor an
absolute path (it names the user's account). It is kept private (0600), and rotated at
MAX_LOG_BYTES into a single errors.log.1, so the two together stay under twice that size.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import stat
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from ui.paths import error_log_path, repo_root

MAX_LOG_BYTES = 256 * 1024
MAX_FRAMES = 40

_shown = False


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The log entry for one exception: type names and code locations only."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 5:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__ if current is not exc else tb)
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in frames[-MAX_FRAMES:]:
            lines.append(f"  {_relative(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / orsakat av:")
    return "\n".join(lines)


def _relative(filename: str) -> str:
    path = Path(filename)
    for base, label in ((repo_root(), ""), (Path(sys.prefix), "<python>/"),
                        (Path(sys.base_prefix), "<python>/")):
        with contextlib.suppress(ValueError):
            return label + path.relative_to(base).as_posix()
    return "<other>/" + path.name


def log_exception(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    path = error_log_path()
    stamp = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    entry = f"--- {stamp}\n{describe(exc_type, exc, tb)}\n\n"
    _rotate(path, len(entry.encode("utf-8")))
    # O_NONBLOCK: a named pipe planted as errors.log would make the open wait for a reader
    # (and so hang the app at its first error); it fails at once instead, and anything but a
    # plain file is refused below. The hook then shows its dialog without a log.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_NONBLOCK", 0), 0o600)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{path.name} is not a plain file")
    with os.fdopen(fd, "a", encoding="utf-8") as f:
        f.write(entry)
    return str(path)


def _rotate(path: Path, adding: int) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size + adding > MAX_LOG_BYTES:
        os.replace(path, path.with_name(path.name + ".1"))


def install(show: Callable[[str], None] | None = None,
            durable: Callable[[], bool] | None = None) -> None:
    """Replace sys.excepthook. `show` gets the log file's path; default: a message box, which
    says the answers are saved only when `durable()` says the store writes to its file."""

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
                _message_box(path, _saved(durable))
            finally:
                _shown = False

    sys.excepthook = hook


def _saved(durable: Callable[[], bool] | None) -> bool:
    if durable is None:
        return False
    try:
        return bool(durable())
    except Exception:
        return False


def crash_text(saved: bool) -> str:
    from ui.i18n import tr

    if saved:
        return tr("Något oväntat hände i programmet. Dina svar hittills är sparade, och du "
                  "kan fortsätta där du var.")
    return tr("Något oväntat hände i programmet. Dina svar sparas inte på disken just nu; "
              "de finns bara kvar så länge programmet är öppet.")


def _message_box(path: str, saved: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.i18n import tr
    from ui.plain import plain_box

    if QApplication.instance() is None:
        return
    box = plain_box(QMessageBox(QApplication.activeWindow()))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Något gick fel"))
    box.setText(crash_text(saved))
    if path:
        box.setInformativeText(tr("En teknisk beskrivning har sparats i filen:") + "\n" + path)
    box.exec()
