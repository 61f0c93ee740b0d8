"""Saving a file the user asked for: Qt's save dialog (translated with the app), starting in
the user's Documents folder, and afterwards a message with a button that opens the file."""

from __future__ import annotations

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


def save_dialog(parent: QWidget, title: str, filename: str) -> QFileDialog:
    """The save dialog, not yet shown. Qt's own dialog rather than the platform's, so that it
    speaks the app's language (the platform's speaks the system's)."""
    dialog = QFileDialog(parent, title, str(documents_dir() / filename), tr("PDF (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAccessibleName(title)
    return dialog


def ask_save_path(parent: QWidget, title: str, filename: str) -> str:
    dialog = save_dialog(parent, title, filename)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return ""


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
