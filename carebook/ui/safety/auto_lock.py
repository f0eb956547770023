"""The lock: after some minutes unused (or Ctrl+L) every window's content is covered until unlocked.

Each open window (the main window, a patient record, a form half filled in, a print preview)
gets a cover over all it shows, and no key or click reaches what is under it. Windows are
covered rather than hidden or disabled: hiding a dialog ends it and loses a half-typed form,
and disabling a window disables the dialogs it owns. Any cover unlocks them all, which matters
when a form is modal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Events through which a person acts on a window: none but a cover's get through a lock.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.DragEnter,
        QEvent.Type.Drop,
    }
)
#: What counts as the coordinator using carebook (a repaint or a timer does not).
_USE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class LockCover(QWidget):
    """What a locked window shows: nothing of the caseload, and a way back in."""

    unlock_requested = Signal(str)

    def __init__(self, window: QWidget, reason: str, needs_passphrase: bool) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setObjectName("lockCover")
        title = QLabel(self.tr("carebook is locked"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(reason, self)
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setVisible(needs_passphrase)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.button = QPushButton(self.tr("&Unlock"), self)
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        # A column of readable width in the middle of the window, whatever its size.
        column = QWidget(self)
        column.setFixedWidth(max(320, title.fontMetrics().horizontalAdvance("m") * 34))
        inner = QVBoxLayout(column)
        for label in (title, explanation, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            inner.addWidget(label)
        inner.insertWidget(2, self.passphrase)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        window.installEventFilter(self)  # to keep covering the window as it is resized
        self.setGeometry(window.rect())
        self.show()
        self.raise_()
        self.take_focus()
        # Disabling what lies under the cover moves the focus after this; take it back then.
        QTimer.singleShot(0, self, self.take_focus)

    def take_focus(self) -> None:
        wanted = self.passphrase if self.passphrase.isVisibleTo(self) else self.button
        wanted.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self.parentWidget()
        if window is not None and watched is window and event.type() == QEvent.Type.Resize:
            self.setGeometry(window.rect())
            self.raise_()
        return False

    def refuse(self) -> None:
        self.passphrase.clear()
        self.message.setText(self.tr("That is not the passphrase. Try again."))
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())


class AutoLock(QObject):
    """Watches for use; when none comes for `minutes` (or on `lock()`), covers every window.

    `verify` checks a passphrase; without one, unlocking takes a deliberate Unlock.
    """

    locked_changed = Signal(bool)

    def __init__(
        self, parent: QObject, minutes: int, verify: Callable[[str], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self.verify = verify
        self.locked = False
        self.minutes = minutes
        self._covers: list[LockCover] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock(idle=True))
        self.set_minutes(minutes)
        # Use is seen at the windows (a few events each), not on every widget's event through
        # the whole application: a filter there, in Python, doubled the time to open a record.
        # Only while locked does the whole application pass through the filter.
        self._watched: set[int] = set()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.focusWindowChanged.connect(self._watch)
            self._watch(application.focusWindow())

    def _watch(self, window: QWindow | None) -> None:
        """Watch a window for use, once, when it first takes the focus."""
        if window is not None and id(window) not in self._watched:
            self._watched.add(id(window))
            window.installEventFilter(self)
            key = id(window)
            window.destroyed.connect(lambda _gone=None: self._watched.discard(key))

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.setInterval(max(1, minutes) * 60_000)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked:
            if event.type() in _USE:
                self.timer.start()  # the count starts again
            return False
        # Locked: no key, click or shortcut reaches what the covers hide (Ctrl+2 would show the
        # patients, a key typed blind would land in a field); the covers' own still work.
        if not isinstance(watched, QWidget):
            # A window passes its input on to a widget, where it is judged; an action or a
            # shortcut object is never a cover's.
            return event.type() == QEvent.Type.Shortcut
        return event.type() in _INPUT and not self._in_cover(watched)

    def _in_cover(self, watched: QObject) -> bool:
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if isinstance(widget, LockCover):
                return True
            widget = widget.parentWidget()
        return False

    def lock(self, *, idle: bool = False) -> None:
        """Cover every window now."""
        owner = self.parent()
        if self.locked or (isinstance(owner, QWidget) and not owner.isVisible()):
            return  # a window already closed has nothing left to hide
        self.locked = True
        self.timer.stop()
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self)  # every event, to stop what the covers hide
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or calendar would float over the cover
        if not idle:
            reason = self.tr("Every patient detail is hidden.")
        elif self.minutes == 1:
            reason = self.tr("It was not used for 1 minute, so every patient detail is hidden.")
        else:
            reason = self.tr(
                "It was not used for {minutes} minutes, so every patient detail is hidden."
            ).format(minutes=self.minutes)
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or not window.isWindow():
                continue
            cover = LockCover(window, reason, self.verify is not None)
            cover.unlock_requested.connect(lambda text, c=cover: self._try(text, c))
            self._covers.append(cover)
        self.locked_changed.emit(True)

    def _try(self, passphrase: str, cover: LockCover) -> None:
        if not self.unlock(passphrase):
            cover.refuse()

    def unlock(self, passphrase: str = "") -> bool:
        """Uncover everything if the passphrase is right (or none is needed)."""
        if not self.locked:
            return True
        if self.verify is not None and not self.verify(passphrase):
            return False
        self.locked = False
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self)
        for cover in self._covers:
            cover.deleteLater()
            cover.hide()
        self._covers = []
        self.timer.start()
        self.locked_changed.emit(False)
        return True
