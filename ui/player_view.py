"""The player: narrative, case documents, choices as large buttons (keys 1–9), progress,
pause, and in "after each decision" mode the feedback on the decision just made."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.feedback_panel import FeedbackPanel
from ui.i18n import tr
from ui.markdown_view import MarkdownView
from ui.names import outcome_name
from ui.play import PlayController
from ui.widgets import (
    ChoiceButton,
    FitScrollArea,
    WrapAnywhereDelegate,
    button,
    label,
    mark_default,
    set_shown,
)
from ui.window_api import AppWindow

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from simulator.engine.session import StepResult
    from simulator.format.model import Choice, Document


class AutoHeightMarkdown(MarkdownView):
    """A Markdown view as tall as its text, so the page scrolls as one and nothing is cut."""

    def __init__(self) -> None:
        super().__init__()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_: object) -> None:
        self.document().setTextWidth(self.viewport().width())
        h = int(self.document().size().height()) + 2 * self.frameWidth() + 8
        if self.minimumHeight() != h:
            self.setMinimumHeight(h)
            self.setMaximumHeight(h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class _Header(QWidget):
    """The player's header rows. Its least width is that of its narrowest arrangement, not of
    the one it shows, so that a window can be made narrower and the header then rearranges
    itself (the layout alone would hold the window at the width of the widest row)."""

    def __init__(self, top: QHBoxLayout, tools: QHBoxLayout, arrange: Callable[[], None],
                 narrowest: Callable[[], int]) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        box.addLayout(top)
        box.addLayout(tools)
        self._arrange = arrange
        self._narrowest = narrowest
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._narrowest(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()


class PlayerView(QWidget):
    def __init__(self, controller: PlayController, window: AppWindow) -> None:
        super().__init__()
        self.controller = controller
        self.window_ = window
        self.new_document_ids: set[str] = set()
        self.choice_buttons: list[ChoiceButton] = []
        self._pool: list[ChoiceButton] = []
        self._shown: list[Choice] = []
        scenario = controller.scenario
        self.setAccessibleName(tr("Scenario: {title}").format(title=scenario.title))
        outer = QVBoxLayout(self)

        # The header: the title and where the trainee is, and the player's buttons beside
        # them when the window is wide enough, else on a row of their own (at 200 % text the
        # one row would be wider than a 1280-pixel screen): see _arrange_header.
        top = QHBoxLayout()
        self.title_label = label(scenario.title, "subheading")
        top.addWidget(self.title_label, 1)
        self.progress_label = label("", wrap=False)
        top.addWidget(self.progress_label)
        self.documents_button = button("")
        self.documents_button.setToolTip("Ctrl+D")
        self.documents_button.clicked.connect(self.toggle_documents)
        top.addWidget(self.documents_button)
        self.undo_button = button(tr("Ångra senaste beslutet"))
        self.undo_button.setToolTip(tr("Ctrl+Z – bara med återkoppling efter varje beslut. "
                                       "Det syns i genomgången att du gick tillbaka."))
        self.undo_button.clicked.connect(self.undo)
        top.addWidget(self.undo_button)
        self.pause_button = button(
            tr("Tillbaka till genomgången") if controller.is_what_if
            else tr("Pausa och gå till biblioteket"))
        self.pause_button.setToolTip(tr("Esc – inget går förlorat"))
        self.pause_button.clicked.connect(self.pause)
        top.addWidget(self.pause_button)
        self._top = top
        self._tools = QHBoxLayout()
        self._tools.addStretch(1)
        self._header_buttons = (self.documents_button, self.undo_button, self.pause_button)
        self._long = {self.undo_button: self.undo_button.text(),
                      self.pause_button: self.pause_button.text()}
        self._short = {self.undo_button: tr("Ångra"),
                       self.pause_button: tr("Tillbaka") if controller.is_what_if
                       else tr("Pausa")}
        self._tips = {b: b.toolTip() for b in self._short}
        self._header_mode = "full"
        self.header = _Header(top, self._tools, self._arrange_header, self._narrowest_header)
        outer.addWidget(self.header)
        if controller.is_what_if:
            banner = label(tr("Tänk om: du spelar vidare från beslut {n}. Det här räknas inte "
                              "in i ditt resultat.").format(n=(controller.what_if_from or 0) + 1),
                           "banner")
            outer.addWidget(banner)

        # Left: the narrative scrolls in the space the choices leave; the choices sit below it
        # in a panel of their own, sized to their text, so they are always on screen.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.story_scroll = FitScrollArea()
        self.story_scroll.setAccessibleName(tr("Berättelse"))
        page = QWidget()
        self.page_layout = QVBoxLayout(page)
        self.feedback_panel = FeedbackPanel(scenario)
        self.page_layout.addWidget(self.feedback_panel)
        self.node_title = label("", "heading")
        self.page_layout.addWidget(self.node_title)
        self.narrative = AutoHeightMarkdown()
        self.narrative.setAccessibleName(tr("Berättelse"))
        self.page_layout.addWidget(self.narrative)
        self.page_layout.addStretch(1)
        self.story_scroll.setWidget(page)
        left_layout.addWidget(self.story_scroll, 1)

        self.choices_scroll = FitScrollArea()
        self.choices_scroll.setAccessibleName(tr("Val"))
        self.choices_scroll.setProperty("role", "choices")
        choices_page = QWidget()
        choices_layout = QVBoxLayout(choices_page)
        choices_layout.setContentsMargins(0, 4, 0, 0)
        self.choices_heading = label(tr("Vad gör du? Välj med musen eller tangenterna 1–9."))
        choices_layout.addWidget(self.choices_heading)
        self.choices_box = QVBoxLayout()
        choices_layout.addLayout(self.choices_box)
        self.debrief_button = mark_default(button(tr("Se genomgången")))
        self.debrief_button.clicked.connect(self.show_debrief)
        choices_layout.addWidget(self.debrief_button)
        self.choices_scroll.setWidget(choices_page)
        left_layout.addWidget(self.choices_scroll)
        self.splitter.addWidget(left)

        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(label(tr("Handlingar i ärendet"), "subheading"))
        self.documents = QListWidget()
        self.documents.setAccessibleName(tr("Handlingar i ärendet"))
        self.documents.setWordWrap(True)
        # a title that is one long word wraps too, rather than scrolling sideways (200 % text)
        self.documents.setItemDelegate(WrapAnywhereDelegate(self.documents))
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.documents.currentItemChanged.connect(self._show_document)
        side_layout.addWidget(self.documents, 1)
        self.document_view = MarkdownView()
        self.document_view.setAccessibleName(tr("Vald handling"))
        side_layout.addWidget(self.document_view, 2)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        outer.addWidget(self.splitter, 1)
        # the trainee's choice to fold the pane away or keep it open; None: the view decides
        # (open, unless the choices would not fit beside it)
        self.documents_hidden: bool | None = None
        self._auto_folded = False
        self._fit_timer = QTimer(self)  # refit once the layout has settled after a change
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_choices)
        self.splitter.installEventFilter(self)
        fold = QAction(self)
        fold.setShortcut(QKeySequence("Ctrl+D"))
        fold.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        fold.triggered.connect(self._fold_shortcut)
        self.addAction(fold)
        back = QAction(self)
        back.setShortcut(QKeySequence("Ctrl+Z"))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.undo)
        self.addAction(back)

        # Keys 1-9 and Esc reach keyPressEvent from any child that does not use them; the
        # document list would use digits for its type-ahead search, so it hands them on.
        self.documents.installEventFilter(self)

        self._fill_documents(controller.session.documents, new=())
        self._show_node()
        if controller.last is not None and controller.mode == "direct":
            self._show_feedback(controller.last)

    def initial_focus(self) -> QWidget:
        return self.choice_buttons[0] if self.choice_buttons else self.debrief_button

    def default_button(self) -> QWidget | None:
        return self.debrief_button if self.controller.finished else None

    # -- layout ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_choices()

    def _arrange_header(self) -> None:
        """Everything on one row when it fits with room for the title; else the undo and
        pause buttons with short labels ("Ångra", "Pausa": the full words stay their tooltip
        and accessible name); else those on a row of their own below the title. At 200 %
        text on a 1280-pixel screen the full row would be 1,559 pixels wide, and a second row
        costs the choices the height they need on a 720-pixel screen."""
        layout = self.layout()
        spacing = max(0, self._top.spacing())
        fixed = (self.title_label.minimumSizeHint().width() + 60
                 + self.progress_label.sizeHint().width() + spacing)
        shown = [b for b in self._header_buttons if not b.isHidden()]

        def width_with(compact: bool) -> int:
            total = fixed
            for b in shown:
                text = b.text()
                if b in self._short:
                    text = self._short[b] if compact else self._long[b]
                metrics = b.fontMetrics()
                padding = b.sizeHint().width() - metrics.horizontalAdvance(b.text())
                total += metrics.horizontalAdvance(text) + padding + spacing
            return total

        width = self.header.width()
        if width >= width_with(False):
            mode = "full"
        elif width >= width_with(True):
            mode = "compact"
        else:
            mode = "two_rows"
        if mode == self._header_mode or layout is None:
            return
        moves = (mode == "two_rows") != (self._header_mode == "two_rows")
        self._header_mode = mode
        for b, short in self._short.items():
            long_text, tip = self._long[b], self._tips[b]
            b.setText(long_text if mode == "full" else short)
            b.setAccessibleName(long_text)
            b.setToolTip(tip if mode == "full" else f"{long_text}\n{tip}")
        if not moves:
            return  # "full" and "compact" share the title's row
        source, target = ((self._tools, self._top) if mode != "two_rows"
                          else (self._top, self._tools))
        for b in self._header_buttons:
            source.removeWidget(b)
            target.addWidget(b)

    def _narrowest_header(self) -> int:
        """The header's least width: the title and progress on one row, the buttons with
        their short labels on the next."""
        spacing = max(0, self._top.spacing())
        first = (self.title_label.minimumSizeHint().width() + spacing
                 + self.progress_label.sizeHint().width())
        second = 0
        for b in self._header_buttons:
            if b.isHidden():
                continue
            metrics = b.fontMetrics()
            padding = b.sizeHint().width() - metrics.horizontalAdvance(b.text())
            second += metrics.horizontalAdvance(self._short.get(b, b.text())) + padding + spacing
        return max(first, second)

    def fit_choices(self) -> None:
        """Give the choices the height their text needs, the narrative the rest.

        The narrative keeps at least a few lines. When the choices would not fit beside the
        documents pane, the pane folds away (its button says how many documents there are)
        unless the trainee opened it; if they still need more than is left, their own panel
        scrolls and follows the keyboard focus. Either way the choices are never pushed below
        the window's edge by a long narrative or feedback."""
        panel = self.choices_scroll
        available = self.splitter.height()
        story_min = self.fontMetrics().height() * 4
        room = max(available - story_min, available // 2)
        if self.documents_hidden is None and self.documents.count():
            full = self.splitter.width() - 2 * panel.frameWidth()
            beside = full - (self.side.width() + self.splitter.handleWidth()
                             if self.side.isVisible() else
                             int(full * 0.3) + self.splitter.handleWidth())
            fold = self._choices_height(beside) > room
            if fold != self._auto_folded:
                self._auto_folded = fold
                self._update_documents_pane()
        height = min(self._choices_height(max(1, panel.viewport().width())), room)
        if panel.minimumHeight() != height or panel.maximumHeight() != height:
            panel.setFixedHeight(max(1, height))

    def _choices_height(self, width: int) -> int:
        """The height the choices panel needs at `width`, from each widget's own height for
        that width (the layout's answer is held up by the buttons' current minimum heights)."""
        page = self.choices_scroll.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return 0
        m = layout.contentsMargins()
        inner = max(1, width - m.left() - m.right())
        shown = [w for w in (self.choices_heading, *self.choice_buttons, self.debrief_button)
                 if not w.isHidden()]
        total = m.top() + m.bottom() + layout.spacing() * max(0, len(shown) - 1)
        for w in shown:
            total += (w.heightForWidth(inner) if w.hasHeightForWidth()
                      else w.sizeHint().height())
        return total + 2 * self.choices_scroll.frameWidth()

    def documents_folded(self) -> bool:
        if self.documents_hidden is None:
            return self._auto_folded
        return self.documents_hidden

    def _fold_shortcut(self) -> None:
        if self.documents.count():
            self.toggle_documents()

    def toggle_documents(self) -> None:
        self.documents_hidden = not self.documents_folded()
        self._update_documents_pane()
        if not self.documents_hidden and self.documents.count():
            self.documents.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_documents_pane(self) -> None:
        """No room for the documents pane while there are none; otherwise the trainee's
        choice. The button says how many there are, so a folded pane hides nothing."""
        n = self.documents.count()
        folded = self.documents_folded()
        set_shown(self.side, n > 0 and not folded)
        set_shown(self.documents_button, n > 0)
        text = (tr("Visa handlingar (%n)", None, n) if folded
                else tr("Dölj handlingar (%n)", None, n))
        self.documents_button.setText(text)
        self.documents_button.setAccessibleName(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        if obj is self.documents and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        return super().eventFilter(obj, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return self.choose_number(key - Qt.Key.Key_0)
        if key == Qt.Key.Key_Escape:
            self.pause()
            return True
        return False

    # -- commands -------------------------------------------------------------------------------
    def choose_number(self, number: int) -> bool:
        if 1 <= number <= len(self.choice_buttons):
            self.choice_buttons[number - 1].click()
            return True
        return False

    def _clicked(self, index: int) -> None:
        if index < len(self._shown) and not self.controller.finished:
            self.choose(self._shown[index])

    def choose(self, choice: Choice) -> None:
        result = self.controller.choose(choice.id)  # saved before the next node is shown
        had_new = bool(self.new_document_ids)
        store = self.controller.store
        problem = store.take_problem() if store is not None else None
        if problem is not None:
            self.window_.report_store_problem(problem)
        if result.new_documents or had_new:  # the list changes only when documents arrive
            self._fill_documents(self.controller.session.documents,
                                 new=[d.id for d in result.new_documents])
        if self.controller.mode == "direct":
            self._show_feedback(result, choice)
        self._show_node()
        self.initial_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self.story_scroll.verticalScrollBar().setValue(0)

    def undo(self) -> None:
        """Practice mode: back to just before the last decision (recorded in the attempt)."""
        if not self.controller.can_undo():
            return
        had = {d.id for d in self.controller.session.documents}
        self.controller.undo()
        if had != {d.id for d in self.controller.session.documents}:
            self._fill_documents(self.controller.session.documents, new=())
        set_shown(self.feedback_panel, False)
        self._show_node()
        self.initial_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self.story_scroll.verticalScrollBar().setValue(0)

    def pause(self) -> None:
        if self.controller.is_what_if and self.controller.origin is not None:
            self.window_.show_debrief(self.controller.origin)
        else:
            self.window_.show_library()

    def show_debrief(self) -> None:
        self.window_.show_debrief(self.controller)

    def shutdown(self) -> None:
        """The window drops this screen (another screen, or the window closes): the attempt is
        left part-way, unless the screen that replaces this one plays the same attempt (the
        player rebuilt after a language change)."""
        current = self.window_.current_screen()
        if (isinstance(current, PlayerView) and current is not self
                and current.controller is self.controller):
            return
        self.controller.leave()

    # -- drawing --------------------------------------------------------------------------------
    def _show_node(self) -> None:
        c = self.controller
        node = c.session.node
        self.node_title.setText(node.title or "")
        set_shown(self.node_title, bool(node.title))
        self.narrative.set_markdown(node.text)
        # Buttons are reused from a pool: building and styling new ones each step is slow.
        self._shown = c.ordered_choices()
        for n, choice in enumerate(self._shown, start=1):
            if n > len(self._pool):
                b = ChoiceButton(n, choice.text)
                b.clicked.connect(lambda _=False, i=n - 1: self._clicked(i))
                self.choices_box.addWidget(b)
                self._pool.append(b)
            else:
                self._pool[n - 1].set_choice(n, choice.text)
            set_shown(self._pool[n - 1], True)
        for b in self._pool[len(self._shown):]:
            set_shown(b, False)
        self.choice_buttons = self._pool[:len(self._shown)]
        finished = c.finished
        set_shown(self.undo_button, c.can_undo())
        set_shown(self.choices_heading, not finished)
        set_shown(self.debrief_button, finished)
        if finished:
            self.progress_label.setText(tr("Slut: {outcome}").format(
                outcome=outcome_name(node.ending)))
            self.debrief_button.setText(tr("Se genomgången") if not c.is_what_if
                                        else tr("Se resultatet av tänk om"))
        else:
            p = c.progress()
            self.progress_label.setText(tr("Beslut {n} av cirka {m}").format(n=p.decision,
                                                                             m=p.about))
        self.progress_label.setAccessibleName(self.progress_label.text())
        # never squeezed by a long title beside it: the title wraps instead
        self.progress_label.setMinimumWidth(self.progress_label.sizeHint().width())
        self.header.updateGeometry()
        self._arrange_header()
        self.story_scroll.refit()
        self.choices_scroll.refit()
        self.fit_choices()
        self._fit_timer.start()

    def _show_feedback(self, result: StepResult, choice: Choice | None = None) -> None:
        if choice is None:
            choice = self.controller.scenario.choice(result.step.choice)
        self.feedback_panel.show_step(choice, result)

    def _fill_documents(self, documents: Sequence[Document], new: Iterable[str]) -> None:
        self.new_document_ids = set(new)
        current = self.documents.currentRow()
        self.documents.blockSignals(True)
        self.documents.clear()
        for d in documents:
            text = d.title
            if d.id in self.new_document_ids:
                text = tr("NY") + ": " + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d)
            if d.id in self.new_document_ids:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.documents.addItem(item)
        self.documents.blockSignals(False)
        if self.documents.count():
            row = next((i for i, d in enumerate(documents) if d.id in self.new_document_ids),
                       max(0, current))
            self.documents.setCurrentRow(min(row, self.documents.count() - 1))
            self._show_document(self.documents.currentItem())
        self._update_documents_pane()

    def _show_document(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is None:
            return
        d = item.data(Qt.ItemDataRole.UserRole)
        self.document_view.set_markdown(f"### {d.title}\n\n{d.text}")
