"""Small shared widgets and helpers: headings, wrapped choice buttons, accessible names."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
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


def mark_default(b: QPushButton) -> QPushButton:
    """Mark `b` as its screen's default action: drawn as the primary button, and named so a
    screen reader says that Ctrl+Enter runs it from anywhere on the screen."""
    from ui.i18n import tr

    b.setProperty("role", "primary")
    b.setProperty("default_action", True)
    b.setAccessibleDescription(tr("Standardval: Ctrl+Enter"))
    b.setToolTip(tr("Standardval: Ctrl+Enter"))
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


def _focused(widget: QWidget) -> bool:
    """The widget has the keyboard focus in its own window (the key event is meant for it)."""
    return widget.hasFocus() or widget.window().focusWidget() is widget


class EnterActivates(QObject):
    """Enter (Return or the keypad's Enter) on a focused button clicks it, as Space does.

    Qt lets Enter click only a dialog's auto-default button; a trainee working by keyboard
    expects Enter to press whatever button has the focus, on every screen and in every dialog.
    Installed once on the application by `install_enter_activates()`.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and isinstance(obj, QWidget) and _focused(obj)):
            # Ctrl+Enter: the screen's default action, if it has one (else the key goes on)
            activate = getattr(obj.window(), "activate_default", None)
            return bool(activate()) if callable(activate) else False
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(obj, (QPushButton, QToolButton)) and _focused(obj)
                and obj.isEnabled() and obj.isVisible() and not event.isAutoRepeat()):
            obj.click()
            return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(obj, (QRadioButton, QCheckBox)) and _focused(obj)
                and not isinstance(obj.window(), QDialog)):
            # on a screen (not in a dialog) Enter on an option runs the screen's default
            activate = getattr(obj.window(), "activate_default", None)
            if callable(activate):
                return bool(activate())
        return False


_enter_filter: EnterActivates | None = None


def install_enter_activates() -> None:
    """Install the Enter-clicks-the-focused-button filter on the application (once)."""
    global _enter_filter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None or _enter_filter is not None:
        return
    _enter_filter = EnterActivates(app)
    app.installEventFilter(_enter_filter)


def scroll_into_view(*widgets: QWidget, margin: int = 50) -> None:
    """Scroll the nearest scroll area holding the first widget so that each is on screen, in
    order (the last one wins when they do not all fit)."""
    if not widgets:
        return
    area = widgets[0].parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        for widget in widgets:
            area.ensureWidgetVisible(widget, margin, margin)


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

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        scroll_into_view(self)  # a choice reached by Tab is scrolled into view

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

    # The area takes the focus so that the arrow keys and Page Up/Down scroll its text; it
    # shows a frame (the style sheet's focus border) only while it has it.
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setFrameShape(QFrame.Shape.NoFrame)
        super().focusOutEvent(event)

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


class ElidedLabel(QLabel):
    """One line of plain text that never widens its window: shown cut with "…" when there is
    not room (a status bar at 200 % text), whole in ``text()`` and for screen readers."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)

    def shown_text(self) -> str:
        """What fits in the label's width now."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             max(1, self.contentsRect().width()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 200), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(align), self.shown_text())
        painter.end()


def compact_combo(box: QComboBox, characters: int = 24) -> QComboBox:
    """A drop-down as wide as about ``characters`` characters, not as its longest entry (a
    node's or scenario's title can be long); the open list still shows the entries whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


class FlowRow(QLayout):
    """Widgets side by side, wrapping onto further rows when the width runs out (a row of
    buttons at 200 % text): its least width is that of its widest item, not of the row."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem, /) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int, /) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int, /) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int, /) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect, /) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() + self.spacing() for i in self._shown())
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        return QSize(max(0, width - self.spacing()), height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out left to right, right-aligned per row; returns the height used."""
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = item.sizeHint().width()
            if rows[-1] and used + self.spacing() + w > rect.width():
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + w
            rows[-1].append(item)
        y = rect.y()
        for row in rows:
            if not row:
                continue
            height = max(i.sizeHint().height() for i in row)
            width = sum(i.sizeHint().width() for i in row) + self.spacing() * (len(row) - 1)
            x = rect.x() + max(0, rect.width() - width)
            for item in row:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), rect.width()),
                                                               height)))
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - rect.y() - self.spacing())


class WrapAnywhereDelegate(QStyledItemDelegate):
    """List items whose text wraps at word boundaries and, for a word longer than the list is
    wide (a document title at 200 % text in a narrow pane), anywhere: never cut, never a
    sideways scroll bar. Used with the list's horizontal scroll bar off."""

    PAD = 4

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _layout(self, text: str, font: QFont, width: int) -> tuple[QTextLayout, int]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, int(height + 0.999)

    def _width(self) -> int:
        return self._view.viewport().width() - 2 * self.PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        _, height = self._layout(text, option.font, self._width())
        return QSize(self._width(), height + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(opt.palette.color(role))
        layout, _ = self._layout(text, opt.font, opt.rect.width() - 2 * self.PAD)
        layout.draw(painter, QPointF(opt.rect.x() + self.PAD, opt.rect.y() + self.PAD))
        painter.restore()
