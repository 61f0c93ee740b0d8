"""Reading a content file from disk, bounded: only a regular file, and at most a given size.

A path may name something that is not a file — a FIFO (reading it waits for a writer that
never comes), a device such as /dev/zero (endless), a directory — or a file far too large to
hold in memory. The library, `validate` and the authoring studio all read through
:func:`read_file`, which checks the open file itself (not the name, which could be swapped in
between) before reading a byte.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotAFile(OSError):
    """The path names a FIFO, a device, a socket or a directory."""


class FileTooLarge(OSError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, more than {limit}")
        self.size = size
        self.limit = limit


def read_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The whole file at ``path``; raises :class:`NotAFile`, :class:`FileTooLarge` or the
    OSError that opening or reading raised."""
    # Looked at before opening too, so a device or a FIFO is not even opened (opening a FIFO
    # releases a writer waiting on it; opening some devices does something).
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotAFile(f"{Path(path).name} is not a regular file")
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(f"{Path(path).name} is not a regular file")
        if info.st_size > limit:
            raise FileTooLarge(info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        raise FileTooLarge(len(data), limit)
    return data
