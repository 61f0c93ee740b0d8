"""Saving a file the user asked for: Qt's save dialog (translated with the app), starting in
the user's Documents folder; never over one of Vägval's own files; written beside the target
and moved over it, so a failed write leaves the old file whole; afterwards a message with a
button that opens the file, or one that says plainly why it could not be saved."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.i18n import tr
from ui.plain import plain_box


def documents_dir() -> Path:
    """The user's Documents folder (platform convention), or the home folder without one."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(found) if found else Path.home()
    return path if path.is_dir() else Path.home()


def save_dialog(parent: QWidget, title: str, filename: str, kind: str = "pdf") -> QFileDialog:
    """The save dialog, not yet shown. Qt's own dialog rather than the platform's, so that it
    speaks the app's language (the platform's speaks the system's). It asks before replacing
    a file that exists (Qt's default, left on)."""
    kinds = {"pdf": tr("PDF (*.pdf)"), "csv": tr("CSV (*.csv)")}
    dialog = QFileDialog(parent, title, str(documents_dir() / filename), kinds[kind])
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(kind)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAccessibleName(title)
    return dialog


def ask_save_path(parent: QWidget, title: str, filename: str, kind: str = "pdf") -> str:
    dialog = save_dialog(parent, title, filename, kind)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return ""


def refusal(path: Path) -> str:
    """Why the app will not write to ``path`` (one of its own files: the progress database and
    its companions, the workshops' database, settings, the error log, the LRS secret, unsaved
    studio text), or "" when it may."""
    from simulator.store.own_files import own_file
    from ui.paths import data_dir

    if own_file(path, data_dir()) is None:
        return ""
    return tr("{name} är en av Vägvals egna filer, där resultat och inställningar sparas. "
              "Spara under ett annat namn eller i en annan mapp.").format(name=path.name)


def save_file(parent: QWidget, title: str, filename: str, write: Callable[[Path], object],
              kind: str = "pdf") -> Path | None:
    """Ask where, refuse the app's own files (and ask again), write, and say what happened.
    Returns the saved path, or None when the user cancelled or the file could not be saved."""
    start = filename
    while True:
        chosen = ask_save_path(parent, title, start, kind)
        if not chosen:
            return None
        why = refusal(Path(chosen))
        if not why:
            break
        _tell(parent, QMessageBox.Icon.Warning, tr("Välj en annan fil"), why)
        start = Path(chosen).name
    target = Path(chosen)
    try:
        write_replacing(target, write)
    except OSError as exc:
        from simulator.store.own_files import os_reason
        from ui.i18n import current_language

        reason = os_reason(exc, current_language())
        _tell(parent, QMessageBox.Icon.Critical, tr("Kunde inte sparas"),
              tr("Filen kunde inte sparas:") + f"\n{target}\n\n{reason}")
        return None
    saved_message(parent, target)
    return target


def write_replacing(target: Path, write: Callable[[Path], object]) -> None:
    """Let ``write`` fill a new file beside ``target``, then move it over ``target``: a failed or
    empty write (Qt's PDF writer fails silently) leaves any old file as it was, and a link at
    ``target`` is replaced itself, never the file it points to."""
    fd, temp = tempfile.mkstemp(prefix=".vagval-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        write(Path(temp))
        if os.path.getsize(temp) == 0:
            raise OSError(tr("Ingenting skrevs till filen (är disken full?)"))
        mode = target.stat().st_mode & 0o777 if target.is_file() else _new_file_mode()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _new_file_mode() -> int:
    """The mode a new file would get from the user's umask (read without changing it: other
    threads may create files meanwhile); owner-only where it cannot be read."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    return 0o600


def _tell(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = plain_box(QMessageBox(parent))  # the text holds a path
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    setattr(parent, "refused_box", box)  # noqa: B010 - for tests
    box.exec()


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def saved_message(parent: QWidget, path: Path) -> QMessageBox:
    """Say where the file went, with a button that opens it (shown without blocking)."""
    box = plain_box(QMessageBox(parent))  # the text holds a path
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Sparad"))
    box.setAccessibleName(tr("Sparad"))
    box.setText(tr("Filen är sparad:") + "\n" + str(path))
    opener = box.addButton(tr("Öppna filen"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("Stäng"), QMessageBox.ButtonRole.RejectRole)
    for b in (opener, close):
        b.setAccessibleName(b.text())
    box.setDefaultButton(opener)
    box.setEscapeButton(close)
    box.buttonClicked.connect(lambda b: open_file(path) if b is opener else None)
    box.open()
    parent.setProperty("saved_path", str(path))
    setattr(parent, "saved_box", box)  # noqa: B010 - for tests and the next save
    return box
