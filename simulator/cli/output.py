"""What the command line writes: text to a terminal without control characters, and files
that never replace the database's own files or an existing file without --force."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import TextIO

from simulator.store.own_files import os_reason

# C0 controls except tab and newline, DEL, C1 controls (U+009B is a one-character CSI), and the
# bidirectional overrides and isolates that reorder what is shown. Scenario text, names and
# file contents pass through here before they reach a terminal, so an ESC sequence in a file
# cannot clear the screen, retitle the window or hide text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    return _CONTROL.sub("", text)


class SafeStream:
    """A text stream wrapper that strips control characters from everything written."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class OutputRefused(Exception):
    """The output file cannot be written as asked; the message says why, in sv and en."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(en)
        self.sv = sv
        self.en = en

    def message(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


def protected_files(database: Path | None, data_dir: str | None = None) -> list[Path]:
    """Every file an export must not replace: the data folder's own files (the default folder,
    or ``data_dir`` from --data-dir) and ``database`` with its companions. The recovery folder
    is left to the app: nothing on the command line writes near it."""
    from simulator.store.datadir import data_dir as find_data_dir
    from simulator.store.own_files import own_files

    return own_files(find_data_dir(data_dir), [database] if database is not None else [])


def check_output(output: str, *, force: bool, protected: list[Path]) -> Path:
    """The path to write, or :class:`OutputRefused`: never one of Vägval's own files (also
    through another name or a link), and without `force` never a file that exists."""
    from simulator.store.own_files import same_file

    target = Path(output)
    if same_file(target, protected) is not None:
        raise OutputRefused(
            f"{output} är en av Vägvals egna filer (där resultat och inställningar sparas); "
            "välj ett annat filnamn.",
            f"{output} is one of Vägval's own files (where results and settings are kept); "
            "choose another file name.")
    with contextlib.suppress(OSError):
        mode = target.stat().st_mode  # the link's target, if it is one
        if not stat.S_ISREG(mode):
            # --force would rename the export over a folder, a device (as the administrator:
            # /dev/null itself) or a named pipe; no export is meant to go there.
            raise OutputRefused(
                f"{output} är ingen vanlig fil (utan en mapp, en enhet eller en namngiven "
                "pipe); välj ett filnamn.",
                f"{output} is not a regular file (but a folder, a device or a named pipe); "
                "choose a file name.")
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputRefused(
            f"{output} finns redan. Lägg till --force för att skriva över den.",
            f"{output} already exists. Add --force to overwrite it.")
    return target


def write_file(output: str, text: str, *, force: bool, protected: list[Path]) -> None:
    """Write `text` to `output` in full or not at all, after :func:`check_output`."""
    target = check_output(output, force=force, protected=protected)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temp = tempfile.mkstemp(prefix=".vagval-", dir=folder)
    except OSError as exc:
        raise _not_written(output, exc) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, target)  # replaces a link itself, never the file it points to
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _not_written(output, exc) from exc
        raise


def _not_written(output: str, exc: OSError) -> OutputRefused:
    """A write that failed, said in plain words in both languages (the OS's own text, which
    is English only, is the fall-back for the rare others)."""
    sv, en = os_reason(exc, "sv"), os_reason(exc, "en")
    return OutputRefused(f"{output} kunde inte sparas: {sv}. Ingenting har skrivits.",
                         f"{output} could not be saved: {en}. Nothing was written.")
