"""A visit documented from the patient's record window: the visit then shows its note, and the
notes list says which visit a note belongs to."""

from __future__ import annotations

from keyboard_driver import CTRL, Answers, Key, activate, press, scalar, tab_to, type_text
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from carebook.core.display import day_and_time
from carebook.ui.commands import Caseload
from carebook.ui.forms.visit_documentation import VisitDocumentationDialog
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.record_section import RecordSection
from carebook.ui.patient.visit_notes import VisitWithNote


def _section(record: patient_record.PatientRecord, title: str) -> RecordSection:
    found = [s for s in record.sections if s.spec.title == title]
    assert len(found) == 1, title
    record.tabs.setCurrentWidget(found[0])
    return found[0]


def _column(section: RecordSection, key: str, row: int) -> str:
    keys = [column.key for column in section.spec.columns]
    return str(section.model.index(row, keys.index(key)).data() or "")


def test_a_visit_documented_from_the_record_shows_its_note_and_the_note_its_visit(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id = int(
        scalar(
            store,
            "SELECT patient_id FROM occurrence WHERE status = 'booked'"
            " AND start >= ? ORDER BY patient_id LIMIT 1",
            store.today().isoformat(),
        )
    )
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    activate(qtbot, record)
    visits = _section(record, "Appointments")
    assert visits.model.rowCount() > 0
    tab_to(qtbot, visits.table)
    qtbot.keyClick(visits.table, Key.Key_Home, CTRL)
    chosen = visits.model.row(0)
    assert isinstance(chosen, VisitWithNote) and chosen.note == ""

    def steps(dialog: VisitDocumentationDialog) -> None:
        tab_to(qtbot, dialog.note_text)
        qtbot.keySequence(dialog.note_text, "Ctrl+A")
        type_text(qtbot, "Dressing changed; healing well.", dialog)
        press(qtbot, Key.Key_Return, CTRL, inside=dialog)

    document = [b for b in visits.findChildren(QPushButton) if b.text() == "Document visit…"]
    assert len(document) == 1 and document[0].isEnabled()
    answers.expect(VisitDocumentationDialog, steps)
    tab_to(qtbot, document[0])
    qtbot.keyClick(document[0], Key.Key_Space)
    answers.check()

    original = chosen.original_start or chosen.start
    note = store.visit_records.visit_note(chosen.appointment_id, original)
    assert note is not None and note.text == "Dressing changed; healing well."
    shown = [visits.model.row(n) for n in range(visits.model.rowCount())]
    noted = [
        row
        for row in shown
        if isinstance(row, VisitWithNote)
        and (row.appointment_id, row.original_start) == (chosen.appointment_id, original)
    ]
    assert [row.note for row in noted] == ["Dressing changed; healing well."]
    notes = _section(record, "Notes")
    ids = [notes.model.record_id(n) for n in range(notes.model.rowCount())]
    at = ids.index(note.id)
    assert _column(notes, "original_start", at) == day_and_time(original)
