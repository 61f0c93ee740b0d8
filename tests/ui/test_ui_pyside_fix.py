"""The guard against PySide6's lost references to None keeps a long session alive."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.ui.conftest import ROOT

LONG_SESSION = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, {root!r})
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    from ui import pyside_fix
    pyside_fix.install()
    label = QLabel()
    for _ in range(100_000):  # far more void calls than None's own reference count
        label.setText("x")
    print("alive")
""")


def test_a_long_session_of_void_calls_does_not_abort():
    code = LONG_SESSION.format(root=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
