"""Start the desktop app: show the window first, then load the engine, scenarios and store.

Only Qt and a few small ui modules are imported before the first paint; networkx,
sqlite-utils, markdown and the simulator come in `MainWindow.load_content`, run by a
zero-timer once the window is on screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.storage import ProgressStore


def create_window(scenario_paths: list[Path] | None = None,
                  store: ProgressStore | None = None) -> MainWindow:
    """Apply the saved settings and build the (not yet shown, not yet loaded) main window."""
    from PySide6.QtWidgets import QApplication

    from ui import pyside_fix, theme
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import Settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    pyside_fix.install()  # see ui/pyside_fix.py: PySide6 6.12 on Python 3.11 loses None refs
    settings = Settings.load()
    install_language(settings.language)
    theme.apply(app, settings.theme, settings.text_scale)
    from ui.widgets import install_enter_activates

    install_enter_activates()
    return MainWindow(settings, scenario_paths, store)


def application() -> QApplication:
    """The QApplication, named, with the window icon and the desktop entry's name."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ui.i18n import ASSETS

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Vägval")
    app.setDesktopFileName("vagval")  # matches packaging/linux/vagval.desktop (Wayland's icon)
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(ASSETS / "icons" / f"vagval-{size}.png"))
    app.setWindowIcon(icon)
    return app


def run(on_first_paint: Callable[[], None] | None = None) -> int:
    from PySide6.QtCore import QTimer

    from ui import errors

    app = application()
    windows: list[MainWindow] = []
    # The crash dialog says the answers are saved only while the store writes to its file.
    errors.install(durable=lambda: bool(windows) and bool(
        getattr(getattr(windows[0].state, "store", None), "durable", False)))
    window = create_window()
    windows.append(window)

    def after_paint() -> None:
        if on_first_paint is not None:
            on_first_paint()
        QTimer.singleShot(0, window.load_content)

    window.first_painted.connect(after_paint)
    window.show()
    return app.exec()


def import_everything() -> tuple[int, list[str]]:
    """Import every module of simulator and ui: in a frozen bundle this shows that nothing
    the app loads later (a screen, the workshop's vote server and its libraries) was left out."""
    import importlib
    import pkgutil

    import simulator
    import ui

    count, failures = 0, []
    for package in (simulator, ui):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                importlib.import_module(info.name)
                count += 1
            except Exception as exc:  # reported by the smoke test, which then fails
                failures.append(f"{info.name}: {type(exc).__name__}: {exc}")
    return count, failures


def smoke_test(timeout_ms: int = 60_000) -> int:
    """`main.py --smoke-test`: open the app as a user would, wait for the first paint and the
    loaded library, print one line about what was found, close and quit. Exit 0 only when the
    window painted and at least one scenario loaded; 1 otherwise (including after `timeout_ms`).
    The packaging check runs this from the frozen bundle."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from ui.i18n import qt_translation_loaded
    from ui.paths import data_dir

    app = application()
    window = create_window()
    outcome = {"code": 1}

    def loaded() -> None:
        state = window.state
        playable = 0 if state is None else len([e for e in state.entries if e.ok])
        qt_text = "yes" if qt_translation_loaded() else "no"
        imported, failures = import_everything()
        print(f"smoke-test: painted on {QGuiApplication.platformName()}, {playable} scenarios loaded, "
              f"Qt translation {qt_text}, {imported} modules import, data folder {data_dir()}",
              flush=True)
        for failure in failures:
            print(f"smoke-test: cannot import {failure}", flush=True)
        outcome["code"] = 0 if playable and not failures else 1
        window.close()
        app.quit()

    def too_slow() -> None:
        print(f"smoke-test: no library after {timeout_ms // 1000} s", flush=True)
        window.close()
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, window.load_content))
    window.content_loaded.connect(loaded)
    QTimer.singleShot(timeout_ms, too_slow)
    window.show()
    app.exec()
    return outcome["code"]
