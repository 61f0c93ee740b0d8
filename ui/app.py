"""Start the desktop app (placeholder window until the app issue replaces it)."""

from __future__ import annotations

import sys


def run() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Vägval")
    label.setWindowTitle("Vägval")
    label.resize(480, 240)
    label.show()
    return app.exec()
