"""Where the projector view goes: full screen on a second screen when there is one, otherwise
on a page of the same window that the facilitator toggles to (P) and back (P or Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.workshop.presentation import PresentationView


def second_screen_available() -> bool:
    return len(QGuiApplication.screens()) > 1


class ProjectorHost:
    """Mixin for a facilitator screen: holds `self.presentation` and shows it the right way."""

    stack: QStackedWidget
    presentation: PresentationView
    separate: bool

    def host_projector(self, owner: QWidget, facilitator_page: QWidget,
                       presentation: PresentationView, separate: bool | None) -> None:
        self.presentation = presentation
        self.separate = second_screen_available() if separate is None else separate
        self.stack = QStackedWidget()
        self.stack.addWidget(facilitator_page)
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        presentation.forward_keys = self.forward_key  # type: ignore[attr-defined]
        if self.separate:
            presentation.setParent(owner, Qt.WindowType.Window)  # closes with the screen
            screens = QGuiApplication.screens()
            target = screens[1] if len(screens) > 1 else screens[0]
            presentation.setGeometry(target.geometry())
            presentation.showFullScreen()
        else:
            self.stack.addWidget(presentation)

    def projector_visible(self) -> bool:
        if self.separate:
            return self.presentation.isVisible()
        return self.stack.currentWidget() is self.presentation

    def toggle_projector(self) -> None:
        """One screen: switch between the facilitator page and the projector page. Two
        screens: bring the projector window back if it was closed."""
        if self.separate:
            if not self.presentation.isVisible():
                self.presentation.showFullScreen()
            self.presentation.raise_()
            return
        showing = self.stack.currentWidget() is self.presentation
        self.stack.setCurrentIndex(0 if showing else 1)
        # the room sees the projector page alone: the app's toolbar goes while it is shown
        toolbar = getattr(self.stack.window(), "toolbar", None)
        if isinstance(toolbar, QWidget):
            toolbar.setVisible(showing)
        refresh = getattr(self, "refresh", None)
        if callable(refresh):
            refresh()
        self.focus_facilitator()

    def focus_facilitator(self) -> None:
        host = self.stack.parentWidget()
        if host is not None:
            host.setFocus(Qt.FocusReason.OtherFocusReason)

    def forward_key(self, event: QKeyEvent) -> bool:
        handler = getattr(self, "handle_key", None)
        return bool(handler(event)) if handler is not None else False
