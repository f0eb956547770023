"""A note added from the patient's record belongs to one visit of a weekly series, not to the
whole series: the file keeps that visit, the notes list names it and the visit shows its note;
editing the note keeps it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from keyboard_driver import CTRL, Answers, Key, activate, fill_form, press, tab_to, type_text
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from carebook.core.display import day_and_time
from carebook.core.records import Appointment, Note
from carebook.store.caseload import Store
from carebook.ui.commands import Caseload
from carebook.ui.forms import forms
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.record_section import RecordSection
from carebook.ui.patient.visit_notes import VisitWithNote


def _weekly_series(store: Store) -> tuple[int, Appointment]:
    """A weekly home visit from tomorrow, four times, for the sample's first active patient."""
    row = store.conn.execute(
        "SELECT id FROM patient WHERE status = 'active' ORDER BY id LIMIT 1"
    ).fetchone()
    patient_id = int(row[0])
    first = datetime.combine(store.today() + timedelta(days=1), time(10, 0))
    series = store.appointments.add_appointment(
        Appointment(
            patient_id=patient_id,
            purpose="Care coordination",
            start=first,
            rrule="FREQ=WEEKLY;COUNT=4",
        )
    )
    return patient_id, series


def _section(qtbot: QtBot, record: patient_record.PatientRecord, title: str) -> RecordSection:
    found = [s for s in record.sections if s.spec.title == title]
    assert len(found) == 1, title
    activate(qtbot, record)
    press(qtbot, Key(Key.Key_1 + record.tabs.indexOf(found[0])), CTRL, inside=record)
    assert record.tabs.currentWidget() is found[0]
    return found[0]


def _push(qtbot: QtBot, parent: QWidget, label: str) -> None:
    """Tab to a button and press Space, as a user without a mouse does."""
    found = [b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == label]
    assert len(found) == 1, label
    activate(qtbot, found[0])
    tab_to(qtbot, found[0])
    qtbot.keyClick(found[0], Key.Key_Space)


def _column(section: RecordSection, key: str, row: int) -> str:
    keys = [column.key for column in section.spec.columns]
    return str(section.model.index(row, keys.index(key)).data() or "")


def _choose_by_keys(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Tab to the visit list, Home, then Down until the visit wanted shows."""
    tab_to(qtbot, combo)
    qtbot.keyClick(combo, Key.Key_Home)
    for _ in range(combo.count() + 1):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Key.Key_Down)
    raise AssertionError(f"{text!r} is not offered: {[combo.itemText(n) for n in range(9)]}")


def test_a_note_added_by_keyboard_belongs_to_the_second_visit_of_a_weekly_series(
    qtbot: QtBot, window: MainWindow, caseload: Caseload, answers: Answers
) -> None:
    store = caseload.store
    patient_id, series = _weekly_series(store)
    second = series.start + timedelta(days=7)
    wanted = f"{day_and_time(second)} Home visit – Care coordination"
    patient_record.open_record(caseload, patient_id, window)
    record = patient_record._OPEN[patient_id]
    qtbot.waitExposed(record)
    notes = _section(qtbot, record, "Notes")
    last = int(store.conn.execute("SELECT coalesce(max(id), 0) FROM note").fetchone()[0])
    offered: list[str] = []

    def steps(form: RecordForm[Any]) -> None:
        about = form.editor("appointment_id")
        assert isinstance(about, QComboBox)
        assert about.currentText() == "(no visit)", "no visit until one is chosen"
        offered.extend(about.itemText(n) for n in range(about.count()))
        _choose_by_keys(qtbot, about, wanted)
        tab_to(qtbot, form.editor("text"))
        type_text(qtbot, "Fall risk reviewed; rails fitted.", form)
        press(qtbot, Key.Key_Return, CTRL, inside=form)

    answers.expect(RecordForm, fill_form(steps, "New note"))
    _push(qtbot, notes, "Add note…")
    answers.check()

    # Each visit of the series is offered on its own, latest first.
    visits = [series.start + timedelta(days=7 * n) for n in range(4)]
    ours = [text for text in offered if text.endswith("Home visit – Care coordination")]
    assert [f"{day_and_time(v)} Home visit – Care coordination" for v in reversed(visits)] == [
        text for text in ours if text.split(" Home")[0] in {day_and_time(v) for v in visits}
    ]
    rows = store.conn.execute(
        "SELECT appointment_id, original_start, text FROM note WHERE id > ?", [last]
    ).fetchall()
    assert rows == [
        (series.id, second.isoformat(timespec="minutes"), "Fall risk reviewed; rails fitted.")
    ]
    assert _column(notes, "original_start", 0) == day_and_time(second)

    appointments = _section(qtbot, record, "Appointments")
    shown = [appointments.model.row(n) for n in range(appointments.model.rowCount())]
    noted = {
        row.original_start: row.note
        for row in shown
        if isinstance(row, VisitWithNote) and row.appointment_id == series.id
    }
    assert noted == {
        visits[0]: "",
        second: "Fall risk reviewed; rails fitted.",
        visits[2]: "",
        visits[3]: "",
    }, "only that visit shows the note"

    # Ctrl+Z takes the note away again, as any change made in the window.
    caseload.undo_stack.undo()
    assert store.conn.execute("SELECT count(*) FROM note WHERE id > ?", [last]).fetchone()[0] == 0


def _shown_note_form(qtbot: QtBot, note: Note, store: Store) -> tuple[RecordForm[Note], QComboBox]:
    """The note form on screen and ready for keys, with its visit list."""
    form = forms.note_form(note, None, store)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    activate(qtbot, form)
    about = form.editor("appointment_id")
    assert isinstance(about, QComboBox)
    return form, about


def test_editing_a_note_keeps_and_shows_its_visit(qtbot: QtBot, caseload: Caseload) -> None:
    store = caseload.store
    patient_id, series = _weekly_series(store)
    assert series.id is not None
    third = series.start + timedelta(days=14)
    note = store.patients.add_note(
        Note(
            patient_id=patient_id,
            written_at=datetime.combine(store.today(), time(9, 0)),
            text="Daughter to bring the repeat prescription.",
            appointment_id=series.id,
            original_start=third,
        )
    )
    form, about = _shown_note_form(qtbot, note, store)
    assert about.currentText() == f"{day_and_time(third)} Home visit – Care coordination"
    tab_to(qtbot, form.editor("text"))
    press(qtbot, Key.Key_End, CTRL, inside=form)
    type_text(qtbot, " Done.", form)
    press(qtbot, Key.Key_Return, CTRL, inside=form)
    saved = form.record()
    assert saved is not None
    assert (saved.appointment_id, saved.original_start) == (series.id, third)
    assert saved.text.endswith("Done.")


def test_a_visit_older_than_those_offered_is_kept_and_none_clears_it(
    qtbot: QtBot, caseload: Caseload
) -> None:
    store = caseload.store
    patient_id, series = _weekly_series(store)
    assert series.id is not None
    long_ago = series.start - timedelta(days=700)  # not among the visits offered
    note = Note(
        patient_id=patient_id,
        written_at=datetime.combine(store.today(), time(9, 0)),
        text="Old visit.",
        appointment_id=series.id,
        original_start=long_ago,
    )
    form, about = _shown_note_form(qtbot, note, store)
    assert about.currentText().startswith(day_and_time(long_ago))
    assert not form.is_changed()
    tab_to(qtbot, about)
    qtbot.keyClick(about, Key.Key_Home)
    assert about.currentText() == "(no visit)" and form.is_changed()
    press(qtbot, Key.Key_Return, CTRL, inside=form)
    saved = form.record()
    assert saved is not None
    assert (saved.appointment_id, saved.original_start) == (None, None)
