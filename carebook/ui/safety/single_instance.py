"""One carebook window per caseload: starting a second one brings the first forward instead.

The first window holds the caseload's lock (`carebook.storage.caseload_lock`, which the command line
shares) and listens on a local socket (QLocalServer: a Unix-domain socket, or a named pipe on
Windows; never a network port). A second start on the same caseload finds the lock taken, sends
the first one `come-forward`, and exits once it has answered; only when nobody answers does it
say that carebook is already open, and where.

The socket's name is a hash of the user and the caseload's resolved path, so it says nothing of
the path (which may hold a client's name) to anyone listing sockets.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from carebook.core.words import translate
from carebook.storage.caseload_lock import CaseloadLock, CaseloadLocked, acquire

REQUEST = b"come-forward\n"
ANSWER = b"ok\n"
#: How long a second start keeps trying to reach the first: it may be just starting up.
REACH_WITHIN_MS = 3000
_OBJECT_NAME = "carebookSingleInstance"


def server_name(caseload: Path) -> str:
    """The local socket name for `caseload`: the same for every start by this user on this file,
    and free of the path and of anything in it."""
    resolved = Path(caseload).expanduser().resolve()
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        user = str(getattr(os, "getuid", lambda: "")())
    digest = hashlib.sha256(f"{user}\0{resolved}".encode("utf-8", "surrogatepass")).hexdigest()
    # Short: on Unix the name becomes a socket file in the temporary folder, and a socket's
    # whole path must fit in about 100 bytes. 64 bits tell a user's caseloads apart.
    return f"carebook-{digest[:16]}"


class AlreadyOpen(Exception):
    """Another carebook holds the caseload and did not come forward; str() says so for a dialog."""


class FirstInstance(QObject):
    """The caseload's one window's side: its lock, and the socket a second start asks through."""

    #: A second start asked, and the window was brought forward.
    summoned = Signal()

    def __init__(self, lock: CaseloadLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_OBJECT_NAME)
        self.lock = lock
        self.window: QWidget | None = None
        self.name = server_name(lock.caseload)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.name):
            # We hold the lock, so no other carebook has this caseload open: a socket left at
            # the name is a crashed one's, and is removed (Qt leaves it on Unix after a crash).
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        # If it still cannot listen, the window works alone; a second start then says where
        # carebook is open instead of bringing it forward.

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def attach(self, window: QWidget) -> None:
        """Bring `window` forward when asked; let the lock go when it is destroyed."""
        self.window = window
        self.setParent(window)
        # The lock itself (plain Python), not this object, which is deleted with the window.
        window.destroyed.connect(self.lock.release)

    def release(self) -> None:
        """Stop answering and let go of the caseload (at exit, or when the start is abandoned)."""
        self.server.close()
        self.lock.release()

    @staticmethod
    def of(window: QWidget) -> FirstInstance | None:
        found = window.findChild(QObject, _OBJECT_NAME)
        return found if isinstance(found, FirstInstance) else None

    def come_forward(self) -> None:
        """Show the window (or the dialog in front of it) above the others, with the focus."""
        modal = QApplication.activeModalWidget()
        shown = [widget for widget in (self.window, modal) if widget is not None]
        if not shown:
            return
        for widget in shown:  # the window first, so a dialog in front of it ends on top
            if widget.isMinimized():
                widget.setWindowState(
                    (widget.windowState() & ~Qt.WindowState.WindowMinimized)
                    | Qt.WindowState.WindowActive
                )
            widget.show()
            widget.raise_()
        shown[-1].activateWindow()
        self.summoned.emit()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > len(REQUEST):
                socket.abort()  # not one of ours
            return
        request = bytes(socket.readLine().data())
        if request == REQUEST:
            self.come_forward()
            socket.write(ANSWER)
            socket.flush()
        socket.disconnectFromServer()


def claim(caseload: Path) -> FirstInstance | None:
    """Become the one window on `caseload`.

    Returns the FirstInstance that holds its lock, or None when a carebook window already had it
    open and has come forward (nothing more to do). Raises AlreadyOpen when another carebook
    holds it and could not be reached, and caseload_lock.LockError when it cannot be locked.
    """
    try:
        return FirstInstance(acquire(caseload))
    except CaseloadLocked as locked:
        holder = locked.holder
        if (holder is None or holder.on_this_computer) and ask_to_come_forward(caseload):
            return None
        raise AlreadyOpen(already_open_message(locked)) from None


def already_open_message(locked: CaseloadLocked) -> str:
    holder = locked.holder
    if holder is not None and not holder.on_this_computer:
        return (
            translate(
                "SingleInstance",
                "%s\n\nOnly one carebook at a time may change a caseload: close it on that "
                "computer, then start carebook again.",
            )
            % locked
        )
    return (
        translate(
            "SingleInstance",
            "%s\n\nIt did not come forward when asked. Switch to that carebook window (or let "
            "the carebook command finish), then start carebook again if you need to.",
        )
        % locked
    )


def ask_to_come_forward(caseload: Path, within_ms: int | None = None) -> bool:
    """Ask the carebook window open on `caseload` to come forward; True once it said it did.

    Keeps trying for `within_ms` (REACH_WITHIN_MS unless given) while nothing listens, as the
    first may be starting up. Runs a local event loop rather than blocking, so a window in this
    same process (as in the tests) can answer too.
    """
    wait = REACH_WITHIN_MS if within_ms is None else within_ms
    if sys.platform == "win32":
        # Windows lets only the process the user just started take the foreground; this one
        # passes that on, so the first window can come to the front rather than only flash.
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
    deadline = time.monotonic() + wait / 1000
    name = server_name(caseload)
    while True:
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0:
            return False
        answered, reached = _ask_once(name, left)
        if answered:
            return True
        if reached:
            return False  # it took the call but did not answer: busy or not carebook
        _pause(min(150, left))  # not listening yet: it may be starting


def _ask_once(name: str, within_ms: int) -> tuple[bool, bool]:
    """(answered, reached) for one try at the socket `name`."""
    socket = QLocalSocket()
    loop = QEventLoop()
    received = bytearray()
    state = {"reached": False, "over": False}

    def finish(*_args: object) -> None:
        state["over"] = True
        loop.quit()

    def connected() -> None:
        state["reached"] = True
        socket.write(REQUEST)
        socket.flush()

    def read() -> None:
        received.extend(bytes(socket.readAll().data()))
        if b"\n" in received:
            finish()

    socket.connected.connect(connected)
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(finish)
    socket.disconnected.connect(finish)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(finish)
    timer.start(within_ms)
    socket.connectToServer(name)
    if not state["over"] and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        loop.exec()
    timer.stop()
    if socket.bytesAvailable():
        received.extend(bytes(socket.readAll().data()))
    socket.abort()
    return bytes(received).startswith(ANSWER), state["reached"]


def _pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
