"""A large import is written off the window's thread: the window keeps turning, Stop writes
nothing, and the caseload is read for duplicates off that thread too."""

from __future__ import annotations

import csv
import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyboard_driver import Key, press, scalar
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.store import import_writing
from carebook.store.caseload import Store
from carebook.store.imports import Imports
from carebook.ui.commands import Caseload
from carebook.ui.import_wizard.import_state import PAGE_CHECK
from carebook.ui.import_wizard.import_wizard import ImportWizard

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton
BACK, CANCEL = QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton
#: Enough rows that writing them on the window's thread froze it for over a second.
ROWS = 20_000


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Caseload]:
    store = Store.open(tmp_path / "c.sqlite3")
    yield Caseload(store)
    store.close()


def _patients_csv(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["MRN", "First name", "Surname", "Date of birth", "Postcode"])
        for n in range(rows):
            writer.writerow(
                [f"{n:08d}", f"Given{n % 997}", f"Family-{n}", f"{13 + n % 16}/05/1940", "BS1"]
            )
    return path


def _checked_wizard(
    qtbot: QtBot, caseload: Caseload, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportWizard:
    """The wizard with `path` chosen, its columns as proposed and every row checked."""
    wizard = ImportWizard(caseload)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(path)], ""))
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    for _step in range(2):
        qtbot.waitUntil(lambda: wizard.button(NEXT).isEnabled(), timeout=10_000)
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(FINISH).isEnabled(), timeout=30_000)
    assert wizard.currentId() == PAGE_CHECK
    return wizard


def test_the_window_keeps_turning_while_the_rows_are_written(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wizard = _checked_wizard(qtbot, fresh, _patients_csv(tmp_path / "p.csv", ROWS), monkeypatch)
    clock, ticks = QElapsedTimer(), []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    clock.start()
    timer.start()
    with qtbot.waitSignal(fresh.status_message, timeout=30_000) as said:
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
        clicked = clock.elapsed()
        assert wizard.check_page.writing.running()  # the click came back before the rows were in
        assert not any(wizard.button(which).isEnabled() for which in (BACK, FINISH, CANCEL))
    qtbot.waitUntil(lambda: not wizard.isVisible())
    ended = clock.elapsed()
    timer.stop()
    moments = [0, *ticks, ended]
    # A freeze would be seconds (the whole write: 5 s for 100,000 rows before it moved to the
    # worker). The bound leaves room for what the suite's other worker does on this 2-core
    # machine meanwhile (a PostgreSQL server, syncs killed and started again): 370 ms was seen
    # there; alone, the gaps stay under 250 ms (tests/benchmarks/test_import_speed.py holds
    # the 100,000-row write to that).
    assert max(b - a for a, b in itertools.pairwise(moments)) < 600
    assert clicked < 600
    assert said.args == [f"Imported from p.csv: {ROWS:,} patients added."]
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == ROWS
    assert scalar(fresh.store, "SELECT count(*) FROM audit_log WHERE action = 'import'") == 1
    assert fresh.store.patients.find_patients("Family-19999")  # the window's connection sees it


def test_stop_while_writing_writes_nothing_and_import_again_writes_all(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh.store.patients.add_patient(Patient(given="Ruth", family="Abernathy"))
    wizard = _checked_wizard(qtbot, fresh, _patients_csv(tmp_path / "p.csv", 3_000), monkeypatch)
    real, held = import_writing.WriteProgress.look, threading.Event()

    def look(progress: import_writing.WriteProgress) -> None:
        """The first look, held (after saying how far) until Stop is pressed."""
        if not held.is_set():
            held.set()
            progress.report(progress.done, progress.total)
            deadline = time.monotonic() + 5
            while not progress.stop_wanted() and time.monotonic() < deadline:
                time.sleep(0.005)
        real(progress)

    monkeypatch.setattr(import_writing.WriteProgress, "look", look)
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    panel = wizard.check_page.writing
    qtbot.waitUntil(lambda: panel.progress.value() == 1_000, timeout=5000)
    assert panel.label.text() == "Written 1,000 of 3,000 records…"
    press(qtbot, Key.Key_Escape, inside=wizard)  # not a way out while the rows are written
    assert wizard.isVisible() and panel.running()
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.running(), timeout=5000)
    assert wizard.isVisible() and wizard.currentId() == PAGE_CHECK
    assert "stopped: nothing was imported" in wizard.check_page.outcome.text()
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 1
    assert scalar(fresh.store, "SELECT count(*) FROM audit_log WHERE action = 'import'") == 0
    assert wizard.button(FINISH).isEnabled() and wizard.button(BACK).isEnabled()
    with qtbot.waitSignal(fresh.status_message, timeout=10_000):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert scalar(fresh.store, "SELECT count(*) FROM patient") == 3_001


def test_the_caseload_is_read_for_duplicates_off_the_windows_thread(
    qtbot: QtBot, fresh: Caseload, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh.store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", external_id="00000004")
    )
    read_on: list[bool] = []
    real = Imports.patient_keys

    def patient_keys(imports: Imports) -> object:
        read_on.append(threading.current_thread() is threading.main_thread())
        return real(imports)

    monkeypatch.setattr(Imports, "patient_keys", patient_keys)
    wizard = _checked_wizard(qtbot, fresh, _patients_csv(tmp_path / "p.csv", 10), monkeypatch)
    assert read_on == [False]
    duplicates = wizard.check_page.duplicates
    assert duplicates is not None and duplicates.rowCount() == 1
    assert duplicates.index(0, 3).data() == "Same MRN"  # row 5 has Ruth's MRN
