"""Ctrl+K finds anything: typed, chosen with Up and Down, opened with Return."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carebook.core.found import Found, Match
from carebook.core.records import Contact, Note, Patient, Task
from carebook.core.vocabularies import ContactRole
from carebook.ui.commands import Caseload
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.widgets.quick_switcher import FoundModel, QuickSwitcher

CTRL = Qt.KeyboardModifier.ControlModifier


def _switcher(qtbot: QtBot, window: MainWindow) -> QuickSwitcher:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QuickSwitcher))
    switcher = QApplication.activeModalWidget()
    assert isinstance(switcher, QuickSwitcher)
    qtbot.waitUntil(switcher.search.hasFocus)
    return switcher


def _titles(switcher: QuickSwitcher) -> list[str]:
    model = switcher.model
    return [str(model.index(row, 0).data()).split("\n")[0] for row in range(model.rowCount())]


def test_ctrl_k_type_down_return_opens_the_second_patients_record(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    first = store.patients.add_patient(Patient(given="Zebedee", family="Quayle")).id
    second = store.patients.add_patient(Patient(given="Zara", family="Quaylesworth")).id
    switcher = _switcher(qtbot, window)
    qtbot.keyClicks(switcher.search, "quayle")
    assert _titles(switcher) == ["Quayle, Zebedee", "Quaylesworth, Zara"]
    assert switcher.list.currentIndex().row() == 0
    qtbot.keyClick(switcher.search, Qt.Key.Key_Down)
    assert switcher.list.currentIndex().row() == 1
    qtbot.keyClick(switcher.search, Qt.Key.Key_Down)  # stays on the last
    assert switcher.list.currentIndex().row() == 1
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second in patient_record._OPEN)
    assert first not in patient_record._OPEN
    assert patient_record._OPEN[second].isVisible()
    qtbot.waitUntil(lambda: not switcher.isVisible())


def test_a_note_opens_its_patients_record(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    patient = store.patients.add_patient(Patient(given="Nell", family="Gwynne")).id
    assert patient is not None
    store.patients.add_note(
        Note(patient_id=patient, written_at=datetime(2026, 3, 2, 9), text="Budgerigar called Pip")
    )
    switcher = _switcher(qtbot, window)
    qtbot.keyClicks(switcher.search, "budgerig")
    assert _titles(switcher) == ["Budgerigar called Pip"]
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: patient in patient_record._OPEN)


def test_what_opens_no_record_says_so_and_stays_open(
    qtbot: QtBot, window: MainWindow, caseload: Caseload
) -> None:
    store = caseload.store
    store.contacts.add_contact(Contact(name="Xanthe Quill", role=ContactRole.AGENCY))
    store.tasks.add_task(Task(title="Xerox the rota"))
    before = set(patient_record._OPEN)
    switcher = _switcher(qtbot, window)
    qtbot.keyClicks(switcher.search, "xanthe")
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    assert "no patient's care team" in switcher.status.text()
    switcher.search.clear()
    qtbot.keyClicks(switcher.search, "xerox")
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)
    assert "for no patient" in switcher.status.text()
    assert switcher.isVisible()
    assert set(patient_record._OPEN) == before
    switcher.search.clear()
    qtbot.keyClicks(switcher.search, "qqqqzz")
    assert switcher.model.rowCount() == 0 and "Nothing found" in switcher.status.text()
    qtbot.keyClick(switcher.search, Qt.Key.Key_Return)  # nothing chosen: nothing happens
    qtbot.keyClick(switcher.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not switcher.isVisible())


def test_the_found_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = FoundModel()
    model.show(
        [
            Found(
                kind="patient",
                record_id=1,
                patient_id=1,
                title="Lee, Bo",
                detail="Patient",
                rank=Match.EXACT,
            ),
            Found(
                kind="contact",
                record_id=2,
                patient_id=None,
                title="Jade Mills",
                detail="Contact",
                rank=Match.PREFIX,
            ),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "Lee, Bo\nPatient"
    assert model.found(5) is None
    model.show([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
