"""The organisation's extra scenario folders, loaded beside the shipped library without ever
holding up the window.

The common case is a read-only network share. Asking a share that is slow or gone whether a
folder exists can block for half a minute, so nothing here touches the folders on the UI thread:
each folder is checked and loaded in its own daemon thread, and its result comes back to the UI
thread as a queued signal. A folder that has not answered after the organisation's timeout is
reported as not answering (its scenarios are added if it answers later).
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ui.i18n import tr

WAITING, LOADED, MISSING, SLOW, FAILED = "waiting", "loaded", "missing", "slow", "failed"


def load_folder(folder: Path) -> tuple[str, list[Any], str]:
    """(state, loaded scenarios, detail) for one folder; runs in a worker thread."""
    try:
        if not folder.is_dir():
            return MISSING, [], ""
        from simulator.engine.library import load_library

        return LOADED, load_library([folder]), ""
    except Exception as exc:  # a share that fails mid-read: report it, never a traceback
        return FAILED, [], f"{type(exc).__name__}: {exc}"


@dataclass
class FolderStatus:
    path: Path
    state: str = WAITING
    loaded: list[Any] = field(default_factory=list)
    detail: str = ""
    late: bool = False  # answered after it had been reported as not answering

    @property
    def playable(self) -> int:
        return sum(1 for item in self.loaded if item.ok)

    def describe(self) -> str:
        """One plain sentence about this folder, in the current language."""
        if self.state == LOADED:
            text = tr("{n} scenarier inlästa.").format(n=self.playable)
            if len(self.loaded) > self.playable:
                text += " " + tr("{n} filer har fel och visas som ej användbara.").format(
                    n=len(self.loaded) - self.playable)
            return text
        if self.state == MISSING:
            return tr("Mappen finns inte eller går inte att nå. Kontakta IT om den borde finnas.")
        if self.state == SLOW:
            return tr("Mappen svarar inte. Scenarierna läggs till om den svarar senare.")
        if self.state == FAILED:
            return tr("Mappen kunde inte läsas: {detail}").format(detail=self.detail)
        return tr("Läses in …")


class ExtraFolders(QObject):
    """Loads the folders in the background; `changed` fires on the UI thread after each news."""

    changed = Signal()
    _arrived = Signal(int, str, object, str)

    def __init__(self, folders: tuple[Path, ...] | list[Path], timeout: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses = [FolderStatus(Path(f)) for f in folders]
        self.timeout = timeout
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if not self.statuses:
            return
        for index, status in enumerate(self.statuses):
            threading.Thread(target=self._work, args=(index, status.path),
                             name=f"vagval-folder-{index}", daemon=True).start()
        QTimer.singleShot(int(self.timeout * 1000), self._on_timeout)

    def _work(self, index: int, folder: Path) -> None:
        state, loaded, detail = load_folder(folder)
        # The window may be gone by the time a slow share answers.
        with contextlib.suppress(RuntimeError):
            self._arrived.emit(index, state, loaded, detail)

    def _on_arrived(self, index: int, state: str, loaded: list[Any], detail: str) -> None:
        status = self.statuses[index]
        status.late = status.state == SLOW
        status.state, status.loaded, status.detail = state, list(loaded), detail
        self.changed.emit()

    def _on_timeout(self) -> None:
        slow = [s for s in self.statuses if s.state == WAITING]
        for status in slow:
            status.state = SLOW
        if slow:
            self.changed.emit()

    def done(self) -> bool:
        """True when every folder has answered (a slow one may still answer)."""
        return all(s.state not in (WAITING, SLOW) for s in self.statuses)

    def summary(self) -> str:
        """One line for the status bar about all folders."""
        loaded = sum(s.playable for s in self.statuses if s.state == LOADED)
        parts = [tr("Organisationens mappar: {n} scenarier inlästa.").format(n=loaded)]
        missing = [s for s in self.statuses if s.state in (MISSING, FAILED)]
        slow = [s for s in self.statuses if s.state == SLOW]
        waiting = [s for s in self.statuses if s.state == WAITING]
        if missing:
            parts.append(tr("Går inte att nå: {folders}.").format(
                folders=", ".join(str(s.path) for s in missing)))
        if slow:
            parts.append(tr("Svarar inte: {folders}.").format(
                folders=", ".join(str(s.path) for s in slow)))
        if waiting:
            parts.append(tr("Läser fortfarande: {folders}.").format(
                folders=", ".join(str(s.path) for s in waiting)))
        return " ".join(parts)
