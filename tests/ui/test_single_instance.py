"""One window per caseload: a second start brings the first forward; a crash leaves no obstacle."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carebook.storage.caseload_lock import CaseloadLocked, acquire, lock_path
from carebook.ui import app
from carebook.ui.app import open_window
from carebook.ui.main_window import MainWindow
from carebook.ui.safety import single_instance
from carebook.ui.safety.single_instance import FirstInstance, server_name

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the start-up shows, answered at once."""
    shown: list[str] = []

    def record(_parent: QWidget | None, _title: str, text: str, *_more: object) -> None:
        shown.append(text)

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def first(qtbot: QtBot, sample_db: Path, messages: list[str]) -> Iterator[MainWindow]:
    """The first carebook window on the sample caseload, opened as `carebook --db` opens it."""
    window, status = open_window(str(sample_db))
    assert window is not None and status == 0 and messages == []
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.caseload.store.close()


def _instance(window: MainWindow) -> FirstInstance:
    instance = FirstInstance.of(window)
    assert instance is not None
    return instance


def test_the_socket_name_gives_nothing_of_the_path_away(tmp_path: Path) -> None:
    folder = tmp_path / "Agatha Quill"
    folder.mkdir()
    caseload = folder / "caseload.sqlite3"
    name = server_name(caseload)
    assert re.fullmatch(r"carebook-[0-9a-f]{16}", name)
    assert name == server_name(folder / ".." / "Agatha Quill" / "caseload.sqlite3")
    assert name != server_name(tmp_path / "caseload.sqlite3")


def test_a_second_start_brings_the_first_window_forward(
    qtbot: QtBot, first: MainWindow, sample_db: Path, messages: list[str]
) -> None:
    first.showMinimized()
    assert first.isMinimized()
    with qtbot.waitSignal(_instance(first).summoned, timeout=5000):
        window, status = open_window(str(sample_db))
    assert (window, status) == (None, 0)
    assert messages == [], "nothing to tell the user: the window they want is in front"
    assert not first.isMinimized()
    assert first.isVisible()


def test_a_second_carebook_process_hands_over_and_exits(
    qtbot: QtBot, first: MainWindow, sample_db: Path
) -> None:
    first.showMinimized()
    summoned: list[bool] = []
    _instance(first).summoned.connect(lambda: summoned.append(True))
    second = subprocess.Popen(
        [sys.executable, "-m", "carebook", "--db", str(sample_db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The first window answers from this process's event loop, so keep it turning.
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        out, err = second.communicate(timeout=10)
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
    assert second.returncode == 0, err
    assert out == "" and err == ""
    assert summoned == [True]
    assert not first.isMinimized()


def test_the_lock_is_held_from_before_the_welcome_dialog_until_the_window_goes(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    from carebook.ui.safety.first_run import FirstRunDialog

    new = tmp_path / "new.sqlite3"
    during: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, answer)
            return
        try:
            acquire(new).release()
            during.append("free")
        except CaseloadLocked:
            during.append("held")
        dialog.reject()

    QTimer.singleShot(0, answer)
    window, status = open_window(str(new))
    assert window is not None and status == 0
    assert during == ["held"]
    assert lock_path(new).exists()
    window.close()  # the window first (it may still write as it closes), then its caseload
    window.caseload.store.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not lock_path(new).exists(), timeout=5000)
    acquire(new).release()


def test_run_window_lets_go_of_the_caseload_at_exit(
    qtbot: QtBot, sample_db: Path, messages: list[str]
) -> None:
    during: list[str] = []

    def look_then_close() -> None:
        try:
            acquire(sample_db).release()
            during.append("free")
        except CaseloadLocked:
            during.append("held")
        # As the user does: closing the window ends the run. (QApplication.quit() from here
        # would leave a second Quit event behind that stops every later event loop at once.)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                widget.close()

    QTimer.singleShot(300, look_then_close)
    assert app.run_window(str(sample_db)) == 0
    assert during == ["held"]
    assert not lock_path(sample_db).exists()
    acquire(sample_db).release()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()


HOLDER = textwrap.dedent("""
    import sys, time
    from carebook.storage.caseload_lock import acquire
    lock = acquire(sys.argv[1])
    print("held", flush=True)
    time.sleep(60)
""")


def test_a_holder_that_does_not_answer_is_named(
    sample_db: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`carebook demo` (or a window too busy to answer) has the caseload: say who, and stop."""
    monkeypatch.setattr(single_instance, "REACH_WITHIN_MS", 600)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(sample_db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        window, status = open_window(str(sample_db))
    finally:
        holder.kill()
        holder.communicate()
    assert window is None and status == app.EXIT_ALREADY_OPEN
    assert len(messages) == 1
    assert messages[0].startswith(
        f"carebook is already open on this caseload (process {holder.pid} on this computer)."
    )
    assert "did not come forward" in messages[0]


#: A first window's start-up that then crashes: it holds the lock and listens on the socket.
CRASHING_FIRST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from carebook.ui.safety.single_instance import claim
    qt = QApplication([])
    instance = claim(Path(sys.argv[1]))
    print(instance.server.fullServerName() if instance.listening else "-", flush=True)
    time.sleep(60)
""")


@posix_only
def test_a_crashed_first_window_leaves_nothing_in_the_way(
    qtbot: QtBot, sample_db: Path, messages: list[str]
) -> None:
    crashed = subprocess.Popen(
        [sys.executable, "-c", CRASHING_FIRST, str(sample_db)], stdout=subprocess.PIPE, text=True
    )
    assert crashed.stdout is not None
    socket_file = crashed.stdout.readline().strip()
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.communicate()
    assert socket_file.startswith(QDir.tempPath()) or socket_file.startswith("/")
    assert Path(socket_file).exists(), "a crash leaves its socket behind"
    assert lock_path(sample_db).read_text().startswith(f"{crashed.pid}\n")

    window, status = open_window(str(sample_db))
    assert window is not None and status == 0 and messages == []
    qtbot.addWidget(window)
    instance = _instance(window)
    assert instance.listening, "the crashed window's socket was cleared away"
    assert lock_path(sample_db).read_text().startswith(f"{os.getpid()}\n")
    with qtbot.waitSignal(instance.summoned, timeout=5000):
        assert open_window(str(sample_db)) == (None, 0)
    window.close()
    window.caseload.store.close()


def test_a_welcome_dialog_comes_forward_for_a_second_start(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    from carebook.ui.safety.first_run import FirstRunDialog

    new = tmp_path / "new.sqlite3"
    second: list[object] = []

    def start_again() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstRunDialog):
            QTimer.singleShot(20, start_again)
            return
        dialog.setWindowState(Qt.WindowState.WindowMinimized)
        second.append(open_window(str(new)))
        second.append(dialog.isMinimized())
        dialog.reject()

    QTimer.singleShot(0, start_again)
    window, _status = open_window(str(new))
    assert second == [(None, 0), False]
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    window.caseload.store.close()
