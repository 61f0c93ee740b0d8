"""The trainer's own scenarios on disk: their folder, copies of shipped scenarios, saving
atomically with one backup, recovery files for unsaved text, and noticing outside changes.

The file on disk is the source of truth: the studio reads it, and writes it only on save.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from simulator.authoring.template import slug
from simulator.format.header import MAX_FILE_BYTES
from simulator.format.reading import read_file
from simulator.store.datadir import data_dir

OWN_FOLDER = "scenarios"  # inside the data folder
RECOVERY_FOLDER = "recovery"  # inside the data folder
BACKUP_SUFFIX = ".bak"
_ID_LINE = re.compile(r"^id:\s*(\S+)\s*$", re.M)


def own_scenarios_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the trainer's own scenarios (created on demand, never shipped content)."""
    return data_dir(override) / OWN_FOLDER


def free_path(folder: Path, stem: str) -> Path:
    """`folder/stem.md`, or `stem-2.md`, `stem-3.md` … if that is taken."""
    candidate = folder / f"{stem}.md"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.md"
        n += 1
    return candidate


def copy_for_editing(source: Path, folder: Path) -> Path:
    """Copy a scenario into `folder` under a new id, so the copy and the original can both
    stay in the library (duplicate ids are an error). Returns the new file."""
    text = read_file(source, MAX_FILE_BYTES).decode("utf-8", errors="replace")
    match = _ID_LINE.search(text)
    old_id = match.group(1) if match else slug(source.stem)
    new_id = f"{old_id}-kopia"
    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder, new_id)
    new_id = target.stem
    if match:
        text = text[:match.start(1)] + new_id + text[match.end(1):]
    save_atomic(target, text)
    return target


def save_atomic(path: Path, text: str, *, backup: bool = True) -> None:
    """Write `text` to `path` so a crash leaves either the old or the new file, never half of
    one (a temporary file in the same folder, flushed to disk, then renamed over the old one).
    With `backup`, the previous version is kept as `path.bak`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.is_file():
            path.with_name(path.name + BACKUP_SUFFIX).write_bytes(path.read_bytes())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@dataclass(frozen=True)
class Signature:
    """What the studio last read or wrote, to notice a change by another program."""

    size: int
    mtime_ns: int
    sha256: str


def signature(path: Path) -> Signature | None:
    try:
        data = read_file(path, MAX_FILE_BYTES)  # a FIFO or a huge file put in its place
        st = path.stat()
    except OSError:
        return None
    return Signature(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def changed_on_disk(path: Path, known: Signature | None) -> bool:
    """True when the file's content differs from what the studio last read or wrote."""
    now = signature(path)
    if now is None or known is None:
        return now != known
    return now.sha256 != known.sha256


def recovery_path(path: Path, override: str | os.PathLike[str] | None = None) -> Path:
    """Where unsaved text for `path` is kept between autosaves (one file per scenario file)."""
    key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    return data_dir(override) / RECOVERY_FOLDER / f"{slug(path.stem)}-{key}.md"


def write_recovery(path: Path, text: str, override: str | os.PathLike[str] | None = None) -> Path:
    target = recovery_path(path, override)
    save_atomic(target, text, backup=False)
    return target


def read_recovery(path: Path, current: str,
                  override: str | os.PathLike[str] | None = None) -> str | None:
    """Unsaved text left by a crash or a kill, if it differs from what is on disk now."""
    try:
        # A named pipe or a link to /dev/zero planted under the name must not hang the studio.
        text = read_file(recovery_path(path, override), MAX_FILE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return text if text != current else None


def drop_recovery(path: Path, override: str | os.PathLike[str] | None = None) -> None:
    with contextlib.suppress(OSError):
        recovery_path(path, override).unlink()
