"""A visit documented from the Agenda: Ctrl+Shift+V on the selected visit opens the dialog,
and the visit's note then shows beside the buttons."""

from __future__ import annotations

from datetime import timedelta

from keyboard_driver import CTRL, SHIFT, Answers, Key, press, tab_to, type_text
from pytestqt.qtbot import QtBot

from carebook.ui.commands import Caseload
from carebook.ui.forms.visit_documentation import VisitDocumentationDialog
from carebook.ui.main_window import MainWindow


def test_ctrl_shift_v_documents_the_selected_visit_and_its_note_shows(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    window.tabs.setCurrentWidget(window.agenda)
    agenda = window.agenda
    store = caseload.store
    agenda.show_day(store.today())
    if not store.visits.visits_on(store.today()):
        day = next(
            store.today() + timedelta(days=n)
            for n in range(1, 14)
            if store.visits.visits_on(store.today() + timedelta(days=n))
        )
        agenda.show_day(day)
    agenda.visits_view.setFocus()
    agenda.visits_view.selectRow(0)
    assert agenda.document_visit.button.isEnabled()
    chosen = store.visits.visits_on(agenda.day)[0]

    def steps(dialog: VisitDocumentationDialog) -> None:
        tab_to(qtbot, dialog.note_text)
        qtbot.keySequence(dialog.note_text, "Ctrl+A")
        type_text(qtbot, "Seen; all well.", dialog)
        tab_to(qtbot, dialog.miles)
        type_text(qtbot, "4.2", dialog)
        press(qtbot, Key.Key_Return, inside=dialog)

    answers.expect(VisitDocumentationDialog, steps)
    qtbot.keyClick(agenda.visits_view, Key.Key_V, CTRL | SHIFT)
    answers.check()
    original = chosen.original_start or chosen.start
    record = store.visit_records.visit_record(chosen.appointment_id, original)
    assert record is not None and record.miles_tenths == 42
    agenda.visits_view.selectRow(0)
    assert agenda.document_visit.note.text() == "Note: Seen; all well."
