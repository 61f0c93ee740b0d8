"""The data folder's own files, which no export may replace.

An export written over ``vagval.db`` (or its ``-wal``) destroys every trainee's results; one
written over ``settings.ini``, the LRS secret or a recovery file loses settings or unsaved text.
Both the command line (``-o``) and the app's save dialogs ask :func:`own_file` before writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from pathlib import Path

# Every file Vägval keeps directly in the data folder. The databases have SQLite companions.
OWN_NAMES = ("vagval.db", "workshops.sqlite", "settings.ini", "errors.log", "errors.log.1",
             "lrs.json", "lrs-secret")
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")
# Folders inside the data folder whose every file is Vägval's own (unsaved studio text).
OWN_FOLDERS = ("recovery",)


def own_files(folder: Path | None, databases: Iterable[Path] = ()) -> list[Path]:
    """The files in ``folder`` (the data folder) that belong to Vägval, and any other database
    in ``databases`` (a store opened with a path of its own) with its SQLite companions."""
    out: list[Path] = []
    if folder is not None:
        for name in OWN_NAMES:
            out.append(folder / name)
            if name.endswith((".db", ".sqlite")):
                out += [folder / (name + suffix) for suffix in DATABASE_COMPANIONS]
    for database in databases:
        out.append(database)
        out += [database.with_name(database.name + suffix) for suffix in DATABASE_COMPANIONS]
    return out


def same_file(target: Path, candidates: Iterable[Path]) -> Path | None:
    """The first of ``candidates`` that ``target`` is — the same path, or the same file through
    another name, a symbolic link or a hard link."""
    real = os.path.realpath(target)
    for candidate in candidates:
        same = real == os.path.realpath(candidate)
        with contextlib.suppress(OSError):
            same = same or (target.exists() and candidate.exists() and target.samefile(candidate))
        if same:
            return candidate
    return None


def own_file(target: Path, folder: Path | None, databases: Iterable[Path] = ()) -> Path | None:
    """The own file that ``target`` would replace, or None when it is safe to write there."""
    found = same_file(target, own_files(folder, databases))
    if found is None and folder is not None:
        real = os.path.realpath(target)
        for name in OWN_FOLDERS:
            if real.startswith(os.path.realpath(folder / name) + os.sep):
                return folder / name
    return found


_REASONS = {
    errno.ENOENT: ("mappen finns inte", "the folder does not exist"),
    errno.ENOTDIR: ("en del av sökvägen är ingen mapp", "part of the path is not a folder"),
    errno.EACCES: ("du får inte skriva där", "you may not write there"),
    errno.EPERM: ("du får inte skriva där", "you may not write there"),
    errno.EROFS: ("platsen är skrivskyddad", "the place is read-only"),
    errno.ENOSPC: ("disken är full", "the disk is full"),
    errno.EDQUOT: ("din lagringskvot är full", "your storage quota is full"),
    errno.EISDIR: ("det är en mapp", "it is a folder"),
    errno.ENAMETOOLONG: ("namnet är för långt", "the name is too long"),
}


def os_reason(exc: OSError, lang: str = "sv") -> str:
    """Why a write failed, in plain words in Swedish or English (the operating system's own
    text, which is English only, for the rare others)."""
    fallback = exc.strerror or str(exc) or type(exc).__name__
    sv, en = _REASONS.get(exc.errno or 0, (fallback, fallback))
    return en if lang == "en" else sv
