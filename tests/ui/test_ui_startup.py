"""The window is on screen before the heavy modules are imported."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.ui.conftest import ROOT

FIRST_PAINT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from PySide6.QtWidgets import QApplication
    from ui.app import run
    HEAVY = ("networkx", "sqlite_utils", "markdown", "simulator.engine.library", "simulator.store.progress")

    def painted():
        print(",".join(m for m in HEAVY if m in sys.modules) or "none", flush=True)
        QApplication.instance().quit()

    run(on_first_paint=painted)
    print(",".join(m for m in HEAVY if m in sys.modules), flush=True)
""")


def test_heavy_modules_load_after_the_first_paint(_private_data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VAGVAL_DATA_DIR=str(_private_data_dir))
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT.format(root=str(ROOT))],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-800:]
    at_paint = done.stdout.splitlines()[0]
    assert at_paint == "none"
