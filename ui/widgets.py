"""Small shared widgets and helpers: headings, wrapped choice buttons, accessible names."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


def label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        lab.setProperty("role", role)
    return lab


def button(text: str, name: str | None = None, *, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name or text.replace("&", ""))
    if primary:
        b.setProperty("role", "primary")
    b.setAutoDefault(False)
    return b


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """The row with one named "Stäng" button that closes `dialog`."""
    from ui.i18n import tr

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(tr("Stäng"))
    close.setAccessibleName(tr("Stäng"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def set_shown(widget: QWidget, shown: bool) -> None:
    """Show or hide only on a change: every setVisible call relays out the parents."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def name(widget: QWidget, accessible: str, description: str = "") -> QWidget:
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class ChoiceButton(QPushButton):
    """A large button whose text wraps: choices are whole sentences."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.number = number
        self.choice_text = text
        self._label = QLabel(f"{number}.  {text}")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self._label)
        self.set_choice(number, text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAutoDefault(False)

    def set_choice(self, number: int, text: str) -> None:
        self.number = number
        self.choice_text = text
        self._label.setText(f"{number}.  {text}")
        self.setAccessibleName(f"{number}. {text}")
        self.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()  # Enter picks the focused choice, as Space does
            return
        super().keyPressEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._label.heightForWidth(max(50, width - 28)) + 24

    def sizeHint(self) -> QSize:
        w = max(300, self.width())
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(300, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A box layout does not always ask a button for its height-for-width; a minimum
        # height fitted to the current width keeps the wrapped text from being cut.
        super().resizeEvent(event)
        h = self.heightForWidth(self.width())
        if self.minimumHeight() != h:
            self.setMinimumHeight(h)


class FitScrollArea(QScrollArea):
    """A scroll area whose page is always as tall as its wrapped text needs.

    QScrollArea does not re-ask a page for its height-for-width when the page's content
    changes, so word-wrapped labels get squeezed; this area refits on every layout request.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._refit_timer = QTimer(self)  # dies with the area, so no late call on a dead page
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self.refit)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._refit_timer.start()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        # the default constraint would reset the page's minimum height on every activation
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.activate()
        width = self.viewport().width()
        needed = layout.totalHeightForWidth(width)
        if needed < 0:
            needed = layout.totalMinimumSize().height()
        if page.minimumHeight() != needed:
            page.setMinimumHeight(needed)
