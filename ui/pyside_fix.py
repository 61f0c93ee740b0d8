"""A guard against a reference-count fault in PySide6 6.12 on Python 3.11.

Every call of a Qt method that returns nothing (`label.setText(...)`, `widget.setVisible(...)`)
gives back `None` without counting the reference, so None's reference count falls by one per
call. On Python 3.12 and later None is immortal and nothing happens; on 3.11 the interpreter
aborts ("none_dealloc: deallocating None") after a few thousand such calls — minutes into a
session. This module measures whether the fault is present and, only then, raises None's
count far out of reach (which is what 3.12 does for every immortal object).

Remove it once the project requires Python 3.12 or a PySide6 release without the fault.
"""

from __future__ import annotations

import ctypes
import sys

_FAR = 1 << 40  # more calls than any session makes
_applied = False


def leaks_none() -> bool:
    """True if calling a void Qt method loses a reference to None."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def install() -> bool:
    """Apply the guard once if the fault is present; returns whether it is in place."""
    global _applied
    if not _applied and leaks_none():
        ctypes.c_ssize_t.from_address(id(None)).value += _FAR
        _applied = True
    return _applied
