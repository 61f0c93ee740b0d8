"""Odd things planted where Vägval expects a small plain file (a named pipe that a writer is
waiting on, a link to /dev/zero), for the hostile-file tests of every reader.

A named pipe with nobody at the other end makes a plain ``open()`` wait for ever, so a test of
the old behaviour would hang rather than fail. Here a writer thread waits on the pipe and, when
a reader opens it, hands over ``data``: code that still opens the pipe gets readable content
(and the test's assertion that it was refused fails), code that refuses it never opens it.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def pipe_with_writer(path: Path, data: bytes) -> Iterator[list[bool]]:
    """A named pipe at ``path`` whose writer gives ``data`` to the first reader. Yields a list
    that holds True once a reader took the data."""
    os.mkfifo(path)
    # The writer opens the pipe through a second name (a hard link), so that code moving the
    # pipe aside before the thread got to open it cannot make the thread create a new file.
    anchor = path.with_name(f".{path.name}.writer")
    os.link(path, anchor)
    taken: list[bool] = []

    def write() -> None:
        with contextlib.suppress(OSError), open(anchor, "wb") as f:  # waits for a reader
            f.write(data)
            taken.append(True)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield taken
    finally:
        # Release the writer if nobody opened the pipe: open it ourselves, without waiting.
        with contextlib.suppress(OSError):
            fd = os.open(anchor, os.O_RDONLY | os.O_NONBLOCK)
            writer.join(5)
            os.close(fd)
        writer.join(5)
        with contextlib.suppress(OSError):
            anchor.unlink()


@contextlib.contextmanager
def pipe_with_reader(path: Path) -> Iterator[list[bytes]]:
    """A named pipe at ``path`` with a reader collecting whatever a writer sends."""
    os.mkfifo(path)
    got: list[bytes] = []

    def read() -> None:
        with contextlib.suppress(OSError), open(path, "rb") as f:  # waits for a writer
            got.append(f.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield got
    finally:
        with contextlib.suppress(OSError):
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)  # the reader is waiting: release it
            os.close(fd)
        reader.join(5)
