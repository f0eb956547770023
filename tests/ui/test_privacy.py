"""Privacy hygiene: no patient data in settings or logs, no stray temporary files, no network.

One session of a coordinator's work in the window (a new patient typed in, searched for, opened,
edited, undone and redone; the day sheet previewed and saved as PDF; the patient exported as
FHIR; a second start on the same caseload) is run under each watch in turn.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLoggingCategory, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from carebook.cli.main import main
from carebook.ui.app import open_window
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_reports import export_fhir
from carebook.ui.printing.report_preview import ReportPreview
from carebook.ui.safety.single_instance import FirstInstance

GIVEN, FAMILY = "Wilhelmina", "Quarrington-Vasquez"
PHONE, NEW_PHONE = "0117 496 0372", "0117 496 0845"
#: What must never show up outside the caseload: the name, and the phones in any spacing.
SECRETS = (GIVEN, FAMILY, PHONE, NEW_PHONE, PHONE.replace(" ", ""), NEW_PHONE.replace(" ", ""))
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
Key = Qt.Key


@pytest.fixture(autouse=True)
def fresh_settings(qapp: QApplication) -> Iterator[None]:
    QCoreApplication.setOrganizationName("carebook")
    QCoreApplication.setApplicationName("carebook")
    QSettings().clear()
    yield
    QSettings().clear()


# -- driving the window ---------------------------------------------------------------------------


class Dialogs:
    """Answers modal dialogs from timers, once each is on screen."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.pending = 0

    def expect(self, kind: type[QWidget], answer: Callable[[Any], None]) -> None:
        self.pending += 1
        deadline = time.monotonic() + 5

        def poll() -> None:
            top = QApplication.activeModalWidget()
            if isinstance(top, kind) and top.isVisible() and not top.property("answered"):
                top.setProperty("answered", True)
                self.pending -= 1
                try:
                    answer(top)
                except BaseException as error:  # reported by settle(), after closing it
                    self.problems.append(f"{kind.__name__}: {error!r}")
                    if isinstance(top, QDialog):
                        top.reject()
                return
            if time.monotonic() > deadline:
                self.pending -= 1
                self.problems.append(f"{kind.__name__} never appeared")
                return
            QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    def settle(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(
            lambda: self.pending == 0 and QApplication.activeModalWidget() is None, timeout=15000
        )
        assert not self.problems, self.problems


def keys(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key as the user presses it: into the focused widget of `widget`'s window, in front."""
    if not widget.window().isActiveWindow():
        widget.window().activateWindow()
        qtbot.waitUntil(widget.window().isActiveWindow, timeout=3000)
    target = QApplication.focusWidget()
    if target is None or target.window() is not widget.window():
        target = widget.window().focusWidget() or widget
    qtbot.keyClick(target, key, modifier)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    target = widget.window().focusWidget() or widget
    qtbot.keyClicks(target, text)


def session(qtbot: QtBot, caseload_file: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coordinator's session in the window, from start to close."""

    def never(_parent: object, title: str, text: str, *_more: object) -> None:
        raise AssertionError(f"unexpected message: {title}: {text}")

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, never)
    window, status = open_window(str(caseload_file))
    assert window is not None and status == 0
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    store = window.caseload.store
    dialogs = Dialogs()

    def new_patient(form: RecordForm[Any]) -> None:
        type_into(qtbot, form, GIVEN)
        keys(qtbot, form, Key.Key_Tab)
        type_into(qtbot, form, FAMILY)
        form.editor("phone").setFocus()
        type_into(qtbot, form, PHONE)
        keys(qtbot, form, Key.Key_Return)

    keys(qtbot, window, Key.Key_3, CTRL)  # Patients
    dialogs.expect(RecordForm, new_patient)
    keys(qtbot, window, Key.Key_N, CTRL)
    dialogs.settle(qtbot)
    row = store.conn.execute("SELECT id FROM patient WHERE family = ?", [FAMILY]).fetchone()
    assert row is not None, "the new patient was not saved"
    patient_id = int(row[0])

    keys(qtbot, window, Key.Key_F, CTRL)  # search for them, as one does
    type_into(qtbot, window, FAMILY[:8])
    tab = window.tabs.currentWidget()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)  # type: ignore[attr-defined]
    tab.table.setFocus()  # type: ignore[attr-defined]
    tab.table.selectRow(0)  # type: ignore[attr-defined]

    def new_phone(form: RecordForm[Any]) -> None:
        form.editor("phone").setFocus()
        keys(qtbot, form, Key.Key_A, CTRL)
        type_into(qtbot, form, NEW_PHONE)
        keys(qtbot, form, Key.Key_Return)

    dialogs.expect(RecordForm, new_phone)
    keys(qtbot, window, Key.Key_F2)
    dialogs.settle(qtbot)
    keys(qtbot, window, Key.Key_Z, CTRL)  # undo the new phone, then redo it
    keys(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    keys(qtbot, window, Key.Key_Return)  # the patient's whole record
    qtbot.waitUntil(lambda: patient_id in patient_record._OPEN)
    record = patient_record._OPEN[patient_id]
    for section in (Key.Key_2, Key.Key_3, Key.Key_9):
        keys(qtbot, record, section, Qt.KeyboardModifier.AltModifier)

    saved_as: list[Path] = [out / "day.pdf", out / "record.json"]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(saved_as.pop(0)), "")
    )

    def save_and_close(preview: ReportPreview) -> None:
        preview.save_pdf()
        preview.reject()

    window.activateWindow()
    keys(qtbot, window, Key.Key_2, CTRL)  # the Agenda, and its day sheet
    for number in (Key.Key_4, Key.Key_5, Key.Key_6, Key.Key_2):
        keys(qtbot, window, number, CTRL)
    dialogs.expect(ReportPreview, save_and_close)
    keys(qtbot, window, Key.Key_P, CTRL)
    dialogs.settle(qtbot)
    assert export_fhir(window.caseload, patient_id, record) == out / "record.json"
    assert (out / "day.pdf").stat().st_size > 0

    assert open_window(str(caseload_file)) == (None, 0)  # a second start: the first comes forward

    record.close()
    window.close()
    # As run_window ends: the caseload closed, then let go.
    store.close()
    instance = FirstInstance.of(window)
    assert instance is not None
    instance.release()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _text(value: object) -> str:
    if isinstance(value, QByteArray):
        return bytes(value.data()).decode("latin-1")
    if isinstance(value, bytes | bytearray):
        return bytes(value).decode("latin-1")
    return str(value)


def _leaks(text: str) -> list[str]:
    folded = text.casefold()
    return [secret for secret in SECRETS if secret.casefold() in folded]


# -- settings -------------------------------------------------------------------------------------


def test_no_patient_data_in_settings(
    qtbot: QtBot, sample_db: Path, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session(qtbot, sample_db, out, monkeypatch)
    settings = QSettings()
    settings.sync()
    keys_and_values = [(key, _text(settings.value(key))) for key in settings.allKeys()]
    assert keys_and_values, "the window keeps its layout in QSettings"
    for key, value in keys_and_values:
        assert not _leaks(key) and not _leaks(value), (key, value)
    on_disk = Path(settings.fileName())
    assert on_disk.exists()
    assert not _leaks(on_disk.read_bytes().decode("latin-1"))


# -- logs -----------------------------------------------------------------------------------------


def test_no_patient_data_in_logs(
    qtbot: QtBot,
    sample_db: Path,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    qtlog: Any,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # every Python logger, at its most talkative
    QLoggingCategory.setFilterRules("*.debug=true")  # and every Qt category
    try:
        session(qtbot, sample_db, out, monkeypatch)
    finally:
        QLoggingCategory.setFilterRules("")
    said = [record.getMessage() for record in caplog.records]
    said += [record.message for record in qtlog.records]
    captured = capfd.readouterr()
    said += [captured.out, captured.err]
    assert any(said), "the watch caught nothing at all: is it listening?"
    for text in said:
        assert not _leaks(text), text[:500]


# -- temporary files ------------------------------------------------------------------------------


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder, for this test alone (Qt reads TMPDIR too): anything
    created there is ours, whatever else runs on the machine."""
    folder = tmp_path / "t"  # short: a local socket's whole path must fit in ~100 bytes
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


EXPORTS = [
    ["agenda", "--format", "html", "-o", "{out}/day.html"],
    ["agenda", "--format", "pdf", "-o", "{out}/day.pdf", "--patient-sheets"],
    ["careplan", "{patient}", "--format", "fhir", "-o", "{out}/record.json"],
    ["careplan", "{patient}", "--format", "pdf", "-o", "{out}/summary.pdf"],
    ["medlist", "{patient}", "--format", "html", "-o", "{out}/meds.html"],
]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda command: "-".join(command[:3]))
def test_exports_leave_no_stray_files_when_they_fail_or_succeed(
    sample_db: Path,
    out: Path,
    private_temp: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    from carebook.store.caseload import Store

    store = Store.open(sample_db)
    patient = str(store.conn.execute("SELECT patient_id FROM care_plan LIMIT 1").fetchone()[0])
    store.close()
    argv = [part.format(out=out, patient=patient) for part in command] + ["--db", str(sample_db)]
    target = Path(argv[argv.index("-o") + 1])
    beside = sorted(path.name for path in sample_db.parent.iterdir())

    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as full:
        full.setattr(os, "fsync", no_room)  # the disk fills as the export is made durable
        assert main(argv) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(out.iterdir()) == [], "a failed export leaves nothing, not even half a file"
    assert list(private_temp.iterdir()) == []

    assert main(argv) == 0
    capsys.readouterr()
    assert [path.name for path in out.iterdir()] == [target.name]
    assert target.stat().st_mode & 0o077 == 0, "readable by its owner only"
    assert list(private_temp.iterdir()) == []
    assert sorted(path.name for path in sample_db.parent.iterdir()) == beside


def test_the_window_leaves_no_stray_files_either(
    qtbot: QtBot, sample_db: Path, out: Path, private_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beside = sorted(path.name for path in sample_db.parent.iterdir())
    session(qtbot, sample_db, out, monkeypatch)
    assert sorted(path.name for path in out.iterdir()) == ["day.pdf", "record.json"]
    assert list(private_temp.iterdir()) == [], "the session's local socket is gone too"
    leftover = sorted(path.name for path in sample_db.parent.iterdir())
    assert [name for name in leftover if name not in beside and name != "exports"] == [], (
        "no lock file, no journal left beside the caseload"
    )


# -- the network ----------------------------------------------------------------------------------


class NetworkWatch:
    """Records (and refuses) every attempt to reach the network; local sockets pass."""

    LOCAL = frozenset({getattr(socket, "AF_UNIX", -1)})

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        watch = self

        def connect(self: socket.socket, address: Any) -> None:
            watch._check(self.family, address)
            real_connect(self, address)

        def connect_ex(self: socket.socket, address: Any) -> int:
            watch._check(self.family, address)
            return real_connect_ex(self, address)

        def create_connection(address: Any, *_args: Any, **_kw: Any) -> socket.socket:
            watch._refuse(f"create_connection{address!r}")
            raise AssertionError("unreachable")

        def getaddrinfo(host: Any, port: Any, *_args: Any, **_kw: Any) -> Any:
            watch._refuse(f"getaddrinfo({host!r}, {port!r})")

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        try:
            from PySide6 import QtNetwork
        except ImportError:  # PySide6-Essentials may come without it: then nothing to watch
            return
        real_init = QtNetwork.QNetworkAccessManager.__init__

        def manager(self: Any, *args: Any, **kw: Any) -> None:
            watch.attempts.append("QNetworkAccessManager()")
            real_init(self, *args, **kw)

        monkeypatch.setattr(QtNetwork.QNetworkAccessManager, "__init__", manager)

    def _check(self, family: int, address: Any) -> None:
        if family not in self.LOCAL:
            self._refuse(f"connect({family!r}, {address!r})")

    def _refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise OSError(errno.ENETUNREACH, f"the test forbids the network: {what}")


def _inet_sockets_open() -> set[str]:
    """This process's open Internet sockets, as the kernel lists them (Linux)."""
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        path = Path("/proc/self/net") / table
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.add(f"{table} {fields[1]} -> {fields[2]}")
    return found


def test_the_window_never_reaches_for_the_network(
    qtbot: QtBot, sample_db: Path, out: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    watch = NetworkWatch(monkeypatch)
    # The watch itself: a local socket passes, an Internet one is caught.
    if hasattr(socket, "AF_UNIX"):
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(tmp_path / "s"))
        server.listen()
        client = socket.socket(socket.AF_UNIX)
        client.connect(str(tmp_path / "s"))
        client.close()
        server.close()
    with pytest.raises(OSError, match="forbids the network"):
        socket.create_connection(("192.0.2.1", 443))
    with (
        socket.socket(socket.AF_INET) as internet,
        pytest.raises(OSError, match="forbids the network"),
    ):
        internet.connect(("192.0.2.1", 443))
    assert len(watch.attempts) == 2
    watch.attempts.clear()

    # Qt's own sockets (in C++) never pass through Python: the kernel's list of this process's
    # sockets is watched too, all through the session.
    seen: set[str] = set()
    sampler = QTimer()
    if Path("/proc/self/net/tcp").exists():
        before = _inet_sockets_open()
        sampler.timeout.connect(lambda: seen.update(_inet_sockets_open() - before))
        sampler.start(5)
    try:
        session(qtbot, sample_db, out, monkeypatch)
    finally:
        sampler.stop()
    assert watch.attempts == []
    assert seen == set()


def test_the_command_line_exports_never_reach_for_the_network(
    sample_db: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    watch = NetworkWatch(monkeypatch)
    db = ["--db", str(sample_db)]
    from carebook.store.caseload import Store

    store = Store.open(sample_db)
    patient = str(store.conn.execute("SELECT min(id) FROM patient").fetchone()[0])
    store.close()
    assert main(["agenda", "--format", "json", *db]) == 0
    assert main(["agenda", "--format", "pdf", "-o", str(out / "day.pdf"), *db]) == 0
    assert main(["careplan", patient, "--format", "fhir", "-o", str(out / "r.json"), *db]) == 0
    capsys.readouterr()
    assert watch.attempts == []


def test_sqlite_keeps_its_sorts_and_temporary_tables_in_memory(
    sample_db: Path, tmp_path: Path
) -> None:
    """SQLite spills a big sort (an index being made by an import) to a temporary file unless
    told otherwise; that file would hold patient data, unencrypted even under a passphrase."""
    from carebook.storage import encryption
    from carebook.storage.connection import connect
    from carebook.store.caseload import Store

    memory = 2  # PRAGMA temp_store: 0 as compiled (a file here), 1 file, 2 memory
    store = Store.open(sample_db)
    try:
        assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == memory
    finally:
        store.close()
    reading = connect(sample_db, read_only=True)
    assert reading.execute("PRAGMA temp_store").fetchone()[0] == memory
    reading.close()
    protected = tmp_path / "protected.sqlite3"
    protected.write_bytes(sample_db.read_bytes())
    encryption.protect(protected, "correct horse battery")
    conn = encryption.open_protected(protected, "correct horse battery")
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == memory
    conn.close()


def test_file_dialogs_leave_no_folder_name_in_qts_own_settings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Qt's file dialog remembers the folders it was shown in QtProject.conf, apart from
    carebook's settings; a folder is often named after a patient."""
    from carebook.ui.widgets import file_choice

    folder = tmp_path / "Margaret Smith"
    folder.mkdir()
    (folder / "old.csv").write_text("x", encoding="utf-8")

    def choose(name: str) -> Callable[[QFileDialog], None]:
        def answer(dialog: QFileDialog) -> None:
            dialog.selectFile(str(folder / name))
            dialog.accept()

        return answer

    dialogs = Dialogs()
    dialogs.expect(QFileDialog, choose("care plan.pdf"))
    chosen = file_choice.save_file_name(None, "Save", str(folder / "care plan.pdf"), "PDF (*.pdf)")
    dialogs.settle(qtbot)
    assert chosen == str(folder / "care plan.pdf")
    dialogs.expect(QFileDialog, choose("old.csv"))
    opened = file_choice.open_file_names(None, "Open", str(folder), "CSV (*.csv)")
    dialogs.settle(qtbot)
    assert opened == [str(folder / "old.csv")]
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.sync()
    written = Path(qt_settings.fileName())
    assert written.exists()  # the dialog did keep its own settings (its view, its size)
    assert "Margaret" not in written.read_text(encoding="utf-8", errors="replace")
    assert not qt_settings.value("FileDialog/history")
